"""`factdb source add`: a new article into the claim base's sources."""

from __future__ import annotations

from pathlib import Path

import click

from factdb.cli.common import fail, filter_argument, visible


@click.group(short_help="Manage the articles claims are curated from.")
def source() -> None:
    """Manage the articles claims are curated from."""


@source.command(short_help="Add an article to seeds/ and sources.yaml.")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--id", "source_id", callback=filter_argument, help="Source id [default: next number]."
)
@click.option("--title", callback=filter_argument, help="Headline [default: the first line].")
@click.option("--date", "published", callback=filter_argument, help="Publication date, YYYY-MM-DD.")
@click.option("--publisher", callback=filter_argument, help="Who published it.")
@click.option("--url", callback=filter_argument, help="Link to the article.")
@click.option("--lang", type=click.Choice(["en", "vi"]), help="Language [default: detected].")
def add(
    file: Path,
    source_id: str | None,
    title: str | None,
    published: str | None,
    publisher: str | None,
    url: str | None,
    lang: str | None,
) -> None:
    """Copy FILE into seeds/ byte for byte and record it in fixtures/sources.yaml.

    Nothing in the text is changed: what the file says about itself (a byte order mark, Windows
    line ends, decomposed accents) is reported, not fixed. Refuses an id already used, a file
    already added, a file that is not UTF-8 and an empty file. The next command loads it.
    """
    from factdb import config
    from factdb.ingest.records import FixtureErrors
    from factdb.ingest.sources import SourceRefused, add_source

    fixtures = Path(config.fixtures_path())
    if not (fixtures / "sources.yaml").is_file():
        fail(f"no {fixtures / 'sources.yaml'}: run this inside a claim base checkout")
    try:
        added = add_source(
            file,
            fixtures,
            source_id=source_id,
            title=title,
            published=published,
            publisher=publisher,
            url=url,
            lang=lang,
        )
    except SourceRefused as exc:
        fail(f"nothing added: {exc}")
    except FixtureErrors as exc:
        fail(f"nothing added; {fixtures / 'sources.yaml'} does not load:\n{exc}")
    rec = added.source
    # The title defaults to the article's first line: shown, like every value, made visible.
    click.echo(visible(f"added source {rec.id}: {added.path} ({len(rec.text):,} characters)"))
    for key, value in added.chosen.items():
        click.echo(visible(f"  {key}: {value} (not given; edit sources.yaml to change it)"))
    for note in added.notes:
        click.echo(visible(f"  note: {note}"))
    if rec.published is None:
        click.echo("  note: no --date: relative dates in it cannot be resolved when drafting")

"""`factdb export`: the claim base in the bulk formats `load` reads, or checked statements as
ClaimReview JSON-LD for publishing."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from factdb.cli.common import Context, db_option, fail, pass_ctx


class _Echo:
    """A text stream over click.echo, so that exports and `check` write stdout the same way."""

    def write(self, text: str) -> int:
        click.echo(text, nl=False)
        return len(text)


def _write(output: Path | None, produce: Callable[[Any], Any]) -> Any:
    """Run `produce(stream)` onto stdout, or onto OUTPUT through a temporary file renamed into
    place at the end, so a failed export never leaves half a file where a whole one was."""
    if output is None:
        return produce(_Echo())
    partial = output.with_name(f".{output.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            result = produce(stream)
        os.replace(partial, output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        fail(f"cannot write {output}: {exc.strerror or exc}")
    return result


def _statements(path: str) -> list[str]:
    from factdb.check.statement import StatementTooLong, bounded
    from factdb.cli.check import _read_input

    lines = [line.strip() for line in _read_input(path).splitlines()]
    statements = [line for line in lines if line]
    if not statements:
        fail(f"{path} holds no statement")
    for n, line in enumerate(lines, 1):
        try:
            bounded(line)
        except StatementTooLong as exc:
            # A review of part of a statement would pass for a review of all of it.
            fail(f"{path}:{n}: {exc}")
    return statements


@click.command(short_help="Export the claim base, or checked statements as ClaimReview.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "claimreview"]),
    required=True,
    help="jsonl/csv: every claim, in the bulk formats `load` reads (it round-trips). "
    "claimreview: schema.org ClaimReview JSON-LD, one review per checked statement.",
)
@click.option(
    "--statements",
    metavar="PATH",
    default="-",
    show_default=True,
    help="claimreview: the statements to check, one a line ('-' for standard input).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option(
    "--organisation",
    envvar="FACTDB_ORGANISATION",
    metavar="NAME",
    help="claimreview: the organisation publishing the reviews (author) [env FACTDB_ORGANISATION].",
)
@click.option(
    "--organisation-url",
    envvar="FACTDB_ORGANISATION_URL",
    metavar="URL",
    help="claimreview: the organisation's home page [env FACTDB_ORGANISATION_URL].",
)
@click.option(
    "--review-url",
    envvar="FACTDB_REVIEW_URL",
    metavar="URL",
    help="claimreview: the page that publishes the reviews; each gets an anchor on it "
    "[env FACTDB_REVIEW_URL].",
)
@click.option(
    "--date",
    "published",
    type=click.DateTime(["%Y-%m-%d"]),
    help="claimreview: datePublished [default: today, UTC].",
)
@db_option
@pass_ctx
def export(
    ctx: Context,
    fmt: str,
    statements: str,
    output: Path | None,
    organisation: str | None,
    organisation_url: str | None,
    review_url: str | None,
    published: dt.datetime | None,
) -> None:
    """Export the claim base (jsonl, csv) or publish checked statements (claimreview).

    \b
    factdb export --format jsonl -o claims.jsonl
    factdb export --format claimreview --statements checked.txt \\
        --organisation "Newsroom" --review-url https://example.org/fact-checks/2026-02-20
    """
    if fmt in ("jsonl", "csv"):
        from factdb.export.bulk import write_csv, write_jsonl

        engine = ctx.engine()
        writer = write_jsonl if fmt == "jsonl" else write_csv
        n = _write(output, lambda stream: writer(engine, stream))
        if output is not None:
            click.echo(f"exported {n} claims to {output}", err=True)
        return
    if not organisation or not organisation.strip():
        fail("ClaimReview needs the publishing organisation: --organisation or FACTDB_ORGANISATION")
    if not review_url or not review_url.startswith(("https://", "http://")):
        fail(
            "ClaimReview needs the http(s) URL of the review page: "
            "--review-url or FACTDB_REVIEW_URL"
        )
    from factdb.check.checker import Checker
    from factdb.export.claimreview import claim_review, evidence_sources
    from factdb.store.browse import source_meta

    texts = _statements(statements)
    checker = Checker(ctx.engine())
    day = (published or dt.datetime.now(dt.UTC)).date()
    with checker.snapshot():
        judgements = [checker.check(t) for t in texts]
    meta = source_meta(checker.engine, {s for j in judgements for s in evidence_sources(j)})
    reviews = [
        claim_review(
            j,
            meta,
            organisation=organisation.strip(),
            organisation_url=organisation_url,
            review_url=review_url,
            published=day,
            anchor=f"claim-{n}",
        )
        for n, j in enumerate(judgements, 1)
    ]
    _write(
        output,
        lambda stream: stream.write(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"),
    )

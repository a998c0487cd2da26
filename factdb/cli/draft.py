"""`factdb draft SOURCE`: candidate claims for a new article, for a curator to review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from factdb.cli.common import Context, db_option, fail, filter_argument, pass_ctx


@click.command(short_help="Propose the claims of a new source for review.")
@click.argument("source_id", metavar="SOURCE", callback=filter_argument)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write [default: fixtures/claims/SOURCE.draft.yaml]; '-' prints it.",
)
@click.option("--force", is_flag=True, help="Replace an existing draft (and its edits).")
@db_option
@pass_ctx
def draft(ctx: Context, source_id: str, output: Path | None, force: bool) -> None:
    """Propose the claims of SOURCE: each sentence read as `check` reads statements, roles
    filled as the base's claims fill them, quotes anchored, dates resolved against the
    source's date, plans and wishes marked. Each candidate says whether it contradicts a claim
    of another source (listed first), restates one, or is new. The draft is never loaded:
    review it, then rename it to SOURCE.yaml."""
    from factdb import config
    from factdb.check.checker import Checker
    from factdb.cli.progress import track
    from factdb.curate.draft import Drafter, render_draft
    from factdb.ingest.discover import DRAFT_SUFFIX

    target = output or Path(config.fixtures_path()) / "claims" / f"{source_id}{DRAFT_SUFFIX}"
    if str(target) != "-" and target.exists() and not force:
        fail(f"{target} exists (a draft being reviewed?); --force replaces it")
    drafter = Drafter(Checker(ctx.engine()))
    try:
        candidates = drafter.draft(source_id, lambda todo: track(todo, "draft", "sentence"))
    except LookupError as exc:
        fail(str(exc.args[0]))
    text = render_draft(source_id, candidates, dt.datetime.now(dt.UTC).date())
    if str(target) == "-":
        click.echo(text, nl=False)
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror}")
    by_status = {s: sum(c.status == s for c in candidates) for s in ("conflict", "restates", "new")}
    click.echo(
        f"{len(candidates)} candidate claims in {target}: {by_status['conflict']} in conflict "
        f"with other sources, {by_status['restates']} restating a claim, {by_status['new']} new"
    )

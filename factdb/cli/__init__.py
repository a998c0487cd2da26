"""The `factdb` command line: a thin click layer over the library.

Heavy modules are imported inside each command so that `factdb check "…"` starts fast.
Exit status: 0 fine, 1 something was found (a contradiction, a lint problem), 2 bad usage or input.
"""

from __future__ import annotations

import csv
import json
import sys
from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from factdb.check.judge import Judgement
    from factdb.cli.report import Unchecked

FORMATS = click.Choice(["table", "json", "csv"])


def text_argument(_ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
    """Refuse bytes that are not UTF-8, which Python hands over as lone surrogates: nothing
    can print them or bind them."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise click.BadParameter("is not valid UTF-8 text") from exc
    return value


def filter_argument(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A value bound into a query: UTF-8, and no NUL, which PostgreSQL text cannot hold."""
    if isinstance(value, str) and "\x00" in value:
        raise click.BadParameter("contains a NUL character")
    return text_argument(ctx, param, value)


def fail(message: str) -> NoReturn:
    """A clear message on stderr and exit 2, for anything the user can fix."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)


class Context:
    def __init__(self, db: str | None) -> None:
        self.url = db
        self._engine: Any = None

    def engine(self, ready: bool = True) -> Any:
        """The engine, with the database migrated and loaded unless `ready` is False."""
        if self._engine is None:
            from sqlalchemy.exc import ArgumentError, DBAPIError

            from factdb.ingest.records import FixtureErrors
            from factdb.ingest.refresh import ensure_ready
            from factdb.store.db import make_engine

            try:
                self._engine = make_engine(self.url)
                if ready:
                    ensure_ready(self._engine)
            except ArgumentError as exc:
                fail(f"bad database URL: {exc}")
            except ModuleNotFoundError as exc:
                fail(
                    f"the database driver is not installed ({exc.name}); for PostgreSQL run "
                    "pip install -e '.[postgres]'"
                )
            except DBAPIError as exc:
                fail(f"database error: {exc.orig}")
            except FixtureErrors as exc:
                fail("the fixtures do not load:\n" + str(exc))
        return self._engine


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="URL",
    envvar="FACTDB_DATABASE_URL",
    help="SQLAlchemy database URL [env FACTDB_DATABASE_URL; default: factdb.sqlite in "
    "the project]. An empty database is built on first use.",
)
@click.version_option(package_name="factdb")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Check statements against curated claims from trusted articles.

    \b
    factdb check "Hungary approved 400 million USD of ODA for Vietnam"
    factdb list --source 004
    factdb show hu-oda-400m-usd
    """
    ctx.obj = Context(db)


# --- loading and browsing -------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@pass_ctx
def load(ctx: Context, paths: tuple[Path, ...]) -> None:
    """Validate fixtures and make the database mirror them (default: the project's fixtures/).

    All or nothing: one bad record anywhere loads nothing and every problem is listed with its
    file, line and claim id. Loading the same fixtures twice changes nothing.
    """
    from factdb import config
    from factdb.ingest.loader import load_paths
    from factdb.ingest.records import FixtureErrors
    from factdb.store.migrations import upgrade

    targets = list(paths) or [config.fixtures_dir()]
    for path in targets:
        if not path.exists():
            fail(f"no such file or directory: {path}")
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    engine = ctx.engine(ready=False)
    try:
        upgrade(engine)
        fs = load_paths(engine, targets)
    except FixtureErrors as exc:
        click.echo(f"Error: nothing loaded; {len(exc.errors)} problem(s):", err=True)
        for err in exc.errors:
            click.echo(f"  {err}", err=True)
        sys.exit(2)
    except DBAPIError as exc:
        # A full disk, a lock held past the busy timeout: the transaction rolled back.
        fail(f"nothing loaded; the database refused the write: {exc.orig}")
    except SQLAlchemyError as exc:  # a refused COMMIT leaves the connection to be rolled back
        fail(f"nothing loaded; the database refused the write: {exc}")
    except OSError as exc:
        fail(f"nothing loaded; {exc.strerror or exc}")
    spans = sum(len(c.spans) for c in fs.claims.values())
    click.echo(
        f"loaded {len(fs.sources)} sources, {len(fs.entities)} entities, "
        f"{len(fs.predicates)} predicates, {len(fs.claims)} claims, {spans} spans"
    )


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(out)


@main.command(name="list")
@click.option(
    "--source", callback=filter_argument, help="Only claims with a span in this source (e.g. 004)."
)
@click.option(
    "--entity",
    callback=filter_argument,
    help="Only claims about this entity (id or any alias: 'Hungary').",
)
@click.option(
    "--predicate",
    callback=filter_argument,
    help="Only claims of this predicate (e.g. trade_turnover).",
)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_ctx
def list_(
    ctx: Context, source: str | None, entity: str | None, predicate: str | None, fmt: str
) -> None:
    """List claims, optionally filtered."""
    from factdb.store.browse import NotFound, claim_summary, claim_to_dict, list_claims

    try:
        claims = list_claims(ctx.engine(), source, entity, predicate)
    except NotFound as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps([claim_to_dict(c) for c in claims], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", "subject", "predicate", "object", "summary", "sources"])
        for c in claims:
            writer.writerow(
                [
                    c.id,
                    c.subject_id,
                    c.predicate_id,
                    c.object_id or "",
                    claim_summary(c),
                    " ".join(_span_refs(c)),
                ]
            )
        return
    rows = [[c.id, claim_summary(c), " ".join(_span_refs(c))] for c in claims]
    click.echo(_table(rows, ["id", "claim", "spans"]))
    click.echo(f"{len(claims)} claim(s)")


def _span_refs(claim: Any) -> list[str]:
    return [f"{s.source_id}:{s.start}-{s.end}" for s in claim.spans]


@main.command()
@click.argument("claim_id", callback=filter_argument)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@pass_ctx
def show(ctx: Context, claim_id: str, fmt: str) -> None:
    """Show one claim, its structure, and each quote in its sentence with the span marked."""
    from factdb.store.browse import (
        NotFound,
        claim_summary,
        claim_to_dict,
        get_claim,
        sentence_around,
    )

    try:
        claim, texts = get_claim(ctx.engine(), claim_id)
    except NotFound as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(claim_to_dict(claim), ensure_ascii=False, indent=2))
        return
    data = claim_to_dict(claim)
    click.echo(f"{claim.id}: {claim_summary(claim)}")
    for key in (
        "subject",
        "predicate",
        "object",
        "qualifiers",
        "value",
        "time",
        "polarity",
        "modality",
        "restates",
    ):
        if data[key] not in (None, {}):
            click.echo(f"  {key:<10} {json.dumps(data[key], ensure_ascii=False)}")
    for span in claim.spans:
        text = texts[span.source_id]
        left, right = sentence_around(text, span.start, span.end)
        marked = (
            text[left : span.start]
            + click.style("[[", bold=True)
            + click.style(text[span.start : span.end], bold=True, underline=True)
            + click.style("]]", bold=True)
            + text[span.end : right]
        )
        click.echo(f"\n  source {span.source_id} [{span.start}:{span.end}]")
        click.echo("  " + marked.strip())


@main.command()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_ctx
def sources(ctx: Context, fmt: str) -> None:
    """List the sources with their title, date and number of claims."""
    from factdb.store.browse import list_sources

    items = list_sources(ctx.engine())
    records = [
        {
            "id": s.id,
            "title": s.title,
            "published": s.published and s.published.isoformat(),
            "publisher": s.publisher,
            "claims": s.claims,
        }
        for s in items
    ]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["id"])
        writer.writeheader()
        writer.writerows(records)
    else:
        rows = [
            [r["id"], r["published"] or "?", str(r["claims"]), r["title"] or ""] for r in records
        ]
        click.echo(_table(rows, ["id", "published", "claims", "title"]))


# --- migrations -----------------------------------------------------------------------------


@main.group()
def db() -> None:
    """Schema migrations (Alembic), without an alembic.ini in your working directory."""


@db.command()
@click.argument("revision", default="head")
@pass_ctx
def upgrade(ctx: Context, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    from factdb.store.migrations import current, upgrade

    engine = ctx.engine(ready=False)
    _alembic(lambda: upgrade(engine, revision))
    click.echo(f"at revision {current(engine)}")


@db.command()
@click.argument("revision", default="-1")
@pass_ctx
def downgrade(ctx: Context, revision: str) -> None:
    """Downgrade the schema to REVISION (default: one step back; 'base' drops everything)."""
    from factdb.store.migrations import current, downgrade

    engine = ctx.engine(ready=False)
    _alembic(lambda: downgrade(engine, revision))
    click.echo(f"at revision {current(engine) or 'base'}")


@db.command(name="current")
@pass_ctx
def current_(ctx: Context) -> None:
    """Print the schema revision of the database and the newest one available."""
    from factdb.store.migrations import current, head

    click.echo(f"database: {current(ctx.engine(ready=False)) or 'base (empty)'}")
    click.echo(f"head:     {head()}")


def _alembic(action: Any) -> None:
    from alembic.util.exc import CommandError

    try:
        action()
    except CommandError as exc:
        fail(str(exc))


# --- checking -------------------------------------------------------------------------------


def _read_input(file: str) -> str:
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{file} is not UTF-8 text (bad byte at offset {exc.start})")


def _checker(ctx: Context) -> Any:
    from factdb.check.checker import Checker

    return Checker(ctx.engine())


def _line_numbers(text: str, pieces: list[str]) -> list[tuple[int, str]]:
    """Each sentence of `text` (Checker.sentences, in order) with the line it starts on, counted
    as the lines of `--file` are, so that both modes point at the same place."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out = []
    cursor = 0
    for piece in pieces:
        at = text.find(piece, cursor)
        at = cursor if at < 0 else at
        cursor = at + len(piece)
        out.append((bisect_right(starts, at), piece))
    return out


@main.command()
@click.argument("statement", required=False, callback=text_argument)
@click.option(
    "--file",
    "file",
    metavar="PATH",
    help="Check each line of PATH ('-' for standard input) instead of STATEMENT.",
)
@click.option(
    "--sentences",
    is_flag=True,
    help="Split the text into sentences first and report those with something "
    "checkable (for whole drafts).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
)
@pass_ctx
def check(ctx: Context, statement: str | None, file: str | None, sentences: bool, fmt: str) -> None:
    """Check STATEMENT (English or Vietnamese) against the claim base.

    Prints supported, contradicted or not_enough_info with the deciding claim, its source span
    and a one-line reason. Exit status: 0 when nothing is contradicted, 1 when anything is,
    2 for bad usage or unreadable input. A statement over 20,000 characters is not checked: with
    --file or --sentences it is reported as not checked, the rest is checked, and the exit
    status is 2.
    """
    from factdb.check.parse import StatementTooLong, bounded
    from factdb.cli.report import (
        Unchecked,
        judgement_to_dict,
        render_judgement,
        render_unchecked,
        unchecked_to_dict,
    )

    if (statement is None) == (file is None):
        fail("give a STATEMENT or --file PATH (not both)")
    text = _read_input(file) if file is not None else statement or ""
    if not text.strip():
        fail("the statement is empty")
    if file is None and not sentences:
        # Refused before the database is opened, which on first use means building it.
        try:
            bounded(text)
        except StatementTooLong as exc:
            fail(f"{exc} (--sentences checks running text sentence by sentence)")
    checker = _checker(ctx)
    if sentences:
        items = _line_numbers(text, checker.sentences(text))
    elif file is not None:
        items = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    else:
        items = [(1, text)]
    records: list[Judgement | Unchecked] = []
    # One snapshot for the batch and its report: a load committing meanwhile changes none of it.
    with checker.snapshot():
        for line, item in items:
            try:
                judgement = checker.check(item)
            except StatementTooLong as exc:
                # Kept in place, even under --sentences: nothing is known of what it says.
                records.append(Unchecked(line, item, exc))
                continue
            if judgement.parts or not sentences:
                records.append(judgement)
        for r in records:
            data = unchecked_to_dict(r) if isinstance(r, Unchecked) else judgement_to_dict(r)
            if fmt == "json" and len(records) == 1 and not sentences:
                click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            elif fmt in ("json", "jsonl"):
                click.echo(json.dumps(data, ensure_ascii=False))
            elif isinstance(r, Unchecked):
                click.echo(render_unchecked(r))
            else:
                click.echo(render_judgement(r, checker.source_text))
    unchecked = [r for r in records if isinstance(r, Unchecked)]
    if unchecked:
        # 2 outranks 1: a contradiction found in part of the input says nothing of the rest.
        where = ", ".join(str(u.line) for u in unchecked[:10]) + (
            ", …" if len(unchecked) > 10 else ""
        )
        lines = "line" if len(unchecked) == 1 else "lines"
        fail(
            f"{len(unchecked)} statement(s) not checked, over the limit of "
            f"{unchecked[0].error.limit:,} characters ({lines} {where}); split them into sentences"
        )
    if any(r.verdict == "contradicted" for r in records if not isinstance(r, Unchecked)):
        sys.exit(1)


@main.command()
@click.argument("statement", callback=text_argument)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@pass_ctx
def parse(ctx: Context, statement: str, fmt: str) -> None:
    """Show what the checker understood in STATEMENT: entities, predicate candidates,
    quantities as intervals with units, dates with their granularity, negation, modality."""
    from factdb.check.parse import StatementTooLong, bounded
    from factdb.cli.report import render_parse

    if not statement.strip():
        fail("the statement is empty")
    try:
        bounded(statement)
    except StatementTooLong as exc:
        fail(str(exc))
    parsed = _checker(ctx).parse(statement)
    if fmt == "json":
        click.echo(json.dumps(parsed.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_parse(parsed))


@main.command(name="eval")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@pass_ctx
def eval_(ctx: Context, files: tuple[Path, ...], fmt: str) -> None:
    """Score the checker on labelled statements (default: fixtures/statements/*.yaml): confusion
    matrix, accuracy, macro-F1, strict FEVER score, then the misses."""
    from factdb import config
    from factdb.check.evaluate import evaluate, read_labelled, render_scores, scores
    from factdb.check.parse import StatementTooLong, bounded

    paths = list(files) or sorted((config.fixtures_dir() / "statements").glob("*.yaml"))
    if not paths:
        fail("no labelled statement files")
    items = []
    for path in paths:
        try:
            items += read_labelled(path)
        except (OSError, ValueError) as exc:
            fail(str(exc))
    for item in items:
        # Scores over a part of the labelled set would pass for scores over all of it.
        try:
            bounded(item.text)
        except StatementTooLong as exc:
            fail(f"{item.where}: {exc}")
    outcomes = evaluate(_checker(ctx), items)
    result = scores(outcomes)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(render_scores(result, outcomes))


# --- linting --------------------------------------------------------------------------------


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option("--strict", is_flag=True, help="Fail on warnings (unused vocabulary) too.")
@pass_ctx
def lint(ctx: Context, fmt: str, strict: bool) -> None:
    """Check the claim base against its own constraints, like Wikidata's constraint reports.

    \b
    Errors (exit 1):
      functional-conflict  claims of a functional predicate, same subject, qualifiers and
                           time, disjoint values (different objects, disjoint intervals)
      single-holder        a single-holder office given to two people at overlapping times
      stale-span           a span's quote is no longer the source text at its offsets
      no-span              a claim citing no evidence
    Warnings (reported, exit 0 unless --strict):
      unused-entity        an entity no claim uses (countries and US states are exempt)
      unused-predicate     a predicate no claim uses
    Vocabulary may run ahead of the claims (the checker also reads statements with it), so
    unused vocabulary is a warning. JSON output is a list of {kind, ids, message}; the summary
    goes to stderr then.
    """
    from factdb.ingest.lint import counts
    from factdb.ingest.lint import lint as run_lint

    problems = run_lint(ctx.engine())
    errors = [p for p in problems if not p.is_warning]
    warnings = [p for p in problems if p.is_warning]
    per_kind = counts(problems)
    summary = f"{len(errors)} error(s), {len(warnings)} warning(s)" + (
        ": " + ", ".join(f"{kind} {n}" for kind, n in per_kind.items()) if per_kind else ""
    )
    if fmt == "json":
        click.echo(json.dumps([p.to_dict() for p in problems], ensure_ascii=False, indent=2))
        click.echo(summary, err=True)
    else:
        if problems:
            rows = [[p.kind, ", ".join(p.ids), p.message] for p in problems]
            click.echo(_table(rows, ["kind", "ids", "message"]))
        click.echo(summary)
    if errors or (strict and warnings):
        sys.exit(1)

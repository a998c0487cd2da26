"""Building and keeping the claim base: `load`, `lint` and the `db` migration commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from factdb.cli.common import Context, db_option, fail, pass_ctx, table, visible

T = TypeVar("T")


@click.command(short_help="Validate fixtures and make the database mirror them.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--replace",
    is_flag=True,
    help="Load even if this removes more claims than it adds (asked on a terminal).",
)
@click.option(
    "--no-project-vocabulary",
    is_flag=True,
    help="Load PATHS alone, even when they hold only claims.",
)
@db_option
@pass_ctx
def load(ctx: Context, paths: tuple[Path, ...], replace: bool, no_project_vocabulary: bool) -> None:
    """Validate fixtures and make the database mirror them (default: the project's fixtures/).

    All or nothing: one bad record anywhere loads nothing and every problem is listed with its
    file, line and claim id. Loading the same fixtures twice changes nothing. A load that would
    remove more claims than it adds (an empty folder, one vocabulary file) needs --replace.
    PATHS that hold only claims (factdb load extra.csv) are loaded with the project's sources
    and vocabulary (entities, predicates, units), unless --no-project-vocabulary is given.
    """
    from factdb import config
    from factdb.cli.progress import counter
    from factdb.ingest.discover import brings_vocabulary, is_draft, vocabulary_files
    from factdb.ingest.loader import Change, LoadRefused, load_paths
    from factdb.ingest.records import FixtureErrors
    from factdb.store.migrations import upgrade

    targets = list(paths) or [Path(config.fixtures_path())]
    for path in targets:
        if not path.exists():
            fail(f"no such file or directory: {path}")
        if is_draft(path):
            fail(f"{path} is a draft; review it and rename it to load its claims")
    if not no_project_vocabulary and not any(map(brings_vocabulary, targets)):
        project = Path(config.fixtures_path())
        targets = vocabulary_files(project) + targets
        click.echo(f"with the sources and vocabulary of {project}", err=True)
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    def allow(change: Change) -> bool:
        if replace or change.removed <= change.added:
            return True
        if sys.stdin.isatty() and sys.stderr.isatty():
            return click.confirm(f"This load is valid, but {change}. Load it?", err=True)
        return False

    engine = ctx.engine(ready=False)
    try:
        upgrade(engine)
        with counter("load", "claim") as progress:
            fs = load_paths(engine, targets, allow, progress)
    except LoadRefused as exc:
        fail(f"nothing loaded; {exc.change}: pass --replace to load it all the same")
    except FixtureErrors as exc:
        click.echo(f"Error: nothing loaded; {len(exc.errors)} problem(s):", err=True)
        for err in exc.errors:
            click.echo(visible(f"  {err}"), err=True)
        sys.exit(2)
    except DBAPIError as exc:
        # A full disk, a lock held past the busy timeout: the transaction rolled back.
        fail(f"nothing loaded; the database refused the write: {exc.orig}")
    except SQLAlchemyError as exc:  # a refused COMMIT leaves the connection to be rolled back
        fail(f"nothing loaded; the database refused the write: {exc}")
    except OSError as exc:
        fail(f"nothing loaded; {exc.strerror or exc}")
    spans = sum(len(c.spans) for c in fs.claims.values())
    if fs.change is not None and fs.change.removed:
        click.echo(
            f"removed {fs.change.removed:,} claim(s) that the fixtures no longer hold", err=True
        )
    click.echo(
        f"loaded {len(fs.sources)} sources, {len(fs.entities)} entities, "
        f"{len(fs.predicates)} predicates, {len(fs.claims)} claims, {spans} spans"
    )


@click.command(short_help="Check the claim base against its own constraints.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option("--strict", is_flag=True, help="Fail on warnings (unused vocabulary) too.")
@db_option
@pass_ctx
def lint(ctx: Context, fmt: str, strict: bool) -> None:
    """Check the claim base against its own constraints, like Wikidata's constraint reports.

    \b
    Errors (exit 1):
      integrity            the SQLite file fails PRAGMA integrity_check (checked first)
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
    from factdb.curate.lint import counts, integrity
    from factdb.curate.lint import lint as run_lint

    # The integrity check first, on the file as it is: building or refreshing a damaged
    # database fails before lint could say why.
    damage = integrity(ctx.engine(ready=False))
    problems = damage or run_lint(ctx.engine(strict=True), check_integrity=False)
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
            click.echo(table(rows, ["kind", "ids", "message"]))
        click.echo(summary)
    if errors or (strict and warnings):
        sys.exit(1)


@click.group(short_help="Schema migrations, with no alembic.ini needed.")
def db() -> None:
    """Schema migrations (Alembic), without an alembic.ini in your working directory."""


@db.command(short_help="Upgrade the schema (default: to the newest).")
@click.argument("revision", default="head")
@db_option
@pass_ctx
def upgrade(ctx: Context, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    from factdb.store.migrations import current, upgrade

    engine = ctx.engine(ready=False)
    _alembic(lambda: upgrade(engine, revision))
    click.echo(f"at revision {_alembic(lambda: current(engine))}")


@db.command(short_help="Downgrade the schema (default: one step).")
@click.argument("revision", default="-1")
@db_option
@pass_ctx
def downgrade(ctx: Context, revision: str) -> None:
    """Downgrade the schema to REVISION (default: one step back; 'base' drops everything)."""
    from factdb.store.migrations import current, downgrade

    engine = ctx.engine(ready=False)
    if _alembic(lambda: current(engine)) is None:
        fail("nothing to downgrade: the database has no schema yet")
    _alembic(lambda: downgrade(engine, revision))
    click.echo(f"at revision {_alembic(lambda: current(engine)) or 'base'}")


@db.command(name="current", short_help="Print the database's schema revision.")
@db_option
@pass_ctx
def current_(ctx: Context) -> None:
    """Print the schema revision of the database and the newest one available."""
    from factdb.store.migrations import current, head

    engine = ctx.engine(ready=False)
    # Asking must not create: SQLite makes the file on connect.
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if path and path != ":memory:" and not Path(path).exists():
        click.echo(f"database: none (no file at {path})")
    else:
        click.echo(f"database: {_alembic(lambda: current(engine)) or 'base (empty)'}")
    click.echo(f"head:     {head()}")


def _alembic(action: Callable[[], T]) -> T:
    """An Alembic step; its errors, and the database's, become a clear message and exit 2."""
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import DBAPIError

    try:
        return action()
    except CommandError as exc:
        fail(str(exc))
    except DBAPIError as exc:
        fail(f"database error: {exc.orig}")

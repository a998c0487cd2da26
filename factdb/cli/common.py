"""What every command shares: the context that holds the database, argument checks, clean
failure (exit 2 with a message), and output formats."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from factdb.cli.text import bounded_text, visible

FORMATS = click.Choice(["table", "json", "csv"])
MIN_COLUMN = 12  # a table column is never cut narrower than this
MESSAGE_LINES = 60  # a list of fixture problems stops at 50

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with = + - @, a tab or a
    carriage return gets a leading apostrophe, as OWASP advises against CSV injection."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


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
    lines = [bounded_text(line) for line in message.split("\n")]
    if len(lines) > MESSAGE_LINES:
        lines[MESSAGE_LINES:] = [f"… and {len(lines) - MESSAGE_LINES:,} more line(s)"]
    click.echo("\n".join(visible(line) for line in [f"Error: {lines[0]}", *lines[1:]]), err=True)
    sys.exit(2)


def warn(message: str) -> None:
    """One line on stderr that does not change the outcome (answering from the last load)."""
    click.echo(visible(f"Warning: {bounded_text(message)}"), err=True)


def explain(exc: Exception) -> str:
    """What went wrong, for a person, from an exception no command handled itself."""
    import sqlite3

    from alembic.util.exc import CommandError
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from factdb.ingest.records import FixtureErrors
    from factdb.store.migrations import UnknownRevision

    if isinstance(exc, UnknownRevision | CommandError):
        return str(exc)
    if isinstance(exc, DBAPIError):
        return f"database error: {exc.orig}"
    if isinstance(exc, SQLAlchemyError):
        return f"database error: {exc}"
    if isinstance(exc, sqlite3.Error):  # the standard library's read path (store.sqlite_read)
        return f"database error: {exc}"
    if isinstance(exc, FixtureErrors):
        return "the fixtures do not load:\n" + str(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    if isinstance(exc, MemoryError):
        return "out of memory"
    return f"internal error ({type(exc).__name__}: {bounded_text(str(exc), 300)}); please report it"


class Group(click.Group):
    """The root command. Whatever a command leaves unhandled ends as exit 2 with a message:
    a traceback exits 1, which a pipeline reads as "contradicted".

    Its commands are named in `lazy` (name -> module of factdb.cli, function) and imported
    when first asked for: a run imports the command it runs, not all thirteen."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            from importlib import import_module

            module, name = self.lazy[cmd_name]
            self.add_command(getattr(import_module(f"factdb.cli.{module}"), name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise  # click reports these itself
        except Exception as exc:
            fail(explain(exc))


class Context:
    def __init__(self, db: str | None) -> None:
        self.url = db
        self._engine: Any = None
        self._ready = False

    def engine(self, ready: bool = True, strict: bool = False) -> Any:
        """The engine, with the database migrated and loaded unless `ready` is False.

        A reading command answers from the last load when the fixtures have changed in a way
        a read must not apply (they do not load, or would shrink the base), with one warning
        line; with `strict` (lint) that is an error instead."""
        from sqlalchemy.exc import ArgumentError

        from factdb.ingest.refresh import ensure_ready
        from factdb.store.db import make_engine

        try:
            if self._engine is None:
                self._engine = make_engine(self.url)
                _sqlite_folder(self._engine)
            if ready and not self._ready:
                stale = ensure_ready(self._engine)
                self._ready = True
                if stale is not None:
                    if strict:
                        fail(f"{stale}; `factdb load` says more")
                    warn(f"{stale}; answering from the last load (`factdb load` says more)")
        except ArgumentError as exc:
            fail(f"bad database URL: {exc}")
        except ModuleNotFoundError as exc:
            fail(f"the database driver is not installed ({exc.name}){_driver_hint(exc)}")
        except Exception as exc:
            fail(explain(exc))
        return self._engine

    def read_base(self) -> Any:
        """What a reading command (check, parse, list, show, sources) reads: a SQLite file
        through the standard library's sqlite3 when the URL names one that already mirrors its
        fixtures, which needs neither SQLAlchemy nor Alembic; else the engine, built and
        refreshed as need be."""
        if not self._ready:
            from factdb import config
            from factdb.ingest.discover import mirrors_fixtures
            from factdb.store.sqlite_read import SqliteFile, sqlite_file

            try:
                url = config.database_url(self.url)
                path = sqlite_file(url)
                if path is not None:
                    base = SqliteFile(url, path)
                    if mirrors_fixtures(base):
                        return base
            except Exception as exc:
                fail(explain(exc))
        return self.engine()


def _driver_hint(exc: ModuleNotFoundError) -> str:
    """How to install a missing driver: factdb ships an extra for PostgreSQL only."""
    if "psycopg" in str(exc.name):
        return "; for PostgreSQL run pip install -e '.[postgres]'"
    return "; factdb is made for SQLite and PostgreSQL"


def _sqlite_folder(engine: Any) -> None:
    """Refuse a SQLite file in a folder that does not exist before SQLite says only that it is
    "unable to open database file"."""
    database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).parent
        if not folder.is_dir():
            fail(f"cannot open the database {database}: the folder {folder} does not exist")


pass_ctx = click.make_pass_decorator(Context)


def _set_database(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Context).url = value


# `--db` is accepted after the command name too, where users type it (factdb list --db URL).
db_option = click.option(
    "--db",
    metavar="URL",
    expose_value=False,
    is_eager=True,
    callback=_set_database,
    help="SQLAlchemy database URL (as `factdb --db URL …`).",
)


def table(rows: list[list[str]], headers: list[str]) -> str:
    """Columns aligned, every cell made visible (see `visible`); on a terminal, the widest
    columns are cut (with …) to fit its width, and piped output keeps every character."""
    rows = [[visible(c) for c in r] for r in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    if sys.stdout.isatty():
        room = shutil.get_terminal_size().columns - 2 * (len(widths) - 1)
        while sum(widths) > room and max(widths) > MIN_COLUMN:
            widest = widths.index(max(widths))
            widths[widest] = max(MIN_COLUMN, widths[widest] - (sum(widths) - room))

    def cell(text: str, width: int) -> str:
        return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)

    def line(cells: list[str]) -> str:
        return "  ".join(cell(c, w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *map(line, rows)])

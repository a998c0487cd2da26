"""What every command shares: the context that holds the database, argument checks, clean
failure (exit 2 with a message), and output formats."""

from __future__ import annotations

import shutil
import sys
from typing import Any, NoReturn

import click

from factdb.lexicon.index import abbreviations
from factdb.text.sentences import sentence_around

FORMATS = click.Choice(["table", "json", "csv"])
MIN_COLUMN = 12  # a table column is never cut narrower than this


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
    """Columns aligned; on a terminal, the widest columns are cut (with …) to fit its width, and
    piped output keeps every character for grep and cut."""
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


def quote_in_sentence(text: str, start: int, end: int) -> str:
    """The sentence of a source text holding text[start:end], on one line, with the quote marked
    [[…]]: bold and underlined on a terminal, and still visible when piped or uncoloured."""
    left, right = sentence_around(text, start, end, abbreviations())
    marked = (
        text[left:start]
        + click.style("[[", bold=True)
        + click.style(text[start:end], bold=True, underline=True)
        + click.style("]]", bold=True)
        + text[end:right]
    )
    return " ".join(marked.split())

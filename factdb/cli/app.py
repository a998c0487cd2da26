"""The `factdb` command line: a thin click layer over the library.

Heavy modules are imported inside each command, and each command's module only when that
command runs (COMMANDS), so that `factdb check "…"` starts fast.
Exit status: 0 fine, 1 something was found (a contradiction, a lint problem), 2 bad usage or input.
"""

from __future__ import annotations

import os

import click

from factdb.cli.common import Context, Group

# command name -> the module of factdb.cli defining it, and its function's name there.
COMMANDS = {
    "load": ("base", "load"),
    "lint": ("base", "lint"),
    "db": ("base", "db"),
    "list": ("browse", "list_"),
    "show": ("browse", "show"),
    "sources": ("browse", "sources"),
    "check": ("check", "check"),
    "parse": ("check", "parse"),
    "eval": ("check", "eval_"),
    "export": ("export", "export"),
    "source": ("source", "source"),
    "draft": ("draft", "draft"),
    "serve": ("serve", "serve"),
}


@click.group(cls=Group, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="URL",
    envvar="FACTDB_DATABASE_URL",
    help="SQLAlchemy database URL [env FACTDB_DATABASE_URL; default: factdb.sqlite in "
    "the project]. An empty database is built on first use.",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the text output [default: on a terminal, unless NO_COLOR is set].",
)
@click.version_option(package_name="factdb")
@click.pass_context
def main(ctx: click.Context, db: str | None, color: bool | None) -> None:
    """Check statements against curated claims from trusted articles.

    \b
    factdb check "Hungary approved 400 million USD of ODA for Vietnam"
    factdb list --source 004
    factdb show hu-oda-400m-usd

    Shell completion: eval "$(_FACTDB_COMPLETE=bash_source factdb)" in ~/.bashrc
    (zsh_source and fish_source for zsh and fish).
    """
    if color is None and os.environ.get("NO_COLOR"):  # https://no-color.org: any value
        color = False
    ctx.color = color
    ctx.obj = Context(db)

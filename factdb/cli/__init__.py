"""The `factdb` command line: a thin click layer over the library (factdb.cli.app).

`main`, the click command, is imported from factdb.cli.app when first asked for: the modules
here that render output (text, report) and the entry point that answers `factdb check "…"`
without click (fast) must not import click just by living in this package.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any


def __getattr__(name: str) -> Any:
    if name == "main":
        from factdb.cli.app import main as command_line

        return command_line
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

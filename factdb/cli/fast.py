"""The `factdb` command's entry point: `factdb check "…"` without click when it can.

An editor's script, a hook or a chat bot runs one `factdb check "STATEMENT"` a process, its
output piped. That call, on a SQLite base that already mirrors its fixtures, is answered here
without importing click (a sixth of such a run): the same checker, the same rendering
(factdb.cli.report), the same exit status (1 when contradicted). Anything else (another
command, an option, a terminal, a base to build or refresh, any error) goes to the click
command line (factdb.cli), which handles it as it always has.

The console script (factdb.cli.console, with `end_at_once`) also spares such a process what it
would do for nothing: the cyclic garbage collector, which a single check's few megabytes never
need, and the interpreter's teardown of every module and object at exit (`os._exit` once its
answer is written and flushed): together a fifth of a fresh check's CPU time. `main` answers the
same and ends as any program does, for callers in a Python process.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from collections.abc import Callable
from contextlib import suppress


def main(end: Callable[[int], object] = sys.exit, collecting: bool | None = None) -> None:
    """Answer `factdb check "…"` here when it can (then `end` its status), else run the click
    command line, with the cyclic collector on if `collecting` (by default, as it is now: the
    console script turns it off before it imports factdb, factdb.cli.console)."""
    if collecting is None:
        collecting = gc.isenabled()
    status = _answered()
    if status is not None:
        end(status)
    if collecting:
        gc.enable()
    from factdb.cli.app import main as command_line

    command_line()


def _answered() -> int | None:
    """The exit status of `factdb check "…"` answered here, its report written; None when the
    click command line answers instead."""
    args = sys.argv[1:]
    url = None
    if len(args) == 4 and args[0] == "--db":  # factdb --db URL check "…"
        url, args = args[1], args[2:]
    if not (len(args) == 2 and args[0] == "check" and _plain(args[1]) and not _terminal()):
        return None
    collecting = gc.isenabled()
    gc.disable()  # one statement's garbage is freed by reference counts, or at exit
    try:
        return _check(args[1], url)
    except KeyboardInterrupt:  # as click answers it
        sys.stderr.write("\nAborted!\n")
        return 1
    finally:
        if collecting:
            gc.enable()


def end_at_once(status: int) -> None:
    """Exit with `status` without tearing the interpreter down: nothing is left to write (the
    report is flushed, kept caches were written by rename) and a read-only SQLite connection
    needs no closing."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError, AttributeError):  # a reader gone, no stream at all
            stream.flush()
    os._exit(status)


def _plain(statement: str) -> bool:
    """A statement click would pass on as it is: not an option, not '-' (standard input),
    something to check, and text that UTF-8 can write."""
    if statement.startswith("-") or not statement.strip():
        return False
    try:
        statement.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _terminal() -> bool:
    """Output to a terminal is coloured, and a statement with nothing on standard input is
    read from there: click decides both, and what to do with no standard output at all."""
    return sys.stdout is None or sys.stdout.isatty()


def _check(statement: str, url: str | None) -> int | None:
    """Check `statement` against the database at `url` (else the one factdb.config finds),
    print the report and return the exit status; None, having printed nothing, when the click
    command line should answer instead."""
    try:
        output, status = _report(statement, url)
    except Exception:  # the click command line reports it, with its message and status
        return None
    if output is None:
        return None
    try:
        output.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):  # click's echo knows how to write it
        return None
    try:
        sys.stdout.write(output + "\n")
        sys.stdout.flush()
    except OSError as exc:
        # Nothing more can be written: what is still buffered goes nowhere, so that the exit
        # does not fail writing it again.
        with suppress(OSError, ValueError):  # a stream with no descriptor keeps its buffer
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if exc.errno == errno.EPIPE:
            return 1  # the reader went away, as click answers it
        # A full disk, a closed descriptor: exit 2 with the message click gives (a traceback
        # would exit 1, "contradicted").
        sys.stderr.write(f"Error: {exc.strerror or exc}\n")
        return 2
    return status


def _report(statement: str, given: str | None) -> tuple[str | None, int]:
    from factdb.startup import generated_methods_kept

    with generated_methods_kept():  # the classes' methods as an earlier start compiled them
        return _report_now(statement, given)


def _report_now(statement: str, given: str | None) -> tuple[str | None, int]:
    from factdb import config
    from factdb.check.checker import Checker
    from factdb.check.judge import CONTRADICTED
    from factdb.check.statement import bounded
    from factdb.cli.report import render_judgement
    from factdb.cli.text import plain
    from factdb.ingest.discover import mirrors_fixtures
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    bounded(statement)  # a statement over the limit is refused by the click command line
    url = config.database_url(given)
    path = sqlite_file(url)
    if path is None:
        return None, 0
    base = SqliteFile(url, path)
    if not mirrors_fixtures(
        base
    ):  # to be built, migrated or refreshed, with any warning that needs
        return None, 0
    checker = Checker(base)
    with checker.snapshot():
        judgement = checker.check(statement)
        output = plain(render_judgement(judgement, checker.source_text, None))
    return output, 1 if judgement.verdict == CONTRADICTED else 0

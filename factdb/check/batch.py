"""Checking many statements on every core, in input order.

A batch (`check --file`, `--sentences`) on a SQLite file read through sqlite3 is cut into
chunks that forked workers check: forked once the vocabulary is loaded, so that they share it
instead of compiling it again, and before the caller's snapshot is opened, since a connection
must not cross a fork. Each worker reads in a snapshot of its own and checks that it is the
caller's state of the base; one that finds the base changed meanwhile (a load committed) hands
its chunk back, to be checked by the caller in its own snapshot. Verdicts are the same as one
process's: each statement is judged alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from factdb.check.checker import Checker
from factdb.check.judge import Judgement
from factdb.check.parse import StatementTooLong
from factdb.store.sqlite_read import SqliteFile

if TYPE_CHECKING:  # multiprocessing is imported when workers are forked: one check needs none
    from multiprocessing.pool import Pool

# Below this many statements forking costs more than it saves.
PARALLEL_FROM = 200
CHUNK = 64  # statements a worker checks per round trip

Result = Judgement | StatementTooLong
_forked: Checker | None = None  # the checker the workers inherit


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextmanager
def workers(checker: Checker, statements: int) -> Iterator[Pool | None]:
    """Forked workers for a batch of `statements`, made before the caller's snapshot; None
    when one process is as fast (a short batch, one core) or forking is not safe (a server
    database, whose connection pool a fork would share; a platform without fork)."""
    if statements < PARALLEL_FROM or not isinstance(checker.base, SqliteFile):
        yield None
        return
    import multiprocessing

    cores = _cores()
    if cores < 2 or "fork" not in multiprocessing.get_all_start_methods() or checker.index.reading:
        yield None
        return
    global _forked
    _forked = checker
    try:
        with multiprocessing.get_context("fork").Pool(min(cores, statements // CHUNK)) as pool:
            yield pool
    finally:
        _forked = None


def check_each(checker: Checker, texts: list[str], pool: Pool | None) -> Iterator[Result]:
    """The judgement of each of `texts`, in order (or the StatementTooLong it raised), read in
    the caller's snapshot (Checker.snapshot), or in workers' snapshots of the same state."""
    if pool is None:
        yield from map(partial(_one, checker), texts)
        return
    chunks = [texts[at : at + CHUNK] for at in range(0, len(texts), CHUNK)]
    work = partial(_work, state=checker.state)
    for chunk, done in zip(chunks, pool.imap(work, chunks), strict=True):
        yield from done if done is not None else map(partial(_one, checker), chunk)


def _one(checker: Checker, text: str) -> Result:
    try:
        return checker.check(text)
    except StatementTooLong as exc:
        return exc


def _work(chunk: list[str], state: str | None) -> list[Result] | None:
    """In a worker: `chunk` checked in a snapshot of the base at `state`, else None."""
    checker = _forked
    assert checker is not None, "workers are forked by `workers`"
    with checker.snapshot():
        if checker.state != state:
            return None
        return [_one(checker, text) for text in chunk]

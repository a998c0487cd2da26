"""Checking many statements on every core, in input order, each rendered where it was checked.

A batch (`check --file`, `--sentences`) on a SQLite file read through sqlite3 is cut into
chunks that forked workers check: forked once the vocabulary is loaded, so that they share it
instead of compiling it again, and before the caller's snapshot is opened, since a connection
must not cross a fork. Each worker reads in a snapshot of its own and checks that it is the
caller's state of the base; one that finds the base changed meanwhile (a load committed) hands
its chunk back, to be checked by the caller in its own snapshot. Verdicts are the same as one
process's: each statement is judged alone, and so a line met before in the same process (a
draft's boilerplate) is not judged again.

A worker also renders each judgement with the caller's `render` (the report's record, as text):
what crosses back is that, small to send and nothing for the caller to do but write it, so the
workers keep every core busy and the caller none.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from factdb.check.checker import Checker
from factdb.check.judge import Judgement
from factdb.check.parse import StatementTooLong
from factdb.lexicon.stored import read_whole
from factdb.store.sqlite_read import SqliteFile

if TYPE_CHECKING:  # multiprocessing is imported when workers are forked: one check needs none
    from multiprocessing.pool import Pool

# Below this many statements forking costs more than it saves.
PARALLEL_FROM = 200
CHUNK = 64  # statements a worker checks per round trip
REMEMBERED = 1_000  # distinct lines whose judgement a process keeps for a repeat

Result = Judgement | StatementTooLong
T = TypeVar("T")
Render = Callable[[int, Result], T]  # (the statement's position, its judgement) -> its record


class _Batch:
    """What the workers inherit: the checker, the statements and how to render each."""

    def __init__(self, checker: Checker, texts: list[str], render: Render[Any]) -> None:
        self.checker = checker
        self.texts = texts
        self.render = render
        # Judgements of lines met before in this process (a draft's boilerplate, an archive's
        # repeated headline): a line is judged alone, so the same line gets the same judgement
        # in one state of the base.
        self._judged: dict[str, Result] = {}

    def record(self, k: int) -> Any:
        """The record of statement k, checked in the snapshot held."""
        text = self.texts[k]
        judged = self._judged.get(text)
        if judged is None:
            if len(self._judged) >= REMEMBERED:
                self._judged.clear()
            judged = self._judged[text] = _one(self.checker, text)
        return self.render(k, judged)

    def records(self, first: int, end: int) -> list[Any]:
        return [self.record(k) for k in range(first, end)]


_forked: _Batch | None = None  # the batch the workers inherit


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextmanager
def checked(checker: Checker, texts: list[str], render: Render[T]) -> Iterator[Iterator[T]]:
    """The record of each of `texts` (`render` of its judgement, or of the StatementTooLong it
    raised), in order, all read in one state of the base: the caller's snapshot, held until
    the block ends (for the report too), or workers' snapshots of the same state."""
    global _forked
    batch = _Batch(checker, texts, render)
    _forked = batch  # before the fork, which is when the workers inherit it
    try:
        pool = _pool(checker, len(texts))
        if pool is None:
            with checker.snapshot():
                yield (batch.record(k) for k in range(len(texts)))
            return
        try:
            with pool, checker.snapshot():
                yield _spread(batch, pool)
        finally:
            gc.unfreeze()  # what _pool froze for the workers
    finally:
        _forked = None


def _pool(checker: Checker, statements: int) -> Pool | None:
    """Forked workers for a batch of `statements`, made before the caller's snapshot; None
    when one process is as fast (a short batch, one core) or forking is not safe (a server
    database, whose connection pool a fork would share; a platform without fork)."""
    if statements < PARALLEL_FROM or not isinstance(checker.base, SqliteFile):
        return None
    import multiprocessing

    cores = _cores()
    if cores < 2 or "fork" not in multiprocessing.get_all_start_methods() or checker.index.reading:
        return None
    # The vocabulary's tables are read whole here, once, for the workers to share: each would
    # read them itself within its first two chunks (a check makes about 130 lookups).
    read_whole(checker.vocab)
    # What the workers inherit (the vocabulary, the lexicons) is left out of their collections:
    # a full collection writes to every object it visits, which would copy each inherited page
    # into each worker. The caller's objects go back to the collector when the batch ends.
    gc.freeze()
    return multiprocessing.get_context("fork").Pool(min(cores, statements // CHUNK))


def _spread(batch: _Batch, pool: Pool) -> Iterator[Any]:
    chunks = [(at, min(at + CHUNK, len(batch.texts))) for at in range(0, len(batch.texts), CHUNK)]
    state = batch.checker.state
    done = pool.imap(_work, [(first, end, state) for first, end in chunks])
    for (first, end), records in zip(chunks, done, strict=True):
        yield from records if records is not None else batch.records(first, end)


def _one(checker: Checker, text: str) -> Result:
    try:
        return checker.check(text)
    except StatementTooLong as exc:
        return exc


def _work(task: tuple[int, int, str | None]) -> list[Any] | None:
    """In a worker: the records of statements first..end-1, checked in a snapshot of the base
    at `state`, else None."""
    first, end, state = task
    batch = _forked
    assert batch is not None, "workers are forked by `checked`"
    with batch.checker.snapshot():
        if batch.checker.state != state:
            return None
        return batch.records(first, end)

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
workers keep every core busy and the caller none. The workers are processes of our own, not a
multiprocessing.Pool: each takes the next chunk as it is free and sends its records back over a
pipe of its own, and the caller only reads them, where a Pool's three threads (watching its
workers, feeding tasks, gathering results) cost the caller about 0.3 s of CPU in 10,000
statements, on a core the workers need.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TypeVar

from factdb.check.checker import Checker
from factdb.check.judge import Judgement
from factdb.check.statement import StatementTooLong
from factdb.lexicon.kept import read_all_whole
from factdb.lexicon.stored import read_whole
from factdb.store.sqlite_read import SqliteFile

if TYPE_CHECKING:  # multiprocessing is imported when workers are forked: one check needs none
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

# Below this many statements forking costs more than it saves.
PARALLEL_FROM = 200
CHUNK = 64  # statements a worker checks per round trip
REMEMBERED = 1_000  # distinct lines whose judgement a process keeps for a repeat
WARM = 16  # statements the caller judges before it forks (see _Batch.warm)

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
        # The state of the base they were made in: the caller judges the first statements in
        # a snapshot of its own before it forks (see warm), and a load may commit before the
        # snapshot the batch is read in.
        self._judged_in: str | None = None

    def judgement(self, k: int) -> Result:
        """The judgement of statement k, in the snapshot held."""
        if self.checker.state != self._judged_in:
            self._judged.clear()
            self._judged_in = self.checker.state
        text = self.texts[k]
        judged = self._judged.get(text)
        if judged is None:
            if len(self._judged) >= REMEMBERED:
                self._judged.clear()
            judged = self._judged[text] = _one(self.checker, text)
        return judged

    def record(self, k: int) -> Any:
        """The record of statement k, checked in the snapshot held."""
        return self.render(k, self.judgement(k))

    def warm(self) -> None:
        """Judge the first statements before the workers fork. What a check loads and keeps
        on first use (the lexicons it reads, its compiled patterns, the claims it reads and
        what it derives from them) makes a process's first statements cost several times a
        later one's (its first 200 about 0.25 s of CPU more): loaded here, once, the workers
        inherit what the first statements load instead of each loading it again (callgrind:
        half of that cost). The judgements are kept for the worker that takes the statements."""
        with self.checker.snapshot():
            for k in range(min(WARM, len(self.texts))):
                self.judgement(k)

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
        pool = _pool(checker, len(texts), batch.warm)
        if pool is None:
            with checker.snapshot():
                yield (batch.record(k) for k in range(len(texts)))
            return
        try:
            with pool, checker.snapshot():
                yield pool.records(batch, checker.state)
        finally:
            gc.unfreeze()  # what _pool froze for the workers
    finally:
        _forked = None


def _pool(checker: Checker, statements: int, warm: Callable[[], None]) -> _Workers | None:
    """Forked workers for a batch of `statements`, made before the caller's snapshot, once
    `warm` has run; None when one process is as fast (a short batch, one core) or forking is
    not safe (a server database, whose connection pool a fork would share; a platform without
    fork)."""
    if statements < PARALLEL_FROM or not isinstance(checker.base, SqliteFile):
        return None
    import multiprocessing

    cores = _cores()
    if cores < 2 or "fork" not in multiprocessing.get_all_start_methods() or checker.index.reading:
        return None
    # The kept lexicon mappings too (kept.read_all_whole), before the first check reads them
    # value by value as a single check does.
    read_all_whole()
    warm()
    # The vocabulary's tables are read whole here, once, for the workers to share: each would
    # read them itself within its first two chunks (a check makes about 130 lookups).
    read_whole(checker.vocab)
    # What the workers inherit (the vocabulary, the lexicons) is left out of their collections:
    # a full collection writes to every object it visits, which would copy each inherited page
    # into each worker. The caller's objects go back to the collector when the batch ends.
    gc.freeze()
    chunks = [(at, min(at + CHUNK, statements)) for at in range(0, statements, CHUNK)]
    return _Workers(min(cores, statements // CHUNK), chunks)


class _Workers:
    """Forked workers, each taking the next of `chunks` (first, end) as it is free and sending
    (the chunk's number, its records or None) back over its own pipe; (-1, exception) when one
    failed."""

    def __init__(self, count: int, chunks: list[tuple[int, int]]) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.chunks = chunks
        self._taken = context.RawValue("i", 0)  # chunks handed out, shared by the workers
        self._lock = context.Lock()
        self._processes: list[BaseProcess] = []
        self._results: list[Connection] = []  # the caller's ends
        self._states: list[Connection] = []  # the state each worker is to read in, sent once
        for _ in range(count):
            results, results_end = context.Pipe(duplex=False)
            states_end, states = context.Pipe(duplex=False)
            process = context.Process(target=self._run, args=(states_end, results_end))
            process.start()
            results_end.close()  # so that the caller's end ends when the worker's does
            states_end.close()
            self._processes.append(process)
            self._results.append(results)
            self._states.append(states)

    def _run(self, state_from: Connection, results: Connection) -> None:
        """A worker: chunks until none is left, in the state the caller sends once it holds
        its snapshot."""
        try:
            state = state_from.recv()
            while True:
                with self._lock:
                    k = self._taken.value
                    self._taken.value = k + 1
                if k >= len(self.chunks):
                    return
                first, end = self.chunks[k]
                results.send((k, _work((first, end, state))))
        except (KeyboardInterrupt, EOFError, BrokenPipeError):
            return  # the caller stopped the batch
        except Exception as exc:  # the caller raises it
            try:
                results.send((-1, exc))
            except Exception:  # an exception that does not pickle
                results.send((-1, RuntimeError(f"a batch worker failed: {exc!r}")))
        finally:
            results.close()

    def records(self, batch: _Batch, state: str | None) -> Iterator[Any]:
        """The records of every chunk in input order, as the workers send them; a chunk a
        worker handed back (the base changed under it) or never sent (it ended early) is
        checked here."""
        from multiprocessing.connection import wait

        for states in self._states:
            with suppress(OSError):  # a worker gone already: its chunks are checked here
                states.send(state)
        arrived: dict[int, list[Any] | None] = {}
        sending = list(self._results)
        for k, (first, end) in enumerate(self.chunks):
            while k not in arrived and sending:
                for conn in wait(sending):
                    try:
                        got, records = conn.recv()
                    except EOFError:  # this worker is done
                        sending.remove(conn)  # type: ignore[arg-type]
                        continue
                    if got < 0:
                        raise records
                    arrived[got] = records
            records = arrived.pop(k, None)
            yield from records if records is not None else batch.records(first, end)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        for process in self._processes:
            if process.is_alive():
                process.terminate()  # stopped early (an error, Ctrl-C): they would run on
        for process in self._processes:
            process.join()
        for conn in self._results + self._states:
            conn.close()


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

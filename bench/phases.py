"""Where a batch statement's CPU goes: µs a statement in each phase of a check, in one process.

    python bench/phases.py                       # the project database, 2,000 distinct statements
    python bench/phases.py --n 5000 --db sqlite:////tmp/1m.sqlite
    python bench/phases.py --profile 25          # and cProfile's 25 costliest functions
    python bench/phases.py --file FILE --n 5000  # the corpora's statements, one a line

The statements are the bench's distinct batch (bench/run.py: nothing is answered from a memo of
repeated lines). Each is taken through the phases a batch worker runs, each phase's CPU time
taken on its own: parse (tokens, language, the phrase loop, dates, quantities, the readings
around names and verbs), the judge (assertions, retrieval and the decision; its own pieces are
named by the profile), the evidence read back, and the record rendered as `check --format
jsonl` renders it; then each statement through all of them in turn, as a worker takes it.
A warm-up pass first, so that the per-claim caches a long batch fills are filled: what is
measured is a worker's steady state. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from factdb.check.judge import Judgement

BENCH = Path(__file__).resolve().parent
T = TypeVar("T")
sys.path.insert(0, str(BENCH))

# Functions whose cumulative time the profile reports as sub-phases: (label, file, function).
PIECES = [
    ("parse: tokenise + fold", "tokens.py", "tokenize"),
    ("parse: language", "vocabulary.py", "detect_language"),
    ("parse: dates", "dates.py", "find_dates"),
    ("parse: quantities", "quantities.py", "find_quantities"),
    ("parse: around names", "parse.py", "_read_around_names"),
    ("parse: around verbs", "parse.py", "_read_around_verbs"),
    ("parse: unknown names", "parse.py", "_unknown_names"),
    ("judge: titles read", "assertions.py", "_reader"),
    ("judge: bare holders", "judge.py", "_bare_holders"),
    ("judge: stance", "stance.py", "read_stance"),
    ("judge: retrieval ids", "match.py", "claim_ids"),
    ("judge: retrieval claims", "match.py", "claims"),
    ("judge: parts", "judge.py", "_part"),
    ("judge: office parts", "judge.py", "_office_parts"),
    ("judge: unaccounted", "judge.py", "_unaccounted"),
    ("judge: wording", "explain.py", "judgement"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database URL (default: the one factdb finds)")
    parser.add_argument("--n", type=int, default=2000, help="distinct statements")
    parser.add_argument("--file", help="statements to check, one a line (default: the bench's)")
    parser.add_argument("--profile", type=int, default=0, help="also list the N costliest")
    args = parser.parse_args()

    from run import statements_of

    from factdb import config
    from factdb.check.checker import Checker
    from factdb.check.parse import parse_statement
    from factdb.cli.check import Item, _record
    from factdb.lexicon.kept import read_all_whole
    from factdb.lexicon.stored import read_whole
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    url = config.database_url(args.db)
    path = sqlite_file(url)
    if path is None:
        sys.exit("a SQLite file is what a batch worker reads: give --db sqlite:///FILE")
    checker = Checker(SqliteFile(url, path))
    texts = statements_of(args.n, args.file)
    items = [Item(t, n) for n, t in enumerate(texts, 1)]

    # CPU time, not wall time: on a shared machine the wall time of a phase is mostly how long
    # other work held the core. Reading this clock is a system call that costs from 3 µs to tens
    # of µs here, so it is read around each phase over the whole batch, not around each
    # statement's: every statement is parsed, then every one judged, and so on.
    clock_of = time.process_time

    def evidence(judgement: Judgement) -> None:
        decisive = checker.index.with_evidence(c for p in judgement.parts for c in p.decisive)
        for part in judgement.parts:
            part.decisive = [decisive[c.id] for c in part.decisive]

    def one(k: int) -> None:
        """Check statement k as a batch worker does, its phases in turn."""
        judgement = checker.judge.judge(parse_statement(texts[k], checker.vocab))
        evidence(judgement)
        _record(checker, items, "jsonl", True, False, k, judgement)

    clock: dict[str, float] = {}

    def timed(name: str, phase: Callable[[], T]) -> T:
        before = clock_of()
        done = phase()
        clock[name] = clock_of() - before
        return done

    with checker.snapshot():
        # A batch reads the vocabulary's tables whole before it forks (a worker's phrase probes
        # are dict lookups); without this each probe went through `lexicon.table.Table.get`,
        # a profile of the table's lookups, not of a worker.
        read_all_whole()
        read_whole(checker.vocab)
        for k in range(len(texts)):  # warm-up: the caches a worker fills in its first chunks
            one(k)
        parsed = timed("parse", lambda: [parse_statement(t, checker.vocab) for t in texts])
        judged = timed("judge", lambda: [checker.judge.judge(p) for p in parsed])
        timed("evidence", lambda: [evidence(j) for j in judged])
        render = partial(_record, checker, items, "jsonl", True, False)
        timed("render", lambda: [render(k, j) for k, j in enumerate(judged)])
        # A worker takes each statement through every phase before the next: the same, as one.
        whole = clock_of()
        for k in range(len(texts)):
            one(k)
        whole = clock_of() - whole
        profiler = cProfile.Profile()
        profiler.enable()
        for k in range(len(texts)):
            one(k)
        profiler.disable()

    n = len(texts)
    total = sum(clock.values())
    print(f"{n:,} distinct statements, {len(checker.vocab.entities):,} entities in the vocabulary")
    for name, seconds in clock.items():
        print(f"  {name:<28} {1e6 * seconds / n:7.1f} µs  {100 * seconds / total:4.1f} %")
    print(f"  {'total of the phases':<28} {1e6 * total / n:7.1f} µs")
    rate = f"{n / whole:,.0f}/s on one core"
    print(f"  {'each statement in turn':<28} {1e6 * whole / n:7.1f} µs  = {rate}")
    # The profiler slows every call; its shares, scaled to the unprofiled total, name the pieces.
    stats = pstats.Stats(profiler)
    profiled = stats.total_tt  # type: ignore[attr-defined]
    print("within them (cProfile's cumulative time, scaled to the one-clock total):")
    for label, file, func in PIECES:
        cum = sum(
            v[3]
            for (f, _, fn), v in stats.stats.items()  # type: ignore[attr-defined]
            if fn == func and f.endswith(file)
        )
        print(f"  {label:<28} {1e6 * cum / profiled * whole / n:7.1f} µs")
    if args.profile:
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where a batch statement's CPU goes: µs a statement in each phase of a check, in one process.

    python bench/phases.py                       # the project database, 2,000 distinct statements
    python bench/phases.py --n 5000 --db sqlite:////tmp/1m.sqlite
    python bench/phases.py --profile 25          # and cProfile's 25 costliest functions

The statements are the bench's distinct batch (bench/run.py: nothing is answered from a memo of
repeated lines). Each is taken through the phases a batch worker runs, each phase's CPU time
taken on its own: parse (tokens, language, the phrase loop, dates, quantities, the readings
around names and verbs), the judge (assertions, retrieval and the decision; its own pieces are
named by the profile), the evidence read back, and the record rendered as `check --format
jsonl` renders it.
A warm-up pass first, so that the per-claim caches a long batch fills are filled: what is
measured is a worker's steady state. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
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
    parser.add_argument("--profile", type=int, default=0, help="also list the N costliest")
    args = parser.parse_args()

    from run import distinct_statements

    from factdb import config
    from factdb.check.checker import Checker
    from factdb.check.parse import parse_statement
    from factdb.cli.check import Item, _record
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    url = config.database_url(args.db)
    path = sqlite_file(url)
    if path is None:
        sys.exit("a SQLite file is what a batch worker reads: give --db sqlite:///FILE")
    checker = Checker(SqliteFile(url, path))
    texts = distinct_statements(args.n)
    items = [Item(t, n) for n, t in enumerate(texts, 1)]

    # CPU time, not wall time: on a shared machine the wall time of a phase is mostly how long
    # other work held the core.
    clock_of = time.process_time

    def one(k: int, clock: dict[str, float]) -> None:
        t0 = clock_of()
        parsed = parse_statement(texts[k], checker.vocab)
        t1 = clock_of()
        judgement = checker.judge.judge(parsed)
        t2 = clock_of()
        decisive = checker.index.with_evidence(c for p in judgement.parts for c in p.decisive)
        for part in judgement.parts:
            part.decisive = [decisive[c.id] for c in part.decisive]
        t3 = clock_of()
        _record(checker, items, "jsonl", True, False, k, judgement)
        t4 = clock_of()
        for name, a, b in (("parse", t0, t1), ("judge", t1, t2), ("evidence", t2, t3)):
            clock[name] = clock.get(name, 0.0) + b - a
        clock["render"] = clock.get("render", 0.0) + t4 - t3

    with checker.snapshot():
        for k in range(len(texts)):  # warm-up: the caches a worker fills in its first chunks
            one(k, {})
        clock: dict[str, float] = {}
        for k in range(len(texts)):
            one(k, clock)
        profiler = cProfile.Profile()
        profiler.enable()
        for k in range(len(texts)):
            one(k, {})
        profiler.disable()

    n = len(texts)
    total = sum(clock.values())
    print(f"{n:,} distinct statements, {len(checker.vocab.entities):,} entities in the vocabulary")
    for name, seconds in clock.items():
        print(f"  {name:<28} {1e6 * seconds / n:7.1f} µs  {100 * seconds / total:4.1f} %")
    print(f"  {'total':<28} {1e6 * total / n:7.1f} µs  = {n / total:,.0f}/s on one core")
    # The profiler slows every call; its shares, scaled to the unprofiled total, name the pieces.
    stats = pstats.Stats(profiler)
    profiled = stats.total_tt  # type: ignore[attr-defined]
    print("within them (cProfile's cumulative time, scaled to the unprofiled total):")
    for label, file, func in PIECES:
        cum = sum(
            v[3]
            for (f, _, fn), v in stats.stats.items()  # type: ignore[attr-defined]
            if fn == func and f.endswith(file)
        )
        print(f"  {label:<28} {1e6 * cum / profiled * total / n:7.1f} µs")
    if args.profile:
        stats.sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())

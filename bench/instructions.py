"""Instructions a check (or a parse) of the bench's distinct statements costs, under callgrind.

    python bench/instructions.py                   # a check: parse, judge, evidence, JSON line
    python bench/instructions.py --what parse      # the parse alone
    python bench/instructions.py --file FILE       # statements of your own, one a line

On a shared machine the load moves every timing by more than a cut of a few per cent; the
instructions a process executes it does not move. This runs, under `valgrind --tool=callgrind`
with PYTHONHASHSEED=0, a process that reads the vocabulary's tables whole (as a batch does
before it forks), checks `--warm` statements and then `--n` more, and the same process checking
none after the warm-up: the difference over `--n` is a worker's steady state. A run without
valgrind first writes what a first run after a code change keeps (lexicons, vocabulary,
compiled SQL), so that neither measured run pays for it. Not a test: it prints a figure.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _inner(what: str, warm: int, n: int, file: str | None) -> None:
    """The measured process: `warm` statements, then `n` more."""
    sys.path.insert(0, str(BENCH))
    from run import statements_of

    from factdb import config
    from factdb.check.checker import Checker
    from factdb.check.parse import parse_statement
    from factdb.cli.check import Item, _record
    from factdb.lexicon.kept import read_all_whole
    from factdb.lexicon.stored import read_whole
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    url = config.database_url(None)
    path = sqlite_file(url)
    if path is None:
        sys.exit("a SQLite file is what a batch worker reads")
    checker = Checker(SqliteFile(url, path))
    texts = statements_of(warm + n, file)
    items = [Item(t, k) for k, t in enumerate(texts, 1)]

    def one(k: int) -> None:
        parsed = parse_statement(texts[k], checker.vocab)
        if what == "parse":
            return
        judgement = checker.judge.judge(parsed)
        decisive = checker.index.with_evidence(c for p in judgement.parts for c in p.decisive)
        for part in judgement.parts:
            part.decisive = [decisive[c.id] for c in part.decisive]
        _record(checker, items, "jsonl", True, False, k, judgement)

    with checker.snapshot():
        read_all_whole()
        read_whole(checker.vocab)
        for k in range(warm + n):
            one(k)


def _collected(what: str, warm: int, n: int, file: str | None, folder: str) -> int:
    out = os.path.join(folder, f"callgrind-{n}.out")
    cmd = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--inner",
        "--what",
        what,
        "--warm",
        str(warm),
        "--n",
        str(n),
        *(["--file", file] if file else []),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        sys.exit(f"no count from callgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--what", choices=["check", "parse"], default="check")
    parser.add_argument("--warm", type=int, default=100, help="statements before the measure")
    parser.add_argument("--n", type=int, default=300, help="statements measured")
    parser.add_argument("--file", help="statements to check, one a line (default: the bench's)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        _inner(args.what, args.warm, args.n, args.file)
        return 0
    # What a first run after a change writes, written now: for every statement measured, not
    # only the warm-up's, or a table kept first for a later one is built inside the measure.
    _inner(args.what, args.warm, args.n, args.file)
    with tempfile.TemporaryDirectory() as folder:
        base = _collected(args.what, args.warm, 0, args.file, folder)
        measured = _collected(args.what, args.warm, args.n, args.file, folder)
    per = (measured - base) / args.n / 1e6
    print(f"{args.what}: {per:.4f} M instructions a statement ({args.n} after {args.warm})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

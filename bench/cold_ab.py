"""Two installs' cold checks side by side in one run, each paired with its own `python -c pass`.

    python bench/cold_ab.py BEFORE_BIN BEFORE_URL AFTER_BIN AFTER_URL [--pairs 15]

BEFORE_BIN and AFTER_BIN are the bin folders of two venvs with factdb installed (a wheel of the
code before a change and one of the code after it); each checks its own base (a base's stored
state is keyed by the code that loaded it, so the two codes need a copy each when their loading
code differs). For each install it warms up as bench/run.py's measure_cold does (every statement
once, with a cache folder of its own under bench/out), then alternates: in pair i, statement
i of bench/run.py's STATEMENTS through each install in turn (the order swapped every pair) and
each install's own bare interpreter right after its check. Prints, for each, the median CPU of
its checks and of its bare runs and the median of the pairs' ratios, with the load averages:
what bench/run.py --wheel reports for one install, for two at once, so that the machine's load
moves both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path

from run import OUT, STATEMENTS, cpu_of, measuring_env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before_bin", type=Path)
    parser.add_argument("before_url")
    parser.add_argument("after_bin", type=Path)
    parser.add_argument("after_url")
    parser.add_argument("--pairs", type=int, default=15)
    args = parser.parse_args()
    installs = {
        "before": (args.before_bin, args.before_url),
        "after": (args.after_bin, args.after_url),
    }
    env = {
        name: {**measuring_env(), "FACTDB_CACHE_DIR": str(OUT / f"cache-ab-{name}")}
        for name in installs
    }
    check = {n: [str(b / "factdb"), "--db", url, "check"] for n, (b, url) in installs.items()}
    bare = {n: [str(b / "python"), "-c", "pass"] for n, (b, _) in installs.items()}
    for name in installs:
        cpu_of(bare[name], env[name])
        for statement in STATEMENTS:
            cpu_of([*check[name], statement], env[name])
    load = os.getloadavg()
    pairs: dict[str, list[tuple[float, float]]] = {name: [] for name in installs}
    order = list(installs)
    for i in range(args.pairs):
        statement = STATEMENTS[i % len(STATEMENTS)]
        for name in order if i % 2 == 0 else order[::-1]:
            ran = cpu_of([*check[name], statement], env[name])
            pairs[name].append((ran, cpu_of(bare[name], env[name])))
    for name, found in pairs.items():
        checks = 1000 * statistics.median(a for a, _ in found)
        bares = 1000 * statistics.median(b for _, b in found)
        ratio = statistics.median(a / b for a, b in found if b > 0)
        print(f"{name}: check {checks:.1f} ms, python -c pass {bares:.1f} ms, {ratio:.2f}x")
    after = os.getloadavg()
    print(f"{args.pairs} pairs each; load average {load[0]:.1f} -> {after[0]:.1f}")


if __name__ == "__main__":
    main()

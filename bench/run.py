"""Measure factdb at scale: load throughput, check latency, batch throughput, peak memory.

    python bench/run.py                          # 10k, 100k and 1M claims, SQLite
    python bench/run.py --sizes 10000,100000     # fewer sizes
    python bench/run.py --db-url postgresql+psycopg://user@127.0.0.1:5432/factdb_bench

For each size N it generates (or reuses) bench/out/fx-N with bench/generate.py, then:

  load     `factdb load` in a subprocess into a fresh database: wall and CPU time, claims/s, peak
           memory (summed over the loader's process tree, sampled from /proc).
  latency  in-process `Checker.check()` over a fixed list of 50 English and Vietnamese statements
           about the curated seed claims, with the retrieval cache cleared before each statement,
           several rounds: p50 and p95. Also measured on the seed database alone (the baseline).
  batch    `factdb check --file` over 10,000 statements (the 50, repeated): statements/s.

Prints a table and writes bench/out/results.json. Not a test: nothing is asserted, though the
targets of the issue (1M claims loaded in <= 120 s, latency at 1M <= 2x the seed's, <= 2 GB) are
shown next to the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
BATCH_STATEMENTS = 10_000
ROUNDS = 2
BATCH_BUDGET_S = 300  # a batch is cut to what the measured latency says fits in this

# About the curated claims in fixtures/claims (000-004): supported, contradicted and unknown,
# English and Vietnamese. Every size holds those claims, so the same statements are checked.
STATEMENTS = [
    "Hungary approved 400 million USD of ODA for Vietnam.",
    "Hungary approved 500 million USD of ODA for Vietnam.",
    "Hungary grants 200 scholarships a year to Vietnam.",
    "Hungary offers 300 scholarships per year to Vietnamese students.",
    "In 2025 trade between Vietnam and Hungary exceeded 1 billion USD.",
    "Trade between Vietnam and Hungary was 800 million USD in 2025.",
    "To Lam met Viktor Orbán on 19 February 2026.",
    "To Lam met Hungarian Prime Minister Viktor Orban in Washington.",
    "To Lam met Indonesian President Prabowo Subianto on February 19, 2026.",
    "Prabowo Subianto is the President of Indonesia.",
    "Shavkat Mirziyoyev is the President of Uzbekistan.",
    "Hun Manet is the Prime Minister of Cambodia.",
    "Nikol Pashinyan is the Prime Minister of Armenia.",
    "Donald Trump is the President of the United States.",
    "The Board of Peace meeting took place from 18 to 20 February 2026.",
    "The inaugural meeting of the Board of Peace for Gaza was held in Washington, D.C.",
    "Vietnam and the United States upgraded their relations in September 2023.",
    "Vietnam and the United States upgraded their partnership in 2020.",
    "The United States is Vietnam's second-largest trading partner.",
    "The United States is Vietnam's largest trading partner.",
    "In 2025 Vietnam and the United States marked 30 years of diplomatic relations.",
    "To Lam held a phone call with Senator Steve Daines on 18 February 2026.",
    "To Lam spoke by phone with Patrick Leahy on 19 February 2026.",
    "Pete Hegseth is the US Secretary of War.",
    "Tokayev is the President of Kazakhstan.",
    "Hungary thông qua khoản ODA trị giá 400 triệu USD cho Việt Nam.",
    "Hungary cấp 200 học bổng mỗi năm cho sinh viên Việt Nam.",
    "Năm 2025, kim ngạch thương mại Việt Nam – Hungary vượt 1 tỷ USD.",
    "Kim ngạch thương mại Việt Nam - Hungary năm 2025 đạt 500 triệu USD.",
    "Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán ngày 19/2/2026.",
    "Tổng Bí thư Tô Lâm gặp Tổng thống Indonesia Prabowo Subianto.",
    "Tổng thống Uzbekistan Shavkat Mirziyoyev gặp Tổng Bí thư Tô Lâm.",
    "Hội đồng Hòa bình về Gaza họp khai mạc từ ngày 18 - 20/2/2026.",
    "Cuộc họp khai mạc Hội đồng Hòa bình về Gaza diễn ra tại Washington D.C.",
    "Quan hệ Việt Nam - Hoa Kỳ được nâng cấp vào tháng 9/2023.",
    "Mỹ là đối tác thương mại lớn thứ hai của Việt Nam.",
    "Mỹ là đối tác thương mại lớn thứ ba của Việt Nam.",
    "Năm 2025, Việt Nam và Hoa Kỳ kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
    "Tổng Bí thư Tô Lâm điện đàm với thượng nghị sĩ Steve Daines.",
    "Tổng Bí thư Tô Lâm điện đàm với nguyên Thượng nghị sĩ Patrick Leahy ngày 19/2/2026.",
    "Ông Donald Trump là Tổng thống Mỹ.",
    "Thủ tướng Campuchia Hun Manet gặp Tổng Bí thư Tô Lâm.",
    "Thủ tướng Pakistan Shehbaz Sharif chúc mừng Tổng Bí thư Tô Lâm.",
    "Tổng Bí thư Tô Lâm tiếp Bộ trưởng Chiến tranh Hoa Kỳ Pete Hegseth.",
    "Phan Văn Giang là Bộ trưởng Quốc phòng Việt Nam.",
    "Tổng Bí thư Tô Lâm thăm Mỹ từ ngày 18 đến 20/2/2026.",
    "Việt Nam là thành viên sáng lập Hội đồng Hòa bình.",
    "Tổng thống Trump mời Tổng Bí thư Tô Lâm dự cuộc họp Hội đồng Hòa bình.",
    "Hungary và Việt Nam có quan hệ đối tác toàn diện.",
    "Séc và Việt Nam có quan hệ đối tác chiến lược.",
]


# --- processes and memory ----------------------------------------------------------------------


def _pss_kib(pid: int) -> int:
    """Proportional set size: resident memory with pages shared by processes (a forked child
    and its parent) split between them, so that a sum over processes counts each page once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_memory_kib(root: int, cpu: dict[int, float] | None = None) -> int:
    """Memory of `root` and all its descendants (PSS, from /proc; 0 when gone). Records the CPU
    seconds each of them has used so far in `cpu`."""
    children: dict[int, list[int]] = {}
    used: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kib(pid)
        if cpu is not None and pid in used:
            cpu[pid] = max(cpu.get(pid, 0.0), used[pid])
        todo += children.get(pid, [])
    return total


def run_measured(cmd: list[str], env: dict[str, str], stdout: Any = None) -> dict[str, Any]:
    """Run `cmd`; wall time, CPU time and peak memory of its whole process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO
    )
    peak = 0
    done = threading.Event()
    cpu: dict[int, float] = {}

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory_kib(proc.pid, cpu))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "returncode": proc.returncode,
        "wall_s": wall,
        "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        # The whole tree's peak (sampled), or the largest single process's if that was higher.
        "peak_rss_mib": max(peak, after.ru_maxrss) / 1024,
        # CPU seconds of each process of the tree, as last sampled (a forked validator shows
        # here): on an idle machine the wall time is about the largest of them.
        "cpu_by_process_s": sorted(cpu.values(), reverse=True),
        "stdout": (out or b"").decode("utf-8", "replace"),
        "stderr": (err or b"").decode("utf-8", "replace"),
    }


def factdb_cmd(*args: str) -> list[str]:
    """The installed `factdb` command of this interpreter's environment."""
    script = Path(sys.executable).parent / "factdb"
    return [str(script) if script.exists() else shutil.which("factdb") or "factdb", *args]


# --- databases -----------------------------------------------------------------------------------


def db_url_for(name: str, server_url: str | None) -> str:
    if server_url:
        return server_url
    return f"sqlite:///{OUT / f'db-{name}.sqlite'}"


def fresh_database(url: str, env: dict[str, str]) -> None:
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    result = subprocess.run(
        factdb_cmd("--db", url, "db", "downgrade", "base"), env=env, capture_output=True, cwd=REPO
    )
    if result.returncode != 0:
        sys.exit(f"cannot reset {url}: {result.stderr.decode()}")


def load(url: str, fixtures: Path, env: dict[str, str]) -> dict[str, Any]:
    fresh_database(url, env)
    result = run_measured(factdb_cmd("--db", url, "load", str(fixtures)), env)
    if result["returncode"] != 0:
        sys.exit(f"load of {fixtures} failed:\n{result['stderr']}")
    result["summary"] = result.pop("stdout").strip()
    result.pop("stderr")
    return result


def generate(n: int, seed: int) -> Path:
    """bench/out/fx-N, written by generate.py unless already there for the same N and seed."""
    out = OUT / f"fx-{n}"
    stamp = out / ".generated.json"
    # The generated set copies the curated fixtures: a stale copy would check today's statements
    # against yesterday's vocabulary.
    curated = hashlib.sha256()
    for path in sorted((REPO / "fixtures").rglob("*")):
        if path.is_file():
            curated.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    want = {
        "n": n,
        "seed": seed,
        "generator": hashlib.sha256((BENCH / "generate.py").read_bytes()).hexdigest(),
        "fixtures": curated.hexdigest(),
    }
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return out
    print(f"generating {n} claims into {out} ...", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(BENCH / "generate.py"), str(n), str(out), "--seed", str(seed)],
        check=True,
    )
    print(f"  generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    stamp.write_text(json.dumps(want))
    return out


# --- check latency (run in a child process per database: python bench/run.py --latency URL) -------


def latency(url: str, rounds: int) -> dict[str, Any]:
    os.environ["FACTDB_DATABASE_URL"] = url
    from factdb.check.checker import Checker
    from factdb.store.db import make_engine

    started = time.perf_counter()
    checker = Checker(make_engine(url))
    startup = time.perf_counter() - started
    times: list[float] = []
    verdicts: dict[str, int] = {}
    for _ in range(rounds):
        for statement in STATEMENTS:
            checker.index.reset()  # every statement retrieves from the base, as a first check would
            t0 = time.perf_counter()
            judgement = checker.check(statement)
            times.append(time.perf_counter() - t0)
            verdicts[judgement.verdict] = verdicts.get(judgement.verdict, 0) + 1
    times.sort()
    return {
        "startup_s": startup,
        "statements": len(STATEMENTS),
        "rounds": rounds,
        "p50_ms": 1000 * statistics.median(times),
        "p95_ms": 1000 * times[min(len(times) - 1, int(0.95 * len(times)))],
        "max_ms": 1000 * times[-1],
        "verdicts": {k: v // rounds for k, v in sorted(verdicts.items())},
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure_latency(url: str, env: dict[str, str], rounds: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--latency", url, "--rounds", str(rounds)]
    result = subprocess.run(cmd, env=env, capture_output=True, cwd=REPO)
    if result.returncode != 0:
        return {"error": result.stderr.decode("utf-8", "replace").strip().splitlines()[-1]}
    return json.loads(result.stdout)


def measure_batch(url: str, env: dict[str, str], n: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        for i in range(n):
            fh.write(STATEMENTS[i % len(STATEMENTS)] + "\n")
        path = fh.name
    try:
        with open(os.devnull, "wb") as sink:
            result = run_measured(
                factdb_cmd("--db", url, "check", "--file", path, "--format", "jsonl"), env, sink
            )
    finally:
        os.unlink(path)
    if result["returncode"] not in (0, 1):  # 1: something was contradicted
        return {"error": result["stderr"].strip().splitlines()[-1:]}
    return {
        "statements": n,
        "wall_s": result["wall_s"],
        "statements_per_s": n / result["wall_s"],
        "peak_rss_mib": result["peak_rss_mib"],
    }


# --- the run -------------------------------------------------------------------------------------


def fmt(value: Any, spec: str = ".1f") -> str:
    return "-" if value is None else format(value, spec)


def table(results: dict[str, Any]) -> str:
    rows = [
        [
            "size",
            "claims",
            "load s",
            "load cpu s",
            "claims/s",
            "load MiB",
            "p50 ms",
            "p95 ms",
            "batch st/s",
            "check MiB",
        ]
    ]
    for run in results["runs"]:
        ld, lat, bat = run.get("load") or {}, run.get("latency") or {}, run.get("batch") or {}
        rows.append(
            [
                run["name"],
                str(run.get("claims", "")),
                fmt(ld.get("wall_s")),
                fmt(ld.get("cpu_s")),
                fmt(ld.get("claims_per_s"), ",.0f"),
                fmt(ld.get("peak_rss_mib"), ".0f"),
                fmt(lat.get("p50_ms"), ".2f"),
                fmt(lat.get("p95_ms"), ".2f"),
                fmt(bat.get("statements_per_s"), ",.0f"),
                fmt(max(lat.get("peak_rss_mib", 0), bat.get("peak_rss_mib", 0)) or None, ".0f"),
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[str]:
    runs = {r["name"]: r for r in results["runs"]}
    notes = []
    big = runs.get(str(1_000_000))
    if big and big.get("load"):
        s = big["load"]["wall_s"]
        notes.append(
            f"1M claims loaded in {s:.0f} s (target <= 120 s): {'ok' if s <= 120 else 'MISSED'}"
        )
    seed, top = runs.get("seed", {}).get("latency"), (big or {}).get("latency")
    if seed and top and "p50_ms" in seed and "p50_ms" in top:
        ratio = top["p50_ms"] / seed["p50_ms"]
        notes.append(
            f"p50 check latency at 1M is {ratio:.2f}x the seed's (target <= 2x): "
            + ("ok" if ratio <= 2 else "MISSED")
        )
    peak = max(
        (
            part.get("peak_rss_mib", 0)
            for r in results["runs"]
            for part in (r.get("load") or {}, r.get("latency") or {}, r.get("batch") or {})
        ),
        default=0,
    )
    notes.append(
        f"peak memory {peak:.0f} MiB (target <= 2048): {'ok' if peak <= 2048 else 'MISSED'}"
    )
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument(
        "--db-url",
        help="run against this server database instead of SQLite "
        "files (it is emptied before each load)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="latency rounds")
    parser.add_argument(
        "--batch",
        type=int,
        default=BATCH_STATEMENTS,
        help="statements for the batch measurement (0: skip)",
    )
    parser.add_argument(
        "--batch-budget",
        type=float,
        default=BATCH_BUDGET_S,
        help="seconds a batch may take, judged by the measured p50 latency: on a slow base the "
        "batch is cut to fit (default %(default)s)",
    )
    parser.add_argument("--out", type=Path, default=OUT / "results.json")
    parser.add_argument("--latency", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.latency:
        print(json.dumps(latency(args.latency, args.rounds)))
        return 0

    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("FACTDB_DATABASE_URL", None)
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_at_start": os.getloadavg(),
        },
        "backend": "postgresql" if args.db_url else "sqlite",
        "runs": [],
    }
    plan: list[tuple[str, Path, int | None]] = [("seed", REPO / "fixtures", None)]
    plan += [(str(n), generate(n, args.seed), n) for n in sizes]
    for name, fixtures, _ in plan:
        url = db_url_for(name, args.db_url)
        print(f"[{name}] loading {fixtures} ...", file=sys.stderr)
        run: dict[str, Any] = {"name": name, "fixtures": str(fixtures)}
        loaded = load(url, fixtures, env)
        claims = int(loaded["summary"].split(" claims")[0].rsplit(" ", 1)[1])
        run["claims"] = claims
        loaded["claims_per_s"] = claims / loaded["wall_s"]
        run["load"] = loaded
        print(f"  {loaded['summary']} in {loaded['wall_s']:.1f} s", file=sys.stderr)
        print(f"[{name}] check latency ...", file=sys.stderr)
        run["latency"] = measure_latency(url, env, args.rounds)
        if args.batch:
            n_batch = args.batch
            p50 = (run["latency"] or {}).get("p50_ms")
            if p50:  # a batch caches retrieval, so it runs faster than this: an upper bound
                n_batch = max(len(STATEMENTS), min(n_batch, int(args.batch_budget * 1000 / p50)))
            print(f"[{name}] batch of {n_batch} ...", file=sys.stderr)
            run["batch"] = measure_batch(url, env, n_batch)
        run["database_bytes"] = (
            Path(url.removeprefix("sqlite:///")).stat().st_size
            if url.startswith("sqlite")
            else None
        )
        results["runs"].append(run)
        args.out.write_text(json.dumps(results, indent=2))
    results["load_average_at_end"] = os.getloadavg()
    results["targets"] = targets(results)
    args.out.write_text(json.dumps(results, indent=2))
    print(table(results))
    for note in results["targets"]:
        print(note)
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure factdb at scale: load, cold start, check latency, batch throughput, peak memory.

    python bench/run.py                          # 10k, 100k and 1M claims, SQLite
    python bench/run.py --sizes 10000,100000     # fewer sizes
    python bench/run.py --db-url postgresql+psycopg://user@127.0.0.1:5432/factdb_bench
    python bench/run.py --cold 15 --cold-against sqlite:///bench/out/db-1000000.sqlite
    python bench/run.py --wheel --cold 15 --cold-against sqlite:///bench/out/db-seed.sqlite

For each size N it generates (or reuses) bench/out/fx-N with bench/generate.py and loads it;
then, once every base is loaded, it measures each the same way:

  load     `factdb load` in a subprocess into a fresh database: wall and CPU time, claims/s, peak
           memory (summed over the loader's process tree, sampled from /proc).
  cold     `factdb check "…"` in a fresh process against `python -c pass`, the two alternating,
           --cold runs each after a warm-up of each (every statement checked once, which writes
           the caches and bytecode an installed factdb has, and the SQL of each statement's
           shape): median CPU time of each, and the median of the pairs' ratios.
           With --wheel, the same again for factdb built as a wheel and installed in a fresh
           venv (bench/out/wheel-venv), against that venv's own `python -c pass`: what a user
           installs. An editable install's .pth finder makes the bare interpreter import
           pathlib and re too, which flatters the editable ratio.
  latency  in-process `Checker.check()` over a fixed list of 50 English and Vietnamese statements
           about the curated seed claims, read as `factdb check` reads (a SQLite file through
           the standard library's sqlite3) and again through SQLAlchemy (as
           factdb.open_checker() reads: "p50 sqla"), with the retrieval cache cleared before
           each statement,
           in a fresh process per round and base, one round discarded first, rounds of the
           bases interleaved (seed, 10k, …, seed, 10k, …): p50 and p95 of the wall time, and
           p50 and p95 of the CPU time (a shared machine's load stretches the first, hardly the
           second). Measured after every load,
           so that no base is measured while the machine still writes another's pages.
  batch    `factdb check --file` over --batch distinct statements (the 50 with their numbers and
           countries varied: a memo of repeated lines is not what is measured): statements/s,
           CPU time, and against it the baseline.
  baseline a bare SQLite FTS5 lookup over the same claims (their ids, subjects, predicates,
           objects and quotes; the statement's words, all required; bm25, top 5 per statement,
           no verdict) over the same statements in a fresh process: its CPU and wall time, and
           factdb's batch as a ratio of them.

Memory is each phase's own: the peak resident set of that phase's child process tree (wait4),
not the largest of every child so far.

Prints a table and writes bench/out/results.json. Not a test: nothing is asserted, though the
targets of issue 13 are shown next to the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
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
COLD_RUNS = 11
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
    """Run `cmd`; wall time, CPU time and peak memory of its own process tree (wait4 reports
    that child's figures alone, its reaped descendants included)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=stdout or out, stderr=err, cwd=REPO)
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
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        stdout_bytes, stderr_bytes = out.read(), err.read()
    return {
        "returncode": proc.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        # The whole tree's peak (PSS, sampled), or its largest process's if that was higher.
        "peak_rss_mib": max(peak, usage.ru_maxrss) / 1024,
        # CPU seconds of each process of the tree, as last sampled (a forked worker shows
        # here): on an idle machine the wall time is about the largest of them.
        "cpu_by_process_s": sorted(cpu.values(), reverse=True),
        # The command's own process, as last sampled: a batch's parent, beside its workers.
        "cpu_root_s": cpu.get(proc.pid, 0.0),
        "stdout": stdout_bytes.decode("utf-8", "replace"),
        "stderr": stderr_bytes.decode("utf-8", "replace"),
    }


def cpu_of(cmd: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one run of `cmd`, output discarded."""
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO
    )
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime


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


def mirrored_claims(url: str) -> int | None:
    """The number of claims of the SQLite base at `url` when it already mirrors the fixtures
    it was loaded from, under this code (as a reading command would find it); else None."""
    import sqlite3

    from factdb.ingest.discover import mirrors_fixtures
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    path = sqlite_file(url)
    if path is None or not mirrors_fixtures(SqliteFile(url, path)):
        return None
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM claims").fetchone()[0])


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


def _p95(ordered: list[float]) -> float:
    """The 95th percentile of sorted figures, the nearest rank at or below it."""
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def latency(url: str, rounds: int, path: str) -> dict[str, Any]:
    """`rounds` of the statements, each on a cleared retrieval cache, read through `path`:
    "check" (the standard library's sqlite3 for a SQLite file, as `factdb check` and its
    batches read) or "sqlalchemy" (as factdb.open_checker() reads)."""
    os.environ["FACTDB_DATABASE_URL"] = url
    from factdb.check.checker import Checker
    from factdb.store.db import make_engine
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    started = time.perf_counter()
    file = sqlite_file(url) if path == "check" else None
    checker = Checker(SqliteFile(url, file) if file else make_engine(url))
    startup = time.perf_counter() - started
    times: list[float] = []
    cpu: list[float] = []
    verdicts: dict[str, int] = {}
    for round_ in range(rounds + 1):  # the first round is discarded: the file's pages warm
        for statement in STATEMENTS:
            checker.index.reset()  # every statement retrieves from the base, as a first check would
            t0, c0 = time.perf_counter(), time.process_time()
            judgement = checker.check(statement)
            if round_:
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                verdicts[judgement.verdict] = verdicts.get(judgement.verdict, 0) + 1
    return {
        "startup_s": startup,
        "times_s": times,
        "cpu_s": cpu,
        "verdicts": {k: v // rounds for k, v in sorted(verdicts.items())},
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def latency_round(url: str, env: dict[str, str], path: str = "check") -> dict[str, Any]:
    """One round of `latency` in a fresh process."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--latency", url, "--rounds", "1"]
    cmd += ["--latency-path", path]
    result = subprocess.run(cmd, env=env, capture_output=True, cwd=REPO)
    if result.returncode != 0:
        return {"error": result.stderr.decode("utf-8", "replace").strip().splitlines()[-1]}
    return json.loads(result.stdout)


def summarise_latency(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    errors = [r["error"] for r in rounds if "error" in r]
    if errors:
        return {"error": errors[0]}
    times = sorted(t for r in rounds for t in r["times_s"])
    cpu = sorted(t for r in rounds for t in r["cpu_s"])
    return {
        "statements": len(STATEMENTS),
        "rounds": len(rounds),
        "startup_s": statistics.median(r["startup_s"] for r in rounds),
        "p50_ms": 1000 * statistics.median(times),
        "p95_ms": 1000 * _p95(times),
        "max_ms": 1000 * times[-1],
        # CPU time (process_time) beside the wall time: other work on a shared machine stretches
        # the wall time of a millisecond's check by whole scheduler slices, not its CPU time.
        "p50_cpu_ms": 1000 * statistics.median(cpu),
        "p95_cpu_ms": 1000 * _p95(cpu),
        "verdicts": rounds[0]["verdicts"],
        "peak_rss_mib": max(r["peak_rss_mib"] for r in rounds),
    }


def measure_cold(
    url: str, env: dict[str, str], runs: int, bindir: Path | None = None
) -> dict[str, Any]:
    """`factdb check "…"` in a fresh process against `python -c pass`, alternating: the
    interpreter and factdb of `bindir` (a venv's bin folder), else this one's."""
    python = str(bindir / "python") if bindir else sys.executable
    bare = [python, "-c", "pass"]
    factdb = [str(bindir / "factdb")] if bindir else factdb_cmd()
    checks = [[*factdb, "--db", url, "check", s] for s in STATEMENTS]
    cpu_of(bare, env)
    # Every statement once: writes the caches (and bytecode) that every later run reads, and
    # compiles the SQL of each statement's shape (the number of keys it probes) once, which
    # a first use of a shape does through SQLAlchemy (0.3 s): not what a second run pays.
    for check in checks:
        cpu_of(check, env)
    pairs = []
    for i in range(runs):
        pairs.append((cpu_of(checks[i % len(checks)], env), cpu_of(bare, env)))
    return {
        "runs": runs,
        "check_cpu_ms": 1000 * statistics.median(a for a, _ in pairs),
        "bare_cpu_ms": 1000 * statistics.median(b for _, b in pairs),
        "ratio": statistics.median(a / b for a, b in pairs if b > 0),
    }


def wheel_install() -> Path:
    """factdb built as a wheel from this checkout and installed, with its dependencies, in a
    fresh venv (bench/out/wheel-venv, made anew each run): its bin folder."""
    venv = OUT / "wheel-venv"
    shutil.rmtree(venv, ignore_errors=True)
    print(f"building a wheel and installing it in {venv} ...", file=sys.stderr)
    with tempfile.TemporaryDirectory() as built:
        pip = [sys.executable, "-m", "pip", "-q"]
        subprocess.run([*pip, "wheel", "--no-deps", "-w", built, str(REPO)], check=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        (wheel,) = Path(built).glob("factdb-*.whl")
        python = str(venv / "bin" / "python")
        subprocess.run([python, "-m", "pip", "-q", "install", str(wheel)], check=True)
    return venv / "bin"


def wheel_env(env: dict[str, str]) -> dict[str, str]:
    """The measuring environment with a cache folder of the wheel's own: its modules live
    elsewhere, so its kept lexicons and statements are other files, which the editable
    install's runs would replace (and the reverse) if they shared a folder."""
    return {**env, "FACTDB_CACHE_DIR": str(OUT / "cache-wheel")}


# Countries a batch's statements are moved to, so that they retrieve other claims too.
COUNTRIES = [
    "Hungary",
    "Japan",
    "France",
    "Germany",
    "India",
    "Australia",
    "Canada",
    "Brazil",
    "Kenya",
    "Thailand",
    "Laos",
    "Cambodia",
    "Singapore",
    "Indonesia",
    "Malaysia",
    "Italy",
    "Spain",
    "Poland",
    "Egypt",
    "Chile",
    "Mexico",
    "Argentina",
    "Nigeria",
]


def distinct_statements(n: int) -> list[str]:
    """`n` different statements: the 50, each n/50 times with its first number moved by the
    round and Hungary replaced by another country."""
    out = []
    for i in range(n):
        text = STATEMENTS[i % len(STATEMENTS)]
        k = i // len(STATEMENTS)
        text = text.replace("Hungary", COUNTRIES[k % len(COUNTRIES)])
        if k and re.search(r"\d", text):
            text = re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), text, count=1)
        elif k:
            text = f"{text.rstrip('.')} ({k})"
        out.append(text)
    assert len(set(out)) == len(out)
    return out


def statements_of(n: int, file: str | None = None) -> list[str]:
    """The first `n` lines of `file` (distinct statements from the corpora, say), or the bench's
    `n` distinct statements without one."""
    if file is None:
        return distinct_statements(n)
    with open(file, encoding="utf-8") as lines:
        texts = [line.rstrip("\n") for line in lines if line.strip()]
    return texts[:n]


def build_fts(url: str, name: str) -> Path | None:
    """An FTS5 table over the claims of the SQLite database at `url`, in a file of its own."""
    if not url.startswith("sqlite:///"):
        return None
    import sqlite3

    path = OUT / f"fts-{name}.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS base", (url.removeprefix("sqlite:///"),))
    conn.execute(
        "CREATE VIRTUAL TABLE claims_fts USING fts5(claim_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "INSERT INTO claims_fts SELECT c.id, c.id || ' ' || c.subject_id || ' ' || "
        "c.predicate_id || ' ' || coalesce(c.object_id, '') || ' ' || group_concat(s.quote, ' ') "
        "FROM base.claims c JOIN base.spans s ON s.claim_id = c.id GROUP BY c.id"
    )
    conn.commit()
    conn.close()
    return path


def fts_lookup(fts: str, statements: str) -> int:
    """The baseline, in its own process: bm25's top 5 claims for each line of `statements`,
    one JSON line each."""
    import sqlite3

    conn = sqlite3.connect(fts)
    query = (
        "SELECT claim_id FROM claims_fts WHERE claims_fts MATCH ? ORDER BY bm25(claims_fts) LIMIT 5"
    )
    with open(statements, encoding="utf-8") as lines:
        for line in lines:
            # Every word of the statement required, FTS5's default: OR over common words
            # ("Vietnam") makes bm25 rank a quarter of the base for every statement.
            words = re.findall(r"\w+", line)
            found = conn.execute(query, (" ".join(f'"{w}"' for w in words),)).fetchall()
            print(json.dumps({"statement": line.rstrip("\n"), "claims": [c for (c,) in found]}))
    return 0


def measure_batch(url: str, env: dict[str, str], n: int, fts: Path | None) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(distinct_statements(n)) + "\n")
        path = fh.name
    # The machine's 1-minute load average around the batch: on a shared machine other work
    # takes cores from it, and the wall-clock figures are read beside it.
    load_before = os.getloadavg()[0]
    try:
        with open(os.devnull, "wb") as sink:
            result = run_measured(
                factdb_cmd("--db", url, "check", "--file", path, "--format", "jsonl"), env, sink
            )
            baseline = None
            if fts is not None:
                cmd = [sys.executable, str(Path(__file__).resolve()), "--fts", str(fts), path]
                baseline = run_measured(cmd, env, sink)
    finally:
        os.unlink(path)
    if result["returncode"] not in (0, 1):  # 1: something was contradicted
        return {"error": result["stderr"].strip().splitlines()[-1:]}
    out = {
        "statements": n,
        "distinct": True,
        "wall_s": result["wall_s"],
        "cpu_s": result["cpu_s"],
        "cpu_by_process_s": result["cpu_by_process_s"][:4],
        "statements_per_s": n / result["wall_s"],
        # CPU per statement, all processes together: what a shared machine's load leaves alone.
        "cpu_us_per_statement": 1e6 * result["cpu_s"] / n,
        # The rate with a core to each process: the busiest one's CPU time (sampled) bounds the
        # wall time on an idle machine. An estimate, for a machine other work keeps busy.
        "statements_per_s_idle": n / max(result["cpu_by_process_s"][:1] or [result["cpu_s"]]),
        # The parent's part (start-up, reading the file, writing what the workers rendered) and
        # the workers' CPU a statement: 5,000/s on two cores needs the workers at <= 400 µs.
        "parent_cpu_s": result["cpu_root_s"],
        "worker_cpu_us_per_statement": 1e6 * (result["cpu_s"] - result["cpu_root_s"]) / n,
        "peak_rss_mib": result["peak_rss_mib"],
        # Cores the batch kept busy on average (its CPU over its wall time): two when the
        # workers have the machine's two cores to themselves.
        "cores_busy": result["cpu_s"] / result["wall_s"],
        "load_average": [load_before, os.getloadavg()[0]],
    }
    if baseline is not None and baseline["returncode"] == 0:
        out["fts"] = {k: baseline[k] for k in ("wall_s", "cpu_s", "peak_rss_mib")}
        out["fts"]["statements_per_s"] = n / baseline["wall_s"]
        # What the lookup costs a statement, beside factdb's: nearly nothing over a few hundred
        # claims, real work over a million (the posting lists of common words).
        out["fts"]["cpu_us_per_statement"] = 1e6 * baseline["cpu_s"] / n
        out["cpu_vs_fts"] = result["cpu_s"] / baseline["cpu_s"]
        out["wall_vs_fts"] = result["wall_s"] / baseline["wall_s"]
    return out


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
            "cold ms",
            "cold ×",
            "wheel ms",
            "wheel ×",
            "p50 ms",
            "p95 ms",
            "p50 cpu",
            "p50 sqla",
            "lat MiB",
            "batch st/s",
            "idle st/s",
            "batch cpu s",
            "cpu µs/st",
            "× FTS cpu",
            "× FTS wall",
            "batch MiB",
        ]
    ]
    for run in results["runs"]:
        ld, lat, bat = run.get("load") or {}, run.get("latency") or {}, run.get("batch") or {}
        cold, wheel = run.get("cold") or {}, run.get("cold_wheel") or {}
        rows.append(
            [
                run["name"],
                str(run.get("claims", "")),
                fmt(ld.get("wall_s")),
                fmt(ld.get("cpu_s")),
                fmt(ld.get("claims_per_s"), ",.0f"),
                fmt(ld.get("peak_rss_mib"), ".0f"),
                fmt(cold.get("check_cpu_ms"), ".0f"),
                fmt(cold.get("ratio"), ".2f"),
                fmt(wheel.get("check_cpu_ms"), ".0f"),
                fmt(wheel.get("ratio"), ".2f"),
                fmt(lat.get("p50_ms"), ".2f"),
                fmt(lat.get("p95_ms"), ".2f"),
                fmt(lat.get("p50_cpu_ms"), ".2f"),
                fmt((run.get("latency_sqlalchemy") or {}).get("p50_ms"), ".2f"),
                fmt(lat.get("peak_rss_mib"), ".0f"),
                fmt(bat.get("statements_per_s"), ",.0f"),
                fmt(bat.get("statements_per_s_idle"), ",.0f"),
                fmt(bat.get("cpu_s"), ".1f"),
                fmt(bat.get("cpu_us_per_statement"), ",.0f"),
                fmt(bat.get("cpu_vs_fts"), ".2f"),
                fmt(bat.get("wall_vs_fts"), ".2f"),
                fmt(bat.get("peak_rss_mib"), ".0f"),
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# The batch target of issue 13, in statements a second of wall time.
BATCH_TARGET = 5_000


def batch_table(results: dict[str, Any]) -> str:
    """The batch beside its two targets: the rate against 5,000/s, and the time against the
    bare FTS5 lookup's over the same statements and claims, in the same run."""
    rows = [
        [
            "base",
            "claims",
            "statements",
            "batch st/s",
            "idle st/s",
            "target st/s",
            "FTS5 st/s",
            "× FTS5 wall",
            "× FTS5 cpu",
            "cpu µs/st",
            "FTS5 µs/st",
            "worker µs/st",
            "parent cpu s",
            "cores busy",
            "load",
        ]
    ]
    for run in results["runs"]:
        bat = run.get("batch") or {}
        if "statements_per_s" not in bat:
            continue
        rows.append(
            [
                run["name"],
                str(run.get("claims", "")),
                f"{bat['statements']:,}",
                fmt(bat["statements_per_s"], ",.0f"),
                fmt(bat.get("statements_per_s_idle"), ",.0f"),
                f"{BATCH_TARGET:,}",
                fmt((bat.get("fts") or {}).get("statements_per_s"), ",.0f"),
                fmt(bat.get("wall_vs_fts"), ".2f"),
                fmt(bat.get("cpu_vs_fts"), ".2f"),
                fmt(bat.get("cpu_us_per_statement"), ",.0f"),
                fmt((bat.get("fts") or {}).get("cpu_us_per_statement"), ",.0f"),
                fmt(bat.get("worker_cpu_us_per_statement"), ",.0f"),
                fmt(bat.get("parent_cpu_s"), ".2f"),
                fmt(bat.get("cores_busy"), ".2f"),
                "-".join(f"{a:.1f}" for a in bat.get("load_average", [])) or "-",
            ]
        )
    if len(rows) == 1:
        return ""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(
        "The FTS5 lookup requires every word of the statement, ranks by bm25 and keeps 5 claims; "
        "it reads no verdict. Its cost grows with the base (the posting lists of common words), "
        "factdb's per statement hardly does: at the seed (a few hundred claims) bm25 is nearly "
        "free and the ratio is all of factdb's parsing and judging; at 1M the ranking dominates "
        "the lookup. cpu µs/st: factdb's CPU a statement, all its processes; FTS5 µs/st the "
        "lookup's. idle st/s: the rate with a core to each process (the busiest one's CPU). "
        "cores busy: the batch's CPU over its wall time; load: the machine's 1-minute load "
        "average before and after it."
    )
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[str]:
    """Issue 13's targets beside the figures."""
    runs = {r["name"]: r for r in results["runs"]}
    notes = []

    def note(text: str, ok: bool) -> None:
        notes.append(f"{text}: {'ok' if ok else 'MISSED'}")

    big = runs.get(str(1_000_000))
    if big and big.get("load"):
        s, mib = big["load"]["wall_s"], big["load"]["peak_rss_mib"]
        note(f"1M claims loaded in {s:.0f} s (target <= 60 s)", s <= 60)
        note(f"1M load peak memory {mib:,.0f} MiB (target <= 1024)", mib <= 1024)
    for name, run in runs.items():
        for key, install in (("cold", "editable"), ("cold_wheel", "wheel")):
            cold = run.get(key) or {}
            if "ratio" in cold:
                note(
                    f"[{name}] cold check ({install} install) {cold['check_cpu_ms']:.0f} ms, "
                    f"{cold['ratio']:.2f}x python -c pass ({cold['bare_cpu_ms']:.1f} ms; "
                    "target <= 5x)",
                    cold["ratio"] <= 5,
                )
        bat = run.get("batch") or {}
        if "statements_per_s" in bat:
            rate = bat["statements_per_s"]
            idle = bat.get("statements_per_s_idle", 0.0)
            note(
                f"[{name}] batch {rate:,.0f} statements/s, {idle:,.0f}/s with a core to each "
                f"process (its busiest process's CPU), {bat.get('cpu_us_per_statement', 0):,.0f} "
                f"us of CPU a statement, {bat.get('worker_cpu_us_per_statement', 0):,.0f} in the "
                f"workers (target >= {BATCH_TARGET:,}/s)",
                rate >= BATCH_TARGET,
            )
        if "wall_vs_fts" in bat:
            note(
                f"[{name}] batch {bat['wall_vs_fts']:.2f}x the FTS5 lookup's wall time, "
                f"{bat['cpu_vs_fts']:.2f}x its CPU (target <= 1x)",
                bat["wall_vs_fts"] <= 1,
            )
    for key, path in (("latency", "check's read path"), ("latency_sqlalchemy", "SQLAlchemy")):
        seed, top = runs.get("seed", {}).get(key), (big or {}).get(key)
        if not (seed and top and "p50_ms" in seed and "p50_ms" in top):
            continue
        ratio = top["p50_ms"] / seed["p50_ms"]
        cpu = top["p50_cpu_ms"] / seed["p50_cpu_ms"]
        note(
            f"p50 check latency at 1M ({path}) is {ratio:.2f}x the seed's, CPU {cpu:.2f}x "
            "(target <= 1.5x)",
            ratio <= 1.5,
        )
    return notes


def measuring_env() -> dict[str, str]:
    """The environment every measured child runs in."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("FACTDB_DATABASE_URL", None)
    # An installed factdb has its bytecode; a run that may not write it compiles every module.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A cache folder of its own: factdb run from another checkout on this machine (other code)
    # replaces the compiled statements and lexicons it does not recognise, which would make a
    # cold run here compile them again, and measure that.
    env["FACTDB_CACHE_DIR"] = str(OUT / "cache")
    return env


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
    parser.add_argument("--cold", type=int, default=COLD_RUNS, help="cold-start pairs (0: skip)")
    parser.add_argument(
        "--batch",
        type=int,
        default=BATCH_STATEMENTS,
        help="distinct statements for the batch measurement (0: skip)",
    )
    parser.add_argument(
        "--batch-budget",
        type=float,
        default=BATCH_BUDGET_S,
        help="seconds a batch may take, judged by the measured p50 latency: on a slow base the "
        "batch is cut to fit (default %(default)s)",
    )
    parser.add_argument(
        "--cold-against",
        metavar="URL",
        help="only the cold start (--cold pairs) against a base loaded before, e.g. "
        "bench/out/db-1000000.sqlite: no generation, no load",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="SQLite: a base already loaded from the same fixtures under this code is measured "
        "as it is, not loaded again (a 1M load takes a minute or more); no load figures then",
    )
    parser.add_argument(
        "--wheel",
        action="store_true",
        help="measure the cold start of a wheel install too: built from this checkout and "
        "installed in a fresh venv (bench/out/wheel-venv), paired with its own python -c pass",
    )
    parser.add_argument("--out", type=Path, default=OUT / "results.json")
    parser.add_argument("--latency", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument(
        "--latency-path", default="check", choices=("check", "sqlalchemy"), help=argparse.SUPPRESS
    )
    parser.add_argument("--fts", nargs=2, metavar=("FTS", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.latency:
        print(json.dumps(latency(args.latency, args.rounds, args.latency_path)))
        return 0
    if args.fts:
        return fts_lookup(*args.fts)

    started_at = os.getloadavg()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    env = measuring_env()
    wheel = wheel_install() if args.wheel and args.cold else None
    if args.cold_against:
        found = {"cold": measure_cold(args.cold_against, env, args.cold)}
        if wheel is not None:
            found["cold_wheel"] = measure_cold(args.cold_against, wheel_env(env), args.cold, wheel)
        now = {"load_average_at_start": started_at, "load_average_at_end": os.getloadavg()}
        print(json.dumps({"url": args.cold_against, **found, **now}, indent=2))
        return 0
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_at_start": started_at,
        },
        "backend": "postgresql" if args.db_url else "sqlite",
        "runs": [],
    }
    plan: list[tuple[str, Path, int | None]] = [("seed", REPO / "fixtures", None)]
    plan += [(str(n), generate(n, args.seed), n) for n in sizes]
    if args.db_url and len(plan) > 1:
        sys.exit("a server database holds one base at a time: give --sizes with one size")
    urls = {}
    for name, fixtures, _ in plan:
        url = urls[name] = db_url_for(name, args.db_url)
        print(f"[{name}] loading {fixtures} ...", file=sys.stderr)
        run: dict[str, Any] = {"name": name, "fixtures": str(fixtures)}
        kept = mirrored_claims(url) if args.reuse else None
        if kept is not None:
            print(f"  reused: {kept} claims, as loaded before", file=sys.stderr)
            run["claims"], run["load"], run["reused"] = kept, None, True
            results["runs"].append(run)
            continue
        loaded = load(url, fixtures, env)
        claims = int(loaded["summary"].split(" claims")[0].rsplit(" ", 1)[1])
        run["claims"] = claims
        loaded["claims_per_s"] = claims / loaded["wall_s"]
        run["load"] = loaded
        print(f"  {loaded['summary']} in {loaded['wall_s']:.1f} s", file=sys.stderr)
        run["database_bytes"] = (
            Path(url.removeprefix("sqlite:///")).stat().st_size
            if url.startswith("sqlite")
            else None
        )
        results["runs"].append(run)
        args.out.write_text(json.dumps(results, indent=2))
    runs = {run["name"]: run for run in results["runs"]}
    print("check latency, the bases' rounds interleaved ...", file=sys.stderr)
    rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in runs}
    alchemy: dict[str, list[dict[str, Any]]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name in runs:
            rounds[name].append(latency_round(urls[name], env))
            alchemy[name].append(latency_round(urls[name], env, "sqlalchemy"))
    for name, run in runs.items():
        run["latency"] = summarise_latency(rounds[name])
        run["latency_sqlalchemy"] = summarise_latency(alchemy[name])
        if args.cold:
            print(f"[{name}] cold start ...", file=sys.stderr)
            run["cold"] = measure_cold(urls[name], env, args.cold)
            if wheel is not None:
                run["cold_wheel"] = measure_cold(urls[name], wheel_env(env), args.cold, wheel)
        if args.batch:
            n_batch = args.batch
            p50 = (run["latency"] or {}).get("p50_ms")
            if p50:  # a batch caches retrieval, so it runs faster than this: an upper bound
                n_batch = max(len(STATEMENTS), min(n_batch, int(args.batch_budget * 1000 / p50)))
            fts = build_fts(urls[name], name)
            print(f"[{name}] batch of {n_batch}, and the FTS5 baseline ...", file=sys.stderr)
            run["batch"] = measure_batch(urls[name], env, n_batch, fts)
        args.out.write_text(json.dumps(results, indent=2))
    results["load_average_at_end"] = os.getloadavg()
    results["targets"] = targets(results)
    args.out.write_text(json.dumps(results, indent=2))
    print(table(results))
    batches = batch_table(results)
    if batches:
        print()
        print(batches)
        print()
    for note in results["targets"]:
        print(note)
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

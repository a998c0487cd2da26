"""Faults during a load: nothing is lost.

A load that fails at any point (a bad row late in a big file, the process killed, the disk full,
another writer holding the database) leaves the database exactly as it was: the tests compare full
dumps, not exit codes. Two writers on one SQLite file end with exactly one fixture set; readers
during a load see the old claim base or the new one, never half of each.

Tests that need SQLite itself (its file locks, WAL, a writer process to kill) skip when
FACTDB_TEST_DATABASE_URL names a server; the others run on both back ends.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import (
    REPO_ROOT,
    TEST_URL_ENV,
    assert_ok,
    assert_usage_error,
    dump,
    write_mini_fixtures,
)
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from factdb.cli import main
from factdb.ingest import loader
from factdb.store.db import make_engine
from factdb.store.migrations import upgrade

Runner = Callable[..., Result]
Dump = Callable[[str], dict[str, list[tuple[Any, ...]]]]

_SERVER_URL = os.environ.get(TEST_URL_ENV) or ""
ON_SERVER = bool(_SERVER_URL) and make_url(_SERVER_URL).get_backend_name() != "sqlite"
sqlite_only = pytest.mark.skipif(
    ON_SERVER, reason="needs SQLite: its file locks, WAL and a writer process to kill"
)

# The CLI as a separate process.
CLI = [sys.executable, "-c", "from factdb.cli import main; main()"]

ORBAN = "Thủ tướng Hungary Viktor Orbán"
ODA = "khoản ODA trị giá 400 triệu USD cho Việt Nam"
SCHOLARSHIPS = "200 học bổng mỗi năm"
# Names the occasion of the ODA claim: only there does another amount contradict it.
STATEMENT = "At the Board of Peace meeting Hungary approved 400 million USD of ODA for Vietnam"


@functools.cache
def seed_004() -> str:
    (path,) = (REPO_ROOT / "seeds").glob("004_*.txt")
    return path.read_bytes().decode("utf-8")


def _span(quote: str) -> dict[str, Any]:
    start = seed_004().index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def bulk_claim(i: int, prefix: str, kinds: int = 3) -> dict[str, Any]:
    """Claim number i of a generated bulk file: three kinds (or only the first), each quoting
    seed 004 by offsets."""
    cid = f"{prefix}-{i:06d}"
    if i % kinds == 0:
        return {
            "id": cid,
            "source": "004",
            "subject": "to-lam",
            "predicate": "met",
            "object": "viktor-orban",
            "time": f"{2000 + i % 26}-02-19",
            "spans": [_span(ORBAN)],
        }
    if i % 3 == 1:
        return {
            "id": cid,
            "source": "004",
            "subject": "hungary",
            "predicate": "oda_approved",
            "qualifiers": {"beneficiary": "vietnam"},
            "value": {"exact": 1000 * i, "unit": "USD"},
            **_span(ODA),
        }
    return {
        "id": cid,
        "source": "004",
        "subject": "hungary",
        "predicate": "scholarships_per_year",
        "qualifiers": {"beneficiary": "vietnam"},
        "value": {"low": i, "unit": "scholarship"},
        "spans": [_span(SCHOLARSHIPS)],
    }


# A bad row, and what the error about it must say.
BAD_ROWS: dict[str, tuple[Callable[[dict[str, Any]], str], str]] = {
    "unknown-entity": (
        lambda c: json.dumps(c | {"subject": "nobody-at-all"}, ensure_ascii=False),
        "unknown entity 'nobody-at-all'",
    ),
    "bad-offsets": (
        lambda c: json.dumps(
            c | {"spans": [{**s, "start": s["start"] + 1} for s in c["spans"]]}, ensure_ascii=False
        ),
        "offsets",
    ),
    "broken-json": (lambda c: json.dumps(c, ensure_ascii=False)[:40], "invalid JSON"),
}


@functools.cache
def bulk_jsonl(
    n: int, prefix: str, bad_at: int | None = None, bad: str | None = None, kinds: int = 3
) -> str:
    lines = []
    for i in range(1, n + 1):
        claim = bulk_claim(i, prefix, kinds)
        if i == bad_at and bad is not None:
            lines.append(BAD_ROWS[bad][0](claim))
        else:
            lines.append(json.dumps(claim, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def fixture_set(root: Path, bulk: str = "", oda_millions: int = 400) -> Path:
    """The mini fixture set under `root`, plus claims/bulk.jsonl, with the ODA claim (and its id)
    saying `oda_millions` million USD: 400 is the mini set's, anything else contradicts it."""
    write_mini_fixtures(root, REPO_ROOT)
    if oda_millions != 400:
        path = root / "claims" / "004.yaml"
        text = path.read_text(encoding="utf-8")
        text = text.replace("id: hu-oda-400m-usd", f"id: hu-oda-{oda_millions}m-usd")
        text = text.replace(
            "{exact: 400000000, unit: USD}", f"{{exact: {oda_millions}000000, unit: USD}}"
        )
        path.write_text(text, encoding="utf-8")
    if bulk:
        (root / "claims" / "bulk.jsonl").write_text(bulk, encoding="utf-8")
    return root


def sqlite_file(url: str) -> Path:
    database = make_url(url).database
    assert database, url
    return Path(database)


def sqlite_schema(url: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(sqlite_file(url)) as conn:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def sqlite_health(url: str) -> tuple[list[Any], list[Any]]:
    """(PRAGMA integrity_check, PRAGMA foreign_key_check) of a SQLite file."""
    conn = sqlite3.connect(sqlite_file(url))
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchall(),
            conn.execute("PRAGMA foreign_key_check").fetchall(),
        )
    finally:
        conn.close()


def write_locked(path: Path) -> bool:
    """Whether another connection holds the write lock of the SQLite file (a load is inside its
    transaction): BEGIN IMMEDIATE fails at once instead of waiting."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        conn.close()


@dataclass
class Proc:
    """A CLI process with its output going to files (a pipe nobody reads could block it)."""

    popen: subprocess.Popen[bytes]
    out: Path
    err: Path

    @property
    def stdout(self) -> str:
        return self.out.read_text(encoding="utf-8", errors="replace")

    @property
    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def describe(self) -> str:
        return f"exit {self.popen.returncode}\nstdout:\n{self.stdout}\nstderr:\n{self.stderr}"


def start_cli(tmp: Path, name: str, url: str, *args: str | Path) -> Proc:
    """`factdb ARGS` in its own process group (so that its children can be found and ended)."""
    out, err = tmp / f"{name}.out", tmp / f"{name}.err"
    with out.open("wb") as fo, err.open("wb") as fe:
        popen = subprocess.Popen(
            [*CLI, *map(str, args)],
            env=os.environ | {"FACTDB_DATABASE_URL": url},
            cwd=Path.cwd(),
            stdout=fo,
            stderr=fe,
            start_new_session=True,
        )
    return Proc(popen, out, err)


def wait_for_write_lock(proc: Proc, db: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not write_locked(db):
        if proc.popen.poll() is not None:
            pytest.fail("the load ended before it took the write lock:\n" + proc.describe())
        if time.monotonic() > deadline:
            pytest.fail("the load did not take the write lock within a minute")
        time.sleep(0.01)


def process_group(pgid: int) -> list[str]:
    """The live (not zombie) processes of a process group, as 'pid state cmdline'."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError):
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            found.append(f"{stat.parent.name} {state} {cmdline.strip()}")
    return found


def end_group(pgid: int) -> None:
    """SIGKILL what is left of a process group this test started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def invoke(url: str, *args: str | Path) -> Result:
    return CliRunner().invoke(main, ["--db", url, *map(str, args)], catch_exceptions=True)


def assert_clean_failure(result: Result) -> str:
    """A refusal a user can act on: exit 1 or 2, a message on stderr, no traceback."""
    assert result.exit_code in (1, 2), result.output
    assert isinstance(result.exception, SystemExit), f"crashed: {result.exception!r}"
    assert "Traceback" not in result.output
    assert result.stderr.strip(), "the error must be explained on stderr"
    return result.stderr


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write in batches of 50 claims, so that a fault at claim 900 comes after real inserts."""
    monkeypatch.setattr(loader, "CLAIM_BATCH", 50)


@pytest.fixture
def count_inserts() -> Iterator[dict[str, int]]:
    """Counts the INSERT statements every engine runs, by table."""
    counts: dict[str, int] = {}

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        words = statement.split(None, 3)
        if len(words) > 2 and words[0].upper() == "INSERT":
            table = words[2].strip('"')
            counts[table] = counts.get(table, 0) + 1

    event.listen(Engine, "before_cursor_execute", count)
    yield counts
    event.remove(Engine, "before_cursor_execute", count)


# --- a bad row late in a large file ---------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "feed"),
    [("unknown-entity", "local"), ("bad-offsets", "forked"), ("broken-json", "local")],
)
def test_a_bad_row_late_in_a_large_file_changes_nothing(
    bad: str,
    feed: str,
    tmp_path: Path,
    run: Runner,
    db_url: str,
    count_inserts: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Row 9,000 of 10,000 is bad: earlier rows were already written in the load's transaction
    (a batch of 5,000 by default; the test checks that claims were inserted) and all of it is
    rolled back. "forked": validation runs in a forked process, as it does for big bulk files."""
    if feed == "forked":
        if "fork" not in mp.get_all_start_methods() or not hasattr(loader, "PARALLEL_MIN_BYTES"):
            pytest.skip("the loader validates in a forked process only where it can fork")
        monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    fixtures = fixture_set(tmp_path / "fx", bulk_jsonl(1_000, "old"))
    assert "1007 claims" in assert_ok(run("load", fixtures)).stdout
    before = dump(db_url)
    schema = sqlite_schema(db_url) if not ON_SERVER else None
    (fixtures / "claims" / "bulk.jsonl").write_text(
        bulk_jsonl(10_000, "new", bad_at=9_000, bad=bad), encoding="utf-8"
    )
    count_inserts.clear()

    stderr = assert_usage_error(run("load", fixtures))

    assert "nothing loaded" in stderr
    assert "bulk.jsonl:9000" in stderr, stderr
    assert BAD_ROWS[bad][1] in stderr, stderr
    assert count_inserts.get("claims", 0) >= 1, "rows must have been written before the bad one"
    assert dump(db_url) == before
    if schema is not None:  # the indexes dropped for the load are back
        assert sqlite_schema(db_url) == schema
        assert sqlite_health(db_url) == ([("ok",)], [])


# --- a killed load --------------------------------------------------------------------------


@dataclass
class Killed:
    before: dict[str, list[tuple[Any, ...]]]
    after: dict[str, list[tuple[Any, ...]]]
    schema_before: list[tuple[Any, ...]]
    schema_after: list[tuple[Any, ...]]
    health: tuple[list[Any], list[Any]]
    returncode: int | None
    group_before_kill: list[str]
    left_behind: list[str]
    reload: Result
    after_reload: dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def killed_load(tmp_path_factory: pytest.TempPathFactory) -> Killed:
    """`factdb load` of 30,007 claims over a database holding the mini set, SIGKILLed half a
    second after it took the write lock (it deleted the old rows and is inserting new ones)."""
    if ON_SERVER:
        pytest.skip("needs SQLite: a writer process to kill")
    tmp = tmp_path_factory.mktemp("killed")
    url = f"sqlite:///{tmp / 'db.sqlite'}"
    old = fixture_set(tmp / "old")
    assert_ok(invoke(url, "load", old))
    before, schema_before = dump(url), sqlite_schema(url)
    big = fixture_set(tmp / "big", bulk_jsonl(30_000, "big"))

    proc = start_cli(tmp, "load", url, "load", big)
    pgid = proc.popen.pid
    try:
        wait_for_write_lock(proc, sqlite_file(url))
        time.sleep(0.5)
        if proc.popen.poll() is not None:
            pytest.fail("the load finished before it could be killed:\n" + proc.describe())
        group_before_kill = process_group(pgid)
        os.kill(proc.popen.pid, signal.SIGKILL)
        proc.popen.wait(timeout=30)
        time.sleep(1.0)  # time for whatever it started to notice
        left_behind = process_group(pgid)
    finally:
        end_group(pgid)
    after, schema_after = dump(url), sqlite_schema(url)
    health = sqlite_health(url)
    reload = invoke(url, "load", old)
    return Killed(
        before,
        after,
        schema_before,
        schema_after,
        health,
        proc.popen.returncode,
        group_before_kill,
        left_behind,
        reload,
        dump(url),
    )


@sqlite_only
def test_a_killed_load_leaves_the_old_state_exactly(killed_load: Killed) -> None:
    assert killed_load.returncode == -signal.SIGKILL
    assert killed_load.health == ([("ok",)], [])
    assert killed_load.schema_after == killed_load.schema_before
    assert killed_load.after == killed_load.before


@sqlite_only
def test_the_database_is_writable_again_after_a_killed_load(killed_load: Killed) -> None:
    assert_ok(killed_load.reload)
    assert killed_load.after_reload == killed_load.before


@sqlite_only
def test_a_killed_load_leaves_no_process_behind(killed_load: Killed) -> None:
    """A bulk file this big is validated in a forked process, which must die with the loader."""
    if len(killed_load.group_before_kill) < 2:
        pytest.skip("the load ran in one process: nothing could be left behind")
    assert not killed_load.left_behind, (
        f"before the kill: {killed_load.group_before_kill}\n"
        f"still running after: {killed_load.left_behind}"
    )


# --- a full disk ----------------------------------------------------------------------------


@pytest.fixture
def page_limit(db_url: str) -> Iterator[Callable[[int], None]]:
    """limit(n): every new connection to this test's SQLite file may grow it by n pages at most,
    as if the disk were full (PRAGMA max_page_count)."""
    database = str(sqlite_file(db_url).resolve())
    state: dict[str, int] = {}

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        if "extra" not in state:
            return
        cur = dbapi_conn.cursor()
        try:
            files = {row[2] for row in cur.execute("PRAGMA database_list")}
            if database in files:
                pages = cur.execute("PRAGMA page_count").fetchone()[0]
                cur.execute(f"PRAGMA max_page_count={pages + state['extra']}")
        finally:
            cur.close()

    def limit(extra: int) -> None:
        state["extra"] = extra

    event.listen(Engine, "connect", on_connect)
    yield limit
    event.remove(Engine, "connect", on_connect)


@pytest.fixture
def full_disk_load(
    loaded: Path, tmp_path: Path, db_url: str, page_limit: Callable[[int], None]
) -> tuple[Result, dict[str, Any], dict[str, Any]]:
    """A load of 2,007 claims on a database that may grow by 16 pages: (result, before, after)."""
    if ON_SERVER:
        pytest.skip("needs SQLite: PRAGMA max_page_count")
    before = dump(db_url)
    bigger = fixture_set(tmp_path / "bigger", bulk_jsonl(2_000, "full"))
    page_limit(16)
    result = invoke(db_url, "load", bigger)
    page_limit(1_000_000)
    return result, before, dump(db_url)


@sqlite_only
def test_a_full_disk_leaves_the_database_unchanged(
    full_disk_load: tuple[Result, dict[str, Any], dict[str, Any]], db_url: str
) -> None:
    result, before, after = full_disk_load
    assert result.exit_code != 0, "the load cannot have fitted in 16 more pages"
    assert after == before
    assert sqlite_health(db_url) == ([("ok",)], [])


@sqlite_only
def test_a_full_disk_is_a_clear_error(
    full_disk_load: tuple[Result, dict[str, Any], dict[str, Any]],
) -> None:
    stderr = assert_clean_failure(full_disk_load[0])
    assert "full" in stderr


def _disk_full_error(backend: str) -> Exception:
    """What the driver raises when the disk is full."""
    if backend == "sqlite":
        return sqlite3.OperationalError("database or disk is full")
    import psycopg

    return psycopg.errors.DiskFull("could not extend file: No space left on device")


FAULTS = {
    "enospc": lambda backend: OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
    "disk-full": _disk_full_error,
}
# Where the write fails: the second batch of claims, the last row written (the meta record),
# or the COMMIT itself.
FAULT_POINTS = ("claims", "meta", "commit")


@pytest.fixture
def inject_fault(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str, str], dict[str, int]]:
    """inject(point, fault): make the driver fail once at that point of the next load, the way it
    fails on a full disk (SQLAlchemy wraps the driver's own errors as it would a real one)."""
    dialect_cls = type(create_engine(db_url).dialect)
    backend = make_url(db_url).get_backend_name()

    def inject(point: str, fault: str) -> dict[str, int]:
        state = {"claims": 0, "meta_written": 0, "fired": 0}

        def boom() -> None:
            state["fired"] += 1
            raise FAULTS[fault](backend)

        def before_statement(statement: str) -> None:
            if state["fired"]:
                return
            head = " ".join(statement.split()[:3]).upper().replace('"', "")
            if head == "INSERT INTO CLAIMS":
                state["claims"] += 1
                if point == "claims" and state["claims"] == 2:
                    boom()
            elif head == "INSERT INTO FACTDB_META":
                if point == "meta":
                    boom()
                state["meta_written"] = 1

        real_execute = dialect_cls.do_execute
        real_executemany = dialect_cls.do_executemany
        real_commit = dialect_cls.do_commit

        def do_execute(self: Any, cursor: Any, statement: str, *args: Any, **kw: Any) -> Any:
            before_statement(statement)
            return real_execute(self, cursor, statement, *args, **kw)

        def do_executemany(self: Any, cursor: Any, statement: str, *args: Any, **kw: Any) -> Any:
            before_statement(statement)
            return real_executemany(self, cursor, statement, *args, **kw)

        def do_commit(self: Any, dbapi_connection: Any) -> Any:
            if point == "commit" and state["meta_written"] and not state["fired"]:
                dbapi_connection.rollback()  # a COMMIT that fails ends the transaction
                boom()
            return real_commit(self, dbapi_connection)

        monkeypatch.setattr(dialect_cls, "do_execute", do_execute)
        monkeypatch.setattr(dialect_cls, "do_executemany", do_executemany)
        monkeypatch.setattr(dialect_cls, "do_commit", do_commit)
        return state

    return inject


@pytest.mark.parametrize("point", FAULT_POINTS)
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_write_failing_midway_leaves_the_database_unchanged(
    point: str,
    fault: str,
    loaded: Path,
    tmp_path: Path,
    run: Runner,
    db_url: str,
    small_batches: None,
    inject_fault: Callable[[str, str], dict[str, int]],
) -> None:
    before = dump(db_url)
    bigger = fixture_set(tmp_path / "bigger", bulk_jsonl(1_000, "w"))
    state = inject_fault(point, fault)

    result = run("load", bigger)

    assert state["fired"] == 1, f"the fault never fired: {state}"
    assert result.exit_code != 0, result.output
    assert dump(db_url) == before
    if not ON_SERVER:
        assert sqlite_health(db_url) == ([("ok",)], [])


@pytest.mark.parametrize("point", FAULT_POINTS)
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_write_failing_midway_is_a_clear_error(
    point: str,
    fault: str,
    loaded: Path,
    tmp_path: Path,
    run: Runner,
    small_batches: None,
    inject_fault: Callable[[str, str], dict[str, int]],
) -> None:
    bigger = fixture_set(tmp_path / "bigger", bulk_jsonl(1_000, "w"))
    inject_fault(point, fault)
    stderr = assert_clean_failure(run("load", bigger))
    assert "nothing loaded" in stderr, stderr


@sqlite_only
def test_a_load_whose_commit_is_refused_leaves_nothing_behind(
    tmp_path: Path, db_url: str, short_busy_timeout: None
) -> None:
    """Where SQLite runs without WAL (a rollback journal: e.g. WAL unavailable on the file
    system), COMMIT needs every reader gone; a reader that stays past the busy timeout makes it
    fail with SQLITE_BUSY, and SQLite keeps the transaction open. The load has failed: nothing
    may come of it, in this process either (a long-lived one: a service calling load_paths)."""
    engine = make_engine(db_url)

    @event.listens_for(engine, "connect")
    def rollback_journal(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA journal_mode=DELETE")

    reader = sqlite3.connect(sqlite_file(db_url), isolation_level=None)
    try:
        upgrade(engine)
        loader.load_paths(engine, [fixture_set(tmp_path / "old")])
        before = dump(db_url)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM claims").fetchone()  # holds a shared lock
        message = ""
        try:
            loader.load_paths(engine, [fixture_set(tmp_path / "new", oda_millions=500)])
        except Exception as exc:
            message = repr(exc)
        reader.execute("COMMIT")
        assert message, "the COMMIT cannot have succeeded while the reader held its lock"
        with engine.begin() as conn:  # this process goes on using the engine
            conn.exec_driver_sql("SELECT 1")
        assert dump(db_url) == before
        assert "locked" in message, f"the cause is hidden: {message}"
    finally:
        reader.close()
        engine.dispose()


# --- another writer -------------------------------------------------------------------------


@pytest.fixture
def held_write_lock(db_url: str) -> Iterator[None]:
    """Another connection holds this SQLite file's write lock for the whole test."""
    if ON_SERVER:
        pytest.skip("needs SQLite: its file lock")
    conn = sqlite3.connect(sqlite_file(db_url), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield
    conn.execute("ROLLBACK")
    conn.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factdb.store.db.SQLITE_BUSY_MS", 300)


@sqlite_only
def test_a_load_that_cannot_get_the_write_lock_changes_nothing(
    loaded: Path, tmp_path: Path, run: Runner, db_url: str, short_busy_timeout: None, request: Any
) -> None:
    before = dump(db_url)
    other = fixture_set(tmp_path / "other", bulk_jsonl(100, "o"))
    request.getfixturevalue("held_write_lock")
    result = run("load", other)
    assert result.exit_code != 0, "the lock is held: the load cannot have committed"
    assert dump(db_url) == before


@sqlite_only
def test_a_load_that_cannot_get_the_write_lock_is_a_clear_error(
    loaded: Path, tmp_path: Path, run: Runner, short_busy_timeout: None, held_write_lock: None
) -> None:
    other = fixture_set(tmp_path / "other", bulk_jsonl(100, "o"))
    stderr = assert_clean_failure(run("load", other))
    assert "locked" in stderr or "busy" in stderr


@sqlite_only
def test_two_writers_at_once_end_with_exactly_the_last_set(
    tmp_path: Path, db_url: str, run: Runner
) -> None:
    """Two `factdb load` processes on one file: the second starts while the first holds the write
    lock, waits for it (busy timeout, WAL), and commits last. Afterwards the database is exactly
    the second set, as a load of it alone makes it, and its integrity holds."""
    assert_ok(run("load", fixture_set(tmp_path / "base")))
    first = fixture_set(tmp_path / "first", bulk_jsonl(40_000, "first"))
    second = fixture_set(tmp_path / "second", bulk_jsonl(5_000, "second"), oda_millions=500)

    started = time.monotonic()
    p1 = start_cli(tmp_path, "first", db_url, "load", first)
    p2: Proc | None = None
    try:
        wait_for_write_lock(p1, sqlite_file(db_url))
        to_lock = time.monotonic() - started  # start-up, migrations, vocabulary
        p2_started = time.monotonic()
        # --replace: the second set is smaller, and replacing the first is the point here.
        p2 = start_cli(tmp_path, "second", db_url, "load", "--replace", second)
        while p1.popen.poll() is None:
            time.sleep(0.05)
        p1_done = time.monotonic()
        p2.popen.wait(timeout=120)
    finally:
        end_group(p1.popen.pid)
        if p2 is not None:
            end_group(p2.popen.pid)
    # The second had got as far as its first write (its start-up costs what the first's did)
    # while the first still held the lock: it really waited.
    assert p1_done - p2_started > 1.2 * to_lock + 0.3, (
        "the first load ended before the second could wait for it; make the first bigger"
    )
    assert p2 is not None

    for proc in (p1, p2):
        assert "Traceback" not in proc.stderr, proc.describe()
        assert proc.popen.returncode == 0, proc.describe()
    assert "40007 claims" in p1.stdout
    assert "5007 claims" in p2.stdout
    assert sqlite_health(db_url) == ([("ok",)], [])
    alone = f"sqlite:///{tmp_path / 'alone.sqlite'}"
    assert_ok(invoke(alone, "load", second))
    assert dump(db_url) == dump(alone)


# --- readers during a load ------------------------------------------------------------------


READERS = (
    ("list", ("list", "--entity", "hungary", "--format", "json")),
    ("sources", ("sources", "--format", "json")),
    ("check", ("check", STATEMENT, "--format", "json")),
)


def _read(url: str, name: str, args: tuple[str, ...]) -> Any:
    """What a user sees from one command: the claims about Hungary (ids), the claims per source,
    or the verdict on STATEMENT."""
    result = invoke(url, *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"`{name}` crashed during the load: {result.exception!r}\n{result.output}"
    )
    assert "Traceback" not in result.output
    assert result.exit_code in ((0, 1) if name == "check" else (0,)), result.output
    data = json.loads(result.stdout)
    if name == "list":
        return [c["id"] for c in data]
    if name == "sources":
        return data
    return data["verdict"]


def _observe(url: str) -> dict[str, Any]:
    return {name: _read(url, name, args) for name, args in READERS}


@sqlite_only
def test_readers_during_a_load_see_the_old_state_or_the_new_one(
    tmp_path: Path, db_url: str, run: Runner
) -> None:
    """`list`, `sources` and `check` run again and again while another process loads a different
    set: each sees exactly the old claims or exactly the new ones (ids, claim counts per source)
    and none crashes. (That a single command may mix two states when a load commits between its
    queries is shown deterministically by the *_during_a_commit_* tests below.)"""
    # Bulk claims only of To Lam meeting Orbán: the readers' answers stay small.
    old = fixture_set(tmp_path / "old", bulk_jsonl(3_000, "old", kinds=1))
    new = fixture_set(tmp_path / "new", bulk_jsonl(20_000, "new", kinds=1), oda_millions=500)
    assert_ok(run("load", old))
    seen_old = _observe(db_url)
    assert seen_old["check"] == "supported"

    db = sqlite_file(db_url)
    proc = start_cli(tmp_path, "load", db_url, "load", new)
    seen: list[
        tuple[str, bool, Any]
    ] = []  # (command, ran wholly inside the load's transaction, what it saw)
    try:
        wait_for_write_lock(proc, db)
        while proc.popen.poll() is None:
            for name, args in READERS:
                locked_before = write_locked(db)
                what = _read(db_url, name, args)
                seen.append((name, locked_before and write_locked(db), what))
        proc.popen.wait(timeout=120)
    finally:
        end_group(proc.popen.pid)
    assert proc.popen.returncode == 0, proc.describe()
    seen_new = _observe(db_url)
    assert seen_new["check"] == "contradicted"
    assert seen_new["list"] != seen_old["list"]
    assert seen_new["sources"] != seen_old["sources"]

    assert sum(during for _, during, _ in seen) >= 2, (
        f"too few reads during the load: {[(n, d) for n, d, _ in seen]}"
    )
    for name, _, what in seen:
        if name != "check":
            assert what in (seen_old[name], seen_new[name]), (name, what)
    assert sqlite_health(db_url) == ([("ok",)], [])


@pytest.fixture
def commit_between_queries(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Path, str], dict[str, bool]]]:
    """arm(fixtures, marker): the next query whose SQL contains `marker` first waits for a whole
    load of `fixtures` to commit (from another connection), as if the load had committed at that
    instant: the reader's earlier queries saw the old state, its later ones see the new. Queries
    run through SQLAlchemy and through sqlite3 (factdb.store.sqlite_read) alike."""
    from factdb.store import sqlite_read

    armed: dict[str, Any] = {}

    def hook(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not armed or armed.get("busy") or armed["fired"]:
            return
        if statement.lstrip().upper().startswith("SELECT") and armed["marker"] in statement:
            armed["busy"] = True
            engine = make_engine(db_url)
            try:
                loader.load_paths(engine, [armed["fixtures"]])
            finally:
                engine.dispose()
                armed["busy"] = False
            armed["fired"] = True

    def arm(fixtures: Path, marker: str) -> dict[str, bool]:
        armed.update(fixtures=fixtures, marker=marker, fired=False)
        return armed

    rows = sqlite_read.SqliteReader.rows

    def rows_after_hook(reader: Any, name: str, *args: Any) -> list[Any]:
        hook(None, None, reader.queries.get(name, args[0] if args else None)["sql"])
        return rows(reader, name, *args)

    monkeypatch.setattr(sqlite_read.SqliteReader, "rows", rows_after_hook)
    event.listen(Engine, "before_cursor_execute", hook)
    yield arm
    event.remove(Engine, "before_cursor_execute", hook)


def test_list_during_a_commit_sees_one_state(
    loaded: Path,
    tmp_path: Path,
    run: Runner,
    commit_between_queries: Callable[[Path, str], dict[str, bool]],
) -> None:
    old = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    new_set = fixture_set(tmp_path / "new", oda_millions=500)
    armed = commit_between_queries(new_set, "FROM spans")
    during = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    assert armed["fired"], "the load never ran between the reader's queries"
    new = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    assert old != new
    assert during in (old, new), [(c["id"], len(c["spans"])) for c in during]


def test_check_during_a_commit_sees_one_state(
    loaded: Path,
    tmp_path: Path,
    run: Runner,
    commit_between_queries: Callable[[Path, str], dict[str, bool]],
) -> None:
    old = assert_ok(run("check", STATEMENT, "--format", "json")).stdout
    new_set = fixture_set(tmp_path / "new", oda_millions=500)
    armed = commit_between_queries(new_set, "FROM spans")
    during = run("check", STATEMENT, "--format", "json")
    assert armed["fired"], "the load never ran between the reader's queries"
    new = run("check", STATEMENT, "--format", "json").stdout
    assert old != new
    assert during.stdout in (old, new), during.stdout


# --- starting the CLI as a module ---------------------------------------------------------------


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factdb", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path.cwd(),
    )
    assert done.returncode == 0, done.stderr
    assert "version" in done.stdout, (done.stdout, done.stderr)


def test_fixture_sets_here_are_valid(tmp_path: Path, run: Runner) -> None:
    """The generated sets the tests above rely on load as they are (a bad one would make those
    tests pass for the wrong reason)."""
    fixtures = fixture_set(tmp_path / "fx", bulk_jsonl(300, "v"), oda_millions=500)
    assert "307 claims" in assert_ok(run("load", fixtures)).stdout

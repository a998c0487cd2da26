"""The two read paths of a SQLite base give the same answers: the standard library's sqlite3
(factdb.store.sqlite_read, what `check`, `parse`, `list`, `show` and `sources` use on a
built SQLite file) and SQLAlchemy
(what they used before, and still use on PostgreSQL). Every labelled statement gets the same
verdict, reason and evidence, and the same reading, through both. tests/test_backends.py
compares the standard library's path with PostgreSQL's too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO_ROOT, Runner, assert_ok
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.cli.report import judgement_to_dict
from factdb.store.db import make_engine
from factdb.store.sqlite_read import SqliteFile, sqlite_file


def labelled_statements() -> list[str]:
    """The texts of the development sets (the held-out slice is only ever scored)."""
    paths = [
        *sorted((REPO_ROOT / "fixtures" / "statements").glob("*.yaml")),
        REPO_ROOT / "fixtures" / "statements" / "press" / "dev.yaml",
    ]
    texts: list[str] = []
    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        texts += [str(item["text"]) for item in doc.get("statements") or [] if item.get("text")]
    return list(dict.fromkeys(texts))


def stdlib_base(engine: Engine) -> SqliteFile:
    url = engine.url.render_as_string()
    path = sqlite_file(url)
    assert path is not None, url
    return SqliteFile(url, path)


@pytest.fixture(scope="module")
def checkers(real_engine: Engine) -> dict[str, Checker]:
    return {"sqlalchemy": Checker(real_engine), "sqlite3": Checker(stdlib_base(real_engine))}


def test_labelled_statements_get_the_same_verdict_reason_and_evidence(
    checkers: dict[str, Checker],
) -> None:
    statements = labelled_statements()
    assert len(statements) > 100, "the labelled sets should be read"
    decided = 0
    for text in statements:
        old, new = (judgement_to_dict(c.check(text)) for c in checkers.values())
        assert new == old, text
        decided += bool(new["evidence"])
    assert decided > 30, "many statements must be decided by evidence to prove anything"


def test_statements_read_the_same(checkers: dict[str, Checker]) -> None:
    for text in labelled_statements()[::3]:
        old, new = (c.parse(text).to_dict() for c in checkers.values())
        assert new == old, text
        old_a, new_a = (
            [a.to_dict() for a in c.reading(text).assertions] for c in checkers.values()
        )
        assert new_a == old_a, text


def test_sources_and_facts_read_the_same(checkers: dict[str, Checker]) -> None:
    old, new = checkers.values()
    with old.snapshot(), new.snapshot():
        for source in ("000", "001", "004"):
            assert new.source_text(source) == old.source_text(source)
        ids = ["hu-oda-400m-usd", "trump-president-us", "no-such-claim"]
        assert new.index.facts(ids) == old.index.facts(ids)
        assert len(new.index.facts(ids)) == 2


def test_values_cross_as_sqlalchemy_makes_them_cross(checkers: dict[str, Checker]) -> None:
    """Dates bound and read as dates, flags read as booleans, with a period or none."""
    old, new = checkers.values()
    with old.snapshot(), new.snapshot():
        ids = new.index.claim_ids(["trade_turnover", "oda_approved"], ["vietnam", "hungary"])
        assert ids == old.index.claim_ids(
            ["trade_turnover", "oda_approved"], ["vietnam", "hungary"]
        )
        for windows in (None, {"trade_turnover": [(dt.date(2025, 1, 1), dt.date(2025, 12, 31))]}):
            old.index.reset()
            new.index.reset()
            claims = new.index.claims(ids, windows)
            assert claims == old.index.claims(ids, windows)
            assert all(claims.values()), claims
    read = [c for found in claims.values() for c in found]
    assert any(isinstance(c.time_start, dt.date) for c in read)
    assert all(c.interval is None or isinstance(c.interval.low_open, bool) for c in read)


def test_browsing_reads_the_same(real_engine: Engine) -> None:
    """`list` (each filter, an alias, filters combined), `show` and `sources` give the same
    records through the standard library's sqlite3 as through SQLAlchemy, refusals included."""
    from factdb.store.browse import NotFound, get_claim, list_claims, list_sources

    bases = (real_engine, stdlib_base(real_engine))
    filters: list[dict[str, str]] = [
        {},
        {"source": "004"},
        {"entity": "Hungary"},
        {"entity": "Việt Nam"},
        {"predicate": "met"},
        {"source": "004", "entity": "viktor-orban", "predicate": "met"},
        {"source": "999"},
        {"entity": "Atlantis"},
        {"predicate": "no_such_predicate"},
    ]

    def outcome(call: Any) -> Any:
        try:
            return call()
        except NotFound as exc:
            return f"NotFound: {exc}"

    for given in filters:
        old, new = (outcome(partial(list_claims, b, **given)) for b in bases)
        assert new == old, given
    everything = list_claims(real_engine)
    assert any(c.qualifiers for c in everything) and all(c.spans for c in everything)
    assert any(isinstance(c.time_start, dt.date) for c in everything)
    assert all(isinstance(c.sole_speaker, bool) for c in everything)
    for cid in ("hu-oda-400m-usd", everything[-1].id, "no-such-claim"):
        old, new = (outcome(partial(get_claim, b, cid)) for b in bases)
        assert new == old, cid
    old, new = (list_sources(b) for b in bases)
    assert new == old and any(s.claims for s in new)


def test_a_load_is_seen_by_a_checker_reading_through_sqlite3(
    run: Runner, loaded: Path, db_url: str
) -> None:
    """What the standard library's path has read (vocabulary, claims) is read again once a load
    changes the base, as on SQLAlchemy's."""
    path = sqlite_file(db_url)
    if path is None:
        pytest.skip("the standard library's path reads SQLite files only")
    checker = Checker(SqliteFile(db_url, path))
    statement = "Hungary approved 400 million USD of ODA for Vietnam"
    assert checker.check(statement).verdict == "supported"
    claims = loaded / "claims" / "004.yaml"
    text = claims.read_text(encoding="utf-8")
    assert "{exact: 400000000, unit: USD}" in text
    claims.write_text(text.replace("{exact: 400000000,", "{exact: 500000000,"), "utf-8")
    assert_ok(run("load", loaded))
    after = judgement_to_dict(checker.check(statement))
    assert after["verdict"] != "supported"
    assert after == judgement_to_dict(Checker(make_engine(db_url)).check(statement))
    from factdb import config

    kept = list(Path(config.cache_path()).glob("vocabulary-*.sqlite"))
    assert len(kept) == 1, kept  # the vocabulary of the state before is not kept beside it


ENTRIES = {
    "click": "from factdb.cli import main\n    main(sys.argv[1:])",
    "script": "from factdb.cli.fast import main\n    sys.argv[0] = 'factdb'\n    main()",
}


def _run(entry: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The click command line or the `factdb` script's entry point (ENTRIES), in a fresh
    process; its stderr ends with the heavy modules it imported ("imported: -" for none)."""
    code = (
        "import sys\n"
        "try:\n"
        f"    {ENTRIES[entry]}\n"
        "except SystemExit as exc:\n"
        "    found = ('sqlalchemy', 'yaml', 'alembic', 'click')\n"
        "    heavy = sorted(m for m in found if m in sys.modules)\n"
        "    print('imported:', ' '.join(heavy) or '-', file=sys.stderr)\n"
        "    raise\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO_ROOT
    )


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return _run("click", *args)


def test_reading_a_built_sqlite_base_imports_neither_sqlalchemy_nor_yaml(
    real_engine: Engine,
) -> None:
    url = real_engine.url.render_as_string()
    statement = "Hungary approved 400 million USD of ODA for Vietnam"
    first = _cli("--db", url, "check", statement)  # compiles and keeps what later runs read
    assert first.returncode == 0, first.stderr
    browse = (("list", "--entity", "Hungary"), ("show", "hu-oda-400m-usd"), ("sources",))
    for args in (("check", statement), ("parse", statement), *browse):
        _cli("--db", url, *args)  # compiles what this command reads, as a first run does
        again = _cli("--db", url, *args)
        assert again.returncode == 0, again.stderr
        assert again.stderr.strip().endswith("imported: click"), again.stderr
        assert again.stdout == _cli("--db", url, *args).stdout
    assert "SUPPORTED" in first.stdout


def _a_changed_base(task: tuple[int, int, str | None]) -> None:
    """A worker's answer when a load committed before its snapshot: its chunk handed back."""
    return None


def _a_killed_worker(task: tuple[int, int, str | None]) -> None:
    """A worker that dies in its chunk (killed, out of memory): nothing comes back."""
    os._exit(1)


@pytest.mark.parametrize(
    ("fmt", "sentences"),
    [("jsonl", False), ("json", False), ("text", False), ("html", False), ("json", True)],
)
def test_a_batch_on_every_core_gives_one_process_s_output_in_order(
    real_engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    sentences: bool,
) -> None:
    """`check --file` forks workers for a long batch, which render each record: the same
    output, in input order, as one process gives, in every format; an over-long line stays a
    "not checked" record in its place. A chunk a worker hands back (the base changed under it)
    is checked by the caller, with the same output, and so are the chunks of a worker that
    died."""
    from click.testing import CliRunner

    from factdb.check import batch
    from factdb.cli import main

    url = real_engine.url.render_as_string()
    lines = labelled_statements()[: batch.PARALLEL_FROM + 50]
    lines.insert(70, "x" * 20_001)
    statements = tmp_path / "statements.txt"
    statements.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["--db", url, "check", "--file", str(statements), "--format", fmt]
    args += ["--sentences"] if sentences else []
    pools: list[bool] = []
    make_pool = batch._pool

    def spy(checker: Checker, statements: int, warm: Callable[[], None]) -> Any:
        pool = make_pool(checker, statements, warm)
        pools.append(pool is not None)
        return pool

    monkeypatch.setattr(batch, "_pool", spy)
    monkeypatch.setattr(batch, "_cores", lambda: 2)
    forked = CliRunner().invoke(main, args)
    with monkeypatch.context() as patched:
        patched.setattr(batch, "_work", _a_changed_base)
        handed_back = CliRunner().invoke(main, args)
    with monkeypatch.context() as patched:
        patched.setattr(batch, "_work", _a_killed_worker)
        left = CliRunner().invoke(main, args)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10**9)
    alone = CliRunner().invoke(main, args)
    assert pools == [True, True, True, False]
    assert forked.exit_code == left.exit_code == alone.exit_code == 2, forked.output
    assert forked.stdout == handed_back.stdout == left.stdout == alone.stdout
    if fmt == "text":
        assert forked.stdout.count("\nNOT CHECKED  line 71: xxx") == 1
        return
    if fmt == "html":
        assert forked.stdout.count("<html") == 1
        return
    records = (
        json.loads(forked.stdout) if fmt == "json" else map(json.loads, forked.stdout.splitlines())
    )
    records = list(records)
    if sentences:  # those with something checkable, and the one not checked, in input order
        assert [r["line"] for r in records] == sorted({r["line"] for r in records})
        assert [r["line"] for r in records if "error" in r] == [71]
        return
    assert [r["line"] for r in records] == list(range(1, len(lines) + 1))
    assert records[70]["error"]


def test_a_repeated_line_gets_the_judgement_it_gets_alone(
    real_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch judges a line met before once (a memo of identical lines): each repeat's
    record is the first one's but for its line number, and the one a batch of that line alone
    gives, forked or not."""
    from click.testing import CliRunner

    from factdb.check import batch
    from factdb.cli import main

    url = real_engine.url.render_as_string()
    lines = labelled_statements()[:120]
    statements = tmp_path / "statements.txt"
    statements.write_text("\n".join(lines + lines) + "\n", encoding="utf-8")
    args = ["--db", url, "check", "--file", str(statements), "--format", "jsonl"]
    monkeypatch.setattr(batch, "_cores", lambda: 2)
    checked = CliRunner().invoke(main, args)
    records = [json.loads(line) for line in checked.stdout.splitlines()]
    assert len(records) == 2 * len(lines), checked.output
    for first, again in zip(records[: len(lines)], records[len(lines) :], strict=True):
        assert again.pop("line") == first.pop("line") + len(lines)
        assert again == first
    single = tmp_path / "single.txt"
    args[4] = str(single)
    for k in (0, 57, 119):
        single.write_text(lines[k] + "\n", encoding="utf-8")
        alone = CliRunner().invoke(main, args)
        assert json.loads(alone.stdout) == {"line": 1, **records[k]}  # its line number popped


def test_judgements_made_before_the_fork_are_kept_for_their_state_only(
    real_engine: Engine,
) -> None:
    """The caller judges a batch's first statements before it forks (batch._Batch.warm) and
    keeps them for the workers; read in another state of the base (a load committed in
    between), they are judged again."""
    from factdb.check import batch

    url = real_engine.url.render_as_string()
    checker = Checker(SqliteFile(url, sqlite_file(url) or ""))
    texts = labelled_statements()[:3]
    made = batch._Batch(checker, texts, lambda k, judged: judged)
    made.warm()
    kept = made._judged[texts[0]]
    with checker.snapshot():
        assert made.judgement(0) is kept
    made._judged_in = "a state before a load"
    with checker.snapshot():
        again = made.judgement(0)
    assert again is not kept and again == checker.check(texts[0])


@pytest.mark.parametrize("garbage", [b"", b"[]", b'{"named/1": {"sql": 1}}', b"\x80\x04K\x01."])
def test_a_damaged_cache_is_built_anew(real_engine: Engine, garbage: bytes) -> None:
    """Whatever the cache folder holds (a truncated file, another shape, another pickle), a
    check in a fresh process answers as it did, and the cache is written again."""
    from factdb import config

    args = ["--db", real_engine.url.render_as_string(), "check", "Hungary approved 400 million USD"]
    first = _cli(*args)
    kept = [p for p in Path(config.cache_path()).iterdir() if p.is_file()]
    assert any(p.suffix == ".pickle" for p in kept) and any(p.suffix == ".json" for p in kept)
    for path in kept:
        path.write_bytes(garbage)
    again = _cli(*args)
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout), again.stderr
    assert first.returncode == 0, first.stderr


def _fast(*args: str) -> subprocess.CompletedProcess[str]:
    return _run("script", *args)


@pytest.mark.parametrize(
    ("statement", "status"),
    [
        ("Hungary approved 400 million USD of ODA for Vietnam", 0),
        ("On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam", 1),
        ("Atlantis approved 3 ships for Lemuria", 0),
    ],
)
def test_a_single_check_without_click_answers_as_the_command_line(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch, statement: str, status: int
) -> None:
    url = real_engine.url.render_as_string()
    monkeypatch.setenv("FACTDB_DATABASE_URL", url)
    _cli("check", statement)  # builds what later runs keep
    full = _cli("check", statement)
    assert full.returncode == status and full.stdout.strip()
    for args in (("check", statement), ("--db", url, "check", statement)):
        fast = _fast(*args)
        assert (fast.returncode, fast.stdout) == (full.returncode, full.stdout)
        assert fast.stderr.strip() == "imported: -", fast.stderr


def test_the_console_script_ends_as_the_command_line_does(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The `factdb` script (cli.console.script) skips the collector and the interpreter's
    teardown after an answer of its own: the same report and status as click, all of it
    written, piped or not read at all; what it does not answer goes to click as before."""
    monkeypatch.setenv("FACTDB_DATABASE_URL", real_engine.url.render_as_string())
    code = "import sys\nfrom factdb.cli.console import script\nsys.argv[0] = 'factdb'\nscript()"

    def console(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO_ROOT
        )

    statements = [
        "Hungary approved 400 million USD of ODA for Vietnam",
        "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam",
        "Atlantis approved 3 ships for Lemuria",
    ]
    for statement in statements:
        _cli("check", statement)  # builds what later runs keep
        full, fast = _cli("check", statement), console("check", statement)
        assert (fast.returncode, fast.stdout) == (full.returncode, full.stdout), fast.stderr
        assert fast.stdout.endswith("\n") and not fast.stderr
    for args in (("check", "--format", "json", statements[1]), ("sources",)):
        full, fast = _cli(*args), console(*args)
        assert (fast.returncode, fast.stdout) == (full.returncode, full.stdout), args
    closed = subprocess.run(
        [sys.executable, "-c", code, "check", statements[1]],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    assert closed.returncode == 1 and not closed.stderr


def test_the_console_script_collects_again_for_what_click_answers() -> None:
    """The console script's module turns the cyclic collector off before factdb is imported
    (factdb.cli.console); a command the fast entry does not answer runs with it on again, as
    the interpreter had it (a load makes millions of objects), and off if it was off."""
    code = (
        "import gc, sys\n"
        "gc.disable() if sys.argv[1] == 'off' else None\n"
        "from factdb.cli import console\n"
        "off_after_import = not gc.isenabled()\n"
        "import factdb.cli.app\n"
        "factdb.cli.app.main = lambda: print(off_after_import, gc.isenabled())\n"
        "sys.argv[1:] = ['sources']\n"
        "console.script()\n"
    )
    for state, shown in (("on", "True True"), ("off", "True False")):
        done = subprocess.run(
            [sys.executable, "-c", code, state], capture_output=True, text=True, cwd=REPO_ROOT
        )
        assert done.stdout.strip() == shown, done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs a device that is always full")
def test_an_answer_that_cannot_be_written_exits_2_as_click_does(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk is no verdict: the fast entries exit 2 with click's message, where they
    ended in a traceback, exit 1, which a pipeline reads as "contradicted"."""
    monkeypatch.setenv("FACTDB_DATABASE_URL", real_engine.url.render_as_string())
    statement = "Hungary approved 400 million USD of ODA for Vietnam"
    _cli("check", statement)  # builds what later runs keep
    runs = {}
    for module, entry in (("fast", "main"), ("console", "script")):
        code = (
            f"import sys\nfrom factdb.cli.{module} import {entry}\n"
            f"sys.argv[0] = 'factdb'\n{entry}()"
        )
        with open("/dev/full", "w") as full:
            runs[entry] = subprocess.run(
                [sys.executable, "-c", code, "check", statement],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO_ROOT,
            )
    with open("/dev/full", "w") as full:
        runs["click"] = subprocess.run(
            [sys.executable, "-c", "from factdb.cli import main\nmain()", "check", statement],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
        )
    for entry, done in runs.items():
        assert (done.returncode, done.stderr) == (2, "Error: No space left on device\n"), entry


def test_a_fresh_check_leaves_alone_the_standard_library_it_does_not_need(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each of these costs a fresh check 1-2.6 ms of its start (OpenSSL for hashlib, pickle's
    Python classes, zoneinfo with sysconfig, calendar with locale): a check that sets no part
    of the day against another clock reads none of them. dataclasses (with inspect) and typing
    cost it 12 ms in a wheel install: its classes are factdb.records', its type hints read by
    type checkers only. (importlib.util and pathlib are left out too, but an editable install's
    finder imports them before any of factdb runs.)"""
    monkeypatch.setenv("FACTDB_DATABASE_URL", real_engine.url.render_as_string())
    statement = "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam"
    _cli("check", statement)  # builds what later runs keep
    code = (
        "import sys\n"
        "from factdb.cli.fast import main\n"
        "sys.argv[0] = 'factdb'\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    unused = ('hashlib', 'pickle', 'zoneinfo', 'calendar', 'dataclasses', 'inspect',\n"
        "              'typing')\n"
        "    print(' '.join(m for m in unused if m in sys.modules) or '-', file=sys.stderr)\n"
        "    raise\n"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code, "check", statement],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    assert fresh.returncode == 1 and "CONTRADICTED" in fresh.stdout, fresh.stderr
    assert fresh.stderr.strip() == "-", fresh.stderr


def test_what_the_fast_entry_cannot_answer_goes_to_click(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An over-long statement, an option, a base not built yet: click's answers, as before."""
    monkeypatch.setenv("FACTDB_DATABASE_URL", real_engine.url.render_as_string())
    for args in (("check", "x" * 20_001), ("check", "--format", "json", "Hungary"), ("sources",)):
        fast, full = _fast(*args), _cli(*args)
        assert (fast.returncode, fast.stdout) == (full.returncode, full.stdout), args
        assert "click" in fast.stderr.split("imported:")[-1]
    assert _fast("check", "x" * 20_001).returncode == 2
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    monkeypatch.setenv("FACTDB_DATABASE_URL", fresh)
    built = _fast("check", "Hungary approved 400 million USD of ODA for Vietnam")
    assert built.returncode == 0 and "SUPPORTED" in built.stdout, built.stderr
    assert "click" in built.stderr.split("imported:")[-1]  # the first run builds, with click

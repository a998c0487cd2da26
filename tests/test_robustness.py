"""Issue 12: nothing a user, a file or a neighbour does crashes factdb, injects into a terminal or
a spreadsheet, or shrinks the base silently.

Each test here failed before the fix it names. A traceback exits 1, which a pipeline reads as
"contradicted", so every crash is also a wrong answer: runs end in 0, 1 with a verdict, or 2 with
a message.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import Result
from conftest import (
    MINI_SOURCES,
    REPO_ROOT,
    TEST_URL_ENV,
    assert_ok,
    assert_usage_error,
    dump,
    write_mini_fixtures,
)
from sqlalchemy.engine import make_url

import factdb
from factdb.check.checker import Checker
from factdb.cli.common import spreadsheet_safe, visible
from factdb.ingest.bulk import read_jsonl
from factdb.ingest.files import Lines, UnstableFile, read_whole
from factdb.ingest.records import FixtureError
from factdb.store.db import make_engine
from factdb.store.migrations import head
from factdb.text.fold import blank_controls

Runner = Callable[..., Result]

_SERVER_URL = os.environ.get(TEST_URL_ENV) or ""
ON_SERVER = bool(_SERVER_URL) and make_url(_SERVER_URL).get_backend_name() != "sqlite"
sqlite_only = pytest.mark.skipif(ON_SERVER, reason="about SQLite files")

STATEMENT = "Hungary approved 400 million USD of ODA for Vietnam"
ODA = "khoản ODA trị giá 400 triệu USD cho Việt Nam"
CLI = [sys.executable, "-m", "factdb"]


@pytest.fixture
def work(loaded: Path) -> Path:
    """The loaded mini fixture set (this test's own copy), to be changed by the test."""
    return loaded


def no_crash(result: Result, codes: tuple[int, ...] = (0, 1, 2)) -> Result:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"crashed: {result.exception!r}\n{result.output[:2000]}"
    )
    assert "Traceback" not in result.output
    assert "internal error" not in result.output, result.output[:2000]
    assert result.exit_code in codes, f"exit {result.exit_code}\n{result.output[:2000]}"
    if result.exit_code == 2:
        assert result.stderr.strip()
    return result


def claim_ids(run: Runner) -> set[str]:
    return {c["id"] for c in json.loads(assert_ok(run("list", "--format", "json")).stdout)}


def jsonl_claims(n: int, prefix: str) -> str:
    return "".join(
        json.dumps(
            {
                "id": f"{prefix}-{i}",
                "source": "004",
                "subject": "hungary",
                "predicate": "oda_approved",
                "qualifiers": {"beneficiary": "vietnam"},
                "value": {"exact": 400000000 + i, "unit": "USD"},
                "quote": ODA,
            },
            ensure_ascii=False,
        )
        + "\n"
        for i in range(n)
    )


# --- crashes --------------------------------------------------------------------------------


@sqlite_only
@pytest.mark.parametrize("name", ["a%b.sqlite", "a:b.sqlite", "a;b.sqlite", "50%:x;y.sqlite"])
def test_a_database_path_with_odd_characters_works(
    name: str, tmp_path: Path, run: Runner, mini_fixtures: Path
) -> None:
    url = f"sqlite:///{tmp_path / name}"
    assert_ok(run("--db", url, "load", mini_fixtures))
    assert no_crash(run("--db", url, "check", STATEMENT), (0,)).stdout.startswith("SUPPORTED")
    assert_ok(run("--db", url, "db", "current"))


def test_an_in_memory_database_is_built_and_read(run: Runner) -> None:
    assert no_crash(run("--db", "sqlite:///:memory:", "check", STATEMENT), (0,))


@sqlite_only
@pytest.mark.parametrize("damage", ["missing-folder", "garbage", "truncated"])
@pytest.mark.parametrize(
    "command",
    [
        ["db", "current"],
        ["db", "upgrade"],
        ["db", "downgrade"],
        ["check", STATEMENT],
        ["list"],
        ["lint"],
        ["load"],
        ["sources"],
        ["eval"],
    ],
)
def test_a_broken_database_file_is_a_clear_error(
    damage: str, command: list[str], tmp_path: Path, run: Runner, mini_fixtures: Path
) -> None:
    if damage == "missing-folder":
        path = tmp_path / "nowhere" / "x.sqlite"
    else:
        good = tmp_path / "good.sqlite"
        assert_ok(run("--db", f"sqlite:///{good}", "load", mini_fixtures))
        path = tmp_path / "bad.sqlite"
        data = good.read_bytes()
        path.write_bytes(os.urandom(4096) if damage == "garbage" else data[: len(data) // 3])
    args = [*command, mini_fixtures] if command == ["load"] else command
    # A truncated file may still read as a smaller database: any outcome but a traceback.
    codes = (0, 1, 2) if damage == "truncated" else (1, 2) if command == ["lint"] else (2,)
    result = no_crash(run("--db", f"sqlite:///{path}", *args), codes)
    if damage == "missing-folder":
        assert "does not exist" in result.stderr
        assert not path.parent.exists()


@sqlite_only
def test_garbage_in_the_middle_of_the_file_fails_lint_and_crashes_nothing(
    tmp_path: Path, run: Runner, loaded: Path, db_url: str
) -> None:
    path = Path(make_url(db_url).database or "")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    # Each garbage run starts at a page's first byte: its b-tree header and cell pointers are
    # always in use, where bytes further in may be a page's free space, which no check reads
    # (the middle of a small base is small tables' leaves, mostly empty).
    with path.open("r+b") as handle:
        for offset in range(size // 4, size * 3 // 4, 4096 * 3):
            handle.seek(offset - offset % 4096)
            handle.write(os.urandom(300))
    result = no_crash(run("lint"), (1,))
    assert "integrity" in result.stdout and "damaged" in result.stdout
    for command in (["check", STATEMENT], ["eval"], ["list"], ["show", "hu-oda-400m-usd"]):
        no_crash(run(*command))


@sqlite_only
def test_a_database_from_a_newer_factdb_is_named_as_such(
    run: Runner, loaded: Path, db_url: str, work: Path
) -> None:
    with sqlite3.connect(make_url(db_url).database or "") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    for command in (["load", loaded], ["db", "upgrade"], ["db", "downgrade"]):
        message = assert_usage_error(run(*command))
        assert "0099_future" in message and str(head()) in message and "newer" in message
    # A read whose fixtures changed migrates first: the same message, not a traceback.
    (work / "claims" / "004.yaml").touch()
    message = assert_usage_error(run("check", STATEMENT))
    assert "0099_future" in message


def test_four_checks_on_a_fresh_database_all_answer(db_url: str) -> None:
    """They raced to create the tables: 1-2 of 4 failed with "table entities already exists"."""
    env = os.environ | {"FACTDB_DATABASE_URL": db_url}
    procs = [
        subprocess.Popen(
            [*CLI, "check", STATEMENT],
            env=env,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.startswith("SUPPORTED"), (out, err)


def alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + f"\nstatements:\n  - text: *a{levels - 1}\n    verdict: supported\n"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(alias_bomb(9), id="billion-laughs"),
        pytest.param("statements:\n  - text: [unclosed\n", id="invalid"),
        pytest.param("statements: !!python/object/apply:os.getcwd []\n", id="python-tag"),
        pytest.param("statements: " + "[" * 100_000 + "]" * 100_000 + "\n", id="deep"),
        pytest.param(
            "statements:\n  - text: a\n    text: b\n    verdict: supported\n", id="duplicate-key"
        ),
        pytest.param("statements:\n  - text: a\n    verdict: supported\n    claims: {a: 1}\n"),
        pytest.param("statements:\n  - {text: [1], verdict: supported}\n", id="text-not-text"),
    ],
)
def test_eval_reads_labelled_files_with_the_hardened_reader(
    content: str, tmp_path: Path, run: Runner, loaded: Path
) -> None:
    path = tmp_path / "labelled.yaml"
    path.write_text(content, encoding="utf-8")
    result = no_crash(run("eval", path), (2,))
    assert path.name in result.stderr
    assert len(result.stderr) < 5_000


# --- injection ------------------------------------------------------------------------------

OSC_TITLE = "\x1b]0;owned\x07"
ESCAPES = [OSC_TITLE, "\x1b[2J", "\x9b31m", "\u202e", "\x1b]8;;https://x\x1b\\"]


def test_visible_escapes_every_control_and_keeps_text() -> None:
    assert visible("Tô Lâm\x1b]0;t\x07 \u202e") == "Tô Lâm\\x1b]0;t\\x07 \\u202e"
    for char in map(chr, [*range(0x20), *range(0x7F, 0xA0), 0x202E, 0x2066, 0x2028]):
        assert char not in visible(f"a{char}b")


@pytest.mark.parametrize("escape", ESCAPES)
def test_statements_are_echoed_with_their_controls_visible(
    escape: str, run: Runner, loaded: Path
) -> None:
    for command in (["check", f"{STATEMENT} {escape}"], ["parse", f"{STATEMENT} {escape}"]):
        out = no_crash(run(*command), (0,)).stdout
        assert not any(c in out for c in "\x1b\x07\x9b\u202e"), repr(out)
        assert visible(escape) in out


@pytest.mark.parametrize("escape", ESCAPES)
def test_an_escape_sequence_is_no_part_of_what_is_said(
    escape: str, loaded: Path, db_url: str
) -> None:
    """The "0" of an OSC title was read as a number and changed a verdict."""
    checker = Checker(make_engine(db_url))
    for statement in (STATEMENT, "Hungary approved 400 USD of ODA for Vietnam", "Orbán met Tô Lâm"):
        plain, escaped = checker.check(statement), checker.check(f"{statement} {escape}")
        assert (escaped.verdict, escaped.explanation) == (plain.verdict, plain.explanation)
        parsed = checker.parse(f"{escape}{statement}")
        assert [q.text for q in parsed.quantities] == [
            q.text for q in checker.parse(statement).quantities
        ]
    assert blank_controls(f"a{OSC_TITLE}b") == "a" + " " * len(OSC_TITLE) + "b"


def test_titles_and_seed_text_are_shown_with_controls_visible(
    work: Path, run: Runner, db_url: str
) -> None:
    sources = work / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    text = text.replace(
        "title: Tổng Bí thư Tô Lâm gặp", 'title: "\\e]0;owned\\a=HYPERLINK(1)"\n    note: "'
    )
    text = text.replace("lãnh đạo các nước\n", 'lãnh đạo các nước"\n', 1)
    sources.write_text(text, encoding="utf-8")
    assert_ok(run("load", work))
    for command in (["sources"], ["list"], ["show", "hu-oda-400m-usd"], ["check", STATEMENT]):
        out = no_crash(run(*command)).stdout
        assert "\x1b" not in out and "\x07" not in out, (command, out)
    assert "\\x1b]0;owned\\x07" in assert_ok(run("sources")).stdout


@pytest.mark.parametrize(
    "cell", ["=2+5", "+1", "-1+1", "@SUM(1+1)", "\t=1", "\r=1", "=HYPERLINK(1)"]
)
def test_a_csv_cell_never_starts_a_formula(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell
    assert spreadsheet_safe("hungary") == "hungary" and spreadsheet_safe(3) == 3


def test_csv_output_neutralises_formulas(work: Path, run: Runner) -> None:
    sources = work / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(
        text.replace("title: Tổng Bí thư Tô Lâm gặp lãnh đạo các nước", 'title: "=HYPERLINK(1)"'),
        encoding="utf-8",
    )
    assert_ok(run("load", work))
    out = assert_ok(run("sources", "--format", "csv")).stdout
    assert "'=HYPERLINK(1)" in out
    assert not any(line.split(",")[-2].startswith("=") for line in out.splitlines() if line)


@pytest.mark.parametrize("sid", ["=2+5", "@SUM(1+1)", '=HYPERLINK("x")', "Upper", "a b"])
def test_a_source_id_must_be_a_slug(sid: str, work: Path, run: Runner, db_url: str) -> None:
    before = dump(db_url)
    sources = work / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace('id: "000"', f"id: {json.dumps(sid)}"),
        encoding="utf-8",
    )
    assert "is not a lowercase slug" in assert_usage_error(run("load", work))
    assert dump(db_url) == before


@pytest.mark.parametrize("file", ["../../../../etc/passwd", "/etc/passwd", "link.txt"])
def test_a_source_file_must_be_inside_the_seeds_folder(
    file: str, work: Path, run: Runner, db_url: str, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO_ROOT / "seeds", seeds)
    (seeds / "link.txt").symlink_to("/etc/passwd")
    sources = work / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    text = "\n".join(
        f"seeds: {seeds}" if line.startswith("seeds:") else line for line in text.splitlines()
    )
    text = text.replace("file: 000_f6e33687d67cd29d.txt", f"file: {file}")
    sources.write_text(text + "\n", encoding="utf-8")
    before = dump(db_url)
    assert "is outside the seeds folder" in assert_usage_error(run("load", work))
    assert dump(db_url) == before


# --- nothing lost, nothing half-loaded ------------------------------------------------------


def test_a_read_never_shrinks_the_base(work: Path, run: Runner, db_url: str) -> None:
    """A bulk file deleted from a loaded folder: the next check reloaded 200,101 claims down to
    101. It answers from the last load with one warning line; `load` needs --replace."""
    (work / "claims" / "bulk.jsonl").write_text(jsonl_claims(300, "bulk"), encoding="utf-8")
    assert_ok(run("load", work))
    ids = claim_ids(run)
    before = dump(db_url)
    (work / "claims" / "bulk.jsonl").unlink()
    for command in (["check", STATEMENT], ["list"], ["sources"], ["show", "bulk-1"]):
        result = no_crash(run(*command), (0,))
        (warning,) = result.stderr.splitlines()
        assert "would remove 300 of the 307 claims" in warning and "factdb load" in warning
    assert claim_ids(run) == ids
    assert {k: v for k, v in dump(db_url).items() if k != "factdb_meta"} == {
        k: v for k, v in before.items() if k != "factdb_meta"
    }
    assert "would remove 300" in assert_usage_error(run("lint"))
    assert "would remove 300 of the 307 claims" in assert_usage_error(run("load", work))
    assert_ok(run("load", "--replace", work))
    assert len(claim_ids(run)) == 7


def test_a_read_still_applies_an_addition(work: Path, run: Runner, loaded: Path) -> None:
    (work / "claims" / "more.jsonl").write_text(jsonl_claims(3, "more"), encoding="utf-8")
    assert_ok(run("load", work))
    (work / "claims" / "more.jsonl").write_text(jsonl_claims(5, "more"), encoding="utf-8")
    result = no_crash(run("check", STATEMENT), (0,))
    assert result.stderr == ""
    assert {f"more-{i}" for i in range(5)} <= claim_ids(run)


def test_a_deleted_fixture_folder_is_answered_from_the_last_load(
    work: Path, run: Runner, db_url: str
) -> None:
    assert_ok(run("load", work))
    shutil.rmtree(work)
    for command in (["check", STATEMENT], ["list"], ["show", "hu-oda-400m-usd"], ["sources"]):
        result = no_crash(run(*command), (0,))
        assert "no longer exists" in result.stderr
    assert "no longer exists" in assert_usage_error(run("lint"))


def test_one_broken_fixture_stops_no_reader(work: Path, run: Runner, db_url: str) -> None:
    """Issue 9: a bad quote made check, list and lint exit 2 though the base held the last good
    state. Readers answer from it, naming the file and line once; load and lint fail loudly."""
    assert_ok(run("load", work))
    path = work / "claims" / "004.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(ODA, ODA + " XX"), encoding="utf-8")
    before = dump(db_url)
    statements = work.parent / "statements.yaml"
    statements.write_text(
        f"statements:\n  - text: {STATEMENT}\n    verdict: supported\n", encoding="utf-8"
    )
    for command in (
        ["check", STATEMENT],
        ["parse", STATEMENT],
        ["list"],
        ["show", "hu-oda-400m-usd"],
        ["sources"],
        ["eval", statements],
    ):
        result = no_crash(run(*command), (0,))
        (warning,) = result.stderr.splitlines()
        assert "004.yaml:" in warning and "quote not found" in warning, warning
        assert "factdb load" in warning
    assert "004.yaml:" in assert_usage_error(run("lint"))
    assert "004.yaml:" in assert_usage_error(run("load", work))
    assert dump(db_url)["claims"] == before["claims"]


@pytest.mark.parametrize("target", ["empty-folder", "entities-only"])
def test_an_operator_slip_does_not_empty_the_base(
    target: str, work: Path, run: Runner, db_url: str, tmp_path: Path
) -> None:
    assert_ok(run("load", work))
    before = dump(db_url)
    if target == "empty-folder":
        path = tmp_path / "empty"
        path.mkdir()
    else:
        path = work / "vocabulary" / "entities.yaml"
    message = assert_usage_error(run("load", path))
    assert "would remove 7 of the 7 claims" in message and "--replace" in message
    assert dump(db_url) == before


def test_a_file_changed_while_it_is_read_loads_nothing(tmp_path: Path) -> None:
    """A bulk file truncated mid-load committed 100,022 of 200,101 claims."""
    path = tmp_path / "claims.jsonl"
    path.write_text(jsonl_claims(50, "t"), encoding="utf-8")
    rows = read_jsonl(path, "claims.jsonl")
    first, _ = next(rows)
    assert isinstance(first, dict)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    rest = [raw for raw, _ in rows]
    assert isinstance(rest[-1], FixtureError) and "changed while it was read" in str(rest[-1])


def test_a_file_read_whole_must_not_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert read_whole(path, 100) == b"a: 1\n"
    with pytest.raises(UnstableFile, match="over the limit"):
        read_whole(path, 3)
    real_stat = Path.stat

    def grown(self: Path, **kwargs: Any) -> os.stat_result:  # as if written to meanwhile
        st = real_stat(self, **kwargs)
        return os.stat_result((*st[:6], st.st_size + 1, *st[7:]))

    monkeypatch.setattr(Path, "stat", grown)
    with pytest.raises(UnstableFile, match="changed while it was read"):
        read_whole(path, 100)


@pytest.mark.parametrize(
    ("name", "content", "lines"),
    [
        ("d.yaml", 'source: "004"\nclaims:\n  - id: a\n    subject: x\n    id: b\n', "3 and 5"),
        ("d.yaml", 'source: "004"\nclaims:\n  - {id: a, id: b}\n', "3 and 3"),
        ("d.jsonl", '{"id": "a", "id": "b"}\n', "given twice"),
    ],
)
def test_a_duplicate_key_is_refused(
    name: str, content: str, lines: str, work: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    (work / "claims" / name).write_text(content, encoding="utf-8")
    message = assert_usage_error(run("load", work))
    assert "given twice" in message and lines in message
    assert dump(db_url) == before


@pytest.mark.parametrize("key", ["__span_line__", "__line__"])
@pytest.mark.parametrize("fmt", ["yaml", "jsonl"])
def test_internal_keys_cannot_be_set_from_input(
    key: str, fmt: str, work: Path, run: Runner, db_url: str
) -> None:
    span = {"quote": ODA, key: 99999}
    claim = {
        "id": "h-oda",
        "subject": "hungary",
        "predicate": "oda_approved",
        "qualifiers": {"beneficiary": "vietnam"},
        "value": {"exact": 400000000, "unit": "USD"},
        "spans": [span],
    }
    path = work / "claims" / f"spoof.{fmt}"
    if fmt == "yaml":
        path.write_text(yaml.safe_dump({"source": "004", "claims": [claim]}), encoding="utf-8")
    else:
        path.write_text(json.dumps({"source": "004", **claim}) + "\n", encoding="utf-8")
    message = assert_usage_error(run("load", work))
    assert f"'{key}' is not a field" in message and "99999" not in message


# --- bounded work ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "device"), [("c.jsonl", "/dev/zero"), ("c.csv", "/dev/urandom")])
def test_a_claim_file_that_is_a_device_is_refused(
    name: str, device: str, work: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    (work / "claims" / name).symlink_to(device)
    assert "not a regular file" in assert_usage_error(run("load", work))
    assert "not a regular file" in assert_usage_error(run("load", work / "claims" / name))
    assert dump(db_url) == before


def test_check_file_dev_zero_is_refused(run: Runner, loaded: Path, tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert "over 67,108,864 bytes" in assert_usage_error(
        run("check", "--file", tmp_path / "zero.txt")
    )


def test_a_long_jsonl_line_is_refused_in_its_place(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a"}\n' + b"x" * (3 << 20) + b'\n{"id": "b"}\n')
    rows = [raw for raw, _ in read_jsonl(path, "c.jsonl")]
    assert rows[0]["id"] == "a" and rows[2]["id"] == "b"
    assert isinstance(rows[1], FixtureError) and str(rows[1]).startswith(
        "c.jsonl:2: the line is over"
    )


def test_an_unknown_field_name_is_quoted_bounded(work: Path, run: Runner) -> None:
    claim = {"id": "h-oda", "subject": "hungary", "predicate": "oda_approved", "x" * 2_000_000: 1}
    (work / "claims" / "big.jsonl").write_text(json.dumps({"source": "004", **claim}) + "\n")
    assert len(assert_usage_error(run("load", work))) < 5_000


def test_a_big_yaml_file_is_refused_pointing_to_json_lines(work: Path, run: Runner) -> None:
    path = work / "claims" / "big.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('source: "004"\nclaims: []\n# ')
        handle.write("x" * (17 << 20))
    message = assert_usage_error(run("load", work))
    assert "over the limit" in message and "JSON Lines" in message


@pytest.mark.parametrize("fmt", ["yaml", "jsonl", "csv"])
def test_a_byte_order_mark_is_read_alike_everywhere(fmt: str, work: Path, run: Runner) -> None:
    claim = {
        "id": "h-oda",
        "subject": "hungary",
        "predicate": "oda_approved",
        "qualifiers": {"beneficiary": "vietnam"},
        "value": {"exact": 400000000, "unit": "USD"},
        "quote": ODA,
    }
    if fmt == "yaml":
        text = yaml.safe_dump({"source": "004", "claims": [claim]}, allow_unicode=True)
    elif fmt == "jsonl":
        text = json.dumps({"source": "004", **claim}, ensure_ascii=False) + "\n"
    else:
        text = (
            "id,source,subject,predicate,qualifiers,exact,unit,quote\n"
            f"h-oda,004,hungary,oda_approved,beneficiary=vietnam,400000000,USD,{ODA}\n"
        )
    (work / "claims" / f"bom.{fmt}").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert_ok(run("load", work))
    assert "h-oda" in claim_ids(run)


def test_a_bad_byte_in_csv_is_reported_on_its_line(work: Path, run: Runner) -> None:
    rows = (
        "id,source,subject,predicate,qualifiers,exact,unit,quote\n"
        f"h-oda,004,hungary,oda_approved,beneficiary=vietnam,400000000,USD,{ODA}\n"
    ).encode()
    (work / "claims" / "bad.csv").write_bytes(rows + b"h-2,004,hungary,\xff\xfe,,,,\n")
    message = assert_usage_error(run("load", work))
    assert "bad.csv:3" in message and "bad.csv:1" not in message


@pytest.mark.parametrize("url", ["mysql://u@localhost/db", "oracle://u@localhost/db"])
def test_other_servers_get_no_postgresql_hint(url: str, run: Runner) -> None:
    message = no_crash(run("--db", url, "check", STATEMENT), (2,)).stderr
    assert "[postgres]" not in message and "driver is not installed" in message


def _best_time(checker: Checker, statement: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        checker.check(statement)
        best = min(best, time.process_time() - started)
    return best


def test_parsing_one_long_token_costs_what_words_of_its_length_cost(
    loaded: Path, db_url: str
) -> None:
    """ "1" * 19,990 took 1.4 s against 0.02 s for as many characters of words: the search for
    a negation suffix ("n't") restarted at every position of the token. A ratio, not a bound
    in seconds, so a slow machine does not fail it; before the fix it was about 70."""
    checker = Checker(make_engine(db_url))
    words = _best_time(checker, ("word " * 4_000)[:19_990])
    for token in ("1" * 19_990, "a" * 19_990):
        assert _best_time(checker, token) < 10 * words + 0.05, token[:5]


def test_lines_skips_a_long_line_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"\xef\xbb\xbfa\n" + b"b" * 100 + b"\nc\n")
    with Lines(path, limit=10) as lines:
        assert list(lines) == [b"a\n", None, b"c\n"]


def test_source_add_shows_a_first_line_with_controls_visible(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "newsroom"
    fixtures = write_mini_fixtures(root / "fixtures", REPO_ROOT)
    shutil.copytree(REPO_ROOT / "seeds", root / "seeds")
    (fixtures / "sources.yaml").write_text(MINI_SOURCES.format(seeds="../seeds"), encoding="utf-8")
    monkeypatch.chdir(root)
    article = tmp_path / "article.txt"
    article.write_text(f"Hà Nội {OSC_TITLE}hợp tác\n\nNội dung bài viết.\n", encoding="utf-8")
    out = no_crash(run("source", "add", article, "--date", "2026-02-21"), (0,)).stdout
    assert "\x1b" not in out and "\x07" not in out
    assert visible(OSC_TITLE) in out


def test_the_library_warns_and_answers_from_the_last_load(work: Path, db_url: str) -> None:
    path = work / "claims" / "004.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(ODA, ODA + " XX"), encoding="utf-8")
    with pytest.warns(UserWarning, match=r"004\.yaml:\d+.*quote not found"):
        checker = factdb.open_checker(db_url)
    assert checker.check(STATEMENT).verdict == "supported"

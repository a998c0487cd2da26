"""Hostile input: nothing executes, nothing crashes, nothing changes.

Fixtures (YAML, JSON Lines, CSV) mutated by hand and with hypothesis: wrong types, missing keys,
10 MB strings, nesting 10,000 levels deep, YAML tags that would build Python objects, control
characters, direction marks, SQL metacharacters. Statements of 100 KB and 1 MB, refused with a
clear error rather than cut, and the same hostile shapes at exactly the 20,000-character limit, each
within a bounded CPU time (safety bounds against catastrophic backtracking, not performance
targets: CPU time, so that a loaded machine does not fail them),
odd characters and SQL metacharacters in statements and in the `list` filters. Each gets a clear
error or a verdict, never a traceback (exit 0, 1 or 2), and a refused load leaves the database as it
was (dump before/after).

Known library bugs are strict xfails naming the bug. Everything here runs on SQLite and on
PostgreSQL (FACTDB_TEST_DATABASE_URL).
"""

from __future__ import annotations

import csv
import io
import json
import os
import queue
import resource
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from conftest import (
    MINI_CLAIMS_004,
    REPO_ROOT,
    TEST_URL_ENV,
    assert_ok,
    dump,
    write_mini_fixtures,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from factdb.check.statement import MAX_STATEMENT
from factdb.cli import main
from factdb.store.models import Claim

Runner = Callable[..., Result]
Dump = Callable[[str], dict[str, list[tuple[Any, ...]]]]

_SERVER_URL = os.environ.get(TEST_URL_ENV) or ""
ON_SERVER = bool(_SERVER_URL) and make_url(_SERVER_URL).get_backend_name() != "sqlite"

ORBAN = "Thủ tướng Hungary Viktor Orbán"
ODA = "khoản ODA trị giá 400 triệu USD cho Việt Nam"
STATEMENT = "Hungary approved 400 million USD of ODA for Vietnam"
VI_STATEMENT = "Năm 2025, kim ngạch thương mại song phương Việt Nam – Hungary vượt mốc 1 tỷ USD."
SQL_METACHARS = [
    "'; DROP TABLE claims; --",
    '"; DROP TABLE claims; --',
    "' OR '1'='1",
    "%",
    "_",
    "\\",
    "%hung%",
    "hung_ry",
    "/* */",
    "\\x00",
    "$1",
    "?",
    ":id",
]
VERDICTS = {"supported", "contradicted", "not_enough_info"}
ODD = (
    "\u200f\u200e\u202e\u202d\u2066\u2067\u2069"  # direction marks and isolates
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width, BOM, soft hyphen
    "\u0300\u0301\u0303\u0309\u0323"  # combining marks
    "\x01\x07\x08\x1b\x7f\x85\u2028\u2029\r\n\t\v\f"  # controls and line separators
)


@pytest.fixture(scope="module")
def seed_004() -> str:
    (path,) = (REPO_ROOT / "seeds").glob("004_*.txt")
    return path.read_bytes().decode("utf-8")


def assert_no_crash(result: Result, codes: tuple[int, ...] = (0, 1, 2)) -> Result:
    """A verdict or a clear error: an expected exit code, no exception, no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"crashed: {result.exception!r}\n{result.output[:2000]}"
    )
    assert "Traceback" not in result.output
    assert result.exit_code in codes, f"exit {result.exit_code}\n{result.output[:2000]}"
    if result.exit_code == 2:
        assert result.stderr.strip(), "the error must be explained on stderr"
    return result


def assert_refused(result: Result) -> str:
    assert_no_crash(result, (2,))
    assert "nothing loaded" in result.stderr, result.stderr[:2000]
    return result.stderr


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path | None]:
    """The mini fixture set and, on SQLite, a database it is loaded into: built once, copied for
    each test (migrating and loading for each would cost most of this file's time)."""
    root = tmp_path_factory.mktemp("template")
    fixtures = write_mini_fixtures(root / "fixtures", REPO_ROOT)
    if ON_SERVER:
        return fixtures, None
    database = root / "db.sqlite"
    assert_ok(CliRunner().invoke(main, ["--db", f"sqlite:///{database}", "load", str(fixtures)]))
    return fixtures, database


@pytest.fixture
def loaded(template: tuple[Path, Path | None], db_url: str, run: Runner) -> Path:
    """This test's database holds the mini fixture set (read-only: break a `work` copy)."""
    fixtures, database = template
    if database is None:
        assert_ok(run("load", fixtures))
        return fixtures
    source = sqlite3.connect(database)
    target = sqlite3.connect(make_url(db_url).database or "")
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return fixtures


@pytest.fixture
def work(loaded: Path, tmp_path: Path) -> Path:
    """A copy of the loaded mini fixture set, to be broken by the test."""
    return Path(shutil.copytree(loaded, tmp_path / "work"))


def yaml_claims(*claims: dict[str, Any], source: str = "004") -> str:
    return yaml.safe_dump(
        {"source": source, "claims": list(claims)}, allow_unicode=True, sort_keys=False
    )


def oda_claim(**changes: Any) -> dict[str, Any]:
    """A valid claim (the mini set's ODA claim under another id), with changes; a change to
    None removes the key."""
    claim: dict[str, Any] = {
        "id": "h-oda",
        "subject": "hungary",
        "predicate": "oda_approved",
        "qualifiers": {"beneficiary": "vietnam"},
        "value": {"exact": 400000000, "unit": "USD"},
        "quote": ODA,
    }
    claim.update(changes)
    return {k: v for k, v in claim.items() if v is not None}


def jsonl_line(claim: dict[str, Any]) -> str:
    return json.dumps({"source": "004", **claim}, ensure_ascii=False) + "\n"


# --- hostile fixtures, by hand ------------------------------------------------------------------

# (test id, file under the fixture directory, its content: text, bytes, or a function of the
# marker path a YAML tag would create if it ran)
Content = str | bytes | Callable[[Path], str]
REFUSED: list[tuple[str, str, Content]] = [
    # wrong types
    ("subject-list", "claims/h.yaml", yaml_claims(oda_claim(subject=[1, 2]))),
    ("predicate-map", "claims/h.yaml", yaml_claims(oda_claim(predicate={"a": "b"}))),
    ("value-text", "claims/h.yaml", yaml_claims(oda_claim(value="400"))),
    ("exact-text", "claims/h.yaml", yaml_claims(oda_claim(value={"exact": "4", "unit": "USD"}))),
    ("exact-nan", "claims/h.yaml", yaml_claims(oda_claim(value={"exact": float("nan")}))),
    ("low-inf", "claims/h.yaml", yaml_claims(oda_claim(value={"low": float("inf")}))),
    ("time-list", "claims/h.yaml", yaml_claims(oda_claim(time=[2025]))),
    ("time-half-range", "claims/h.yaml", yaml_claims(oda_claim(time={"start": "2025"}))),
    ("time-nonsense", "claims/h.yaml", yaml_claims(oda_claim(time="'; DROP TABLE claims; --"))),
    ("polarity-bool", "claims/h.yaml", yaml_claims(oda_claim(polarity=True))),
    ("qualifiers-list", "claims/h.yaml", yaml_claims(oda_claim(qualifiers=["beneficiary"]))),
    ("spans-text", "claims/h.yaml", yaml_claims(oda_claim(quote=None, spans="x"))),
    ("spans-nested", "claims/h.yaml", yaml_claims(oda_claim(quote=None, spans=[[1]]))),
    ("quote-int", "claims/h.yaml", yaml_claims(oda_claim(quote=42))),
    ("occurrence-text", "claims/h.yaml", yaml_claims(oda_claim(occurrence="1"))),
    ("id-int", "claims/h.yaml", yaml_claims(oda_claim(id=12))),
    ("id-sql", "claims/h.yaml", yaml_claims(oda_claim(id="x'; DROP TABLE claims; --"))),
    ("unknown-key", "claims/h.yaml", yaml_claims(oda_claim(__class__="os.system"))),
    # missing keys and empty documents
    ("no-subject", "claims/h.yaml", yaml_claims(oda_claim(subject=None))),
    ("no-predicate", "claims/h.yaml", yaml_claims(oda_claim(predicate=None))),
    ("no-id", "claims/h.yaml", yaml_claims(oda_claim(id=None))),
    ("no-evidence", "claims/h.yaml", yaml_claims(oda_claim(quote=None))),
    ("no-value", "claims/h.yaml", yaml_claims(oda_claim(value=None))),
    ("empty-claim", "claims/h.yaml", 'source: "004"\nclaims: [{}]\n'),
    ("null-claim", "claims/h.yaml", 'source: "004"\nclaims: [null]\n'),
    ("claims-null", "claims/h.yaml", 'source: "004"\nclaims:\n'),
    ("claims-text", "claims/h.yaml", 'source: "004"\nclaims: "all of them"\n'),
    ("top-level-list", "claims/h.yaml", "- id: x\n"),
    ("empty-file", "claims/h.yaml", ""),
    ("not-utf8", "claims/h.yaml", b'source: "004"\nclaims:\n  - id: \xff\xfe\n'),
    ("unhashable-key", "claims/h.yaml", 'source: "004"\nclaims:\n  - {[a]: b}\n'),
    # nesting
    ("yaml-10000-seq", "claims/h.yaml", "claims: " + "[" * 10_000 + "]" * 10_000 + "\n"),
    ("yaml-10000-open", "claims/h.yaml", "claims: " + "[" * 10_000 + "\n"),
    ("yaml-3000-map", "claims/h.yaml", "claims: " + "{a: " * 3_000 + "1" + "}" * 3_000),
    ("json-100000", "claims/h.jsonl", "[" * 100_000 + "]" * 100_000 + "\n"),
    ("json-100000-map", "claims/h.jsonl", '{"a":' * 100_000 + "1" + "}" * 100_000 + "\n"),
    # YAML tags that would build Python objects or run commands: safe loading only
    *[
        (
            f"tag-{name}",
            "claims/h.yaml",
            (lambda m, tag=tag: f'source: "004"\nclaims:\n  - {tag.format(marker=m)}\n'),
        )
        for name, tag in [
            ("apply-system", '!!python/object/apply:os.system ["touch {marker}"]'),
            ("new-popen", '!!python/object/new:subprocess.Popen [["touch", "{marker}"]]'),
            ("name", "{{id: !!python/name:os.system }}"),
            ("module", "{{id: !!python/module:os }}"),
            ("object", "!!python/object:pathlib.Path {{}}"),
            ("local-tag", "!touch {marker}"),
            ("verbatim", '!<tag:yaml.org,2002:python/object/apply:os.system> ["touch {marker}"]'),
            ("binary-id", "{{id: !!binary aGVsbG8=}}"),
            ("set-subject", "{{id: h-set, subject: !!set {{to-lam}}, predicate: met}}"),
            ("omap-qualifiers", "{{id: h-om, qualifiers: !!omap [{{beneficiary: vietnam}}]}}"),
        ]
    ],
    (
        "tag-in-sources",
        "sources.yaml",
        lambda m: f'  - !!python/object/apply:os.system ["touch {m}"]\n',  # appended
    ),
    # JSON Lines
    ("jsonl-array", "claims/h.jsonl", "[1, 2, 3]\n"),
    ("jsonl-null", "claims/h.jsonl", "null\n"),
    ("jsonl-truncated", "claims/h.jsonl", jsonl_line(oda_claim())[:30] + "\n"),
    ("jsonl-nan", "claims/h.jsonl", '{"id": "h-x", "value": {"exact": NaN, "unit": "USD"}}\n'),
    ("jsonl-infinity", "claims/h.jsonl", '{"id": "h-x", "value": {"low": -Infinity}}\n'),
    ("jsonl-1e999", "claims/h.jsonl", jsonl_line(oda_claim()).replace("400000000", "1e999")),
    ("jsonl-not-utf8", "claims/h.jsonl", b'{"id": "h-\xff"}\n'),
    ("jsonl-source-int", "claims/h.jsonl", '{"id": "h-x", "source": 4}\n'),
    ("jsonl-wrong-types", "claims/h.jsonl", '{"id": "h-x", "subject": 1, "predicate": []}\n'),
    # CSV
    ("csv-unknown-column", "claims/h.csv", "id,subject,__import__\nh-x,hungary,os\n"),
    ("csv-no-id-column", "claims/h.csv", "subject,predicate\nhungary,met\n"),
    ("csv-twice", "claims/h.csv", "id,id\na,b\n"),
    ("csv-ragged", "claims/h.csv", "id,subject,predicate\nh-x,hungary\n"),
    ("csv-unclosed-quote", "claims/h.csv", 'id,subject\nh-x,"hungary\n'),
    ("csv-nul", "claims/h.csv", "id,subject\nh-x,hun\x00gary\n"),
    ("csv-not-number", "claims/h.csv", "id,subject,exact\nh-x,hungary,'; DROP TABLE x\n"),
    ("csv-bad-bool", "claims/h.csv", "id,low,low_open\nh-x,1,maybe\n"),
    ("csv-bad-qualifiers", "claims/h.csv", "id,qualifiers\nh-x,beneficiary\n"),
    ("csv-formula", "claims/h.csv", "id,subject\nh-x,\"=cmd|' /C calc'!A0\"\n"),
]


@pytest.mark.parametrize(("file", "content"), [pytest.param(f, c, id=i) for i, f, c in REFUSED])
def test_hostile_fixture_is_refused_and_changes_nothing(
    file: str, content: Content, work: Path, tmp_path: Path, run: Runner, db_url: str
) -> None:
    marker = tmp_path / "pwned"
    before = dump(db_url)
    path = work / file
    data = content(marker) if callable(content) else content
    if file == "sources.yaml":  # appended to the real one
        data = path.read_text(encoding="utf-8") + str(data)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")

    stderr = assert_refused(run("load", work))

    assert Path(file).name in stderr, stderr[:2000]
    assert dump(db_url) == before
    assert not marker.exists(), "a YAML tag ran a command"


TEN_MB = 10 * 1024 * 1024


def big_yaml_quote() -> str:  # written by hand: yaml.safe_dump takes ~15 s over 10 MB
    return yaml_claims(oda_claim(quote="QUOTE")).replace("QUOTE", "q" * TEN_MB)


@pytest.mark.parametrize(
    ("file", "content"),
    [
        pytest.param("claims/h.yaml", big_yaml_quote, id="yaml-quote"),
        pytest.param(
            "claims/h.jsonl",
            lambda: jsonl_line(oda_claim(subject="s" * TEN_MB)),
            id="jsonl-subject",
        ),
        pytest.param(
            "claims/h.csv",
            lambda: "id,subject,note\nh-x,hungary," + "n" * TEN_MB + "\n",
            id="csv-note",
        ),
    ],
)
def test_ten_megabyte_strings_are_refused_in_bounded_time(
    file: str, content: Callable[[], str], work: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    (work / file).write_text(content(), encoding="utf-8")
    started = time.process_time()
    assert_refused(run("load", work))
    assert time.process_time() - started < 30
    assert dump(db_url) == before


def alias_bomb(levels: int) -> str:
    """'Billion laughs': each level an alias list of ten of the one before (10**levels leaves)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + f'\nsource: "004"\nclaims:\n  - id: *a{levels - 1}\n'


def test_a_small_alias_bomb_is_refused(work: Path, run: Runner, db_url: str) -> None:
    before = dump(db_url)
    (work / "claims" / "h.yaml").write_text(alias_bomb(4), encoding="utf-8")
    assert_refused(run("load", work))
    assert dump(db_url) == before


@pytest.mark.parametrize(
    ("file", "content"),
    [
        pytest.param(
            "claims/h.jsonl", lambda: jsonl_line(oda_claim(subject="s" * TEN_MB)), id="10mb-subject"
        ),
        pytest.param("claims/h.yaml", lambda: alias_bomb(6), id="alias-bomb"),
    ],
)
def test_an_error_quotes_a_bounded_part_of_a_bad_value(
    file: str, content: Callable[[], str], work: Path, run: Runner, db_url: str
) -> None:
    (work / file).write_text(content(), encoding="utf-8")
    stderr = assert_refused(run("load", work))
    assert len(stderr) < 10_000, f"{len(stderr):,} characters of error"


def _limited() -> None:
    """In the child: an 8 MB stack (the usual default) and no core dump."""
    resource.setrlimit(resource.RLIMIT_STACK, (8 << 20, 8 << 20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def test_yaml_nested_100000_deep_is_refused_not_a_crash(work: Path, db_url: str) -> None:
    (work / "claims" / "h.yaml").write_text(
        "claims: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8"
    )
    before = dump(db_url)
    done = subprocess.run(
        [sys.executable, "-c", "from factdb.cli import main; main()", "load", work],
        env=os.environ | {"FACTDB_DATABASE_URL": db_url},
        cwd=Path.cwd(),
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        preexec_fn=_limited,
    )
    assert done.returncode == 2, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr
    assert "h.yaml" in done.stderr
    assert dump(db_url) == before


# --- hostile values the loader accepts ----------------------------------------------------------

NOTE = list(Claim.__table__.columns.keys()).index("note")  # its place in a dumped claims row
TEXTS = {
    "sql": "'; DROP TABLE claims; -- \" %_\\ /* */",
    "controls": "bell\x07 esc\x1b[31m del\x7f tab\t cr\r nl\n vt\v ff\f",
    "direction": "\u202eevil\u202c \u200fRTL\u200e \u2067isolate\u2069",
    "invisible": "zero\u200bwidth\u200d joiner \ufeffbom soft\u00adhyphen",
    "scripts": "Thủ tướng 🇭🇺 עברית العربية 漢字 e\u0301",
}


@pytest.mark.parametrize("text", list(TEXTS.values()), ids=list(TEXTS))
def test_odd_text_in_a_note_is_stored_verbatim(
    text: str, work: Path, run: Runner, db_url: str
) -> None:
    (work / "claims" / "h.yaml").write_text(yaml_claims(oda_claim(note=text)), encoding="utf-8")
    (work / "claims" / "h.jsonl").write_text(
        jsonl_line(oda_claim(id="h-json", note=text)), encoding="utf-8"
    )
    assert_ok(run("load", work))
    notes = {row[0]: row[NOTE] for row in dump(db_url)["claims"]}
    assert notes["h-oda"] == text
    assert notes["h-json"] == text
    assert set(dump(db_url)) >= {"claims", "spans", "entities"}
    shown = json.loads(assert_ok(run("show", "h-oda", "--format", "json")).stdout)
    assert shown["id"] == "h-oda"
    assert_no_crash(run("list", "--format", "table"), (0,))
    assert_no_crash(run("lint", "--format", "json"), (0, 1))


@pytest.mark.parametrize(
    "alias", ["O'Brien\"; DROP TABLE claims;--", "100%_\\x", "Bob) OR (1=1"], ids=str
)
def test_an_alias_made_of_sql_metacharacters_is_matched_literally(
    alias: str, work: Path, run: Runner, db_url: str
) -> None:
    entities = work / "vocabulary" / "entities.yaml"
    entry = [{"id": "odd-one", "type": "person", "name": {"en": alias, "vi": alias}}]
    entities.write_text(
        entities.read_text(encoding="utf-8")
        + textwrap.indent(yaml.safe_dump(entry, allow_unicode=True), "  "),
        encoding="utf-8",
    )
    assert_ok(run("load", work))
    before = dump(db_url)
    assert any(row[0] == "odd-one" for row in before["entities"])
    listed = assert_ok(run("list", "--entity", alias, "--format", "json"))
    assert json.loads(listed.stdout) == []  # the entity resolves; no claim is about it
    for wildcard in ("%", "_", "\\", "%x", "100%", "O_Brien%"):
        assert "unknown entity" in assert_no_crash(run("list", "--entity", wildcard), (2,)).stderr
    assert dump(db_url) == before


@pytest.mark.parametrize("fmt", ["yaml", "jsonl", "csv"])
def test_a_huge_integer_value_is_refused(fmt: str, work: Path, run: Runner, db_url: str) -> None:
    huge = "9" * 400
    files = {
        "yaml": ("h.yaml", yaml_claims(oda_claim()).replace("400000000", huge)),
        "jsonl": ("h.jsonl", jsonl_line(oda_claim()).replace("400000000", huge)),
        "csv": ("h.csv", f"id,source,subject,predicate,exact,unit,quote\nh-x,004,hungary,"
                         f"oda_approved,{huge},USD,{ODA}\n"),
    }  # fmt: skip
    name, text = files[fmt]
    (work / "claims" / name).write_text(text, encoding="utf-8")
    before = dump(db_url)
    assert_refused(run("load", work))
    assert dump(db_url) == before


@pytest.mark.parametrize("past", [50, 2**31, 10**20], ids=["by-50", "2^31", "10^20"])
def test_offsets_past_the_end_of_the_text_are_refused(
    past: int, work: Path, run: Runner, db_url: str, seed_004: str
) -> None:
    tail = seed_004[-12:]
    start = len(seed_004) - len(tail)
    claim = oda_claim(quote=None, spans=[{"quote": tail, "start": start, "end": start + past}])
    (work / "claims" / "h.jsonl").write_text(jsonl_line(claim), encoding="utf-8")
    before = dump(db_url)
    stderr = assert_refused(run("load", work))
    assert "offsets" in stderr
    assert dump(db_url) == before


def test_a_lone_surrogate_in_json_is_refused(work: Path, run: Runner, db_url: str) -> None:
    (work / "claims" / "h.jsonl").write_text(
        '{"id": "h-x", "source": "004", "subject": "to-lam", "predicate": "met", '
        '"object": "viktor-orban", "quote": "' + ORBAN + '", "prefix": "Tại cuộc gặp ", '
        '"note": "\\ud800"}\n',
        encoding="utf-8",
    )
    before = dump(db_url)
    assert_refused(run("load", work))
    assert dump(db_url) == before


def test_a_nul_in_a_note_loads_or_is_refused_alike_everywhere(
    work: Path, run: Runner, db_url: str
) -> None:
    (work / "claims" / "h.jsonl").write_text(
        jsonl_line(oda_claim(note="before\x00after")), encoding="utf-8"
    )
    before = dump(db_url)
    result = assert_no_crash(run("load", work), (0, 2))
    if result.exit_code == 2:
        assert dump(db_url) == before
    else:
        notes = {row[0]: row[NOTE] for row in dump(db_url)["claims"]}
        assert notes["h-oda"] == "before\x00after"


@pytest.mark.parametrize("field", ["time", "published"])
def test_a_yaml_timestamp_with_a_time_is_refused_or_read_as_its_day(
    field: str, work: Path, run: Runner, db_url: str
) -> None:
    if field == "time":
        text = yaml_claims(oda_claim()).replace(
            "\n  subject:", "\n  time: 2026-02-19 10:00:00\n  subject:"
        )
        assert "time: 2026" in text
        (work / "claims" / "h.yaml").write_text(text, encoding="utf-8")
    else:
        sources = work / "sources.yaml"
        sources.write_text(
            sources.read_text(encoding="utf-8").replace(
                "published: 2026-02-20", "published: 2026-02-20 10:00:00"
            ),
            encoding="utf-8",
        )
    before = dump(db_url)
    result = assert_no_crash(run("load", work), (0, 2))
    if result.exit_code == 2:
        assert dump(db_url) == before
        return
    if field == "time":
        shown = json.loads(assert_no_crash(run("show", "h-oda", "--format", "json"), (0,)).stdout)
        assert shown["time"]["start"] == "2026-02-19"
    else:
        listed = json.loads(assert_no_crash(run("sources", "--format", "json"), (0,)).stdout)
        assert {s["id"]: s["published"] for s in listed}["004"] == "2026-02-20"
    assert_no_crash(run("list", "--format", "json"), (0,))
    assert_no_crash(run("check", STATEMENT), (0, 1))


# --- hostile fixtures, generated ----------------------------------------------------------------


def _settings(n: int) -> settings:
    return settings(
        derandomize=True,
        database=None,
        deadline=None,
        max_examples=n,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Fixtures may hold anything: surrogates (JSON escapes them) and NUL too.
HOSTILE_TEXT = (
    st.text(st.characters(), max_size=20)
    | st.text(st.sampled_from(ODD), max_size=6)
    | st.sampled_from(
        [*SQL_METACHARS, "to-lam", "hungary", "vietnam", "viktor-orban", "004", "000", "met",
         "oda_approved", "USD", "scholarship", "2025", "2026-02-19", ODA, ORBAN, ""]
    )
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(10**300, 10**400)  # past float range
    | st.floats(allow_nan=True, allow_infinity=True)
    | HOSTILE_TEXT
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
    max_leaves=8,
)
YAML_VALUES = st.recursive(
    SCALARS | st.dates() | st.datetimes(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
    max_leaves=8,
)
CLAIM_KEYS = [
    "id", "subject", "predicate", "object", "qualifiers", "value", "time", "polarity",
    "modality", "note", "quote", "prefix", "suffix", "occurrence", "start", "end", "spans",
    "source",
]  # fmt: skip


def base_claims(seed_004: str) -> list[dict[str, Any]]:
    start = seed_004.index(ORBAN)
    return [
        oda_claim(id="g-oda"),
        {
            "id": "g-met",
            "subject": "to-lam",
            "predicate": "met",
            "object": "viktor-orban",
            "time": "2026-02-19",
            "spans": [{"quote": ORBAN, "start": start, "end": start + len(ORBAN)}],
        },
    ]


def _encodable(value: Any) -> bool:
    """Whether the JSON text of `value` can be written as UTF-8 as it is (no lone surrogates:
    those are written as \\u escapes instead)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def mutated_claims(draw: st.DrawFn, values: st.SearchStrategy[Any], seed_004: str) -> Any:
    """A valid claim with keys set to hostile values, removed or added, or something else
    entirely in its place."""
    if draw(st.integers(0, 9)) == 0:
        return draw(values)
    claim = dict(draw(st.sampled_from(base_claims(seed_004))))
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from(CLAIM_KEYS) | HOSTILE_TEXT)
        if draw(st.booleans()) and key in claim:
            del claim[key]
        else:
            claim[key] = draw(values)
    return claim


class Attempts:
    """Loads one hostile file after another into the loaded mini set: each must be refused
    with the database unchanged, or loaded and then readable; a load that succeeds is undone by
    reloading the good set."""

    def __init__(self, good: Path, work: Path, run: Runner, db_url: str) -> None:
        self.good, self.work, self.run, self.db_url = good, work, run, db_url
        self.before = dump(db_url)

    def attempt(self, name: str, data: str | bytes) -> None:
        path = self.work / name
        original = path.read_bytes() if path.exists() else None
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        try:
            self._check()
        finally:
            if original is None:
                path.unlink()
            else:
                path.write_bytes(original)

    def _check(self) -> None:
        result = assert_no_crash(self.run("load", self.work), (0, 2))
        if result.exit_code == 2:
            assert "nothing loaded" in result.stderr
            assert dump(self.db_url) == self.before
            return
        assert_no_crash(self.run("list", "--format", "json"), (0,))
        assert_no_crash(self.run("check", STATEMENT, "--format", "json"), (0, 1))
        assert_ok(self.run("load", self.good))
        assert dump(self.db_url) == self.before


@pytest.fixture
def attempts(loaded: Path, work: Path, run: Runner, db_url: str) -> Attempts:
    return Attempts(loaded, work, run, db_url)


def test_generated_yaml_claims(attempts: Attempts, seed_004: str) -> None:
    @_settings(25)
    @given(st.lists(mutated_claims(YAML_VALUES, seed_004), min_size=1, max_size=3), HOSTILE_TEXT)
    def prop(claims: list[Any], source: Any) -> None:
        doc = {"source": source or "004", "claims": claims}
        attempts.attempt("claims/h.yaml", yaml.safe_dump(doc, allow_unicode=True))

    prop()


YAML_SPECIALS = [
    "&a ", "*a", "<<: *a", "!!binary ", "!!set ", "!!python/object/apply:os.system [ls]",
    "!!python/name:os.system", "? ", "%YAML 1.1\n", "---\n", "...\n", "|", ">", "{", "}", "[",
    "]", "'", '"', "\t", "#", ": ", "- ", "\n", "\n  ", "\\u0000", "~", "null", ".nan", "0x1F",
    "1e3", "yes", "2026-02-19",
]  # fmt: skip


def test_generated_yaml_text_edits(attempts: Attempts) -> None:
    """Random edits of the mini set's claim file: cut a piece, paste YAML syntax anywhere."""
    original = MINI_CLAIMS_004

    @_settings(25)
    @given(
        st.lists(
            st.tuples(
                st.integers(0, len(original)),
                st.integers(0, 40),
                st.sampled_from(YAML_SPECIALS) | st.text(st.characters(), max_size=4),
            ),
            min_size=1,
            max_size=4,
        )
    )
    def prop(edits: list[tuple[int, int, str]]) -> None:
        text = original
        for at, cut, paste in edits:
            at = min(at, len(text))
            text = text[:at] + paste + text[at + cut :]
        attempts.attempt("claims/004.yaml", text)

    prop()


def test_generated_jsonl_lines(attempts: Attempts, seed_004: str) -> None:
    line = (
        mutated_claims(JSON_VALUES, seed_004).map(
            lambda c: json.dumps(c, ensure_ascii=not _encodable(c)).encode("utf-8")
        )
        | st.binary(max_size=30)
        | st.sampled_from([b"", b"{", b"}", b"[]", b'"', b"{}", b'{"id": null}', b"\xff\xfe"])
    )

    @_settings(25)
    @given(st.lists(line, min_size=1, max_size=4))
    def prop(lines: list[bytes]) -> None:
        attempts.attempt("claims/h.jsonl", b"\n".join(lines) + b"\n")

    prop()


CSV_COLUMNS = [
    "id", "source", "subject", "predicate", "object", "qualifiers", "exact", "low", "high",
    "low_open", "high_open", "unit", "time", "polarity", "modality", "quote", "prefix",
    "suffix", "occurrence", "start", "end", "note",
]  # fmt: skip
CSV_CELLS = (
    HOSTILE_TEXT
    | st.integers(-(2**53), 2**53).map(str)
    | st.sampled_from(["true", "false", "maybe", "beneficiary=vietnam", "a=b;c", "1/2", "{",
                       '{"before": "2026-02-19"}', "2026-02-18/2026-02-20", "1e999", "nan"])
)  # fmt: skip


def test_generated_csv_files(attempts: Attempts) -> None:
    @_settings(25)
    @given(
        st.lists(st.sampled_from(CSV_COLUMNS) | HOSTILE_TEXT, min_size=1, max_size=8, unique=True),
        st.lists(st.lists(CSV_CELLS, max_size=9), max_size=4),
        st.booleans(),
    )
    def prop(header: list[str], rows: list[list[str]], quoted: bool) -> None:
        if "id" not in header and rows:
            header = ["id", *header]
        if quoted:
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
            text = out.getvalue()
        else:  # as a careless script would write it
            text = "\n".join(",".join(r) for r in [header, *rows]) + "\n"
        attempts.attempt("claims/h.csv", text)

    prop()


# --- statements and filters ---------------------------------------------------------------------

STATEMENTS = {
    **{f"sql-{i}": f"Hungary approved {s} 400 million USD" for i, s in enumerate(SQL_METACHARS)},
    "sql-only": "'; DROP TABLE claims; --",
    "controls": "Hungary\x07 approved\x1b[31m 400\x7f million USD\x08 of ODA",
    "nul": "Hungary \x00 approved 400 million USD of ODA for Vietnam",
    "rtl-override": "\u202eHungary approved 400 million USD of ODA for Vietnam",
    "rtl-marks": "\u200fHungary\u200f approved \u200e400\u200e million USD",
    "isolates": "\u2067Hungary\u2069 approved \u2066400 million\u2069 USD",
    "zero-width": "Hun\u200bgary approved 4\u200d00 million U\u2060SD",
    "bom": "\ufeffHungary approved 400 million USD",
    "line-separators": "Hungary\u2028approved\u2029400\x85million USD",
    "combining-only": "\u0301\u0300\u0309" * 50,
    "emoji": "🇭🇺 approved 💵400 million USD 🇻🇳",
    "only-punctuation": "…–—‐-.,;:!?'\"“”‘’()[]/%$€₫",
    "whitespace-mix": "\t\v\f\r Hungary \u00a0\u3000approved",
    "vietnamese-nfd": "Hungary phê duye\u0302\u0323t ODA 400 trie\u0323\u0302u USD",
    "format-string": "%s %d {0} {statement} ${HOME} $(touch pwned) `touch pwned`",
    # numbers past float range, dates past the calendar
    "309-digits": f"Hungary approved {'9' * 309} USD of ODA for Vietnam",
    "5000-digits": f"Hungary approved {'9' * 5000} billion USD",  # past int('…') limit
    "thousands-groups": "Hungary approved 1" + ",000" * 110 + " USD",
    "tiny": "Hungary approved 0." + "0" * 400 + "1 USD",
    "max-float": "Hungary approved 1.7976931348623157e308 USD of ODA",
    "huge-rank": "Hungary is Vietnam's 99999999999999999999999th partner",
    "bad-dates": "on 99/99/99999, 31/02/2026, tháng 13/2026, năm -5, in the year 99999999999",
}


@pytest.mark.parametrize("statement", list(STATEMENTS.values()), ids=list(STATEMENTS))
def test_odd_statements_get_a_verdict(
    statement: str, loaded: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    checked = assert_no_crash(run("check", statement, "--format", "json"), (0, 1))
    assert json.loads(checked.stdout)["verdict"] in VERDICTS
    assert_no_crash(run("parse", statement, "--format", "json"), (0,))
    assert dump(db_url) == before


def test_odd_statements_in_a_file_get_verdicts(
    loaded: Path, run: Runner, db_url: str, tmp_path: Path
) -> None:
    """All of them at once through `--file` (one per line, and as running text)."""
    before = dump(db_url)
    path = tmp_path / "statements.txt"
    path.write_text("\n".join(STATEMENTS.values()) + "\n", encoding="utf-8")
    assert_no_crash(run("check", "--file", path, "--format", "jsonl"), (0, 1))
    assert_no_crash(run("check", "--file", path, "--sentences"), (0, 1))
    assert_no_crash(run("check", "--file", path, "--sentences", "--format", "json"), (0, 1))
    assert dump(db_url) == before


def test_a_statement_file_that_is_not_utf8_is_a_clear_error(
    loaded: Path, run: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Hungary phê duyệt 400 triệu USD".encode("utf-16"))
    assert "not UTF-8" in assert_no_crash(run("check", "--file", path), (2,)).stderr


FILTERS = [
    *SQL_METACHARS,
    "",
    " ",
    "hungary'",
    "004' OR '1'='1",
    "\u202ehungary",
    "hun\u200bgary",
    "x" * 100_000,
    "Hungary; DELETE FROM entities",
]


@pytest.mark.parametrize("option", ["--entity", "--source", "--predicate"])
def test_sql_metacharacters_in_list_filters_are_plain_values(
    option: str, loaded: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    hungary = assert_ok(run("list", "--entity", "hungary", "--format", "json")).stdout
    for value in FILTERS:
        result = assert_no_crash(run("list", option, value, "--format", "json"), (0, 2))
        if result.exit_code == 0:  # only Hungary's names, invisible characters aside, match
            assert option == "--entity" and result.stdout == hungary, value
        else:
            assert "unknown" in result.stderr or "several" in result.stderr, result.stderr[:500]
    for value in FILTERS[:8]:
        assert_no_crash(run("show", value), (2,))
    assert dump(db_url) == before
    assert len(json.loads(assert_ok(run("list", "--format", "json")).stdout)) == 7


@pytest.mark.parametrize(
    "args",
    [["list", "--entity"], ["list", "--source"], ["list", "--predicate"], ["show"]],
    ids=lambda a: "-".join(a).strip("-"),
)
def test_a_nul_in_a_filter_is_a_clear_error(
    args: list[str], loaded: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    assert_no_crash(run(*args, "hun\x00gary"), (2,))
    assert dump(db_url) == before


@pytest.mark.parametrize(
    "args",
    [["list", "--entity"], ["list", "--source"], ["list", "--predicate"], ["show"], ["check"],
     ["parse"]],
    ids=lambda a: "-".join(a).strip("-"),
)  # fmt: skip
def test_arguments_that_are_not_utf8_are_a_clear_error(
    args: list[str], loaded: Path, run: Runner
) -> None:
    """Bytes that are not UTF-8 on the command line (`factdb list --entity $'\\xff'`) reach
    Python as lone surrogates."""
    stderr = assert_no_crash(run(*args, "Hungary \udcff\udcfe"), (2,)).stderr
    assert "UTF-8" in stderr, stderr


@_settings(40)
@given(
    option=st.sampled_from(["--entity", "--source", "--predicate"]),
    # Anything, lone surrogates (argv bytes that are not UTF-8) and NUL included.
    value=st.text(st.characters(), max_size=30) | st.sampled_from(SQL_METACHARS),
)
def test_generated_list_filters(option: str, value: str, loaded: Path, run: Runner) -> None:
    assert_no_crash(run("list", option, value, "--format", "json"), (0, 2))


@_settings(40)
@given(
    statement=st.text(st.characters() | st.sampled_from(ODD), max_size=120)
    | st.sampled_from(SQL_METACHARS)
)
def test_generated_statements_get_a_verdict(statement: str, loaded: Path, run: Runner) -> None:
    assert_no_crash(run("check", statement, "--format", "json"), (0, 1, 2))


# --- long statements: bounded time --------------------------------------------------------------

# Checks each file named on the command line as `factdb check --file F --format jsonl` in this one
# process (the checker's start-up paid once, by a warm-up), printing a line per file as it ends.
DRIVER = r"""
import contextlib, io, json, sys, time
from factdb.cli import main

def check(path):
    out, err = io.StringIO(), io.StringIO()
    code, crash = 0, None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(["check", "--file", path, "--format", "jsonl"], standalone_mode=False)
        except SystemExit as exc:
            code = exc.code
        except BaseException as exc:
            crash = repr(exc)[:500]
    return code, crash, out.getvalue(), err.getvalue()

check(sys.argv[1])
for path in sys.argv[2:]:
    print("START", path, flush=True)
    started = time.process_time()
    code, crash, out, err = check(path)
    record = json.loads(out) if crash is None and out.strip() else None
    print("DONE", json.dumps({"path": path, "code": code, "crash": crash, "record": record,
                              "stderr": err[:2000], "cpu": time.process_time() - started}),
          flush=True)
"""


HANG_FACTOR = 10


def check_in_bounded_time(
    db_url: str, tmp_path: Path, statements: dict[str, tuple[str, float]]
) -> dict[str, dict[str, Any]]:
    """Check each statement (name → (text, bound in CPU seconds)) in one child process; fail when
    one takes more CPU than its bound, or hangs (no answer within HANG_FACTOR times its bound of
    wall time: a shared machine gives the child a part of a CPU, never a tenth of one). Returns
    what the driver reported per name."""
    warm = tmp_path / "warm.txt"
    warm.write_text(STATEMENT + "\n", encoding="utf-8")
    paths: dict[str, Path] = {}
    for name, (text, _) in statements.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(warm), *map(str, paths.values())],
        env=os.environ | {"FACTDB_DATABASE_URL": db_url},
        cwd=Path.cwd(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    by_path = {str(p): n for n, p in paths.items()}
    reports: dict[str, dict[str, Any]] = {}
    try:
        deadline = time.monotonic() + 120  # start-up and warm-up
        current: str | None = None
        while len(reports) < len(statements):
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                what = f"checking {current!r}" if current else "starting up"
                bound = statements[current][1] * HANG_FACTOR if current else 120
                pytest.fail(f"`factdb check` gave no answer within {bound} s {what}")
            if line is None:
                assert proc.stderr is not None
                pytest.fail("the checker process died:\n" + proc.stderr.read()[-3000:])
            if line.startswith("START "):
                current = by_path[line.split(" ", 1)[1].strip()]
                deadline = time.monotonic() + statements[current][1] * HANG_FACTOR
            elif line.startswith("DONE "):
                report = json.loads(line[5:])
                name = by_path[report["path"]]
                bound = statements[name][1]
                assert report["cpu"] < bound, (
                    f"checking {name!r} took {report['cpu']:.1f} s of CPU, over {bound} s"
                )
                reports[name] = report
                current = None
                deadline = time.monotonic() + 60
    finally:
        proc.kill()
        proc.wait()
    return reports


def soup(pieces: str, size: int) -> str:
    return (pieces * (size // len(pieces) + 1))[:size]


MB = 1024 * 1024
ONE_LINE_ODD = "".join(c for c in ODD if len(f"a{c}a".splitlines()) == 1)  # `--file` splits lines
KB = 1024


def hostile_shapes(size: int) -> dict[str, str]:
    """Statements built to stress the parser (number, date and name patterns, odd characters, one
    endless word), each `size` characters long and on one line."""
    return {
        "sentences-en": soup(STATEMENT + " in 2025. ", size),
        "sentences-vi": soup(VI_STATEMENT + " ", size),
        "one-long-word": "a" * size,
        "digits-and-separators": soup("1,2.3-4/5 ", size),
        "odd-characters": soup(ONE_LINE_ODD + "x ", size),
        "sql-metacharacters": soup(" ".join(SQL_METACHARS) + " ", size),
        "names": soup("Hungary Việt Nam Orbán Tô Lâm ", size),
        "sentences-en-dated": soup(STATEMENT + " on 19 February 2026. ", size),
        "numbers": soup("400 triệu USD, 1,5 tỷ, 18–20/2/2026, No. 2, 3rd ", size),
    }


def test_statements_at_the_limit_are_checked_in_bounded_time(
    loaded: Path, db_url: str, tmp_path: Path
) -> None:
    """The hostile shapes at exactly MAX_STATEMENT characters, the most the parser is ever given:
    a verdict on the whole statement within 30 s of CPU each."""
    shapes = hostile_shapes(MAX_STATEMENT)
    reports = check_in_bounded_time(
        db_url, tmp_path, {name: (text, 30.0) for name, text in shapes.items()}
    )
    for name, report in reports.items():
        assert report["crash"] is None, (name, report["crash"])
        assert report["code"] in (0, 1), (name, report)
        record = report["record"]
        assert record["verdict"] in VERDICTS, (name, record)
        # All of it was read (in NFC, which orders the stacked combining marks).
        assert record["statement"] == unicodedata.normalize("NFC", shapes[name])


def test_long_statements_are_refused_in_bounded_time(
    loaded: Path, db_url: str, tmp_path: Path
) -> None:
    """1 MB and 100 KB statements are refused, not cut (a verdict on their first 20,000
    characters would pass for a verdict on all of them), within 10 s of CPU each: they are
    measured, never parsed. The refusal is a JSON record naming the line, the length and the
    limit, where a verdict would have been, and exit status 2 with the reason on stderr."""
    statements = {f"1mb-{name}": text for name, text in hostile_shapes(MB).items()}
    statements |= {f"100kb-{name}": text for name, text in hostile_shapes(100 * KB).items()}
    reports = check_in_bounded_time(
        db_url, tmp_path, {name: (text, 10.0) for name, text in statements.items()}
    )
    for name, report in reports.items():
        assert report["crash"] is None, (name, report["crash"])
        assert report["code"] == 2, (name, report)
        length = len(unicodedata.normalize("NFC", statements[name]))
        assert report["record"] == {
            "line": 1,
            "error": "statement_too_long",
            "message": f"the statement is {length:,} characters long, over the limit of "
            f"{MAX_STATEMENT:,}; split it into sentences",
            "length": length,
            "limit": MAX_STATEMENT,
        }, name
        assert "1 statement(s) not checked" in report["stderr"], report["stderr"]
        assert "(line 1)" in report["stderr"] and "20,000" in report["stderr"]


@pytest.mark.parametrize("command", ["check", "parse"])
def test_a_1mb_statement_argument_is_a_usage_error(
    command: str, loaded: Path, run: Runner, db_url: str
) -> None:
    before = dump(db_url)
    started = time.process_time()
    result = assert_no_crash(run(command, soup(STATEMENT + " in 2025. ", MB)), (2,))
    assert time.process_time() - started < 10
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"Error: the statement is {MB:,} characters long, over the limit of 20,000; split it "
        "into sentences"
    ), result.stderr[:500]
    assert len(result.stderr.splitlines()) == 1
    assert dump(db_url) == before

"""The command line under fuzzing (issue 12): `check`, `parse`, `list` and `load` driven with
hostile arguments and files. Every run ends in exit 0, 1 with a verdict, or 2 with a message on
stderr: never a traceback, never the root command's "internal error" (which would mean a bug
reached the safety net), and a refused load changes nothing.

Examples are bounded so that CI stays quick; raise FACTDB_FUZZ_EXAMPLES to search longer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from conftest import dump
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Runner = Callable[..., Result]

EXAMPLES = int(os.environ.get("FACTDB_FUZZ_EXAMPLES", "25"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

# Pieces that broke something once: year-less leap days, escape sequences whose digits were
# read as numbers, bidi overrides, formula starts, separators, ids and dates of the base.
PIECES = [
    "29/2",
    "ngày 29/2",
    "February 29",
    "31/4",
    "0/0",
    "\x1b]0;title\x07",
    "\x1b[2J",
    "\x9b31m",
    "\u202e",
    "\u2028",
    "=HYPERLINK(1)",
    "@SUM(1+1)",
    "Hungary",
    "Việt Nam",
    "Orbán",
    "400 triệu USD",
    "1,5 tỷ",
    "vượt mốc",
    "not",
    "n't",
    "2025",
    "18–20/2/2026",
    "%",
    ";",
    ":",
    "'",
    '"',
    "\t",
    "\r",
    "1" * 300,
]
words = st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=12))
statements = st.lists(words, min_size=1, max_size=12).map(" ".join)
argv_text = statements.map(lambda s: s.replace("\x00", ""))  # argv cannot hold a NUL


def assert_clean(result: Result, contradiction_needs_verdict: bool = True) -> None:
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"crashed: {result.exception!r}\n{output[:2000]}"
    )
    assert "Traceback" not in output
    assert "internal error" not in output, output[:2000]
    assert result.exit_code in (0, 1, 2), f"exit {result.exit_code}\n{output[:2000]}"
    if result.exit_code == 2:
        assert result.stderr.strip(), "exit 2 needs a message"
    if result.exit_code == 1 and contradiction_needs_verdict:
        assert "CONTRADICTED" in result.stdout or '"contradicted"' in result.stdout, output[:2000]


@SETTINGS
@given(statement=argv_text)
def test_check_and_parse_take_any_statement(statement: str, run: Runner, loaded: Path) -> None:
    assert_clean(run("check", statement))
    assert_clean(run("check", "--format", "json", statement))
    assert_clean(run("parse", statement))


@SETTINGS
@given(lines=st.lists(statements, min_size=1, max_size=6), sentences=st.booleans())
def test_check_file_takes_any_lines(
    lines: list[str], sentences: bool, run: Runner, loaded: Path, tmp_path: Path
) -> None:
    path = tmp_path / "statements.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    flags = ["--sentences"] if sentences else []
    assert_clean(run("check", *flags, "--file", path))
    assert_clean(run("check", *flags, "--format", "jsonl", "--file", path))


@SETTINGS
@given(
    option=st.sampled_from(["--source", "--entity", "--predicate"]),
    value=argv_text,
    fmt=st.sampled_from(["table", "json", "csv"]),
)
def test_list_takes_any_filter(
    option: str, value: str, fmt: str, run: Runner, loaded: Path
) -> None:
    assert_clean(run("list", option, value, "--format", fmt), contradiction_needs_verdict=False)


CLAIM_HEAD = {
    "yaml": 'source: "004"\nclaims:\n  - id: fuzz\n    subject: hungary\n    predicate: ',
    "jsonl": '{"id": "fuzz", "source": "004", "subject": "hungary", "predicate": ',
    "csv": "id,source,subject,predicate,quote\nfuzz,004,hungary,",
}


@SETTINGS
@given(
    fmt=st.sampled_from(sorted(CLAIM_HEAD)),
    body=st.one_of(
        statements,
        st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")),
        st.sampled_from(["&a [*a]", "!!python/object/apply:os.getcwd []", "[" * 600, "\ufeff"]),
    ),
    raw=st.booleans(),
)
def test_load_takes_any_claim_file(
    fmt: str, body: str, raw: bool, run: Runner, loaded: Path, db_url: str
) -> None:
    path = loaded / "claims" / f"fuzz.{fmt}"
    content = body if raw else CLAIM_HEAD[fmt] + body + "\n"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    before = dump(db_url)
    result = run("load", loaded)
    assert_clean(result, contradiction_needs_verdict=False)
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:
        assert dump(db_url) == before
    path.unlink()
    assert_clean(run("load", "--replace", loaded), contradiction_needs_verdict=False)


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", ""],
        ["check", "--file", "/nonexistent"],
        ["check", "--file", "/"],
        ["parse", ""],
        ["list", "--format", "xml"],
        ["show", "no-such-claim"],
        ["load", "/nonexistent"],
        ["db", "upgrade", "no-such-revision"],
        ["db", "downgrade", "no-such-revision"],
        ["eval", "/nonexistent"],
        ["eval", "/"],
    ],
)
def test_odd_invocations_are_clear_errors(args: list[str], run: Runner, loaded: Path) -> None:
    result = run(*args)
    assert_clean(result, contradiction_needs_verdict=False)
    assert result.exit_code == 2

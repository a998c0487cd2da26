"""Statements over MAX_STATEMENT characters are refused, never cut.

A verdict on the first 20,000 characters of a longer statement would read as a verdict on all of
it. So the library raises StatementTooLong (a ValueError carrying the length and the limit);
`factdb check STATEMENT` and `factdb parse STATEMENT` exit 2 with a one-line message; in a batch
(`--file`, stdin, `--sentences`) such a statement gets a "not checked" record in its place naming
its line, the rest is checked, and the exit status is 2; `factdb eval` refuses a labelled file
holding one. The length is counted on the NFC text, the form the parser reads.
"""

from __future__ import annotations

import json
import pickle
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import assert_ok, assert_usage_error, dump, write_mini_fixtures
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from factdb.check import statement as statement_module
from factdb.check.checker import Checker
from factdb.check.statement import MAX_STATEMENT, StatementTooLong
from factdb.cli import main
from factdb.store.db import make_engine

Cli = Callable[..., Result]

SUPPORTED = "Hungary approved 400 million USD of ODA for Vietnam"
CONTRADICTED = "Hungary did not approve the ODA"
VERDICTS = {"supported", "contradicted", "not_enough_info"}


def padded(head: str, size: int, tail: str = "") -> str:
    """`head`, spaces, then `tail`: `size` characters in all."""
    return head + " " * (size - len(head) - len(tail)) + tail


# A statement whose start is supported and whose end, past the limit, denies it: the start alone
# used to be judged, and came out supported.
CUT_WOULD_SUPPORT = padded(SUPPORTED, MAX_STATEMENT + 1 + len(CONTRADICTED), " " + CONTRADICTED)
TOO_LONG_MESSAGE = (
    f"the statement is {MAX_STATEMENT + 1:,} characters long, over the limit of "
    f"{MAX_STATEMENT:,}; split it into sentences"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the mini fixture set, loaded once for the module."""
    root = tmp_path_factory.mktemp("limit")
    url = f"sqlite:///{root / 'db.sqlite'}"
    fixtures = write_mini_fixtures(root / "fixtures")
    assert_ok(CliRunner().invoke(main, ["--db", url, "load", str(fixtures)]))
    return url


@pytest.fixture(scope="module")
def cli(db: str) -> Cli:
    def invoke(*args: Any, input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(
            main, ["--db", db, *(str(a) for a in args)], input=input, catch_exceptions=True
        )

    return invoke


@pytest.fixture(scope="module")
def engine(db: str) -> Iterator[Engine]:
    eng = make_engine(db)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def checker(engine: Engine) -> Checker:
    return Checker(engine)


# --- the library --------------------------------------------------------------------------------


def test_a_statement_at_the_limit_is_read_to_its_end(checker: Checker) -> None:
    text = padded(SUPPORTED, MAX_STATEMENT, " Viet Nam")
    parsed = checker.parse(text)
    assert parsed.text == text
    assert parsed.entities[-1].end == MAX_STATEMENT  # the last words were read
    assert checker.check(padded(SUPPORTED, MAX_STATEMENT)).verdict == "supported"


def test_one_character_more_is_refused(checker: Checker) -> None:
    with pytest.raises(StatementTooLong) as caught:
        checker.parse(padded(SUPPORTED, MAX_STATEMENT + 1))
    assert isinstance(caught.value, ValueError)
    assert (caught.value.length, caught.value.limit) == (MAX_STATEMENT + 1, MAX_STATEMENT)
    assert str(caught.value) == TOO_LONG_MESSAGE


def test_check_refuses_instead_of_judging_the_start(checker: Checker) -> None:
    # What the cut used to judge: the start alone, supported.
    assert checker.check(CUT_WOULD_SUPPORT[:MAX_STATEMENT]).verdict == "supported"
    with pytest.raises(StatementTooLong) as caught:
        checker.check(CUT_WOULD_SUPPORT)
    assert caught.value.length == len(CUT_WOULD_SUPPORT)


def test_the_length_is_counted_after_normalisation(checker: Checker) -> None:
    """Decomposed Vietnamese (macOS hands text over that way) is not refused for its combining
    marks: 'ệ' is one character, not three."""
    statement = "Hungary thông qua khoản ODA 400 triệu USD cho Việt Nam"
    composed = padded(statement, MAX_STATEMENT)
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > MAX_STATEMENT
    assert checker.check(decomposed).verdict == "supported"
    with pytest.raises(StatementTooLong) as caught:
        checker.check(decomposed + " ")
    assert caught.value.length == MAX_STATEMENT + 1


def test_the_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(StatementTooLong(25_000, 20_000)))
    assert (error.length, error.limit, str(error)) == (
        25_000,
        20_000,
        "the statement is 25,000 characters long, over the limit of 20,000; split it into "
        "sentences",
    )


SMALL_LIMIT = 40


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        st.characters(codec="utf-8") | st.sampled_from("e\u0302\u0323 HungaryViệt"), max_size=80
    )
)
def test_a_statement_is_read_whole_or_refused(checker: Checker, text: str) -> None:
    """Whatever the text, parsing reads all of it or refuses it; it never reads a part. (A small
    limit, so that both sides of it are reached often.)"""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(statement_module, "MAX_STATEMENT", SMALL_LIMIT)
        normalised = unicodedata.normalize("NFC", text)
        try:
            parsed = checker.parse(text)
        except StatementTooLong as exc:
            assert exc.length == len(normalised) > SMALL_LIMIT
            assert exc.limit == SMALL_LIMIT
        else:
            assert parsed.text == normalised
            assert len(normalised) <= SMALL_LIMIT


# --- one statement on the command line ----------------------------------------------------------


def test_check_at_the_limit_gets_a_verdict_on_all_of_it(cli: Cli) -> None:
    text = padded(SUPPORTED, MAX_STATEMENT)
    data = json.loads(assert_ok(cli("check", text, "--format", "json")).stdout)
    assert data["verdict"] == "supported"
    assert data["statement"] == text


def test_check_over_the_limit_is_a_usage_error(cli: Cli, db: str) -> None:
    before = dump(db)
    result = cli("check", CUT_WOULD_SUPPORT, "--format", "json")
    message = assert_usage_error(result)
    assert result.stdout == ""  # no verdict at all, in particular not the start's
    length = len(CUT_WOULD_SUPPORT)
    assert message == (
        f"Error: the statement is {length:,} characters long, over the limit of "
        f"{MAX_STATEMENT:,}; split it into sentences (--sentences checks running text sentence "
        "by sentence)\n"
    )
    assert dump(db) == before


def test_parse_at_and_over_the_limit(cli: Cli) -> None:
    data = json.loads(
        assert_ok(cli("parse", padded(SUPPORTED, MAX_STATEMENT), "--format", "json")).stdout
    )
    assert "hungary" in {i for e in data["entities"] for i in e["ids"]}
    result = cli("parse", padded(SUPPORTED, MAX_STATEMENT + 1))
    assert assert_usage_error(result) == f"Error: {TOO_LONG_MESSAGE}\n"
    assert result.stdout == ""


def test_sentences_split_a_long_draft_under_the_limit(cli: Cli) -> None:
    """The advice works: the same text over the limit as one statement, checked by sentence."""
    draft = f"{SUPPORTED}. " * (MAX_STATEMENT // len(SUPPORTED) + 1)
    assert len(draft) > MAX_STATEMENT
    result = assert_ok(cli("check", "--sentences", "--format", "jsonl", draft))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["verdict"] for r in records} == {"supported"}


# --- batches: --file, stdin, --sentences --------------------------------------------------------

LONG_LINE = padded(SUPPORTED, MAX_STATEMENT + 1)
# Line 2 is blank, so the long statement is the second record but line 3.
BATCH = "\n".join([SUPPORTED, "", LONG_LINE, CONTRADICTED]) + "\n"
UNCHECKED_RECORD = {
    "line": 3,
    "error": "statement_too_long",
    "message": TOO_LONG_MESSAGE,
    "length": MAX_STATEMENT + 1,
    "limit": MAX_STATEMENT,
}
BATCH_SUMMARY = (
    f"Error: 1 statement(s) not checked, over the limit of {MAX_STATEMENT:,} characters "
    "(line 3); split them into sentences\n"
)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_file_reports_the_long_line_in_place_and_checks_the_rest(
    cli: Cli, db: str, tmp_path: Path
) -> None:
    before = dump(db)
    path = tmp_path / "batch.txt"
    path.write_text(BATCH, encoding="utf-8")
    result = cli("check", "--file", path, "--format", "jsonl")
    # 2, not 1: the contradiction found says nothing of the line that was not read.
    assert assert_usage_error(result) == BATCH_SUMMARY
    first, unchecked, last = records(result)
    assert (first["statement"], first["verdict"]) == (SUPPORTED, "supported")
    assert unchecked == UNCHECKED_RECORD
    assert (last["statement"], last["verdict"]) == (CONTRADICTED, "contradicted")
    assert dump(db) == before


def test_stdin_with_crlf_counts_lines_the_same(cli: Cli) -> None:
    result = cli("check", "--file", "-", "--format", "json", input=BATCH.replace("\n", "\r\n"))
    assert assert_usage_error(result) == BATCH_SUMMARY
    # a batch under --format json is one array, whatever its length
    assert json.loads(result.stdout)[1] == UNCHECKED_RECORD


def test_file_text_output_marks_the_line_not_checked(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "batch.txt"
    path.write_text(BATCH, encoding="utf-8")
    result = cli("check", "--file", path)
    assert assert_usage_error(result) == BATCH_SUMMARY
    lines = result.stdout.splitlines()
    *heads, summary = [line for line in lines if not line.startswith(" ")]
    assert [h.split("  ")[0] for h in heads] == ["SUPPORTED", "NOT CHECKED", "CONTRADICTED"]
    assert summary == "3 checked: 1 contradicted, 1 supported, 1 not checked"
    assert heads[1] == f"NOT CHECKED  line 3: {SUPPORTED}…"
    assert lines[lines.index(heads[1]) + 1] == f"  why: {TOO_LONG_MESSAGE}"
    assert all(len(line) < 1000 for line in lines)  # the long statement is not printed whole


def test_a_file_of_one_long_line_is_an_array_of_one_record(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(LONG_LINE + "\n", encoding="utf-8")
    result = cli("check", "--file", path, "--format", "json")
    assert "(line 1)" in assert_usage_error(result)
    assert json.loads(result.stdout) == [{**UNCHECKED_RECORD, "line": 1}]


def test_many_long_lines_are_all_named(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text((LONG_LINE + "\n") * 12, encoding="utf-8")
    result = cli("check", "--file", path, "--format", "jsonl")
    message = assert_usage_error(result)
    assert message.startswith("Error: 12 statement(s) not checked")
    assert "(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)" in message
    assert [r["line"] for r in records(result)] == list(range(1, 13))


def test_sentences_keep_a_sentence_over_the_limit(cli: Cli) -> None:
    """Under --sentences only checkable sentences are reported, but one that was not read is
    reported all the same: nothing is known of what it says."""
    endless = "and then " * (MAX_STATEMENT // 9 + 1)
    text = f"{SUPPORTED}. We had lunch.\n\nThen {endless.strip()}\n{CONTRADICTED}."
    result = cli("check", "--sentences", "--format", "jsonl", text)
    message = assert_usage_error(result)
    assert "(line 3)" in message
    first, unchecked, last = records(result)
    assert first["verdict"] == "supported" and last["verdict"] == "contradicted"
    length = len(f"Then {endless.strip()}")
    assert text[unchecked["start"] : unchecked["end"]] == f"Then {endless.strip()}"
    assert unchecked == {
        **UNCHECKED_RECORD,
        "line": 3,
        "start": unchecked["start"],
        "end": unchecked["end"],
        "length": length,
        "message": f"the statement is {length:,} characters long, over the limit of "
        f"{MAX_STATEMENT:,}; split it into sentences",
    }


# --- eval ---------------------------------------------------------------------------------------


def test_eval_refuses_a_labelled_statement_over_the_limit(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "labelled.yaml"
    path.write_text(
        json.dumps(
            {
                "statements": [
                    {"text": SUPPORTED, "verdict": "supported"},
                    {"text": LONG_LINE, "verdict": "supported"},
                ]
            }
        ),
        encoding="utf-8",
    )
    result = cli("eval", path)
    assert assert_usage_error(result) == f"Error: labelled.yaml#2: {TOO_LONG_MESSAGE}\n"
    assert result.stdout == ""

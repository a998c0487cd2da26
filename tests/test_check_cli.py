"""`factdb check`, `factdb parse` and `factdb eval` from the command line, on the real claim base.

The real fixtures are loaded once per module into a throw-away SQLite file (every command gets it
with an explicit --db, so the per-test guard database is never used). What is pinned here:

* the issue's example statements, in English and in Vietnamese with and without diacritics, get
  the verdict and the deciding claim the sources call for;
* `--format json` is one object {statement, verdict, evidence, explanation, parts}, and every
  evidence quote is exactly the source text between its offsets (checked against the seed files
  and against `factdb show --format json`);
* `--file PATH`, `--file -` and `--format jsonl` give one object per line, in input order;
  `--sentences` splits running text and reports only the sentences with something checkable;
* exit status 0 when nothing is contradicted, 1 when anything is, 2 for bad usage or unreadable
  input, always with a message and never a traceback;
* `factdb parse --format json` shows quantities as intervals and dates with their grain;
* `factdb eval` prints the scores, and stays above the accuracy floors (a regression guard).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import REPO_ROOT, assert_ok, assert_usage_error, real_claim_files

from factdb.cli import main

VERDICTS = {"supported", "contradicted", "not_enough_info"}
JUDGEMENT_KEYS = {"statement", "verdict", "evidence", "restatements", "explanation", "parts"}
EVIDENCE_KEYS = {"claim", "source", "start", "end", "quote"}

Cli = Callable[..., Result]


# --- the database and a runner bound to it ------------------------------------------------------


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the real fixtures, loaded once for the module with `factdb load`."""
    if not real_claim_files(REPO_ROOT):
        pytest.skip("fixtures/claims/ has no claim files yet (being curated)")
    url = f"sqlite:///{tmp_path_factory.mktemp('check-cli') / 'real.sqlite'}"
    assert_ok(CliRunner().invoke(main, ["--db", url, "load", str(REPO_ROOT / "fixtures")]))
    return url


@pytest.fixture(scope="module")
def cli(real_db: str) -> Cli:
    """cli("check", "…", input=…) → click Result against the loaded database."""

    def invoke(*args: Any, input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(
            main, ["--db", real_db, *(str(a) for a in args)], input=input, catch_exceptions=True
        )

    return invoke


def check_json(cli: Cli, statement: str, expect_exit: int | None = None) -> dict[str, Any]:
    """`factdb check STATEMENT --format json`, parsed; the exit status must match the verdict."""
    result = cli("check", statement, "--format", "json")
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    wanted = 1 if data["verdict"] == "contradicted" else 0
    assert result.exit_code == wanted, (result.exit_code, data["verdict"], result.stderr)
    if expect_exit is not None:
        assert result.exit_code == expect_exit
    return data


def evidence_claims(data: dict[str, Any]) -> set[str]:
    return {e["claim"] for e in data["evidence"]}


# --- the issue's examples ---------------------------------------------------------------------

EXAMPLES = [
    # (statement, verdict, a claim that must be in the evidence or None)
    ("Hungary's ODA for Vietnam totals 400 million USD", "supported", "hu-oda-400m-usd"),
    # ODA packages recur: an amount contradicts only the package of the occasion reported
    ("Hungary's ODA for Vietnam totals 40 million USD", "not_enough_info", None),
    (
        "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam",
        "contradicted",
        "hu-oda-400m-usd",
    ),
    ("Vietnam–Hungary trade topped 1 billion USD in 2025", "supported", "hu-vn-trade-2025"),
    ("Vietnam–Hungary trade reached 1.5 billion USD in 2025", "not_enough_info", None),
    ("Vietnam–Armenia trade topped 1 billion USD in 2025", "not_enough_info", None),
    ("Viktor Orbán is the Prime Minister of Austria", "contradicted", "orban-pm-hungary"),
    ("Patrick Leahy was a senator from New Hampshire", "contradicted", "leahy-represented-vermont"),
    ("Hungary did not approve the ODA", "contradicted", "hu-oda-400m-usd"),
    (
        "The US ranks first among Vietnam's trading partners",
        "contradicted",
        "us-vietnam-second-largest-trading-partner",
    ),
    # Vietnamese, with and without diacritics
    ("Hungary cap ODA 0,4 ty USD cho Viet Nam", "supported", "hu-oda-400m-usd"),
    ("Hungary cấp ODA 0,4 tỷ USD cho Việt Nam", "supported", "hu-oda-400m-usd"),
    ("Hungary thông qua khoản ODA 400 triệu USD cho Việt Nam", "supported", "hu-oda-400m-usd"),
    (
        "Ngay 19/2/2026, Hungary thong qua khoan ODA 40 trieu USD cho Viet Nam",
        "contradicted",
        "hu-oda-400m-usd",
    ),
    (
        "Kim ngạch thương mại Việt Nam – Hungary năm 2025 vượt 1 tỷ USD.",
        "supported",
        "hu-vn-trade-2025",
    ),
    (
        "Kim ngach thuong mai Viet Nam - Hungary nam 2025 vuot moc 1 ty USD",
        "supported",
        "hu-vn-trade-2025",
    ),
]


def ascii_id(text: str) -> str:
    """'Hungary cấp ODA 0,4 tỷ USD' → 'Hungary cap ODA 0,4 ty USD' (pytest escapes the rest)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    bare = bare.translate(str.maketrans({"đ": "d", "Đ": "D", "–": "-"}))
    return bare.encode("ascii", "replace").decode()


@pytest.mark.parametrize(
    ("statement", "verdict", "claim"), EXAMPLES, ids=[ascii_id(e[0]) for e in EXAMPLES]
)
def test_issue_examples_json(cli: Cli, statement: str, verdict: str, claim: str | None) -> None:
    data = check_json(cli, statement, expect_exit=1 if verdict == "contradicted" else 0)
    assert data["verdict"] == verdict, data["explanation"]
    if claim is None:
        assert data["evidence"] == []
    else:
        assert claim in evidence_claims(data), data


def test_real_fixtures_are_the_ones_checked(real_db: str, cli: Cli) -> None:
    """The claim ids the examples name exist (so a rename fails here, not as a wrong verdict)."""
    for claim in {c for _, _, c in EXAMPLES if c}:
        data = json.loads(assert_ok(cli("show", claim, "--format", "json")).stdout)
        assert data["id"] == claim


# --- text output --------------------------------------------------------------------------------


def test_text_output_is_readable(cli: Cli) -> None:
    result = assert_ok(cli("check", "Hungary's ODA for Vietnam totals 400 million USD"))
    out = result.stdout
    first = out.splitlines()[0]
    assert first.startswith("SUPPORTED"), out
    assert "Hungary's ODA for Vietnam totals 400 million USD" in first
    assert "why:" in out
    assert "evidence hu-oda-400m-usd" in out
    assert "source 004" in out
    # the quote is shown in its sentence
    show = json.loads(assert_ok(cli("show", "hu-oda-400m-usd", "--format", "json")).stdout)
    quote = show["spans"][0]["quote"]
    assert " ".join(quote.split()) in out
    assert "Traceback" not in result.output


def test_text_output_of_a_contradiction(cli: Cli) -> None:
    result = cli("check", "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam")
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("CONTRADICTED"), result.stdout
    assert "evidence hu-oda-400m-usd" in result.stdout
    assert "40,000,000 USD" in result.stdout  # the reason names what the statement said


def test_text_output_without_evidence(cli: Cli) -> None:
    result = assert_ok(cli("check", "Vietnam–Armenia trade topped 1 billion USD in 2025"))
    assert result.stdout.startswith("NOT ENOUGH INFO"), result.stdout
    assert "evidence" not in result.stdout


# --- JSON shape and evidence spans --------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Hungary's ODA for Vietnam totals 400 million USD",
        "Patrick Leahy was a senator from New Hampshire",
        "The US ranks first among Vietnam's trading partners",
        "Vietnam–Hungary trade topped 1 billion USD in 2025",
        "Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington ngày 19/2/2026.",
        "Vietnam–Armenia trade topped 1 billion USD in 2025",
    ],
    ids=ascii_id,
)
def test_json_shape_and_quotes_are_source_slices(
    cli: Cli, seed_texts: dict[str, str], statement: str
) -> None:
    data = check_json(cli, statement)
    assert set(data) == JUDGEMENT_KEYS
    assert data["statement"] == statement
    assert data["verdict"] in VERDICTS
    assert isinstance(data["explanation"], str) and data["explanation"].strip()
    assert isinstance(data["parts"], list)
    for part in data["parts"]:
        assert part["verdict"] in VERDICTS
        assert isinstance(part["predicate"], str)
    if data["verdict"] == "not_enough_info":
        assert data["evidence"] == []
    else:
        assert data["evidence"], "a decided verdict cites evidence"
    shown: dict[str, Any] = {}
    for ev in data["evidence"]:
        assert set(ev) == EVIDENCE_KEYS
        assert isinstance(ev["start"], int) and isinstance(ev["end"], int)
        assert 0 <= ev["start"] < ev["end"]
        # the quote is exactly the seed text between the offsets
        assert seed_texts[ev["source"]][ev["start"] : ev["end"]] == ev["quote"]
        # and exactly a span `factdb show` reports for that claim
        if ev["claim"] not in shown:
            shown[ev["claim"]] = json.loads(
                assert_ok(cli("show", ev["claim"], "--format", "json")).stdout
            )
        spans = shown[ev["claim"]]["spans"]
        assert {k: ev[k] for k in ("source", "start", "end", "quote")} in spans
    # every span of every evidence claim is listed, each once
    for claim, record in shown.items():
        listed = [ev for ev in data["evidence"] if ev["claim"] == claim]
        assert len(listed) == len(record["spans"])


def test_json_is_one_object_and_keeps_unicode(cli: Cli) -> None:
    result = assert_ok(cli("check", "Hungary cấp ODA 0,4 tỷ USD cho Việt Nam", "--format", "json"))
    data = json.loads(result.stdout)  # the whole of stdout is one JSON document
    assert isinstance(data, dict)
    assert data["statement"] == "Hungary cấp ODA 0,4 tỷ USD cho Việt Nam"
    assert "tỷ" in result.stdout  # not \u-escaped


# --- --file, stdin and JSON lines ---------------------------------------------------------------

FILE_STATEMENTS = [
    ("Vietnam–Hungary trade topped 1 billion USD in 2025", "supported"),
    ("Vietnam–Armenia trade topped 1 billion USD in 2025", "not_enough_info"),
    ("Hungary cap ODA 0,4 ty USD cho Viet Nam", "supported"),
    ("Viktor Orbán is the Prime Minister of Austria", "contradicted"),
    ("Vietnam–Hungary trade reached 1.5 billion USD in 2025", "not_enough_info"),
]


def jsonl(result: Result) -> list[dict[str, Any]]:
    lines = result.stdout.splitlines()
    assert all(line.strip() for line in lines), "no blank lines between records"
    return [json.loads(line) for line in lines]


def test_file_jsonl_one_object_per_line_in_order(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "statements.txt"
    # blank and whitespace-only lines are not statements; CRLF line ends are fine
    body = "\r\n".join([FILE_STATEMENTS[0][0], "", FILE_STATEMENTS[1][0], "   "])
    body += "\r\n" + "\n".join(s for s, _ in FILE_STATEMENTS[2:]) + "\n"
    path.write_text(body, encoding="utf-8", newline="")
    result = cli("check", "--file", path, "--format", "jsonl")
    assert result.exit_code == 1, result.output  # one line is contradicted
    assert "Traceback" not in result.output
    records = jsonl(result)
    assert [r["statement"] for r in records] == [s for s, _ in FILE_STATEMENTS]
    assert [r["verdict"] for r in records] == [v for _, v in FILE_STATEMENTS]
    # Each record names its line: lines 2 and 4 are blank.
    assert [r["line"] for r in records] == [1, 3, *range(5, 5 + len(FILE_STATEMENTS) - 2)]
    for r in records:
        assert set(r) == JUDGEMENT_KEYS | {"line"}


def test_stdin_jsonl(cli: Cli) -> None:
    statements = [s for s, v in FILE_STATEMENTS if v != "contradicted"]
    result = cli("check", "--file", "-", "--format", "jsonl", input="\n".join(statements) + "\n")
    assert_ok(result)  # nothing contradicted: exit 0
    records = jsonl(result)
    assert [r["statement"] for r in records] == statements
    assert [r["verdict"] for r in records] == [v for s, v in FILE_STATEMENTS if v != "contradicted"]


def test_stdin_contradiction_exits_1(cli: Cli) -> None:
    text = "Hungary's ODA for Vietnam totals 400 million USD\nHungary did not approve the ODA\n"
    result = cli("check", "--file", "-", "--format", "jsonl", input=text)
    assert result.exit_code == 1, result.output
    assert [r["verdict"] for r in jsonl(result)] == ["supported", "contradicted"]


def test_file_text_output_reports_every_line(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("\n".join(s for s, _ in FILE_STATEMENTS), encoding="utf-8")
    result = cli("check", "--file", path)
    assert result.exit_code == 1
    *heads, summary = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    labels = [v.upper().replace("_", " ") for _, v in FILE_STATEMENTS]
    assert len(heads) == len(FILE_STATEMENTS)
    for n, (head, (statement, _), label) in enumerate(
        zip(heads, FILE_STATEMENTS, labels, strict=True), 1
    ):
        assert head.startswith(label) and head.endswith(f"line {n}: {statement}"), head
    counts = Counter(v.replace("_", " ") for _, v in FILE_STATEMENTS)
    assert summary.startswith(f"{len(FILE_STATEMENTS)} checked: ")
    for verdict, count in counts.items():
        assert f"{count} {verdict}" in summary, summary


# --- --sentences ----------------------------------------------------------------------------------

RUNNING_TEXT = (
    "Hungary's ODA for Vietnam totals 400 million USD. "
    "We had lunch afterwards, and it was good! "
    "Vietnam–Hungary trade reached 1.5 billion USD in 2025. "
    "Thanks for reading.\n\n"
    "Viktor Orbán is the Prime Minister of Austria."
)
CHECKABLE = [
    ("Hungary's ODA for Vietnam totals 400 million USD.", "supported"),
    ("Vietnam–Hungary trade reached 1.5 billion USD in 2025.", "not_enough_info"),
    ("Viktor Orbán is the Prime Minister of Austria.", "contradicted"),
]


def test_sentences_reports_only_checkable_sentences(cli: Cli) -> None:
    result = cli("check", "--sentences", "--format", "jsonl", RUNNING_TEXT)
    assert result.exit_code == 1, result.output
    records = jsonl(result)
    assert [(r["statement"], r["verdict"]) for r in records] == CHECKABLE
    assert all(r["parts"] for r in records)


def test_sentences_from_stdin_in_text_format(cli: Cli) -> None:
    text = RUNNING_TEXT.replace("Viktor Orbán is the Prime Minister of Austria.", "")
    result = assert_ok(cli("check", "--sentences", "--file", "-", input=text))
    *heads, summary = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert len(heads) == 2
    assert heads[0].startswith("SUPPORTED") and heads[0].endswith(CHECKABLE[0][0])
    assert heads[1].startswith("NOT ENOUGH INFO") and heads[1].endswith(CHECKABLE[1][0])
    assert "lunch" not in result.stdout and "Thanks" not in result.stdout
    assert summary.startswith("2 of ") and summary.endswith(
        "sentence(s) had something checkable: 1 supported, 1 not enough info"
    ), summary


def test_sentences_with_nothing_checkable_says_so(cli: Cli) -> None:
    result = assert_ok(cli("check", "--sentences", "We had lunch. It was good."))
    assert result.stdout == "0 of 2 sentence(s) had something checkable\n"
    as_json = assert_ok(cli("check", "--sentences", "We had lunch.", "--format", "json"))
    assert json.loads(as_json.stdout) == []  # a batch is always an array


def test_sentences_records_carry_lines_and_offsets(cli: Cli) -> None:
    text = "We had lunch.\n" + CHECKABLE[0][0] + " " + CHECKABLE[1][0]
    records = json.loads(assert_ok(cli("check", "--sentences", text, "--format", "json")).stdout)
    assert [r["line"] for r in records] == [2, 2]
    for r in records:
        assert text[r["start"] : r["end"]] == r["statement"]


def test_json_is_an_object_for_a_statement_and_an_array_for_any_batch(
    cli: Cli, tmp_path: Path
) -> None:
    one = json.loads(cli("check", FILE_STATEMENTS[0][0], "--format", "json").stdout)
    assert isinstance(one, dict) and "line" not in one
    path = tmp_path / "one.txt"
    path.write_text(FILE_STATEMENTS[0][0] + "\n", encoding="utf-8")
    batch = json.loads(cli("check", "--file", path, "--format", "json").stdout)
    assert isinstance(batch, list) and [r["line"] for r in batch] == [1]


def test_piped_standard_input_and_dash_read_statements(cli: Cli) -> None:
    statement, verdict = FILE_STATEMENTS[0]
    for args in (("check",), ("check", "-")):
        result = cli(*args, "--format", "jsonl", input=statement + "\n")
        assert [r["verdict"] for r in jsonl(result)] == [verdict], result.output


def test_db_option_after_the_command_name(cli: Cli, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite'}"
    assert_ok(cli("sources", "--db", url))
    assert (tmp_path / "elsewhere.sqlite").is_file()


# --- exit status 2: bad usage and unreadable input ---------------------------------------------


def test_empty_statement(cli: Cli) -> None:
    assert "empty" in assert_usage_error(cli("check", ""))


def test_whitespace_only_statement(cli: Cli) -> None:
    assert "empty" in assert_usage_error(cli("check", "  \t \n "))


def test_file_of_blank_lines(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n   \n\t\n", encoding="utf-8")
    assert "empty" in assert_usage_error(cli("check", "--file", path))


def test_empty_stdin(cli: Cli) -> None:
    assert "empty" in assert_usage_error(cli("check", "--file", "-", input=""))


def test_non_utf8_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Hungary approved 400 million USD of ODA for Vi\xeat Nam\n")  # Latin-1
    message = assert_usage_error(cli("check", "--file", path))
    assert "UTF-8" in message and str(path) in message


def test_non_utf8_stdin(cli: Cli) -> None:
    message = assert_usage_error(cli("check", "--file", "-", input=b"\xff\xfe\x00bad\n"))
    assert "UTF-8" in message


def test_missing_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    message = assert_usage_error(cli("check", "--file", path))
    assert str(path) in message


def test_directory_as_file(cli: Cli, tmp_path: Path) -> None:
    assert str(tmp_path) in assert_usage_error(cli("check", "--file", tmp_path))


def test_statement_and_file_together(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("Hungary's ODA for Vietnam totals 400 million USD\n", encoding="utf-8")
    message = assert_usage_error(cli("check", "Hungary did not approve the ODA", "--file", path))
    assert "STATEMENT" in message and "--file" in message


def test_neither_statement_nor_file(cli: Cli) -> None:
    message = assert_usage_error(cli("check"))  # the runner's standard input is empty
    assert "nothing to check" in message and "STATEMENT" in message
    assert "not both" in assert_usage_error(cli("check", "x", "--file", "-"))


def test_unknown_format(cli: Cli) -> None:
    assert_usage_error(cli("check", "Hungary did not approve the ODA", "--format", "xml"))


def test_parse_empty_statement(cli: Cli) -> None:
    assert "empty" in assert_usage_error(cli("parse", "   "))


@pytest.mark.parametrize(
    ("statement", "shown"),
    [
        ("Lam had never met Orban before Feb 19.", "bound      'before': before 'Feb 19'"),
        ("Lam had never met Orban before.", "bound      'before': before a time left unsaid"),
        ("Sau chuyến đi, Tổng Bí thư gặp ông Hun Manet.", "bound      'Sau': after 'chuyến đi'"),
    ],
)
def test_parse_shows_the_time_a_statement_is_bound_to(cli: Cli, statement: str, shown: str) -> None:
    """The time a denial is bounded to, or an act set after, is what the claims are weighed
    against (factdb.check.earlier, factdb.check.later): `factdb parse` says how it was read."""
    assert shown in assert_ok(cli("parse", statement)).stdout


# --- numbers past float range ------------------------------------------------------

HUGE_ODA = "Hungary approved " + "9" * 300 + " billion USD of ODA for Vietnam"


def test_check_huge_amount_has_no_traceback(cli: Cli) -> None:
    result = cli("check", HUGE_ODA)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.exit_code in (0, 1, 2)


def test_parse_json_of_a_huge_amount_is_strict_json(cli: Cli) -> None:
    result = assert_ok(cli("parse", HUGE_ODA, "--format", "json"))

    def no_constants(token: str) -> None:
        raise ValueError(f"not JSON: {token}")

    json.loads(result.stdout, parse_constant=no_constants)


# --- factdb parse ---------------------------------------------------------------------------------


def parse_json(cli: Cli, statement: str) -> dict[str, Any]:
    data = json.loads(assert_ok(cli("parse", statement, "--format", "json")).stdout)
    assert isinstance(data, dict)
    assert isinstance(data["quantities"], list) and isinstance(data["dates"], list)
    for q in data["quantities"]:
        assert {"text", "low", "high", "unit"} <= set(q)
    for d in data["dates"]:
        assert {"text", "start", "end", "grain"} <= set(d)
    return data


def test_a_detail_no_claim_says_is_named_in_the_reason(cli: Cli) -> None:
    """Issue 10, precision: a word nothing read and no deciding claim's source says turns a
    would-be supported into not enough info (exit 0), and the reason names it; `factdb parse`
    lists the words left unread."""
    statement = "Lam and Orban held a closed-door meeting on February 19"
    result = assert_ok(cli("check", statement))
    assert result.stdout.startswith("NOT ENOUGH INFO")
    assert "the words 'closed-door', which no deciding claim's source says" in result.stdout
    assert "to-lam-met-orban-2026-02-19" in result.stdout
    assert parse_json(cli, statement)["unaccounted"] == ["closed", "door"]
    shown = assert_ok(cli("parse", statement)).stdout
    assert "unread     'closed', 'door'" in shown


def test_parse_exact_quantity(cli: Cli) -> None:
    data = parse_json(cli, "Hungary's ODA for Vietnam totals 400 million USD")
    [q] = data["quantities"]
    assert q["text"] == "400 million USD"
    assert q["low"] == q["high"] == 400_000_000
    assert q["unit"] == "USD"
    assert data["dates"] == []


def test_parse_open_interval_and_year(cli: Cli) -> None:
    data = parse_json(cli, "Vietnam–Hungary trade topped 1 billion USD in 2025")
    [q] = data["quantities"]
    assert "1 billion USD" in q["text"]
    assert q["low"] == 1_000_000_000 and q["high"] is None  # open above
    assert q["unit"] == "USD"
    [d] = data["dates"]
    assert d == {**d, "text": "2025", "start": "2025-01-01", "end": "2025-12-31", "grain": "year"}


def test_parse_upper_bound_vietnamese(cli: Cli) -> None:
    data = parse_json(cli, "Kim ngạch thương mại Việt Nam – Hungary năm 2025 dưới 1 tỷ USD.")
    [q] = data["quantities"]
    assert q["low"] is None and q["high"] == 1_000_000_000
    assert q["unit"] == "USD"
    [d] = data["dates"]
    assert (d["start"], d["end"], d["grain"]) == ("2025-01-01", "2025-12-31", "year")


def test_parse_day_and_range(cli: Cli) -> None:
    data = parse_json(cli, "Tô Lâm met Viktor Orbán on 19 February 2026.")
    [d] = data["dates"]
    assert (d["start"], d["end"], d["grain"]) == ("2026-02-19", "2026-02-19", "day")
    data = parse_json(cli, "Hội nghị diễn ra từ ngày 18–20/2/2026.")
    [d] = data["dates"]
    assert (d["start"], d["end"]) == ("2026-02-18", "2026-02-20")


def test_parse_table_output(cli: Cli) -> None:
    out = assert_ok(cli("parse", "Hungary did not approve the ODA")).stdout
    assert "entity" in out and "hungary" in out
    assert "negation" in out and "not" in out


# --- factdb eval ----------------------------------------------------------------------------------

LABELLED = REPO_ROOT / "fixtures" / "statements" / "labelled.yaml"
# Measured: accuracy 0.933, macro-F1 0.936, 1 confidently wrong since issue 10's third pass read
# an "only" said of no name (0.931, 0.934, 2 before; issue 11 relabelled 23
# closed-world labels not_enough_info: 0.898, 0.902, 3; issue 10 reads titles, verb polarity and
# tense on top, then press forms of names: 0.918, 0.922, 2 before). The floors sit just under the
# measured figures so that two regressions fail the suite; the confident wrong verdicts, the worst
# outcome, are counted exactly: a change that mends one lowers this count with it.
# Issue 10's recall pass (press phrasing: contents of acts, zones, shared heads, titles inside
# names, possessive "của", continuations): 0.947, 0.948, 1.
# Issue 10's precision pass (supported only when the deciding claims account for every word
# nothing read: accounting.details): 0.949, 0.950, 0 (Hun Manet's congratulation "nhân dịp Tết" is
# no longer borne out by his congratulation of the re-election).
# Issue 10's second recall pass (views in other words, collective speakers, who speaks for a
# country), merged with the precision, names, batch and cold work: 0.949, 0.950, 0.
# Session 13's acts pass (light verbs, who does the act after "invited", refusals and intentions
# denied, undertakings, joined offices, a country for its leader, weekdays, parties turned
# round), merged with the session's precision, views, cold, batch and tidy work: 0.951, 0.952, 0.
# Session 14's support pass (framing, intensifiers, glosses by form and phrase, names a fact's
# sentence gives, headlines, datelines, capitals) merged with the session's
# views, contra, cold and batch work: 0.962, 0.964, 0 (0.964, 0.966 with an invitation's claim
# carrying the visit it invites to, taken out: it cost a confident wrong on press/held-out).
ACCURACY_FLOOR = 0.958
MACRO_F1_FLOOR = 0.960
CONFIDENT_WRONG = 0
# The press-style development corpus of issue 10 (fixtures/statements/press/dev.yaml; its
# held-out slice is only ever scored, never floored here). Measured: accuracy 0.628, macro-F1
# 0.634, 5 confidently wrong with the speaker model merged (0.580, 0.585, 5 before it; 0.431,
# 0.414, 24 when this session began).
# The second press corpus (fixtures/statements/press2/, written blind by another writer; its
# held-out third is only scored). Measured when it landed: 0.559, 0.556, 8 confidently wrong.
# With issue 11's last curation pass: press 0.632, 0.638, 5; press2 0.588, 0.584, 8.
# With issue 10's third pass (the preconditions of confident verdicts: traps.yaml): press dev
# 0.637, 0.645, 1; press2 dev 0.582, 0.582, 2; traps 0.897, 0.885, 0 (58 items). Both merged:
# press dev 0.641, 0.648, 1; press2 dev 0.618, 0.619, 3; traps unchanged. With each part of a
# statement tied to one claim's roles (tests/test_roles.py) and 004's collective congratulation
# curated, and what something is for read as words no claim says: press2 dev 0.635, 0.636, 0
# (a deal named in passing no longer refuted by one agreement not concluded; Hegseth's unnamed
# agreement no longer borne out by Vietnam's EVFTA; what the ODA will be used for no longer
# borne out by its approval; the leaders' congratulation of Vietnam borne out); press dev
# unchanged (nine unnamed leaders' congratulations borne out by theirs, no longer by Tô Lâm's
# own of Armenia).
# Issue 10's recall pass: press dev 0.658, 0.665, 1; press2 dev 0.653, 0.656, 3; traps 0.948,
# 0.928, 0. Both merged: press dev 0.658, 0.665, 1; press2 dev 0.671, 0.673, 0. With the
# recall pass's last aliases (the foreign ministry's names, "Vietnam leader"): press dev 0.662,
# 0.668, 1.
# Issue 10's precision pass (every word nothing read must be said by a deciding claim's source,
# or be a filler or a gloss of its words: lexicon/<lang>/fillers.yaml) trades supported verdicts
# for confident wrong ones, as the issue asks: press dev 0.653, 0.660, 1 (five supported lost
# to words no source says: "among", "thủ đô", "trước", "một buổi", "đàm phán"); press3 dev
# 0.592, 0.577, 1 (one confident wrong gone, "kéo dài gần một giờ"; three supported lost: "&
# more", "defense chief", unaccented "tung"); press2 dev 0.665, 0.668, 0 (one supported lost:
# "một phó thủ tướng", whose "một" is also the "once" of "một lần nữa"); traps unchanged.
# Pooled over every development corpus (the new details/dev too): macro-F1 0.7648 -> 0.7658,
# confidently wrong 20 -> 6. "US Defense Secretary Pete Hegseth" relabelled supported (its note
# says why): press dev 0.655, 0.662, 0.
# Issue 10's second recall pass (views in other words: check/topics.py; collective speakers;
# who speaks for a country: lexicon/world/voices.yaml; who invited whom; press aliases), on
# main with every pass of the session merged: press dev 0.676, 0.683, 0; press2 dev 0.688,
# 0.690, 0; press3 dev 0.660, 0.655, 0; details dev 0.748, 0.750, 0 (a US state is no place of
# a meeting in a national capital); traps unchanged.
STATEMENTS = REPO_ROOT / "fixtures" / "statements"
PRESS_FLOORS = {
    # corpus: (accuracy floor, macro-F1 floor, confidently wrong exactly)
    # With the names of issue 10 (factdb.check.occasion: names that fix the occasion, titles
    # beside a fact, a country for its leader, House committee seats) on the first merge of
    # session 12: press dev 0.678, 0.686, 0; press2 dev 0.694, 0.697, 0; press3 dev 0.653,
    # 0.646, 0.
    # Session 13, the acts pass merged with the session's others: press dev 0.694, 0.701, 0;
    # press2 dev 0.712, 0.718, 0; press3 dev 0.680, 0.677, 0; details dev 0.763, 0.767, 0;
    # press4 dev 0.551, 0.559, 0 (summary only); precision dev 0.873, 0.827, 0.
    # Session 14 (contradictions: an announcer's figure, an event's venue, a date on one clock,
    # a single-holder office read from the title): press dev 0.698, 0.705, 0; press2 dev 0.718,
    # 0.724, 0; press3 dev 0.687, 0.686, 0; press4 dev 0.565, 0.574, 0; labelled 0.960, 0.962.
    # With an event named by its parts: press dev 0.699, 0.706; press3 dev 0.694, 0.694.
    # Session 14's support pass merged with the session's others: press dev 0.721, 0.725, 0;
    # press2 dev 0.735, 0.740, 0; details dev 0.778, 0.783, 0; press4 dev 0.616, 0.628, 0;
    # precision dev 0.927, 0.897, 0; press5 dev (validation, summary) 0.560, 0.566, 1.
    # Merged with the session's other parts (support, views, cold, batch) at 04:20: labelled
    # 0.964, 0.966; press dev 0.721, 0.725; press2 dev 0.741, 0.745; press3 dev 0.701, 0.701;
    # details dev 0.778, 0.783; press4 dev 0.616, 0.628; precision dev 0.927, 0.897; press5 dev
    # 0.560, 0.566, 1 (summary); every floor one item below.
    # session 20 (six passes, four narrow fixes): 0.779, 0.780, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.797, 0.796, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.811, 0.809, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.824, 0.821, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.831, 0.828, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.835, 0.832, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.845, 0.841, 0 at its end; one item below
    # session 27 (seven passes, two reviews, five fixes): 0.854, 0.850, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.858, 0.853, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.865, 0.859, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.870, 0.865, 0 at its end, one below
    # session 31 (seven passes, two reviews, six fixers): 0.872, 0.867, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.874, 0.869, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.875, 0.870, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.877, 0.872, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.881, 0.875, 0 at its end; one item below
    # session 36: 0.883, 0.877, 0 at its end; one item below
    "press/dev.yaml": (0.882, 0.876, 0),
    # session 20 (six passes, four narrow fixes): 0.800, 0.802, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.841, 0.839, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.859, 0.854, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.865, 0.861, 0 at its end;
    # one item below
    # session 25 (seven passes, six fixes): 0.882, 0.878, 0 at its end; one item below
    # session 27 (seven passes, two reviews, five fixes): 0.888, 0.884, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.894, 0.891, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.912, 0.908, 0 at its end; one item below
    "press2/dev.yaml": (0.905, 0.9, 0),
    # The third blind corpus (press3/, almost-right statements), its dev part: 0.599, 0.581, 3
    # when it landed; 0.605, 0.592, 2 with a one-off event "since" a date read as at that date.
    # 0.605, 0.593, 0 with a state said to change on the occasion (an upgrade "tại cuộc gặp")
    # left open by the level held that day
    # session 13 (precision): 0.667, 0.659, 0, words given to the other party of an exchange
    # refuted only on its occasion
    # session 20 (six passes, four narrow fixes): 0.816, 0.817, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.850, 0.850, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.871, 0.869, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.884, 0.883, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.898, 0.896, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.905, 0.902, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.912, 0.908, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.918, 0.915, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.925, 0.923, 0 at its end, one below
    # session 35 (recurring misses, one review, fixers): 0.932, 0.930, 0 at its end; one item below
    # session 36: 0.946, 0.944, 0 at its end; one item below
    "press3/dev.yaml": (0.938, 0.935, 0),
    # issue 10's almost-right statements written for the precision pass (details/), its dev
    # part: 0.615, 0.608, 16 before it; 0.681, 0.674, 4 after; 0.689, 0.682, 4 with a count of
    # one occasion's parties below what its claims name refuted (press3 dev 0.599, 0.587, 1);
    # 0.696, 0.691, 4 with another place on the same occasion refuted; 0.704, 0.699, 3 with "the
    # most important partner" no alias of "one of the most important partners"; 0.711, 0.706, 2
    # with occasions "since" a date not borne out by one that came later; 0.726, 0.723, 0 with
    # its two views given to the other side of an exchange labelled as the contract reads them
    # merged with main (recall, names, cold, batch): 0.741, 0.741, 0
    # session 14 (contradictions, an event named by its parts, its venue): 0.770, 0.775, 0
    # session 20 (six passes, four narrow fixes): 0.904, 0.910, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.911, 0.916, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.919, 0.924, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.933, 0.938, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.948, 0.953, 0 at its end; one item below
    # session 27 (seven passes, two reviews, five fixes): 0.956, 0.959, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.956, 0.958, 0 at its end; one item below
    # session 36: 0.963, 0.964, 0 at its end; one item below
    "details/dev.yaml": (0.955, 0.955, 0),
    # The fourth blind corpus (press4/), kept outside the project through session 12: its dev
    # part scored 0.536, 0.543, 4 at that session's start and 0.500, 0.498, 3 at its end (see
    # README, "A fourth blind corpus"). Three confidently wrong verdicts, none read yet. Session
    # 13 (precision) took its dev part as a validation set, read as a summary only: 0.514, 0.518,
    # 0 with an act's verb not read as a comparator, a present title against a former office
    # and another occasion's addressee leaving a sole speaker's words open.
    # session 20 (six passes, four narrow fixes): 0.688, 0.699, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.710, 0.719, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.717, 0.725, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.725, 0.733, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.732, 0.739, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.746, 0.753, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.761, 0.767, 0 at its end, one below
    # session 31 (seven passes, two reviews, six fixers): 0.768, 0.774, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.783, 0.787, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.819, 0.819, 0 at its end; one item below
    # session 36: 0.826, 0.827, 0 at its end; one item below
    "press4/dev.yaml": (0.818, 0.818, 0),
    # The second precision trap corpus (precision2/, session 14's audit of that session's new
    # reading), its dev part: 0.643, 0.549, 3 as merged; 0.679, 0.583, 1 with a gloss of several
    # words said only by one sentence saying them together and Orbán's scholarships curated as
    # his words. The one left: "agreed to wrap up EVFTA talks" of an agreement to use the EVFTA
    # (a transparent verb under "agreed to"), there since before the session; session 15: 0.696,
    # 0.604, 0 with a transparent verb after a plan verb read as the act planned. Session 18:
    # 0.804, 0.799, 0.
    # session 20 (six passes, four narrow fixes): 0.839, 0.832, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.893, 0.897, 0 at its end; one item below
    "precision2/dev.yaml": (0.875, 0.861, 0),
    # The third precision trap corpus (precision3/, session 15: traps on every path to a
    # confident verdict, written before any code change), its dev part: 0.708, 0.701, 6 as
    # written; 0.754, 0.750, 3 with the past copula, a deputy's office and the object of a visit
    # (one item relabelled to the project's reading of an encounter named by its people); 0.769,
    # 0.764, 2 with a transparent verb after a plan verb read as the act planned; 0.785, 0.778, 1
    # with a manner, an ordinal or a purpose of an act read as another act (other_acts); 0.785,
    # 0.782, 0 with a report's date ("per 2026 reports") read as no date of the fact. The
    # midway merge of session 15 (0.800, 0.795, 1): "spoke with" read as a meeting or a call
    # brought an old fault to light: "Leahy, who chairs the ... Committee" is borne out by his
    # former chairmanship (a present-tense office against an ended one); 0.815, 0.815, 0 with an
    # office written as a verb read in its tense ("chairs": present, office_verbs). Session 18
    # (deputy offices, events within their occasion's days, a reception bearing out a meeting,
    # the day a source tells on Hanoi's clock): 0.892, 0.894, 0.
    # raised at session 19's end, one item below it
    # session 20 (six passes, four narrow fixes): 0.938, 0.940, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.954, 0.955, 0 at its end; one item below
    "precision3/dev.yaml": (0.938, 0.924, 0),
    # The fifth blind corpus (press5/), kept outside the project through session 13: its dev
    # part scored 0.522, 0.525, 1 at that session's start and 0.552, 0.558, 1 at its end. The
    # one confidently wrong verdict is not read yet. Session 14 took it as its validation set
    # (summary only): 0.545, 0.550, 1, one item fewer, from the fix of a known confident wrong
    # the issue asked for ("Lam did not attend the Board of Peace meeting in March 2026": a
    # looser name of an event, dated outside it, may be another meeting of its kind); its
    # held-out part rose from 0.500, 0.494 to 0.515, 0.517. With the who-said-what pass merged
    # (04:30 UTC): 0.560, 0.566, 1 (a view's verbs glossed: "values", "plays" a role). Session
    # 15 midway merge 0.590, 1; then 0.597, 0.605, 0 with a congratulation said to be phoned
    # ("gọi điện chúc mừng") read as an act no claim gives (other_acts).
    # raised at session 19's end, one item below it
    # session 20 (six passes, four narrow fixes): 0.731, 0.737, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.754, 0.758, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.769, 0.772, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.784, 0.786, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.806, 0.808, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.821, 0.822, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.828, 0.829, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.836, 0.836, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.843, 0.842, 0 at its end, one below
    # session 31 (seven passes, two reviews, six fixers): 0.851, 0.849, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.858, 0.857, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.881, 0.878, 0 at its end; one item below
    # session 36: 0.881, 0.878, 0 at its end; one item below
    "press5/dev.yaml": (0.88, 0.875, 0),
    # The sixth blind corpus (press6/), kept outside the project through session 14 and taken
    # as session 15's validation set, read as a summary only: 0.585, 0.585, 0 at the session's
    # start, 0.592, 0.594, 0 at its end. Session 16 read it as a development set: 0.641, 0.645, 0
    # at that session's end; session 17's passes 0.683, 0.686, 0; session 18's 0.704, 0.704, 0.
    # raised at session 19's end, one item below it
    # session 20 (six passes, four narrow fixes): 0.775, 0.771, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.796, 0.789, 0 at its end; one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.803, 0.794, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.817, 0.808, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.824, 0.814, 0 at its end; one item below
    # session 27 (seven passes, two reviews, five fixes): 0.831, 0.822, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.838, 0.830, 0 at its end; one item below
    # session 31 (seven passes, two reviews, six fixers): 0.845, 0.836, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.852, 0.844, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.859, 0.849, 0 at its end; one item below
    # session 36: 0.866, 0.857, 0 at its end; one item below
    "press6/dev.yaml": (0.866, 0.854, 0),
    # The seventh blind corpus (press7/), kept outside the project through session 15: 0.633,
    # 0.633, 4 at that session's start, 0.627, 0.627, 5 at its end. Session 16 read its five
    # confident wrongs (a participle "missing" read as a denial, twice; a hyphenated amount read
    # as a range; a state after an event; a relation's level) and fixed each by mechanism:
    # 0.727, 0.729, 0 at its end.
    # session 20 (six passes, four narrow fixes): 0.787, 0.783, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.847, 0.844, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.853, 0.849, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.873, 0.869, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.880, 0.875, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.887, 0.882, 0 at its end; one item below
    # session 36: 0.887, 0.882, 0 at its end; one item below
    "press7/dev.yaml": (0.88, 0.874, 0),
    # The eighth blind corpus (press8/), kept outside the project through session 16: 0.615,
    # 0.623, 1 at that session's start, 0.647, 0.656, 1 at its end. Session 17 read it and
    # bound a party tag to the group noun it stands before (its confident wrong): 0.705, 0.712, 0.
    # raised at session 19's end, one item below it
    # session 20 (six passes, four narrow fixes): 0.795, 0.799, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.827, 0.828, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.833, 0.834, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.846, 0.846, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.853, 0.852, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.865, 0.864, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.872, 0.870, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.878, 0.876, 0 at its end; one item below
    # session 31 (seven passes, two reviews, six fixers): 0.885, 0.882, 0 at its end; one item below
    "press8/dev.yaml": (0.878, 0.875, 0),
    # The ninth blind corpus (press9/), written at session 17's start and kept outside the
    # project until 14:00 UTC: 0.550, 0.550, 2 then (the session's first six passes moved it by
    # no net item); the session's second wave read it: 0.624, 0.630, 0 at the session's end.
    # Session 18: 0.638, 0.643, 0.
    # session 20 (six passes, four narrow fixes): 0.685, 0.691, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.745, 0.749, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.752, 0.755, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.765, 0.768, 0 at its end;
    # one item below
    # session 25 (seven passes, six fixes): 0.779, 0.782, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.785, 0.788, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.792, 0.795, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.812, 0.814, 0 at its end; one item below
    # session 31 (seven passes, two reviews, six fixers): 0.832, 0.832, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.839, 0.838, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.852, 0.851, 0 at its end; one item below
    # session 36: 0.859, 0.857, 0 at its end; one item below
    "press9/dev.yaml": (0.852, 0.848, 0),
    # The tenth blind corpus (press10/), written at session 17 and kept outside the project
    # through it (0.640, 0.640, 2 then 0.640, 0.640, 1). Session 18 read it: 0.707, 0.704, 0 at
    # its end (a deputy's office, a reception bearing out a meeting, a day told on a clock,
    # countries acting together).
    # session 20 (six passes, four narrow fixes): 0.753, 0.746, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.787, 0.784, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.800, 0.795, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.813, 0.808, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.827, 0.821, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.847, 0.840, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.853, 0.848, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.873, 0.866, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.880, 0.874, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.900, 0.894, 0 at its end; one item below
    # session 36: 0.907, 0.902, 0 at its end; one item below
    "press10/dev.yaml": (0.9, 0.894, 0),
    # The eleventh blind corpus (press11/), written at session 18's start and kept outside the
    # project through it (0.562, 0.566, 4 then 0.588, 0.590, 3). Session 19 read it by class
    # (opposite views, paraphrased views, light words, titles and holders, dates, clauses): 0.731,
    # 0.735, 0 at its end; one item below.
    # session 20 (six passes, four narrow fixes): 0.762, 0.765, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.787, 0.788, 0 at its end; one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.806, 0.804, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.812, 0.811, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.819, 0.816, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.825, 0.822, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.831, 0.827, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.838, 0.832, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.844, 0.838, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.850, 0.844, 0 at its end; one item below
    "press11/dev.yaml": (0.843, 0.836, 0),
    # The twelfth blind corpus (press12/), kept outside the project through session 19: its dev
    # part scored 0.656, 0.664, 0 at that session's start and 0.688, 0.690, 0 at its end;
    # session 20, which tuned on it: 0.781, 0.778, 0; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.794, 0.789, 0 at its end; one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.819, 0.812, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.838, 0.831, 0 at its end;
    # one item below
    # session 25 (seven passes, six fixes): 0.844, 0.836, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.850, 0.843, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.856, 0.849, 0 at its end, one below
    # session 33 (five passes, two reviews, four fixers): 0.869, 0.860, 0 at its end; one item below
    # session 36: 0.875, 0.867, 0 at its end; one item below
    "press12/dev.yaml": (0.868, 0.859, 0),
    # The thirteenth blind corpus (press13/, written at the start of session 20 and scored there
    # only as summaries: 0.650, 0.658, 1 at its start, 0.681, 0.687, 1 at its end); session 21,
    # which tuned on its dev part: 0.794, 0.788, 0 at its end (the confident wrong, a party
    # inside reported content read as the speaker's, fixed); one item below
    # session 22 (seven passes, two reviews, twelve narrow fixes): 0.800, 0.794, 0 at its end;
    # one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.819, 0.811, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.825, 0.817, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.831, 0.822, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.838, 0.828, 0 at its end; one item below
    # session 27 (seven passes, two reviews, five fixes): 0.844, 0.833, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.850, 0.840, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.856, 0.845, 0 at its end; one item below
    # session 31 (seven passes, two reviews, six fixers): 0.863, 0.852, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.869, 0.857, 0 at its end; one item below
    "press13/dev.yaml": (0.862, 0.849, 0),
    # The fourteenth blind corpus (press14/, written at the start of session 21 and scored there
    # only as summaries: 0.619, 0.627, 1 at its start, 0.663, 0.671, 1 at its end); session 22,
    # which tuned on its dev part: 0.769, 0.769, 0 at its end (the confident wrong, Prabowo's
    # ASEAN invitation read as Trump's, fixed); one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.787, 0.788, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.812, 0.812, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.825, 0.824, 0 at its end; one item below
    # session 26 (eight passes, six fixes): 0.831, 0.830, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.838, 0.837, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.856, 0.854, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.863, 0.861, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.869, 0.866, 0 at its end; one item below
    # session 36: 0.875, 0.872, 0 at its end; one item below
    "press14/dev.yaml": (0.868, 0.864, 0),
    # The fifteenth blind corpus (press15/, written at the start of session 22 and kept outside
    # the project all session: 0.675, 0.678, 0 at its start, 0.681, 0.683, 0 at its end); one
    # item below, as a floor until a session tunes on it
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.762, 0.759, 0 at its end;
    # one item below
    # session 24 (eight passes, twelve fixes): 0.775, 0.770, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.787, 0.782, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.794, 0.787, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.806, 0.798, 0 at its end; one item below
    # session 31 (seven passes, two reviews, six fixers): 0.812, 0.803, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.819, 0.808, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.844, 0.832, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.863, 0.851, 0 at its end; one item below
    # session 36: 0.869, 0.858, 0 at its end; one item below
    "press15/dev.yaml": (0.862, 0.85, 0),
    # The sixteenth blind corpus (press16/, written at the start of session 23 and kept outside
    # the project all session: 0.681, 0.684, 1 at its start, 0.706, 0.709, 1 at its end; the one
    # confident wrong was on main before the session and was not read); one item below, as a
    # floor until a session tunes on it
    # session 24's polarity pass: its one confident wrong ("declined To Lam's invitation", a
    # refusal lost to a cue reaching into the name) is gone
    # session 24 (eight passes, twelve fixes): 0.825, 0.825, 0 at its end; one item below
    # session 25 (seven passes, six fixes): 0.838, 0.836, 0 at its end;
    # one item below
    # session 27 (seven passes, two reviews, five fixes): 0.844, 0.842, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.850, 0.848, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.856, 0.853, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.869, 0.865, 0 at its end; one item below
    # session 36: 0.881, 0.877, 0 at its end; one item below
    "press16/dev.yaml": (0.881, 0.876, 0),
    # press17 (session 24's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.650, 0.657, 1 (the confident wrong was on main at its start, not
    # read); one item below
    # session 25: its confident wrong ("Bộ Công an thông báo ...", supported) is open now: one
    # body's announcement does not rule out another's (doers.announcer_parts)
    # session 25 (seven passes, six fixes): 0.744, 0.741, 0 at its end;
    # one item below
    # session 26 (eight passes, six fixes): 0.750, 0.748, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.762, 0.758, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.769, 0.763, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.775, 0.768, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.787, 0.778, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.806, 0.798, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.812, 0.803, 0 at its end; one item below
    # session 36: 0.825, 0.817, 0 at its end; one item below
    "press17/dev.yaml": (0.825, 0.814, 0),
    # press18 (session 25's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.662, 0.673, 1 (the confident wrong was on main at its start, not
    # read); one item below
    # session 26: its confident wrong ("chúc mừng ông Tô Lâm được bầu làm Chủ tịch nước",
    # supported by Trump's own presidency) is open now: an office someone is elected to is his
    # (office_tense `start`, accounting.taken_up)
    # session 26 (eight passes, six fixes): 0.681, 0.692, 0 at its end; one item below
    # session 27 (seven passes, two reviews, five fixes): 0.688, 0.699, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.694, 0.705, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.700, 0.711, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.719, 0.728, 0 at its end, one below
    # session 33 (five passes, two reviews, four fixers): 0.731, 0.739, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.750, 0.757, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.787, 0.793, 0 at its end; one item below
    # session 36: 0.806, 0.811, 0 at its end; one item below
    "press18/dev.yaml": (0.806, 0.809, 0),
    # press19 (session 26's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.750, 0.757, 1 (the confident wrong was on main at its start, not
    # read); one item below. Session 27: its confident wrong ("Bo truong Noi an My Pete Hegseth
    # duoc TBT tiep", supported with the department's words read as fillers) is open now: a
    # capitalised word that only folds like a filler is no filler (occasions), and the words
    # naming a department between a title's head and its holder are details (offices,
    # parse._title_qualifiers)
    # session 27 (seven passes, two reviews, five fixes): 0.781, 0.789, 0 at its end; one item below
    # session 28 (seven passes, two reviews, six fixers): 0.800, 0.807, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.806, 0.813, 0 at its end, one below
    # session 31 (seven passes, two reviews, six fixers): 0.812, 0.819, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.825, 0.831, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.838, 0.842, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.844, 0.848, 0 at its end; one item below
    # session 36: 0.856, 0.860, 0 at its end; one item below
    "press19/dev.yaml": (0.85, 0.852, 0),
    # press20 (session 27's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.750, 0.757, 1 (the confident wrong was on main at its start, not
    # read); one item below. Session 28: its confident wrong (two anniversaries' figures swapped,
    # both borne out) is refuted now: a figure is bound to the noun it counts (scope.counted)
    # session 28 (seven passes, two reviews, six fixers): 0.781, 0.788, 0 at its end; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.794, 0.800, 0 at its end; one item below
    # session 31 (seven passes, two reviews, six fixers): 0.812, 0.817, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.825, 0.829, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.838, 0.841, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.850, 0.852, 0 at its end; one item below
    # session 36: 0.863, 0.864, 0 at its end; one item below
    "press20/dev.yaml": (0.862, 0.862, 0),
    # press21 (session 28's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.744, 0.751, 1 (the confident wrong was on main at its start, not
    # read); one item below. Session 29's offices pass reads the confident wrong's ministry
    # ("Bộ trưởng Công Thương Séc", tests/test_ministries.py): 0.762, 0.769, 0; one item below
    # session 29 (eight passes, two reviews, six fixes): 0.794, 0.799, 0 at its end; one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.825, 0.828, 0 at its end, one below
    # session 31 (seven passes, two reviews, six fixers): 0.831, 0.834, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.850, 0.852, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.856, 0.858, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.875, 0.875, 0 at its end; one item below
    # session 36: 0.881, 0.881, 0 at its end; one item below
    "press21/dev.yaml": (0.875, 0.873, 0),
    # press22 (session 29's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.769, 0.776, 0 (as at its start, not read); one item below
    # session 30 (eight passes, two reviews, eight fixers): 0.800, 0.806, 0 at its end, one below
    # session 31 (seven passes, two reviews, six fixers): 0.806, 0.812, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.819, 0.823, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.831, 0.835, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.856, 0.859, 0 at its end; one item below
    # session 36: 0.863, 0.865, 0 at its end; one item below
    "press22/dev.yaml": (0.856, 0.857, 0),
    # press23 (session 30's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.787, 0.789, 1 (the confident wrong was on main at its start, not
    # read); one item below. Session 31: its confident wrong ("Hagerty said ... and expected a
    # deal soon", contradicted as a deal said done) is borne out now: a verb of expectation in
    # his words carries his mood (tests/test_speakers_occasions.py): 0.794, 0.796, 0
    # session 31 (seven passes, two reviews, six fixers): 0.806, 0.809, 0 at its end; one item below
    # session 32 (six passes, two reviews, nine fixers): 0.819, 0.821, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.825, 0.827, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.838, 0.839, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.850, 0.851, 0 at its end; one item below
    # session 36: 0.863, 0.861, 0 at its end; one item below
    "press23/dev.yaml": (0.856, 0.853, 0),
    # press24 (session 31's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.769, 0.775, 0 (0.750, 0.757, 0 at its start, not read); one below
    # session 32 (six passes, two reviews, nine fixers): 0.794, 0.800, 0 at its end; one item below
    # session 33 (five passes, two reviews, four fixers): 0.812, 0.817, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.825, 0.829, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.838, 0.841, 0 at its end; one item below
    # session 36: 0.856, 0.859, 0 at its end; one item below
    "press24/dev.yaml": (0.85, 0.851, 0),
    # press25 (session 32's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.756, 0.756, 0 (0.750, 0.749, 0 at its start, not read); one below
    # session 33 (five passes, two reviews, four fixers): 0.775, 0.772, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 0.787, 0.781, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.806, 0.799, 0 at its end; one item below
    # session 36: 0.825, 0.819, 0 at its end; one item below
    "press25/dev.yaml": (0.818, 0.811, 0),
    # press26 (session 33's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.869, 0.865, 0 (0.863, 0.859, 0 at its start, not read); one below
    # session 34 (five passes, one review, four fixers): 0.881, 0.877, 0 at its end; one item below
    # session 35 (recurring misses, one review, fixers): 0.900, 0.895, 0 at its end; one item below
    # session 36: 0.912, 0.907, 0 at its end; one item below
    "press26/dev.yaml": (0.906, 0.899, 0),
    # press27 (session 34's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.844, 0.846, 0 (the same at its start, not read); one below
    # session 35 (recurring misses, one review, fixers): 0.919, 0.918, 0 at its end; one item below
    # session 36: 0.925, 0.924, 0 at its end; one item below
    "press27/dev.yaml": (0.925, 0.922, 0),
    # press28 (session 35's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.894, 0.890, 0 (0.887, 0.884, 0 at its start, not read); one below
    # session 36: 0.919, 0.916, 0 at its end; one item below
    "press28/dev.yaml": (0.918, 0.914, 0),
    # press29 (session 36's blind corpus, kept outside the project all session): its dev part
    # at the session's end, 0.838, 0.838, 2 (0.831, 0.831, 2 at its start, not read); one below
    "press29/dev.yaml": (0.831, 0.83, 2),
    # issue 10's traps for the confident paths (press/traps.yaml): none may come back
    # session 21 (seven passes, fourteen narrow fixes): 0.983, 0.986, 0 at its end; one item below
    # session 34 (five passes, one review, four fixers): 1.000, 1.000, 0 at its end; one item below
    "press/traps.yaml": (0.982, 0.979, 0),
    # session 13's precision traps (precision/, other occasions, hedges, plans, addressees,
    # titles, adjectives, verbs misread as comparators or denials), its dev part: 0.836, 0.774,
    # 1 when written; 0.855, 0.800, 0 with a denial's scope closed by a comma and litotes
    # session 20 (six passes, four narrow fixes): 0.964, 0.951, 0 at its end; one item below
    # session 21 (seven passes, fourteen narrow fixes): 0.964, 0.951, 0 at its end; one item below
    # session 23 (seven passes, three reviews, fourteen narrow fixes): 0.982, 0.970, 0 at its end;
    # one item below
    "precision/dev.yaml": (0.963, 0.933, 0),
    # who said what (speakers.yaml, 35 items written before the stances were curated): 0.886,
    # 0.882, 0 at session 13's start; 0.914, 0.925, 0 with the persons of a quotation (a wish
    # "hai nước" in the speaker's words, given to the other side, is refuted); 0.943, 0.949, 0
    # with the speaker named again after the words ("..., he told To Lam")
    "speakers.yaml": (0.942, 0.949, 0),
}


@pytest.fixture(scope="module")
def eval_scores(cli: Cli) -> dict[str, Any]:
    result = assert_ok(cli("eval", LABELLED, "--format", "json"))
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def confident_wrong(confusion: dict[str, dict[str, int]]) -> int:
    """A decided verdict where the gold label says otherwise: nei→decided, or the two swapped."""
    return (
        confusion["not_enough_info"]["supported"]
        + confusion["not_enough_info"]["contradicted"]
        + confusion["supported"]["contradicted"]
        + confusion["contradicted"]["supported"]
    )


def test_eval_json_shape(eval_scores: dict[str, Any]) -> None:
    assert {"n", "accuracy", "macro_f1", "fever", "confusion"} <= set(eval_scores)
    confusion = eval_scores["confusion"]
    assert set(confusion) == VERDICTS
    assert all(set(row) == VERDICTS for row in confusion.values())
    total = sum(sum(row.values()) for row in confusion.values())
    assert total == eval_scores["n"] == 449
    correct = sum(confusion[v][v] for v in VERDICTS)
    assert eval_scores["accuracy"] == pytest.approx(correct / total)
    assert 0 <= eval_scores["fever"] <= eval_scores["accuracy"] <= 1


def test_eval_accuracy_floors(eval_scores: dict[str, Any]) -> None:
    """Regression floors on the development set (see ACCURACY_FLOOR)."""
    wrong = confident_wrong(eval_scores["confusion"])
    print(
        f"\naccuracy {eval_scores['accuracy']:.3f}  macro-F1 {eval_scores['macro_f1']:.3f}  "
        f"FEVER {eval_scores['fever']:.3f}  confident wrong {wrong}"
    )
    assert eval_scores["accuracy"] >= ACCURACY_FLOOR
    assert eval_scores["macro_f1"] >= MACRO_F1_FLOOR
    assert wrong == eval_scores["confidently_wrong"] == CONFIDENT_WRONG
    assert eval_scores["unexplained"] == 0, "every verdict gives a reason"


@pytest.mark.parametrize("corpus", sorted(PRESS_FLOORS))
def test_press_dev_floors(cli: Cli, corpus: str) -> None:
    """Regression floors on the press-style development corpora (see PRESS_FLOORS)."""
    accuracy, macro_f1, wrong = PRESS_FLOORS[corpus]
    data = json.loads(assert_ok(cli("eval", STATEMENTS / corpus, "--format", "json")).stdout)
    print(
        f"\n{corpus}: accuracy {data['accuracy']:.3f}  macro-F1 {data['macro_f1']:.3f}  "
        f"confident wrong {data['confidently_wrong']}"
    )
    assert data["accuracy"] >= accuracy
    assert data["macro_f1"] >= macro_f1
    assert data["confidently_wrong"] == wrong
    assert data["unexplained"] == 0, "every verdict gives a reason"


def test_eval_text_report(cli: Cli, eval_scores: dict[str, Any]) -> None:
    out = assert_ok(cli("eval", LABELLED)).stdout
    lines = out.splitlines()
    assert lines[0].startswith("gold \\ predicted")
    # the confusion matrix rows: gold label, then the three counts as in the JSON
    short = {"supported": "supported", "contradicted": "contradicted", "not_enough_info": "nei"}
    for gold in ("supported", "contradicted", "not_enough_info"):
        row = next(line for line in lines[1:4] if line.split()[0] == short[gold])
        counts = [int(x) for x in row.split()[1:]]
        expected = [eval_scores["confusion"][gold][p] for p in short]
        assert counts == expected, row
    assert f"statements  {eval_scores['n']}" in out
    assert f"unexplained        {eval_scores['unexplained']}" in out
    assert f"accuracy    {eval_scores['accuracy']:.3f}" in out
    assert f"macro-F1    {eval_scores['macro_f1']:.3f}" in out
    assert f"FEVER       {eval_scores['fever']:.3f}" in out
    assert "misses (" in out
    assert "expected" in out and "why:" in out


def test_eval_default_files_match_explicit(cli: Cli) -> None:
    """Without arguments eval reads fixtures/statements/*.yaml: labelled.yaml and the
    other-occasion corpus (issue 11)."""
    files = sorted((REPO_ROOT / "fixtures" / "statements").glob("*.yaml"))
    assert LABELLED in files
    # The default is resolved from the installed package (factdb.fixtures.DEFAULT_FIXTURES).
    data = json.loads(assert_ok(cli("eval", "--format", "json")).stdout)
    explicit = json.loads(assert_ok(cli("eval", *files, "--format", "json")).stdout)
    assert data == explicit


def test_eval_missing_file(cli: Cli, tmp_path: Path) -> None:
    message = assert_usage_error(cli("eval", tmp_path / "missing.yaml"))
    assert "missing.yaml: cannot read: No such file or directory" in message
    assert "Errno" not in message


def _write_labelled(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"statements": items}, ensure_ascii=False), encoding="utf-8")
    return path


def test_eval_macro_f1_ignores_labels_that_never_occur(cli: Cli, tmp_path: Path) -> None:
    statement, verdict = FILE_STATEMENTS[0]
    path = _write_labelled(tmp_path / "two.yaml", [{"text": statement, "verdict": verdict}] * 2)
    data = json.loads(assert_ok(cli("eval", path, "--format", "json")).stdout)
    assert data["accuracy"] == data["macro_f1"] == 1.0


def test_eval_a_right_verdict_without_listed_claims_is_no_miss(cli: Cli, tmp_path: Path) -> None:
    right = [{"text": s, "verdict": v} for s, v in FILE_STATEMENTS]
    wrong = {"text": FILE_STATEMENTS[0][0], "verdict": "contradicted", "tags": ["trap"]}
    path = _write_labelled(tmp_path / "mixed.yaml", [*right, wrong])
    data = json.loads(cli("eval", path, "--format", "json").stdout)
    assert [m["statement"] for m in data["misses"]] == [wrong["text"]]
    assert data["fever"] == data["accuracy"]
    assert data["by_tag"]["trap"] == {"n": 1, "accuracy": 0.0, "confidently_wrong": 1}
    assert data["confidently_wrong"] == 1 and data["misses"][0]["confidently_wrong"]


@pytest.mark.parametrize(
    "body",
    [
        "statements: [",  # invalid YAML
        "statements:\n  - !!python/object/apply:os.system ['true']\n",
        "a: &a [" + "*a, " * 3 + "]\n" + "b: &b [" + "*a, " * 9 + "]\n",  # aliases, bounded
        "[" * 5000 + "]" * 5000,  # deep nesting
    ],
    ids=["invalid", "python-tag", "aliases", "deep"],
)
def test_eval_hostile_files_are_usage_errors(cli: Cli, tmp_path: Path, body: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(body, encoding="utf-8")
    assert "hostile.yaml" in assert_usage_error(cli("eval", path))


def test_parse_table_shows_unknown_names_whole(cli: Cli) -> None:
    out = assert_ok(cli("parse", "Tô Lâm called Senator Marco Rubio on Friday.")).stdout
    assert "unknown    'Marco Rubio'" in out
    data = parse_json(cli, "Marco Rubio met Viktor Orbán in Vilnius")
    assert data["unknown_names"] == ["Marco Rubio", "Vilnius"]

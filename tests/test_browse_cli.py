"""Browsing from the command line: list filters and formats, show, sources, db current."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from factdb.store.migrations import head

Runner = Callable[..., Result]
Check = Callable[[Result], Result]
Refused = Callable[[Result], str]

HUNGARY_CLAIMS = {"hu-vn-trade-2025", "hu-oda-400m-usd", "hu-scholarships-200"}
TO_LAM_CLAIMS = {"to-lam-met-orban", "to-lam-met-macinka"}
SOURCE_000_CLAIMS = {"gaza-meeting-dates", "vn-us-csp-upgraded-2023"}


@pytest.fixture
def list_ids(run: Runner, assert_ok: Check, loaded: Path) -> Callable[..., set[str]]:
    """list_ids("--entity", "Hungary") → the ids `factdb list --format json` prints."""

    def ids(*args: str) -> set[str]:
        rows = json.loads(assert_ok(run("list", *args, "--format", "json")).stdout)
        assert isinstance(rows, list)
        return {row["id"] for row in rows}

    return ids


def test_list_without_filters_lists_everything(
    list_ids: Callable[..., set[str]], mini_claim_ids: set[str]
) -> None:
    assert list_ids() == mini_claim_ids


# --- filters ------------------------------------------------------------------------------------


def test_list_by_source(list_ids: Callable[..., set[str]], mini_claim_ids: set[str]) -> None:
    assert list_ids("--source", "000") == SOURCE_000_CLAIMS
    # A claim with spans in both sources is listed under each.
    assert list_ids("--source", "004") == mini_claim_ids - {"vn-us-csp-upgraded-2023"}


@pytest.mark.parametrize(
    "name",
    [
        "hungary",  # id
        "Hungary",  # name
        "HUNGARY",
        "Hung-ga-ri",  # Vietnamese alias
        "hung–ga–ri",  # en dashes, lower case
        "  Hung-ga-ri ",
    ],
)
def test_list_by_entity_id_or_alias(list_ids: Callable[..., set[str]], name: str) -> None:
    # Subject, qualifier and object mentions all count.
    assert list_ids("--entity", name) == HUNGARY_CLAIMS


@pytest.mark.parametrize("name", ["to-lam", "Tô Lâm", "To Lam", "to lam", "TÔ LÂM"])
def test_list_by_entity_with_and_without_diacritics(
    list_ids: Callable[..., set[str]], name: str
) -> None:
    assert list_ids("--entity", name) == TO_LAM_CLAIMS


@pytest.mark.parametrize("name", ["Séc", "sec", "Cộng hòa Séc", "cong hoa sec", "Czechia"])
def test_list_by_entity_matches_qualifiers(list_ids: Callable[..., set[str]], name: str) -> None:
    assert list_ids("--entity", name) == {"to-lam-met-macinka"}


def test_list_by_entity_matches_objects(list_ids: Callable[..., set[str]]) -> None:
    assert list_ids("--entity", "Orbán") == {"to-lam-met-orban"}
    assert list_ids("--entity", "orban") == {"to-lam-met-orban"}
    assert list_ids("--entity", "united-states") == {"vn-us-csp-upgraded-2023"}
    assert list_ids("--entity", "Mỹ") == {"vn-us-csp-upgraded-2023"}


def test_list_by_predicate(list_ids: Callable[..., set[str]]) -> None:
    assert list_ids("--predicate", "met") == TO_LAM_CLAIMS
    assert list_ids("--predicate", "oda_approved") == {"hu-oda-400m-usd"}
    assert list_ids("--predicate", "phone_call") == set()


def test_list_filters_combine(list_ids: Callable[..., set[str]]) -> None:
    assert list_ids("--entity", "Việt Nam", "--source", "000") == {"vn-us-csp-upgraded-2023"}
    assert list_ids("--entity", "hungary", "--predicate", "trade_turnover") == {"hu-vn-trade-2025"}
    assert list_ids("--entity", "to-lam", "--predicate", "oda_approved") == set()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--source", "999"), "unknown source '999'"),
        (("--entity", "Atlantis"), "unknown entity 'Atlantis'"),
        (("--predicate", "owns"), "unknown predicate 'owns'"),
        (("--entity", "Shared Name"), "names several entities"),
    ],
)
def test_list_unknown_filter_is_a_usage_error(
    run: Runner, loaded: Path, assert_usage_error: Refused, args: tuple[str, ...], message: str
) -> None:
    for fmt in ("table", "json"):
        result = run("list", *args, "--format", fmt)
        stderr = assert_usage_error(result)
        assert message in stderr
        assert result.stdout == "", "no partial listing on error"


def test_ambiguous_alias_names_the_candidates(
    run: Runner, loaded: Path, assert_usage_error: Refused
) -> None:
    stderr = assert_usage_error(run("list", "--entity", "shared name"))
    assert "comprehensive-strategic-partnership" in stderr
    assert "gaza-board-of-peace-meeting" in stderr


def test_filter_values_are_data_not_sql(
    run: Runner, loaded: Path, assert_usage_error: Refused, list_ids: Callable[..., set[str]]
) -> None:
    assert "unknown entity" in assert_usage_error(run("list", "--entity", "x' OR '1'='1"))
    assert "unknown source" in assert_usage_error(run("list", "--source", "004' --"))
    assert len(list_ids()) == 7


# --- formats --------------------------------------------------------------------------------------


def test_list_json_structure(run: Runner, assert_ok: Check, loaded: Path) -> None:
    rows = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    by_id = {row["id"]: row for row in rows}
    assert [row["id"] for row in rows] == sorted(by_id), "claims are listed in id order"
    trade = by_id["hu-vn-trade-2025"]
    assert trade == {
        "id": "hu-vn-trade-2025",
        "subject": "vietnam",
        "predicate": "trade_turnover",
        "object": None,
        "qualifiers": {"counterparty": "hungary"},
        "value": {
            "low": 1e9,
            "high": None,
            "low_open": True,
            "high_open": False,
            "unit": "USD",
        },
        "time": {"start": "2025-01-01", "end": "2025-12-31", "grain": "year"},
        "polarity": "affirmed",
        "modality": "fact",
        "speaker": None,
        "stance": None,
        "sole_speaker": False,
        "restates": None,
        "spans": [
            {
                "source": "004",
                "start": trade["spans"][0]["start"],
                "end": trade["spans"][0]["end"],
                "quote": "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD",
            }
        ],
    }
    gaza = by_id["gaza-meeting-dates"]
    assert [(s["source"], s["quote"]) for s in gaza["spans"]] == [
        ("000", "từ ngày 18 - 20/2"),
        ("004", "từ ngày 18–20/2/2026"),
    ]
    assert gaza["value"] is None
    assert gaza["time"] == {"start": "2026-02-18", "end": "2026-02-20", "grain": "range"}
    assert by_id["to-lam-met-orban"]["object"] == "viktor-orban"


def test_list_json_spans_point_into_the_source_text(
    run: Runner, assert_ok: Check, loaded: Path, seed_texts: dict[str, str]
) -> None:
    rows = json.loads(assert_ok(run("list", "--format", "json")).stdout)
    spans = [s for row in rows for s in row["spans"]]
    assert len(spans) == 9
    for s in spans:
        assert seed_texts[s["source"]][s["start"] : s["end"]] == s["quote"]
    macinka = next(r for r in rows if r["id"] == "to-lam-met-macinka")["spans"]
    assert macinka[0]["start"] < macinka[1]["start"], "spans are ordered by position"


def test_list_csv(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("list", "--entity", "hungary", "--format", "csv")).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        *("id", "subject", "predicate", "object", "qualifiers", "value", "unit", "time"),
        *("polarity", "modality", "summary", "sources", "quote"),
    ]
    assert {r["id"] for r in rows} == HUNGARY_CLAIMS
    oda = next(r for r in rows if r["id"] == "hu-oda-400m-usd")
    assert oda["subject"] == "hungary"
    assert oda["predicate"] == "oda_approved"
    assert oda["object"] == ""
    assert "400,000,000 USD" in oda["summary"]  # a comma inside a field survives quoting
    assert oda["sources"].startswith("004:")
    assert (oda["qualifiers"], oda["value"], oda["unit"]) == (
        "beneficiary=vietnam event=gaza-board-of-peace-meeting",
        "400,000,000 USD",
        "USD",
    )
    assert "400 triệu USD" in oda["quote"]
    assert oda["time"] == "" and oda["polarity"] == "affirmed"


def test_list_table(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("list", "--predicate", "met")).stdout
    lines = out.splitlines()
    assert lines[0].split() == ["id", "claim", "spans"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].startswith("to-lam-met-macinka ")
    assert "to-lam met petr-macinka counterparty=czech-republic @2026-02-19" in lines[2]
    assert lines[3].startswith("to-lam-met-orban ")
    assert lines[-1] == "2 claim(s)"


def test_list_table_when_nothing_matches(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("list", "--predicate", "phone_call")).stdout
    assert out.splitlines()[-1] == "0 claim(s)"


def test_list_rejects_an_unknown_format(run: Runner, loaded: Path) -> None:
    result = run("list", "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr
    assert "Traceback" not in result.output


# --- show -----------------------------------------------------------------------------------------


def test_show_marks_the_quote_in_its_sentence(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("show", "to-lam-met-orban")).stdout
    assert out.startswith("to-lam-met-orban: to-lam met viktor-orban @2026-02-19")
    marked = [line.strip() for line in out.splitlines() if "[[" in line]
    assert marked == [
        "Tại cuộc gặp [[Thủ tướng Hungary Viktor Orbán]], hai nhà lãnh đạo hài lòng trước sự phát "
        "triển hiệu quả của quan hệ đối tác toàn diện Việt Nam – Hungary."
    ]
    assert "source 004 [" in out


def test_show_marks_every_span(
    run: Runner, assert_ok: Check, loaded: Path, seed_texts: dict[str, str]
) -> None:
    out = assert_ok(run("show", "gaza-meeting-dates")).stdout
    marked = [line.strip() for line in out.splitlines() if "[[" in line]
    assert len(marked) == 2
    assert "[[từ ngày 18 - 20/2]]" in marked[0]
    assert "[[từ ngày 18–20/2/2026]]" in marked[1]
    for line in marked:
        # The marked sentence is the source text with only the brackets added.
        plain = line.replace("[[", "").replace("]]", "")
        assert plain in seed_texts["000"] or plain in seed_texts["004"]


def test_show_prints_the_structure(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("show", "hu-oda-400m-usd")).stdout
    fields = {
        line.split(None, 1)[0]: line.split(None, 1)[1]
        for line in out.splitlines()
        if line.startswith("  ")
        and not line.startswith("  source")
        and line.strip()
        and "[[" not in line
    }
    # Read as a person reads them, not as JSON.
    assert fields["subject"] == "hungary"
    assert fields["qualifiers"] == "beneficiary vietnam, event gaza-board-of-peace-meeting"
    assert fields["value"] == "400,000,000 USD"
    assert "time" not in fields


def test_show_json(run: Runner, assert_ok: Check, loaded: Path) -> None:
    data = json.loads(assert_ok(run("show", "to-lam-met-macinka", "--format", "json")).stdout)
    assert data["id"] == "to-lam-met-macinka"
    assert data["qualifiers"] == {"counterparty": "czech-republic"}
    assert [s["quote"] for s in data["spans"]] == ["Petr Macinka", "Petr Macinka"]


def test_show_unknown_id(run: Runner, loaded: Path, assert_usage_error: Refused) -> None:
    stderr = assert_usage_error(run("show", "no-such-claim"))
    assert "unknown claim 'no-such-claim'" in stderr


# --- sources and db current -----------------------------------------------------------------------


def test_sources_table(run: Runner, assert_ok: Check, loaded: Path) -> None:
    lines = assert_ok(run("sources")).stdout.splitlines()
    assert lines[0].split() == ["id", "published", "claims", "publisher", "title", "url"]
    assert lines[2].split()[:3] == ["000", "2026-02-17", "2"]
    assert lines[3].split()[:3] == ["004", "2026-02-20", "6"]
    assert "Tổng Bí thư Tô Lâm gặp lãnh đạo các nước" in lines[3]
    assert lines[3].endswith("https://example.org/004")
    assert len(lines) == 4


def test_sources_json_counts_claims_not_spans(run: Runner, assert_ok: Check, loaded: Path) -> None:
    sources = json.loads(assert_ok(run("sources", "--format", "json")).stdout)
    # to-lam-met-macinka has two spans in 004 and counts once.
    assert [(s["id"], s["published"], s["publisher"], s["claims"]) for s in sources] == [
        ("000", "2026-02-17", "Tiền Phong", 2),
        ("004", "2026-02-20", "TTXVN", 6),
    ]


def test_sources_without_claims_count_zero(
    run: Runner, assert_ok: Check, mini_fixtures: Path
) -> None:
    (mini_fixtures / "claims" / "000.yaml").unlink()
    path = mini_fixtures / "claims" / "004.yaml"
    content = path.read_text(encoding="utf-8")
    path.write_text(content.replace('      - {source: "000", quote: "từ ngày 18 - 20/2"}\n', ""))
    assert_ok(run("load", mini_fixtures))
    sources = json.loads(assert_ok(run("sources", "--format", "json")).stdout)
    assert {s["id"]: s["claims"] for s in sources} == {"000": 0, "004": 6}


def test_sources_csv(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("sources", "--format", "csv")).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["published"], r["claims"]) for r in rows] == [
        ("000", "2026-02-17", "2"),
        ("004", "2026-02-20", "6"),
    ]


def test_db_current_prints_the_revision(run: Runner, assert_ok: Check, loaded: Path) -> None:
    out = assert_ok(run("db", "current")).stdout
    assert out.splitlines() == [f"database: {head()}", f"head:     {head()}"]


def test_db_option_overrides_the_environment(
    run: Runner, assert_ok: Check, mini_fixtures: Path, tmp_path: Path, db_url: str
) -> None:
    other = f"sqlite:///{tmp_path / 'other.sqlite'}"
    assert_ok(run("--db", other, "load", mini_fixtures))
    assert f"database: {head()}" in assert_ok(run("--db", other, "db", "current")).stdout
    untouched = assert_ok(run("db", "current")).stdout
    assert "base (empty)" in untouched or "database: none (no file at" in untouched


def test_bad_database_url_is_a_usage_error(run: Runner, assert_usage_error: Refused) -> None:
    stderr = assert_usage_error(run("--db", "nonsense://", "db", "current"))
    assert "database" in stderr.lower()


# --- the curated fixtures -------------------------------------------------------------------------


def test_real_fixtures_list_json_shape(
    run: Runner, assert_ok: Check, real_fixtures: Path, seed_texts: dict[str, str]
) -> None:
    assert_ok(run("load", real_fixtures))
    rows: list[dict[str, Any]] = json.loads(
        assert_ok(run("list", "--source", "004", "--format", "json")).stdout
    )
    assert rows, "source 004 has claims"
    for row in rows:
        assert {"id", "subject", "predicate", "object", "value", "time", "spans"} <= set(row)
        assert row["spans"]
        assert any(s["source"] == "004" for s in row["spans"])
        for span in row["spans"]:
            assert set(span) == {"source", "start", "end", "quote"}
            assert seed_texts[span["source"]][span["start"] : span["end"]] == span["quote"]


def test_tables_fit_the_terminal_and_keep_everything_when_piped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factdb.cli import common

    rows = [["short", "x" * 200, "tail"]]
    piped = common.table(rows, ["a", "b", "c"])
    assert "x" * 200 in piped
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr("shutil.get_terminal_size", lambda: os.terminal_size((80, 24)))
    shown = common.table(rows, ["a", "b", "c"])
    assert max(len(line) for line in shown.splitlines()) <= 80
    assert "…" in shown and shown.splitlines()[2].endswith("tail")


@pytest.mark.parametrize("group", [(), ("db",)])
def test_help_summaries_are_whole_sentences(run: Runner, group: tuple[str, ...]) -> None:
    out = run(*group, "--help").stdout
    listed = out.split("Commands:\n", 1)[1].splitlines()
    assert listed
    for line in listed:
        assert line.rstrip().endswith(".") and not line.rstrip().endswith("..."), line

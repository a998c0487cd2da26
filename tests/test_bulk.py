"""Bulk claim files (JSON Lines, CSV): loading, precise errors, all-or-nothing at any row."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import create_engine

from factdb.ingest import loader
from factdb.ingest.fixtures import read_fixture_set

Runner = Callable[..., Result]
Dump = Callable[[str], dict[str, list[tuple[Any, ...]]]]

ODA = "khoản ODA trị giá 400 triệu USD cho Việt Nam"
SCHOLARSHIPS = "200 học bổng mỗi năm"
ORBAN = "Thủ tướng Hungary Viktor Orbán"


def jsonl(*claims: dict[str, Any] | str) -> str:
    return "".join(
        (c if isinstance(c, str) else json.dumps(c, ensure_ascii=False)) + "\n" for c in claims
    )


def oda(cid: str = "j-oda", **extra: Any) -> dict[str, Any]:
    return {
        "id": cid,
        "source": "004",
        "subject": "hungary",
        "predicate": "oda_approved",
        "qualifiers": {"beneficiary": "vietnam"},
        "value": {"exact": 400000000, "unit": "USD"},
        "quote": ODA,
        **extra,
    }


CSV_HEADER = (
    "id,source,subject,predicate,object,qualifiers,exact,low,high,low_open,unit,time,"
    "quote,prefix,occurrence,start,end,note"
)
TRADE_2025 = "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
MACINKA_PREFIX = "Gặp Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Séc "
CSV_ROWS = [
    # id, source, subject, predicate, object, qualifiers, exact, low, high, low_open, unit, time
    [
        *["c-scholarships", "004", "hungary", "scholarships_per_year", "", "beneficiary=vietnam"],
        *["200", "", "", "", "scholarship", "", SCHOLARSHIPS, "", "", "", "", ""],
    ],
    [
        *["c-met-macinka", "004", "to-lam", "met", "petr-macinka", "counterparty=czech-republic"],
        *["", "", "", "", "", "2026-02-19", "Petr Macinka", "", "1", "", ""],
        "two spans,\none note over two lines",
    ],
    # a further span of the claim above: same id, span columns only
    ["c-met-macinka", *[""] * 11, "Petr Macinka", MACINKA_PREFIX, "", "", "", ""],
    [
        *["c-trade", "004", "vietnam", "trade_turnover", "", "counterparty=hungary"],
        *["", "1000000000", "", "true", "USD", "2025", TRADE_2025, "", "", "", "", ""],
    ],
    [
        *["c-dates", "000", "gaza-board-of-peace-meeting", "event_dates", "", ""],
        *["", "", "", "", "", "2026-02-18/2026-02-20", "từ ngày 18 - 20/2", "", "", "", "", ""],
    ],
]


def csv_text(header: str, rows: list[list[str]]) -> str:
    out = io.StringIO()
    out.write(header + "\n")
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


@pytest.fixture
def bulk_fixtures(mini_fixtures: Path, seed_texts: dict[str, str]) -> Path:
    text = seed_texts["004"]
    start = text.index(SCHOLARSHIPS)
    (mini_fixtures / "claims" / "bulk.jsonl").write_text(
        jsonl(
            oda(),
            "",
            {
                "id": "j-scholarships",
                "subject": "hungary",
                "predicate": "scholarships_per_year",
                "qualifiers": {"beneficiary": "vietnam"},
                "value": {"exact": 200, "unit": "scholarship"},
                "spans": [
                    {"source": "004", "quote": SCHOLARSHIPS, "start": start, "end": start + 20}
                ],
            },
        ),
        encoding="utf-8",
    )
    (mini_fixtures / "claims" / "bulk.csv").write_text(csv_text(CSV_HEADER, CSV_ROWS), "utf-8")
    return mini_fixtures


def claim_json(run: Runner, cid: str) -> dict[str, Any]:
    result = run("show", cid, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- loading ------------------------------------------------------------------------------------


def test_jsonl_and_csv_claims_load_with_their_spans(
    bulk_fixtures: Path, run: Runner, assert_ok: Any, seed_texts: dict[str, str]
) -> None:
    out = assert_ok(run("load", bulk_fixtures)).stdout
    assert "13 claims" in out  # 7 YAML + 2 JSON Lines + 4 CSV
    assert "16 spans" in out  # 9 + 2 + 5 (c-met-macinka has two)
    text = seed_texts["004"]
    j = claim_json(run, "j-oda")
    assert j["qualifiers"] == {"beneficiary": "vietnam"}
    assert [text[s["start"] : s["end"]] for s in j["spans"]] == [ODA]
    met = claim_json(run, "c-met-macinka")
    assert met["qualifiers"] == {"counterparty": "czech-republic"}
    assert [s["quote"] for s in met["spans"]] == ["Petr Macinka", "Petr Macinka"]
    assert len({s["start"] for s in met["spans"]}) == 2
    assert claim_json(run, "c-dates")["spans"][0]["source"] == "000"


def test_library_reads_bulk_files_like_yaml(bulk_fixtures: Path) -> None:
    fs = read_fixture_set([bulk_fixtures])
    assert fs.claims["c-trade"].time_grain == "year"
    assert fs.claims["c-dates"].time_grain == "range"
    assert fs.claims["j-oda"].qualifiers == (("beneficiary", "vietnam"),)
    assert fs.claims["c-met-macinka"].fixture_line == 3  # the claim's first row
    assert fs.claims["c-met-macinka"].note == "two spans,\none note over two lines"
    trade = fs.claims["c-trade"]
    assert (trade.value_low, trade.value_high, trade.value_low_open) == (1e9, None, True)
    assert fs.claims["j-scholarships"].value_low == 200


def test_a_bulk_file_given_as_a_path(
    mini_fixtures: Path, tmp_path: Path, run: Runner, assert_ok: Any
) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(jsonl(oda("j-extra")), encoding="utf-8")
    assert "8 claims" in assert_ok(run("load", mini_fixtures, extra)).stdout
    assert claim_json(run, "j-extra")["subject"] == "hungary"


def test_reloading_bulk_files_changes_nothing(
    bulk_fixtures: Path, run: Runner, db_url: str, assert_ok: Any, dump: Dump
) -> None:
    assert_ok(run("load", bulk_fixtures))
    first = dump(db_url)
    assert_ok(run("load", bulk_fixtures))
    assert dump(db_url) == first


# --- errors -------------------------------------------------------------------------------------

BAD_JSONL = [
    ('{"id": "j-x", "subject": "hungary",', "bulk.jsonl:3: invalid JSON"),
    ("[1, 2]", "bulk.jsonl:3: each line must be a JSON object, not list"),
    ('{"id": "j-nan", "value": {"exact": NaN}}', "bulk.jsonl:3: invalid JSON"),
    (oda("j-type", subject=5), "bulk.jsonl:3 (claim j-type): 'subject' must be an entity id"),
    (
        oda("j-nosub", subject=None),
        "bulk.jsonl:3 (claim j-nosub): missing required field 'subject'",
    ),
    (oda("j-atl", subject="atlantis"), "bulk.jsonl:3 (claim j-atl): unknown entity 'atlantis'"),
    (oda("j-noquote", quote=None), "bulk.jsonl:3 (claim j-noquote): a span needs a non-empty"),
    (
        {k: v for k, v in oda("j-nospan").items() if k != "quote"},
        "bulk.jsonl:3 (claim j-nospan): a claim needs evidence",
    ),
    (oda("j-src", source=4), "bulk.jsonl:3 (claim j-src): 'source' must be a source id"),
    (oda("j-val", value={"exact": "lots", "unit": "USD"}), "(claim j-val): value.exact must be"),
    (oda("j-pol", polarity=["x"]), "(claim j-pol): polarity must be one of"),
    # Issue 10's speakers: who said it and how go together, from the stances the model knows.
    (oda("j-st", speaker="viktor-orban", stance="hinted"), "(claim j-st): stance must be one of"),
    (oda("j-sp", speaker="viktor-orban"), "(claim j-sp): 'speaker' and 'stance' go together"),
    (oda("j-sa", speaker="atlantis", stance="said"), "(claim j-sa): unknown entity 'atlantis'"),
    (oda("j-so", sole_speaker=True), "(claim j-so): 'sole_speaker' needs a 'speaker'"),
    (oda("j-sb", sole_speaker="yes"), "(claim j-sb): 'sole_speaker' must be true or false"),
    (oda("j-off", start=1, end=5), "(claim j-off): source 004: offsets 1-5 hold"),
    (oda("j-oda"), "bulk.jsonl:3 (claim j-oda): duplicate claim id (first at "),
]


@pytest.mark.parametrize(("line", "message"), BAD_JSONL, ids=[m for _, m in BAD_JSONL])
def test_a_bad_jsonl_line_is_named_and_loads_nothing(
    mini_fixtures: Path,
    run: Runner,
    db_url: str,
    assert_ok: Any,
    assert_usage_error: Any,
    dump: Dump,
    line: dict[str, Any] | str,
    message: str,
) -> None:
    assert_ok(run("load", mini_fixtures))
    before = dump(db_url)
    (mini_fixtures / "claims" / "bulk.jsonl").write_text(jsonl(oda(), oda("j-ok"), line), "utf-8")
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert message in stderr
    assert "1 problem(s)" in stderr
    assert dump(db_url) == before


BAD_CSV = [
    (
        "c-n,004,hungary,oda_approved,beneficiary=vietnam,many,USD,",
        "bulk.csv:3 (claim c-n): 'exact' must be a number",
    ),
    (
        "c-q,004,hungary,oda_approved,beneficiary,1,USD,",
        "bulk.csv:3 (claim c-q): qualifiers must be role=entity",
    ),
    ("c-w,004,hungary", "bulk.csv:3: the row has 3 cells, the header 8"),
    (
        "c-e,004,atlantis,oda_approved,beneficiary=vietnam,1,USD,",
        "bulk.csv:3 (claim c-e): unknown entity 'atlantis'",
    ),
    (
        "c-m,004,hungary,oda_approved,beneficiary=vietnam,1,USD,",
        "bulk.csv:3 (claim c-m): a claim needs evidence",
    ),
    (
        'c-l,004,hungary,oda_approved,beneficiary=vietnam,1,USD,"not\nin the text"',
        "bulk.csv:3 (claim c-l): source 004: quote not found",
    ),
]


@pytest.mark.parametrize(("row", "message"), BAD_CSV, ids=[m for _, m in BAD_CSV])
def test_a_bad_csv_row_is_named_by_its_physical_line(
    mini_fixtures: Path,
    run: Runner,
    db_url: str,
    assert_ok: Any,
    assert_usage_error: Any,
    dump: Dump,
    row: str,
    message: str,
) -> None:
    assert_ok(run("load", mini_fixtures))
    before = dump(db_url)
    header = "id,source,subject,predicate,qualifiers,exact,unit,quote\n"
    first = f'c-ok,004,hungary,oda_approved,"beneficiary=vietnam",400000000,USD,"{ODA}"\n'
    (mini_fixtures / "claims" / "bulk.csv").write_text(header + first + row + "\n", "utf-8")
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert message in stderr
    assert dump(db_url) == before


def test_multiline_cells_do_not_shift_line_numbers(
    mini_fixtures: Path, run: Runner, assert_usage_error: Any
) -> None:
    (mini_fixtures / "claims" / "bulk.csv").write_text(
        "id,source,subject,predicate,qualifiers,exact,unit,quote,note\n"
        f'c-1,004,hungary,oda_approved,beneficiary=vietnam,4,USD,"{ODA}","a\nb\nc"\n'
        f'c-2,004,narnia,oda_approved,beneficiary=vietnam,4,USD,"{ODA}",\n',
        "utf-8",
    )
    assert "bulk.csv:5 (claim c-2): unknown entity 'narnia'" in assert_usage_error(
        run("load", mini_fixtures)
    )


def test_unknown_csv_column_is_refused(
    mini_fixtures: Path, run: Runner, assert_usage_error: Any
) -> None:
    (mini_fixtures / "claims" / "bulk.csv").write_text("id,colour\nc-1,red\n", "utf-8")
    assert "bulk.csv:1: unknown column(s) 'colour'" in assert_usage_error(
        run("load", mini_fixtures)
    )


# --- all or nothing at scale --------------------------------------------------------------------


def many_rows(text: str, n: int, bad_at: int | None = None) -> str:
    start = text.index(ORBAN)
    lines = []
    for i in range(1, n + 1):
        lines.append(
            {
                "id": f"met-{i:04d}",
                "source": "004",
                "subject": "to-lam" if i != bad_at else "nobody-at-all",
                "predicate": "met",
                "object": "viktor-orban",
                "time": f"{2000 + i % 26}-02-19",
                "spans": [{"quote": ORBAN, "start": start, "end": start + len(ORBAN)}],
            }
        )
    return jsonl(*lines)


@pytest.fixture(params=["in-process", "forked"])
def small_batches(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Write in batches of 50 claims, so a failure at row 900 comes after real inserts; validate
    in this process, or in a forked one as big bulk files are."""
    monkeypatch.setattr(loader, "CLAIM_BATCH", 50)
    if request.param == "forked":
        monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)


def sqlite_schema(url: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_master ORDER BY name"
            ).all()
    finally:
        engine.dispose()


def test_a_bad_row_late_in_a_big_file_leaves_the_database_as_it_was(
    mini_fixtures: Path,
    run: Runner,
    db_url: str,
    assert_ok: Any,
    assert_usage_error: Any,
    dump: Dump,
    seed_texts: dict[str, str],
    small_batches: None,
) -> None:
    big = mini_fixtures / "claims" / "many.jsonl"
    big.write_text(many_rows(seed_texts["004"], 1000), "utf-8")
    assert "1007 claims" in assert_ok(run("load", mini_fixtures)).stdout
    before = dump(db_url)
    schema = sqlite_schema(db_url) if db_url.startswith("sqlite") else None
    big.write_text(many_rows(seed_texts["004"], 1000, bad_at=900), "utf-8")
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert "many.jsonl:900 (claim met-0900): unknown entity 'nobody-at-all'" in stderr
    assert dump(db_url) == before
    if schema is not None:  # the indexes dropped for the load are back
        assert sqlite_schema(db_url) == schema


def test_a_load_that_dies_midway_leaves_the_database_as_it_was(
    mini_fixtures: Path,
    run: Runner,
    db_url: str,
    assert_ok: Any,
    dump: Dump,
    seed_texts: dict[str, str],
    small_batches: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert_ok(run("load", mini_fixtures))
    before = dump(db_url)
    (mini_fixtures / "claims" / "many.jsonl").write_text(
        many_rows(seed_texts["004"], 1000), "utf-8"
    )
    real = loader._insert_tuples
    calls = {"n": 0}

    def dying(*args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 10:
            raise OSError("disk on fire")
        real(*args)

    monkeypatch.setattr(loader, "_insert_tuples", dying)
    result = run("load", mini_fixtures)
    # The CLI reports the failure (exit 2, no traceback) after the transaction rolled back.
    assert result.exit_code == 2, result.output
    assert "nothing loaded" in result.stderr and "disk on fire" in result.stderr
    assert "Traceback" not in result.output
    assert calls["n"] == 10
    assert dump(db_url) == before


def test_errors_stop_at_fifty(
    mini_fixtures: Path, run: Runner, assert_usage_error: Any, seed_texts: dict[str, str]
) -> None:
    rows = many_rows(seed_texts["004"], 200).replace('"to-lam"', '"nobody"')
    (mini_fixtures / "claims" / "many.jsonl").write_text(rows, "utf-8")
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert "50 problem(s)" in stderr
    assert "many.jsonl:50 (claim met-0050)" in stderr
    assert "met-0051" not in stderr


# --- text and numbers a database cannot take ----------------------------------------------------

UNSTORABLE = [
    ('"note": "\\ud800"', "lone surrogate"),
    ('"note": "a\\u0000b"', "NUL character"),
    ('"value": {"exact": 1' + "0" * 400 + ', "unit": "USD"}', "value.exact is too large"),
]


@pytest.mark.parametrize(("field", "message"), UNSTORABLE, ids=[m for _, m in UNSTORABLE])
def test_unstorable_values_are_refused(
    mini_fixtures: Path, run: Runner, assert_usage_error: Any, field: str, message: str
) -> None:
    line = json.dumps({k: v for k, v in oda("j-bad").items() if k != "value"}, ensure_ascii=False)
    if "value" not in field:
        line = line[:-1] + ', "value": {"exact": 400000000, "unit": "USD"}}'
    line = line[:-1] + ", " + field + "}"
    (mini_fixtures / "claims" / "bulk.jsonl").write_text(line + "\n", "utf-8")
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert "bulk.jsonl:1 (claim j-bad): " in stderr
    assert message in stderr


def test_offsets_past_the_end_of_the_text_are_refused(
    mini_fixtures: Path, run: Runner, assert_usage_error: Any, seed_texts: dict[str, str]
) -> None:
    text = seed_texts["004"]
    tail = text[-12:]
    start = len(text) - len(tail)
    claim = oda("j-past", quote=None, spans=[{"quote": tail, "start": start, "end": start + 50}])
    del claim["quote"]
    (mini_fixtures / "claims" / "bulk.jsonl").write_text(jsonl(claim), "utf-8")
    assert "offsets" in assert_usage_error(run("load", mini_fixtures))


def test_an_error_quotes_a_bounded_part_of_a_huge_value(
    mini_fixtures: Path, run: Runner, assert_usage_error: Any
) -> None:
    (mini_fixtures / "claims" / "bulk.jsonl").write_text(jsonl(oda(subject="s" * 1_000_000)))
    assert len(assert_usage_error(run("load", mini_fixtures))) < 2_000


def test_validators_sharing_a_big_file_write_what_one_would(
    mini_fixtures: Path,
    run: Runner,
    db_url: str,
    assert_ok: Any,
    dump: Dump,
    seed_texts: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forked validators take alternate batches; the rows, span ids included, are the same as
    one process validating everything writes."""
    monkeypatch.setattr(loader, "CLAIM_BATCH", 50)
    (mini_fixtures / "claims" / "many.jsonl").write_text(
        many_rows(seed_texts["004"], 1000), "utf-8"
    )
    assert_ok(run("load", mini_fixtures))
    alone = dump(db_url)
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    assert loader.VALIDATORS > 1
    assert_ok(run("load", mini_fixtures))
    assert dump(db_url) == alone


def test_a_duplicate_across_validators_batches_is_found(
    mini_fixtures: Path,
    run: Runner,
    db_url: str,
    assert_ok: Any,
    assert_usage_error: Any,
    dump: Dump,
    seed_texts: dict[str, str],
    small_batches: None,
) -> None:
    """Rows 70 and 120 are in batches 2 and 3 of 50 claims: forked, they go to different
    validators."""
    assert_ok(run("load", mini_fixtures))
    before = dump(db_url)
    lines = many_rows(seed_texts["004"], 200).splitlines()
    lines[119] = lines[69]
    (mini_fixtures / "claims" / "many.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    stderr = assert_usage_error(run("load", mini_fixtures))
    assert "many.jsonl:120 (claim met-0070): duplicate claim id (first at " in stderr
    assert "many.jsonl:70)" in stderr
    assert dump(db_url) == before


def test_forked_validators_list_the_problems_one_process_lists(
    mini_fixtures: Path,
    run: Runner,
    assert_usage_error: Any,
    seed_texts: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A validator decodes only its own batches; when anything fails the load validates it all
    again in one stream, so a forked load reports what a load in one process reports: here a
    duplicate id across two validators' batches, an unknown entity, a line that is no JSON and
    a blank line that is no claim, in file order."""
    monkeypatch.setattr(loader, "CLAIM_BATCH", 50)
    lines = many_rows(seed_texts["004"], 300, bad_at=260).splitlines()
    lines[119] = lines[69]
    lines[199] = "{not json"
    lines[219] = "   "
    (mini_fixtures / "claims" / "many.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    alone = assert_usage_error(run("load", mini_fixtures))
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    forked = assert_usage_error(run("load", mini_fixtures))
    assert forked == alone
    for found in ("many.jsonl:120 (claim met-0070): duplicate", "many.jsonl:200: invalid JSON"):
        assert found in alone
    assert "many.jsonl:260 (claim met-0260): unknown entity 'nobody-at-all'" in alone
    assert alone.index("many.jsonl:120") < alone.index("many.jsonl:200")

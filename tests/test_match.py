"""Retrieval (factdb/match.py) when entities are busy: a newsroom base holds thousands of claims
about Vietnam, and a check must reach the ones a statement is about through indexes alone,
abstaining rather than guessing when it has to leave some out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from conftest import assert_ok, write_mini_fixtures

from factdb.check.checker import Checker
from factdb.curate.evaluate import Labelled, evaluate
from factdb.store.db import make_engine
from factdb.store.migrations import downgrade, upgrade

BUSY = 5  # claims of one predicate about one entity beyond which retrieval narrows
# One fact in three claims: the first is judged, the others restate it (a note may differ).
RESTATED = {"vn-cz-oda": None, "vn-cz-oda-again": "as reported in March", "vn-cz-oda-third": None}
VN_CZ_ODA = {"exact": 10**6, "unit": "USD"}
TRADE_QUOTE = "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"


def _trade(cid: str, a: str, b: str, year: int, billions: int, seed: str) -> dict[str, Any]:
    start = seed.index(TRADE_QUOTE)
    return {
        "id": cid,
        "source": "004",
        "subject": a,
        "predicate": "trade_turnover",
        "qualifiers": {"counterparty": b},
        "value": {"exact": billions * 10**9, "unit": "USD"},
        "time": str(year),
        "spans": [{"quote": TRADE_QUOTE, "start": start, "end": start + len(TRADE_QUOTE)}],
    }


@pytest.fixture
def busy_base(
    tmp_path: Path,
    db_url: str,
    run: Callable[..., Result],
    seed_texts: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Checker]:
    """The mini set plus 4 * BUSY yearly Vietnam-Czech trade figures (both entities busy) and
    as many Czech-United States ones; Hungary keeps its one claim (quiet)."""
    monkeypatch.setattr("factdb.check.match.BUSY", BUSY)
    (seed_004,) = (text for sid, text in seed_texts.items() if sid.startswith("004"))
    root = write_mini_fixtures(tmp_path / "fx")
    rows = [
        _trade(f"vn-cz-{year}", "vietnam", "czech-republic", year, year - 1990, seed_004)
        for year in range(2000, 2000 + 4 * BUSY)
    ]
    rows += [
        _trade(f"cz-us-{year}", "czech-republic", "united-states", year, 7, seed_004)
        for year in range(2000, 2000 + 4 * BUSY)
    ]
    # Undated ODA from the Czech Republic to Vietnam, many amounts, and one the other way,
    # stated three times (in three articles, say).
    oda = {"predicate": "oda_approved", "time": None}
    rows += [
        _trade(f"cz-vn-oda-{i:02d}", "czech-republic", "vietnam", 2000, 1, seed_004)
        | oda
        | {
            "qualifiers": {"beneficiary": "vietnam"},
            "value": {"exact": (i + 1) * 10**6, "unit": "USD"},
        }
        for i in range(4 * BUSY)
    ]
    rows += [
        _trade(cid, "vietnam", "czech-republic", 2000, 1, seed_004)
        | oda
        | {"qualifiers": {"beneficiary": "czech-republic"}, "value": VN_CZ_ODA, "note": note}
        for cid, note in RESTATED.items()
    ]
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    (root / "claims" / "trade.jsonl").write_text(lines + "\n", encoding="utf-8")
    assert_ok(run("load", root))
    engine = make_engine(db_url)
    upgrade(engine)
    yield Checker(engine)
    engine.dispose()


def _ids(checker: Checker, *entities: str, predicate: str = "trade_turnover") -> set[str]:
    with checker.snapshot():
        ids = checker.index.claim_ids([predicate], entities)
        return {c.id for c in checker.index.claims(ids)[predicate]}


def test_answers_kept_for_a_state_are_the_ones_read_afresh(busy_base: Checker) -> None:
    """claim_ids and claims_naming keep their answers by their arguments (in any order) until
    the base changes (reset), and a kept answer is what reading again gives."""
    with busy_base.snapshot():
        index = busy_base.index
        preds, named = ["trade_turnover", "oda_approved"], ["vietnam", "czech-republic"]
        kept = index.claims_naming(preds, named)
        assert index.claims_naming(reversed(preds), set(named)) is kept
        assert index.claim_ids(preds, named) is index.claim_ids(reversed(preds), named)
        index.reset()
        assert index.claims(index.claim_ids(preds, named)) == kept
        again = index.claims_naming(preds, named)
        assert again == kept and again is not kept


def test_a_quiet_entity_brings_its_claims_with_a_busy_one(busy_base: Checker) -> None:
    assert _ids(busy_base, "vietnam", "hungary") == {"hu-vn-trade-2025"}
    verdict = busy_base.check("In 2025 trade between Vietnam and Hungary exceeded 1 billion USD.")
    assert verdict.verdict == "supported"
    assert [c.id for c in verdict.evidence] == ["hu-vn-trade-2025"]


def test_two_busy_entities_are_probed_as_a_pair_most_recent_first(busy_base: Checker) -> None:
    found = _ids(busy_base, "vietnam", "czech-republic")
    last = 2000 + 4 * BUSY - 1
    assert found == {f"vn-cz-{year}" for year in range(last - BUSY + 1, last + 1)}


def test_a_pair_is_read_each_way_round(busy_base: Checker) -> None:
    """One fact of Vietnam's ODA to the Czech Republic is not crowded out by the many the other
    way round."""
    found = _ids(busy_base, "vietnam", "czech-republic", predicate="oda_approved")
    assert "vn-cz-oda" in found
    assert len(found) == BUSY + 1


def test_a_busy_entitys_other_claims_stay_out(busy_base: Checker) -> None:
    """Vietnam and the Czech Republic are both busy; the Czech-US series names neither pair."""
    assert not any(cid.startswith("cz-us") for cid in _ids(busy_base, "vietnam", "czech-republic"))


def test_a_busy_entity_named_alone_gives_a_bounded_sample(busy_base: Checker) -> None:
    assert len(_ids(busy_base, "czech-republic")) == BUSY


def test_a_long_series_is_read_where_the_statement_dates_it(busy_base: Checker) -> None:
    last = 2000 + 4 * BUSY - 1
    statement = "Trade between Vietnam and the Czech Republic reached {} billion USD in {}."
    right = busy_base.check(statement.format(last - 1990, last))
    assert right.verdict == "supported", right.explanation
    assert busy_base.check(statement.format(last - 1989, last)).verdict == "contradicted"
    # 2001 is outside the most recent BUSY, and reached through its date all the same.
    old = busy_base.check(statement.format(11, 2001))
    assert old.verdict == "supported", old.explanation
    assert [c.id for c in old.evidence] == ["vn-cz-2001"]
    assert busy_base.check(statement.format(99, 2001)).verdict == "contradicted"


def test_an_undated_statement_on_a_long_series_is_read_among_the_recent(
    busy_base: Checker,
) -> None:
    undated = "Trade between Vietnam and the Czech Republic reached {} billion USD."
    assert busy_base.check(undated.format(2000 + 4 * BUSY - 1 - 1990)).verdict == "supported"
    # 11 billion was 2001's figure, beyond the most recent BUSY. A figure of a yearly series
    # said with no year speaks of a year the statement does not fix (session 21,
    # assess.year_undated: it was contradicted, read as the present), so the recent figures
    # leave it open, and say why.
    old = busy_base.check(undated.format(11))
    assert old.verdict == "not_enough_info"
    assert "year" in old.explanation


def test_qualifiers_carry_their_claims_keys(busy_base: Checker) -> None:
    with busy_base.engine.connect() as conn:
        mismatched = conn.exec_driver_sql(
            "SELECT q.claim_id FROM qualifiers q JOIN claims c ON c.id = q.claim_id"
            " WHERE q.predicate_id <> c.predicate_id OR q.subject_id <> c.subject_id"
            " OR (q.object_id IS NULL) <> (c.object_id IS NULL) OR q.object_id <> c.object_id"
        ).all()
        total = conn.exec_driver_sql("SELECT count(*) FROM qualifiers").scalar()
    assert total and total > 8 * BUSY
    assert mismatched == []


def test_a_statement_naming_every_country_and_fifty_years_gets_a_verdict(
    real_fixtures: Path, run: Callable[..., Result]
) -> None:
    """Every (predicate, entity) probe and every date is a term of a compound SELECT, and SQLite
    allows 500 of them: a pasted list of countries must not make a check fail."""
    import yaml

    gazetteer = yaml.safe_load((real_fixtures / "vocabulary" / "gazetteer.yaml").read_text())
    names = [e["name"]["en"] for e in gazetteer["entities"] if e["type"] == "country"]
    years = ", ".join(str(year) for year in range(1950, 2000))
    statement = f"Trade, meetings, visits and ODA between {', '.join(names)} in {years}."
    assert len(names) > 150
    assert_ok(run("load", real_fixtures))
    result = run("check", statement, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.stdout)["verdict"] in {"supported", "contradicted", "not_enough_info"}


# --- restatements: one fact, judged once, cited with every claim that states it ----------------


def test_a_restated_fact_is_read_once_and_cited_with_its_restatements(
    busy_base: Checker,
) -> None:
    found = _ids(busy_base, "vietnam", "czech-republic", predicate="oda_approved")
    assert found & set(RESTATED) == {"vn-cz-oda"}
    verdict = busy_base.check("Vietnam approved ODA of 1 million USD for the Czech Republic.")
    assert verdict.verdict == "supported", verdict.explanation
    (evidence,) = verdict.evidence
    assert (evidence.id, evidence.restated_by) == (
        "vn-cz-oda",
        ("vn-cz-oda-again", "vn-cz-oda-third"),
    )
    assert evidence.spans, "the evidence keeps its own spans"


def test_the_loader_marks_restatements_on_claims_and_their_qualifiers(busy_base: Checker) -> None:
    with busy_base.engine.connect() as conn:
        claims = dict(conn.exec_driver_sql("SELECT id, restates FROM claims").all())
        qualifiers = dict(conn.exec_driver_sql("SELECT claim_id, restates FROM qualifiers").all())
    restated = {cid: first for cid, first in claims.items() if first is not None}
    assert restated == {"vn-cz-oda-again": "vn-cz-oda", "vn-cz-oda-third": "vn-cz-oda"}
    assert {cid: first for cid, first in qualifiers.items() if first is not None} == restated


def test_listing_by_entity_finds_every_claim_naming_it_restatements_included(
    busy_base: Checker,
) -> None:
    """`list --entity [--predicate]` reads retrieval's indexes (one claim per fact) and then the
    facts' restatements: the same claims as a look at every claim, on both read paths."""
    from factdb.store.browse import list_claims
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    bases: list[Any] = [busy_base.engine]
    path = sqlite_file(busy_base.engine.url.render_as_string(hide_password=False))
    if path is not None:
        bases.append(SqliteFile(busy_base.engine.url.render_as_string(), path))
    everything = list_claims(busy_base.engine)
    for entity in ("vietnam", "czech-republic", "hungary", "united-states"):
        for predicate in (None, "oda_approved", "trade_turnover", "met"):
            want = [
                c.id
                for c in everything
                if predicate in (None, c.predicate_id)
                and entity in {c.subject_id, c.object_id, *(q.entity_id for q in c.qualifiers)}
            ]
            for base in bases:
                got = list_claims(base, entity=entity, predicate=predicate)
                assert [c.id for c in got] == want, (entity, predicate, base)
    czech_oda = list_claims(busy_base.engine, entity="czech-republic", predicate="oda_approved")
    assert set(RESTATED) <= {c.id for c in czech_oda}


def test_busy_keys_kept_with_the_vocabulary_answer_as_the_probes_do(
    busy_base: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The standard-library path knows a state's busy keys from its kept vocabulary
    (store.queries' busy_keys, lexicon.stored) instead of probing BUSY + 1 rows of each: the
    same keys are busy, and retrieval finds the same claims, as the probes of SQLAlchemy's."""
    from factdb.store.sqlite_read import SqliteFile, sqlite_file

    monkeypatch.setattr("factdb.store.claims.BUSY", BUSY)
    url = busy_base.engine.url.render_as_string(hide_password=False)
    path = sqlite_file(url)
    if path is None:
        pytest.skip("the standard library's path reads SQLite files only")
    stdlib = Checker(SqliteFile(url, path))
    with stdlib.snapshot():
        busy = stdlib.index.busy
        assert ("trade_turnover", "czech-republic") in busy
        assert ("oda_approved", "vietnam") in busy  # a beneficiary: a qualifier counts
        assert ("trade_turnover", "hungary") not in busy
    for entities in (("vietnam", "hungary"), ("vietnam", "czech-republic"), ("czech-republic",)):
        for predicate in ("trade_turnover", "oda_approved"):
            probed = _ids(busy_base, *entities, predicate=predicate)
            assert _ids(stdlib, *entities, predicate=predicate) == probed, (entities, predicate)
    with busy_base.snapshot():
        busy_base.index._read_named(list(busy))
        assert all(busy_base.index._named[key] is None for key in busy)  # probed: busy too


def test_restatements_show_in_the_report(busy_base: Checker, run: Callable[..., Result]) -> None:
    statement = "Vietnam approved ODA of 1 million USD for the Czech Republic."
    text = assert_ok(run("check", statement)).stdout
    assert "restated by 2 claim(s): vn-cz-oda-again, vn-cz-oda-third" in text
    data = json.loads(assert_ok(run("check", statement, "--format", "json")).stdout)
    assert data["restatements"] == {
        "vn-cz-oda": {"count": 2, "ids": ["vn-cz-oda-again", "vn-cz-oda-third"]}
    }


# --- time windows: a dated statement reads only the periods it names ---------------------------


def test_a_dated_statement_reads_only_claims_of_its_period(busy_base: Checker) -> None:
    with busy_base.snapshot():
        window = [(dt.date(2005, 1, 1), dt.date(2005, 12, 31))]
        ids = busy_base.index.claim_ids(["trade_turnover"], ["vietnam", "czech-republic"], window)
        assert "vn-cz-2005" in ids["trade_turnover"] and len(ids["trade_turnover"]) == BUSY
        read = busy_base.index.claims(ids, {"trade_turnover": window})["trade_turnover"]
    assert [c.id for c in read] == ["vn-cz-2005"]


WINDOWED = [
    "Trade between Vietnam and the Czech Republic reached {} billion USD in {}.",
    "Năm {1}, kim ngạch thương mại Việt Nam - Séc đạt {0} tỷ USD.",
    "In {1} trade between Vietnam and the Czech Republic exceeded {0} billion USD.",
]


@pytest.mark.parametrize("template", WINDOWED)
@pytest.mark.parametrize(("billions", "year"), [(15, 2005), (16, 2005), (1, 2019), (3, 2030)])
def test_reading_only_the_stated_period_never_changes_a_judgement(
    busy_base: Checker, monkeypatch: pytest.MonkeyPatch, template: str, billions: int, year: int
) -> None:
    """The windows only leave out what the judge would set aside: with them and without them,
    every verdict, reason and evidence is the same."""
    statement = template.format(billions, year)
    windowed = busy_base.check(statement)
    busy_base.index.reset()
    monkeypatch.setattr("factdb.check.windows.time_windows", lambda vocab, ctx: {})
    full = busy_base.check(statement)
    assert (windowed.verdict, windowed.explanation) == (full.verdict, full.explanation)
    assert [c.id for c in windowed.evidence] == [c.id for c in full.evidence]


def test_migration_0003_marks_the_restatements_the_loader_marks(busy_base: Checker) -> None:
    """Migrating a 0002 database finds the same restatements as loading it afresh."""
    query = "SELECT id, restates FROM claims WHERE restates IS NOT NULL ORDER BY id"
    with busy_base.engine.connect() as conn:
        loaded = conn.exec_driver_sql(query).all()
    downgrade(busy_base.engine, "0002")
    upgrade(busy_base.engine)
    with busy_base.engine.connect() as conn:
        assert conn.exec_driver_sql(query).all() == loaded


def test_a_much_restated_fact_is_counted_and_its_first_restatements_listed(
    busy_base: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factdb.check.match.RESTATEMENTS_LISTED", 1)
    verdict = busy_base.check("Vietnam approved ODA of 1 million USD for the Czech Republic.")
    (evidence,) = verdict.evidence
    assert (evidence.restatements, evidence.restated_by) == (2, ("vn-cz-oda-again",))


def test_fever_evidence_counts_a_labelled_restatement_through_its_fact(busy_base: Checker) -> None:
    statement = "Vietnam approved ODA of 1 million USD for the Czech Republic."
    labelled = Labelled(statement, "supported", frozenset({"vn-cz-oda-third"}), "test#1")
    (outcome,) = evaluate(busy_base, [labelled])
    assert outcome.strict
    other = Labelled(statement, "supported", frozenset({"cz-vn-oda-00"}), "test#2")
    (outcome,) = evaluate(busy_base, [other])
    assert outcome.correct and not outcome.strict


def test_an_undated_statement_weighs_a_busy_pairs_latest_facts(
    busy_base: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond its own dates, a statement meets only the LATEST most recent facts of a busy pair:
    the present, not the pair's whole history."""
    monkeypatch.setattr("factdb.check.match.LATEST", 2)
    last = 2000 + 4 * BUSY - 1
    assert _ids(busy_base, "vietnam", "czech-republic") == {f"vn-cz-{last - 1}", f"vn-cz-{last}"}
    with busy_base.snapshot():
        dated = busy_base.index.claim_ids(
            ["trade_turnover"],
            ["vietnam", "czech-republic"],
            [(dt.date(2003, 1, 1), dt.date(2003, 12, 31))],
        )
    assert dated["trade_turnover"] == {"vn-cz-2003", f"vn-cz-{last - 1}", f"vn-cz-{last}"}


def test_show_names_the_fact_a_claim_restates(
    busy_base: Checker, run: Callable[..., Result]
) -> None:
    assert "restates   vn-cz-oda" in assert_ok(run("show", "vn-cz-oda-again")).stdout
    data = json.loads(assert_ok(run("show", "vn-cz-oda", "--format", "json")).stdout)
    assert data["restates"] is None

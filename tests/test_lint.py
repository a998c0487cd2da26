"""`factdb lint`: the claim base checks itself (functional conflicts, single-holder offices, stale
spans, claims without spans, unused vocabulary).

Problems are planted either in a small fixture set written under tmp_path (claims reuse quotes of
the mini set, since several claims may cite one span) or by editing rows after a load, which is
how a seed edited after curation looks to the database.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI_CLAIMS_004, MINI_ENTITIES, Runner, assert_ok
from sqlalchemy import create_engine, delete, select, update

from factdb.store.models import Source, Span

EXTRA_ENTITIES = """\
  - id: prime-minister
    type: role
    name: {en: Prime Minister, vi: Thủ tướng}
    single_holder: true
  - id: senator
    type: role
    name: {en: Senator, vi: Thượng nghị sĩ}
    single_holder: false
  - id: laos
    type: country
    name: {en: Laos, vi: Lào}
  - id: us-vermont
    type: us-state
    name: {en: Vermont, vi: Vermont}
"""


def plant(run: Runner, fixtures: Path, *claims: str) -> None:
    """Add role and gazetteer entities and `claims` (YAML list bodies, each dedented on its own)
    to source 004's claims, then load the set."""
    vocab = fixtures / "vocabulary" / "entities.yaml"
    vocab.write_text(MINI_ENTITIES + EXTRA_ENTITIES, encoding="utf-8")
    body = "".join(
        textwrap.indent(textwrap.dedent(part).strip("\n") + "\n", "  ") for part in claims if part
    )
    (fixtures / "claims" / "004.yaml").write_text(MINI_CLAIMS_004 + body, encoding="utf-8")
    assert_ok(run("load", fixtures))


def lint_json(run: Runner, *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = run("lint", "--format", "json", *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result.exit_code, json.loads(result.stdout)


def errors(problems: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The errors, but `unquoted-value`: planted claims reuse the mini set's quotes for other
    values (tested on its own below)."""
    return [
        (p["kind"], p["ids"])
        for p in problems
        if p["kind"] not in {"unused-entity", "unused-predicate", "unquoted-value"}
    ]


def office(cid: str, subject: str, obj: str, role: str, time: str) -> str:
    return f"""
    - id: {cid}
      subject: {subject}
      predicate: holds_office
      object: {obj}
      qualifiers: {{role: {role}}}
      time: "{time}"
      quote: "Thủ tướng Hungary Viktor Orbán"
      prefix: "Tại cuộc gặp "
    """


# --- clean bases ----------------------------------------------------------------------------


def test_curated_fixtures_lint_clean(run: Runner, real_fixtures: Path) -> None:
    # No explicit load: lint bootstraps the project's fixtures like every other command.
    result = assert_ok(run("lint"))
    assert "0 error(s)" in result.stdout
    code, problems = lint_json(run)
    assert code == 0
    assert errors(problems) == []
    # Only warnings, and never for the gazetteer.
    assert {p["kind"] for p in problems} <= {"unused-entity", "unused-predicate"}


def test_mini_fixtures_have_no_errors(run: Runner, loaded: Path) -> None:
    code, problems = lint_json(run)
    assert code == 0
    assert errors(problems) == []


def test_agreeing_and_unrelated_claims_are_not_conflicts(run: Runner, mini_fixtures: Path) -> None:
    plant(
        run,
        mini_fixtures,
        """
        - id: hu-vn-trade-2025-exact        # inside (1e9, ∞): agrees
          subject: vietnam
          predicate: trade_turnover
          qualifiers: {counterparty: hungary}
          value: {exact: 1200000000, unit: USD}
          time: "2025"
          quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
        - id: hu-vn-trade-2024              # another year
          subject: vietnam
          predicate: trade_turnover
          qualifiers: {counterparty: hungary}
          value: {exact: 500000000, unit: USD}
          time: "2024"
          quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
        - id: hu-vn-trade-2025-03           # a month is not the year: another slice
          subject: vietnam
          predicate: trade_turnover
          qualifiers: {counterparty: hungary}
          value: {exact: 90000000, unit: USD}
          time: "2025-03"
          quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
        - id: cz-vn-trade-2025              # another counterparty
          subject: vietnam
          predicate: trade_turnover
          qualifiers: {counterparty: czech-republic}
          value: {exact: 5, unit: USD}
          time: "2025"
          quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
        - id: hu-scholarships-300-denied    # denied: not a second value
          subject: hungary
          predicate: scholarships_per_year
          qualifiers: {beneficiary: vietnam}
          value: {exact: 300, unit: scholarship}
          polarity: denied
          quote: "200 học bổng mỗi năm"
        - id: hu-scholarships-300-planned   # a plan is not a fact
          subject: hungary
          predicate: scholarships_per_year
          qualifiers: {beneficiary: vietnam}
          value: {exact: 300, unit: scholarship}
          modality: plan
          quote: "200 học bổng mỗi năm"
        """,
        office("orban-pm-2026", "viktor-orban", "hungary", "prime-minister", "2026-02-19"),
        # Another time: neither functional nor single-holder trouble.
        office("orban-pm-czech-2010", "viktor-orban", "czech-republic", "prime-minister", "2010"),
        office("macinka-pm-hungary-2010", "petr-macinka", "hungary", "prime-minister", "2010-05"),
        # Senators are many per state.
        office("orban-senator", "viktor-orban", "united-states", "senator", "2026-02-19"),
        office("macinka-senator", "petr-macinka", "united-states", "senator", "2026-02-19"),
    )
    code, problems = lint_json(run)
    assert errors(problems) == []
    # Planted claims reuse quotes of other values: those are the only errors.
    assert code == int(any(p["kind"] == "unquoted-value" for p in problems))


# --- planted problems -----------------------------------------------------------------------


def test_disjoint_quantities_are_a_functional_conflict(run: Runner, mini_fixtures: Path) -> None:
    plant(
        run,
        mini_fixtures,
        """
        - id: hu-scholarships-300
          subject: hungary
          predicate: scholarships_per_year
          qualifiers: {beneficiary: vietnam}
          value: {exact: 300, unit: scholarship}
          quote: "200 học bổng mỗi năm"
        """,
    )
    result = run("lint")
    assert result.exit_code == 1, result.output
    code, problems = lint_json(run)
    assert code == 1
    assert errors(problems) == [
        ("functional-conflict", ["hu-scholarships-200", "hu-scholarships-300"])
    ]
    (conflict,) = [p for p in problems if p["kind"] == "functional-conflict"]
    assert "scholarships_per_year" in conflict["message"]
    assert "300" in conflict["message"] and "200" in conflict["message"]


def test_a_conflict_repeated_in_many_claims_is_reported_once(
    run: Runner, mini_fixtures: Path
) -> None:
    """Both sides restated: the two facts conflict once, between their first claims."""
    restated = [
        f"""
        - id: {cid}
          subject: hungary
          predicate: scholarships_per_year
          qualifiers: {{beneficiary: vietnam}}
          value: {{exact: {n}, unit: scholarship}}
          quote: "200 học bổng mỗi năm"
        """
        for cid, n in (
            ("hu-scholarships-200-again", 200),
            ("hu-scholarships-300", 300),
            ("hu-scholarships-300-again", 300),
        )
    ]
    plant(run, mini_fixtures, *restated)
    code, problems = lint_json(run)
    assert code == 1
    assert errors(problems) == [
        ("functional-conflict", ["hu-scholarships-200", "hu-scholarships-300"])
    ]


def test_interval_ends_decide_disjointness(run: Runner, mini_fixtures: Path) -> None:
    # The claim says (1e9, ∞); "at most 1e9" touches it only at the excluded end: disjoint.
    # The swapped subject/counterparty of a symmetric predicate is the same key.
    plant(
        run,
        mini_fixtures,
        """
        - id: vn-hu-trade-2025-at-most-1bn
          subject: hungary
          predicate: trade_turnover
          qualifiers: {counterparty: vietnam}
          value: {high: 1000000000, unit: USD}
          time: "2025"
          quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
        """,
    )
    code, problems = lint_json(run)
    assert code == 1
    assert errors(problems) == [
        ("functional-conflict", ["hu-vn-trade-2025", "vn-hu-trade-2025-at-most-1bn"])
    ]


def test_one_holder_of_an_office_for_two_jurisdictions(run: Runner, mini_fixtures: Path) -> None:
    plant(
        run,
        mini_fixtures,
        office("orban-pm-hungary", "viktor-orban", "hungary", "prime-minister", "2026-02-19"),
        # A range containing the day overlaps it.
        office("orban-pm-czech", "viktor-orban", "czech-republic", "prime-minister", "2026-02"),
    )
    code, problems = lint_json(run)
    assert code == 1
    # holds_office is not functional per person (a career holds many offices); a single-holder
    # office is held for one jurisdiction at a time.
    assert errors(problems) == [("single-holder", ["orban-pm-czech", "orban-pm-hungary"])]
    (conflict,) = [p for p in problems if p["kind"] == "single-holder"]
    assert "czech-republic" in conflict["message"] and "hungary" in conflict["message"]
    assert "2026-02-19" in conflict["message"]


def test_offices_held_before_a_date_exclude_none(run: Runner, mini_fixtures: Path) -> None:
    plant(
        run,
        mini_fixtures,
        office("orban-pm-hungary", "viktor-orban", "hungary", "prime-minister", "2026-02-19"),
        """
        - id: orban-former-pm-czech
          subject: viktor-orban
          predicate: holds_office
          object: czech-republic
          qualifiers: {role: prime-minister}
          time: {before: "2026-03-01"}
          quote: "Thủ tướng Hungary Viktor Orbán"
          prefix: "Tại cuộc gặp "
        """,
    )
    _, problems = lint_json(run)
    assert errors(problems) == []


def test_another_date_for_an_event_is_a_functional_conflict(
    run: Runner, mini_fixtures: Path
) -> None:
    # event_dates asserts the date itself (time: value): disjoint dates disagree.
    plant(
        run,
        mini_fixtures,
        """
        - id: gaza-meeting-in-march
          subject: gaza-board-of-peace-meeting
          predicate: event_dates
          time: "2026-03-05"
          quote: "từ ngày 18–20/2/2026"
        - id: gaza-meeting-in-february      # overlaps 18-20 Feb: agrees with it
          subject: gaza-board-of-peace-meeting
          predicate: event_dates
          time: "2026-02"
          quote: "từ ngày 18–20/2/2026"
        """,
    )
    code, problems = lint_json(run)
    assert code == 1
    assert sorted(errors(problems)) == [
        ("functional-conflict", ["gaza-meeting-dates", "gaza-meeting-in-march"]),
        ("functional-conflict", ["gaza-meeting-in-february", "gaza-meeting-in-march"]),
    ]


def test_single_holder_office_given_to_two_people(run: Runner, mini_fixtures: Path) -> None:
    plant(
        run,
        mini_fixtures,
        office("orban-pm-hungary", "viktor-orban", "hungary", "prime-minister", "2026-02-19"),
        office("macinka-pm-hungary", "petr-macinka", "hungary", "prime-minister", "2026"),
    )
    code, problems = lint_json(run)
    assert code == 1
    assert errors(problems) == [("single-holder", ["macinka-pm-hungary", "orban-pm-hungary"])]
    (problem,) = [p for p in problems if p["kind"] == "single-holder"]
    for name in ("prime-minister", "hungary", "viktor-orban", "petr-macinka"):
        assert name in problem["message"]


def _edit_source(db_url: str, source_id: str, edit: Any) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            text = conn.execute(select(Source.text).where(Source.id == source_id)).scalar_one()
            conn.execute(update(Source).where(Source.id == source_id).values(text=edit(text)))
    finally:
        engine.dispose()


def test_seed_edited_after_curation_leaves_a_stale_span(
    run: Runner, loaded: Path, db_url: str
) -> None:
    quote = "khoản ODA trị giá 400 triệu USD cho Việt Nam"
    # Same length, so every other span of the source stays where it was.
    _edit_source(db_url, "004", lambda t: t.replace(quote, quote.replace("400", "500"), 1))
    code, problems = lint_json(run)
    assert code == 1
    assert errors(problems) == [("stale-span", ["hu-oda-400m-usd"])]
    (problem,) = [p for p in problems if p["kind"] == "stale-span"]
    assert "500 triệu" in problem["message"] and "004" in problem["message"]


def test_truncated_seed_leaves_offsets_outside_the_text(
    run: Runner, loaded: Path, db_url: str
) -> None:
    _edit_source(db_url, "000", lambda t: t[:10])
    code, problems = lint_json(run)
    assert code == 1
    stale = [p for p in problems if p["kind"] == "stale-span"]
    assert {tuple(p["ids"]) for p in stale} == {
        ("gaza-meeting-dates",),
        ("vn-us-csp-upgraded-2023",),
    }
    assert all("outside the text" in p["message"] for p in stale)


def test_claim_without_spans(run: Runner, loaded: Path, db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(delete(Span).where(Span.claim_id == "hu-scholarships-200"))
    finally:
        engine.dispose()
    result = run("lint")
    assert result.exit_code == 1
    assert "no-span" in result.stdout and "hu-scholarships-200" in result.stdout
    _, problems = lint_json(run)
    assert errors(problems) == [("no-span", ["hu-scholarships-200"])]


def test_unused_vocabulary_warns_without_failing(run: Runner, mini_fixtures: Path) -> None:
    plant(run, mini_fixtures, "")
    code, problems = lint_json(run)
    assert code == 0
    entities = {p["ids"][0] for p in problems if p["kind"] == "unused-entity"}
    predicates = {p["ids"][0] for p in problems if p["kind"] == "unused-predicate"}
    # Unused roles and partnership levels are reported; the gazetteer (laos, us-vermont) is not.
    assert {"prime-minister", "senator"} <= entities
    assert not entities & {"laos", "us-vermont", "vietnam", "hungary", "viktor-orban"}
    # Used as subject, object or qualifier: never reported.
    assert not entities & {"to-lam", "petr-macinka", "czech-republic", "united-states"}
    assert "comprehensive-strategic-partnership" not in entities  # the level of an upgrade
    assert "phone_call" in predicates
    assert not predicates & {"trade_turnover", "met", "event_dates", "partnership_upgraded"}
    # --strict makes warnings fail.
    assert run("lint", "--strict").exit_code == 1


# --- output ---------------------------------------------------------------------------------


def test_json_output(run: Runner, loaded: Path, db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(delete(Span).where(Span.claim_id == "to-lam-met-orban"))
    finally:
        engine.dispose()
    result = run("lint", "--format", "json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert isinstance(problems, list) and problems
    for p in problems:
        assert set(p) == {"kind", "ids", "message"}
        assert isinstance(p["ids"], list) and all(isinstance(i, str) for i in p["ids"])
        assert isinstance(p["message"], str) and p["message"]
    assert problems[0] == {
        "kind": "no-span",
        "ids": ["to-lam-met-orban"],
        "message": problems[0]["message"],
    }
    # Errors come before warnings; the summary goes to stderr so stdout stays JSON.
    kinds = [p["kind"] for p in problems]
    assert kinds.index("no-span") < kinds.index("unused-predicate")
    assert "1 error(s)" in result.stderr and "no-span 1" in result.stderr


def test_table_output_and_summary(run: Runner, loaded: Path, db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(delete(Span).where(Span.claim_id == "to-lam-met-orban"))
    finally:
        engine.dispose()
    result = run("lint")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["kind", "ids", "message"]
    assert any(line.startswith("no-span") and "to-lam-met-orban" in line for line in lines)
    summary = lines[-1]
    assert summary.startswith("1 error(s), ")
    assert "no-span 1" in summary and "unused-predicate" in summary


def test_lint_is_imported_lazily(repo_root: Path) -> None:
    code = "import sys, factdb.cli; assert 'factdb.curate.lint' not in sys.modules, 'eager import'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=repo_root)


def test_help_documents_warnings(run: Runner) -> None:
    result = assert_ok(run("lint", "--help"))
    assert "unused-entity" in result.stdout and "--strict" in result.stdout


# --- a claim's value must be in its quote ---------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "says"),
    [
        pytest.param(
            """
            - id: oda-edited
              subject: hungary
              predicate: oda_approved
              qualifiers: {beneficiary: vietnam}
              value: {exact: 500000000, unit: USD}
              quote: "khoản ODA trị giá 400 triệu USD cho Việt Nam"
            """,
            "'400 triệu USD'",
            id="number",
        ),
        pytest.param(
            """
            - id: trade-edited
              subject: vietnam
              predicate: trade_turnover
              qualifiers: {counterparty: hungary}
              value: {low: 1000000000, low_open: true, unit: USD}
              time: "2024"
              quote: "Năm 2025, kim ngạch thương mại song phương lần đầu vượt mốc 1 tỷ USD"
            """,
            "'Năm 2025'",
            id="date",
        ),
        pytest.param(
            """
            - id: met-edited
              subject: to-lam
              predicate: met
              qualifiers: {counterparty: petr-macinka}
              time: "2026-02-19"
              quote: "Thủ tướng Hungary Viktor Orbán"
              prefix: "Tại cuộc gặp "
            """,
            "viktor-orban",
            id="entity",
        ),
        pytest.param(
            """
            - id: said-by-another
              speaker: petr-macinka
              stance: said
              subject: hungary
              predicate: oda_approved
              qualifiers: {beneficiary: vietnam}
              value: {exact: 400000000, unit: USD}
              quote: "Thủ tướng Hungary Viktor Orbán"
              prefix: "Tại cuộc gặp "
            """,
            "its speaker petr-macinka is named in none of its spans",
            id="speaker",
        ),
    ],
)
def test_a_value_missing_from_its_quote_is_an_error(
    run: Runner, mini_fixtures: Path, claim: str, says: str
) -> None:
    plant(run, mini_fixtures, claim)
    code, problems = lint_json(run)
    assert code == 1
    found = [p["message"] for p in problems if p["kind"] == "unquoted-value"]
    assert any(says in message for message in found), found


def test_the_mini_claims_have_their_values_in_their_quotes(
    run: Runner, mini_fixtures: Path
) -> None:
    plant(run, mini_fixtures, "")
    _, problems = lint_json(run)
    assert not [p for p in problems if p["kind"] == "unquoted-value"]

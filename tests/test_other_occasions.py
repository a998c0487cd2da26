"""A claim fixes nothing about another occasion (issue 11: no closed-world contradictions).

1. The corpus fixtures/statements/other-occasions.yaml: statements about the seeds' people and
   countries on other occasions (other years, places, ODA packages, levels, offices held at other
   times). Every one is labelled not_enough_info and must check as not_enough_info.
2. A property: for each stored claim of a repeatable event (time role `occasion`: a meeting, a
   call, a visit...), the same event moved to a date outside the claim's occasion, and to another
   place, is never contradicted.
3. The same occasion still contradicts: a date inside the occasion, or the occasion named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO_ROOT, assert_ok, real_claim_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.cli import main
from factdb.store.db import make_engine

FIXTURES = REPO_ROOT / "fixtures"
CORPUS = FIXTURES / "statements" / "other-occasions.yaml"
NEI = "not_enough_info"


def _yaml(path: Any) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


ITEMS: list[dict[str, Any]] = _yaml(CORPUS)["statements"]
PREDICATES = {p["id"]: p for p in _yaml(FIXTURES / "vocabulary" / "predicates.yaml")["predicates"]}
NAMES = {
    e["id"]: e["name"]["en"]
    for f in ("entities.yaml", "gazetteer.yaml")
    for e in _yaml(FIXTURES / "vocabulary" / f)["entities"]
}
CLAIMS = [
    c
    for path in sorted((FIXTURES / "claims").glob("*.yaml"))
    for c in (_yaml(path) or {}).get("claims") or []
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Checker]:
    if not real_claim_files(REPO_ROOT):
        pytest.skip("fixtures/claims/ has no claim files yet")
    url = f"sqlite:///{tmp_path_factory.mktemp('occasions') / 'real.sqlite'}"
    assert_ok(CliRunner().invoke(main, ["--db", url, "load", str(FIXTURES)]))
    engine: Engine = make_engine(url)
    yield Checker(engine)
    engine.dispose()


# --- 1. the corpus ---------------------------------------------------------------------------


def test_corpus_is_large_and_all_not_enough_info() -> None:
    assert len(ITEMS) >= 60
    assert {item["verdict"] for item in ITEMS} == {NEI}
    assert {item["lang"] for item in ITEMS} == {"en", "vi"}


@pytest.mark.parametrize("item", ITEMS, ids=[f"#{i}" for i in range(1, len(ITEMS) + 1)])
def test_other_occasion_is_not_enough_info(checker: Checker, item: dict[str, Any]) -> None:
    j = checker.check(item["text"])
    assert j.verdict == NEI, (item["text"], j.explanation)


# --- 2. the property -------------------------------------------------------------------------

# How each repeatable event is said in English: {s} the subject, {c} the counterparty, {d} the
# destination, {e} the event (what it was on or for), {sp} the speaker, {o} the object (a view's
# topic), {with_c} " with" the counterparty when there is one, {when} a month.
TEMPLATES = {
    "met": "{s} met {c} in {when}.",
    "phone_call": "{s} had a phone call with {c} in {when}.",
    "received": "{s} received {c} in {when}.",
    "held_talks": "{s} held talks with {c} in {when}.",
    "sent_letter": "{s} sent a letter to {c} in {when}.",
    "invited": "{s} invited {c} to visit {d} in {when}.",
    "congratulated": "{s} congratulated {c} in {when}.",
    "sent_greetings": "{s} sent greetings to {c} in {when}.",
    "visited": "{s} visited {d} in {when}.",
    "accepted_invitation": "{s} accepted an invitation from {c} in {when}.",
    "requested": "{s} asked {c} for {e} in {when}.",
    "committed": "{s} committed to {e}{with_c} in {when}.",
    "agreed": "{s} agreed{with_c} on {e} in {when}.",
    "attended": "{s} attended {e} in {when}.",
    "stated": "In {when}, {sp} said {s} {o}.",
}
# Repeatable events the property leaves to tests of their own: another ODA package
# (test_another_oda_package_is_never_contradicted) and another upgrade (the corpus, "upgrade").
OWN_TESTS = {"oda_approved", "partnership_upgraded"}
# Templates that name the claim's occasion itself (the event attended): moved to another month
# they speak of that occasion at a date it was not, rightly contradicted, and never supported.
NAMES_ITS_OCCASION = {"attended"}
# Places a statement may move the occasion to.
PLACES = ["Japan", "France", "India", "Brazil", "Singapore", "Laos"]


def _date(value: Any) -> tuple[dt.date, dt.date] | None:
    """A claim's time as (first, last) days, or None when it has no bounded time."""
    if isinstance(value, str):
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return dt.date(parts[0], parts[1], 1), nxt - dt.timedelta(days=1)
        day = dt.date(*parts)
        return day, day
    if isinstance(value, dict) and "start" in value:
        return dt.date.fromisoformat(value["start"]), dt.date.fromisoformat(value["end"])
    return None


def _occasion_window(claim: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The dates of the claim's occasion (the event_dates of its `event`), if stored."""
    event = (claim.get("qualifiers") or {}).get("event")
    for other in CLAIMS:
        if other["subject"] == event and other["predicate"] == "event_dates":
            return _date(other.get("time"))
    return None


def _dated_occasion(claim: dict[str, Any]) -> bool:
    """A dated fact of a repeatable event, as the source states it (what someone said counts
    only for `stated`, whose template gives the speaker)."""
    return (
        PREDICATES[claim["predicate"]]["time"] == "occasion"
        and claim.get("modality", "fact") == "fact"
        and claim.get("polarity", "affirmed") == "affirmed"
        and _date(claim.get("time")) is not None
        and (claim["predicate"] == "stated" or "speaker" not in claim)
    )


def _repeatable(claim: dict[str, Any]) -> bool:
    quals = claim.get("qualifiers") or {}
    return (
        claim["predicate"] in TEMPLATES
        and _dated_occasion(claim)
        and (
            "counterparty" in quals
            or "destination" in quals
            or "event" in quals
            or "object" in claim
        )
        and ("speaker" in claim) == (claim["predicate"] == "stated")
    )


REPEATABLE = [c for c in CLAIMS if _repeatable(c)]
MONTHS = [dt.date(y, m, 1) for y in range(2005, 2031) for m in range(1, 13)]


def _outside(claim: dict[str, Any]) -> list[dt.date]:
    """First days of months that meet neither the claim's time nor its occasion's dates."""
    spans = [s for s in (_date(claim.get("time")), _occasion_window(claim)) if s is not None]
    out = []
    for first in MONTHS:
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        if all(last < a or first > b for a, b in spans):
            out.append(first)
    return out


def _statement(claim: dict[str, Any], month: dt.date, place: str | None) -> str:
    quals = claim.get("qualifiers") or {}
    text = TEMPLATES[claim["predicate"]].format(
        s=NAMES[claim["subject"]],
        c=NAMES.get(quals.get("counterparty", ""), ""),
        d=NAMES.get(quals.get("destination", ""), ""),
        e=NAMES.get(quals.get("event", ""), ""),
        sp=NAMES.get(claim.get("speaker", ""), ""),
        o=NAMES.get(claim.get("object", ""), ""),
        with_c=f" with {NAMES[quals['counterparty']]}" if "counterparty" in quals else "",
        when=month.strftime("%B %Y"),
    )
    if place is not None and claim["predicate"] not in ("visited", "invited"):
        text = text[:-1] + f" in {place}."
    return text


def test_the_property_has_cases() -> None:
    """Every repeatable predicate a dated claim uses has its template, new ones included."""
    used = {c["predicate"] for c in CLAIMS if _dated_occasion(c)}
    assert used - OWN_TESTS <= set(TEMPLATES), used - OWN_TESTS - set(TEMPLATES)
    assert {c["predicate"] for c in REPEATABLE} == used - OWN_TESTS
    assert len(REPEATABLE) >= 100


@pytest.mark.parametrize("claim", REPEATABLE, ids=[c["id"] for c in REPEATABLE])
def test_another_occasion_is_never_contradicted(checker: Checker, claim: dict[str, Any]) -> None:
    months = _outside(claim)
    assert months

    @settings(
        derandomize=True,
        database=None,
        deadline=None,
        max_examples=8,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.sampled_from(months), st.none() | st.sampled_from(PLACES))
    def moved(month: dt.date, place: str | None) -> None:
        text = _statement(claim, month, place)
        parsed = checker.parse(text)
        assert claim["subject"] in parsed.entity_ids(), text  # the statement is about them
        j = checker.check(text)
        wrong = "supported" if claim["predicate"] in NAMES_ITS_OCCASION else "contradicted"
        assert j.verdict != wrong, (text, j.explanation)

    moved()


@settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.sampled_from(["Hungary", "Hungarian government"]),
    st.integers(1, 2000).filter(lambda m: m != 400),
    st.integers(1995, 2025),
    st.booleans(),
)
def test_another_oda_package_is_never_contradicted(
    checker: Checker, donor: str, millions: int, year: int, dated: bool
) -> None:
    """ODA packages recur: another amount, undated or in another year, is another package."""
    when = f" in {year}" if dated else ""
    text = f"{donor} approved {millions} million USD of ODA for Vietnam{when}."
    assert "hungary" in checker.parse(text).entity_ids()
    j = checker.check(text)
    assert j.verdict != "contradicted", (text, j.explanation)


# --- 3. the same occasion still decides ------------------------------------------------------

SAME_OCCASION_CONTRADICTED = [
    # a date inside the occasion (the 18-20 February trip), not the day of the meeting
    "Tô Lâm met Orbán in Washington on 20 February 2026.",
    "Cuộc điện đàm giữa Tổng Bí thư Tô Lâm và ông Leahy diễn ra ngày 18/2.",
    # the occasion named: the level of an upgrade, the Board of Peace membership
    "Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác chiến lược toàn diện năm 2024.",
    "In a letter dated 16 January 2025, Trump invited To Lam to join the Board of Peace.",
    # the amount reported on that occasion
    "On 19 February 2026 Hungary approved 40 million USD of ODA for Vietnam.",
]
# The occasion itself is still supported.
SAME_OCCASION_SUPPORTED = [
    "Tô Lâm met Viktor Orbán on 19 February 2026.",
    "Vietnam and the US upgraded ties to a comprehensive strategic partnership in September 2023.",
]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [(t, "contradicted") for t in SAME_OCCASION_CONTRADICTED]
    + [(t, "supported") for t in SAME_OCCASION_SUPPORTED],
)
def test_the_same_occasion_still_decides(checker: Checker, text: str, verdict: str) -> None:
    j = checker.check(text)
    assert j.verdict == verdict, (text, j.explanation)


# --- 4. a state over a period -----------------------------------------------------------------

SINCE = [
    "Ông Pashinyan đã là Thủ tướng Armenia từ năm 2018",
    "Viktor Orbán has been Prime Minister of Hungary since 2010.",
    "Leahy was a senator in 1980.",
]


@pytest.mark.parametrize("text", SINCE)
def test_a_state_held_throughout_is_not_borne_out_by_one_day(checker: Checker, text: str) -> None:
    """'Since 2010' claims every day from 2010 on, and a former office no particular day: a
    claim about 19 February 2026, or one held at some time before it, bears out neither."""
    j = checker.check(text)
    assert j.verdict == NEI, (text, j.explanation)


def test_a_state_on_one_day_still_bears_out_its_year(checker: Checker) -> None:
    j = checker.check("Viktor Orbán was Prime Minister of Hungary in 2026.")
    assert j.verdict == "supported", j.explanation

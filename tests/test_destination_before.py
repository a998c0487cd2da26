"""Session 33, issue 10: the destination of a trip written before its noun ("his Cambodia
visit", "the US trip"). "visit to Cambodia" bound Cambodia as the visited place, but a place
before the trip noun was bound to nothing, so an act denied on that trip ("during his Cambodia
visit, Lam did not meet Prabowo") was refuted by the meeting of another trip (Washington,
19/2). The place before a trip noun (`destination_before_nouns` in
factdb/lexicon/en/statements.yaml, whose examples run here) is now bound as the trip's
destination, and scope.denied_places takes it as a place the denial is set in: no claim of the
meeting gives Cambodia, so the denial stays open. Vietnamese says the destination after the
noun ("chuyến thăm Campuchia"), read before; its rows are the same check in the other forms.
A denial set in the trip the act was done on is still refuted. Statements written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("statements", "destination_examples"))
def test_the_place_before_a_trip_noun_is_its_destination(
    checker: Checker, example: dict[str, Any]
) -> None:
    found = [
        p.patients
        for p in checker.reading(example["text"]).predications
        if p.predicate == example["predicate"]
    ]
    assert found and example["patient"] in found[0], found


def test_a_name_before_a_verb_is_no_destination(checker: Checker) -> None:
    """Only a trip noun takes the place before it: the verb "visited" binds what follows."""
    found = [
        p.patients
        for p in checker.reading("Hungary's prime minister visited Vietnam.").predications
        if p.predicate == "visited"
    ]
    assert found and "hungary" not in found[0], found


VERDICTS = [
    # a denial set in the Cambodia trip: the act was done on the US trip, another occasion
    ("On his Cambodia tour, Vietnam's Lam did not meet Prabowo.", NEI, "Cambodia"),
    ("While on his Cambodia trip, To Lam did not sit down with Hun Manet.", NEI, "Cambodia"),
    ("To Lam held no phone talks with Senator Daines on his Cambodia visit.", NEI, "Cambodia"),
    ("Party chief Lam did not meet Armenia's Pashinyan during the Cambodia stay.", NEI, "Cambodia"),
    ("Tô Lâm không gặp ông Prabowo trong chuyến thăm Campuchia hồi đầu tháng Hai.", NEI, ""),
    ("Tổng Bí thư không điện đàm với ông Daines trong chuyến thăm Campuchia.", NEI, ""),
    ("Tong Bi thu khong dien dam voi ong Daines trong chuyen tham Campuchia.", NEI, ""),
    # traps: the denial set in the trip the act was done on is still refuted
    ("During his US trip, Lam did not hold phone talks with Hagerty.", CONTRADICTED, "hagerty"),
    ("On his United States visit, To Lam did not meet Hun Manet.", CONTRADICTED, "hun-manet"),
    ("Tô Lâm không gặp ông Hun Manet trong chuyến thăm Mỹ.", CONTRADICTED, "hun-manet"),
    ("To Lam khong gap ong Hun Manet trong chuyen tham My.", CONTRADICTED, "hun-manet"),
    # ... and a trip that anchors a bound is a time, not the place the denial is set in: the
    # meeting of 19 February came after the Cambodia visit
    ("Lam hasn't sat down with Hun Manet since his Cambodia visit.", CONTRADICTED, "hun-manet"),
    ("Lam had not met Hun Manet since his Cambodia trip in early Feb.", CONTRADICTED, "hun-manet"),
]


@pytest.mark.parametrize(("statement", "expected", "why"), VERDICTS)
def test_a_denial_set_in_a_trip_named_before_its_noun(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == expected, judgement.explanation
    if expected == CONTRADICTED:
        assert any(why in c.id for c in judgement.evidence), judgement.evidence
        assert "the statement denies it" in judgement.explanation
    else:
        assert "no stored claim covers" in judgement.explanation
        assert why in judgement.explanation

"""The age of ties said beside one person's visit, with no state named ("Hegseth's visit
coincided with the 25th anniversary of diplomatic relations", "Chuyến thăm của ông Hegseth trùng
dịp kỷ niệm 30 năm quan hệ ngoại giao"): the ties are those of his country and of the one
country the claims of his visits put him in (persons.HOSTED_SIDES), and the count is of the
visit's year, weighed only where a claim of the visit lies in the anniversary's year
(assess.acts_dating). A trip with its traveller as its owner ("Hegseth's trip", "chuyến đi
của ông Hegseth": `placed_owners`, parse._drop_unplaced) is his trip, as his visit is.
"Hagerty's visit" is his act as "the Hagerty visit" is (a possessive before the noun,
assess._owned), so his visit, dated only "before" the sources' days, leaves the count open
(issue 10, session 27)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Hegseth's visit coincided with the 25th anniversary of diplomatic relations.",
            CONTRADICTED,
        ),
        ("Hegseth's visit coincided with the 30th anniversary of diplomatic relations.", SUPPORTED),
        ("The Hegseth visit came as 20 years of diplomatic ties were marked.", CONTRADICTED),
        (
            "Chuyến thăm của ông Hegseth trùng dịp kỷ niệm 25 năm thiết lập quan hệ ngoại giao.",
            CONTRADICTED,
        ),
        (
            "Chuyến thăm của ông Hegseth trùng dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
            SUPPORTED,
        ),
        ("Chuyen tham cua ong Hegseth trung dip ky niem 25 nam quan he ngoai giao", CONTRADICTED),
        ("Chuyen tham cua ong Hegseth trung dip ky niem 30 nam quan he ngoai giao", SUPPORTED),
        # a trip with its traveller as its owner is his trip (parse._drop_unplaced)
        (
            "Hegseth's trip came as the two countries marked the 25th anniversary of ties.",
            CONTRADICTED,
        ),
        ("Hegseth's trip coincided with the 30th anniversary of diplomatic relations.", SUPPORTED),
        ("Chuyến đi của ông Hegseth trùng dịp kỷ niệm 25 năm quan hệ ngoại giao.", CONTRADICTED),
        ("Chuyen di cua ong Hegseth trung dip ky niem 30 nam quan he ngoai giao", SUPPORTED),
        # session 28: in a speaker's words too, the ties are the two sides of the one person's
        # act (persons._hosted_sides); source 002 sets Lam's welcome of the visit in the 30th
        (
            "Lam hailed Hegseth's visit during the 25th anniversary of diplomatic relations.",
            CONTRADICTED,
        ),
        (
            "To Lam noted that the Hegseth visit coincided with the 25th anniversary of diplomatic"
            " relations.",
            CONTRADICTED,
        ),
    ],
)
def test_a_visit_gives_the_ties_it_dates(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a visit the claims date only "before" the sources' days: of any year
        "Hagerty's visit coincided with the 20th anniversary of diplomatic relations.",
        "Hagerty's visit coincided with the 20th anniversary of US-Vietnam diplomatic relations.",
        "Chuyến thăm của ông Hagerty trùng dịp kỷ niệm 20 năm quan hệ ngoại giao.",
        "Chuyen tham cua ong Hagerty trung dip ky niem 20 nam quan he ngoai giao",
        "Hagerty's trip coincided with the 20th anniversary of diplomatic relations.",
        "Chuyến đi của ông Hagerty trùng dịp kỷ niệm 20 năm quan hệ ngoại giao.",
        # a visit no claim gives
        "Leahy's visit coincided with the 20th anniversary of diplomatic relations.",
        # visits to several countries: no one pair of ties
        "Lam's visit coincided with the 25th anniversary of diplomatic relations.",
        "Chuyến thăm của Tổng Bí thư Tô Lâm trùng dịp kỷ niệm 25 năm quan hệ ngoại giao.",
        # no one's visit
        "The visit coincided with the 25th anniversary of diplomatic relations.",
        "Chuyen tham trung dip ky niem 20 nam quan he ngoai giao",
        "The trip coincided with the 25th anniversary of diplomatic relations.",
        "Chuyến đi trùng dịp kỷ niệm 25 năm quan hệ ngoại giao.",
    ],
)
def test_other_visits_leave_the_ties_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

"""The age of ties between two states said with fewer than the two named ("Hegseth sang VN đúng
dịp kỷ niệm 20 năm quan hệ ngoại giao", "Hegseth visited Vietnam as the 20th anniversary of
diplomatic ties was marked": one state named): like "the two countries", the ties are those of
the countries the statement's parties speak from (persons._ages_of_ties), so the count is
weighed against the claims of that pair's anniversary: 30 years in 2025, the year of Hegseth's
visit and of the Senate's resolution for the 30th anniversary (issue 10, session 24)."""

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
        # wire copy, a speech reported, a social post
        (
            "Hegseth toured Vietnam in the year of the 35th anniversary of diplomatic ties.",
            CONTRADICTED,
        ),
        (
            "Pete Hegseth visited Vietnam as the 20th anniversary of diplomatic ties was marked.",
            CONTRADICTED,
        ),
        ("Ông Hegseth thăm Việt Nam vào dịp kỷ niệm 25 năm quan hệ ngoại giao.", CONTRADICTED),
        ("Bộ trưởng Hegseth tới Việt Nam đúng dịp 30 năm quan hệ ngoại giao.", SUPPORTED),
        ("Hegseth sang Viet Nam dip 35 nam quan he ngoai giao", CONTRADICTED),
        ("Hegseth sang VN dip 30 nam quan he ngoai giao nha", SUPPORTED),
    ],
)
def test_the_ties_are_of_the_named_sides(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the sides named are no pair the claims give an age of ties for
        "Orbán met Lam as Hungary marked 45 years of diplomatic relations.",
        # another state named beside the one person's act: ties of another pair (with no state
        # named they are that act's two sides, in words given to a speaker too:
        # tests/test_ties_in_words.py)
        "Lam hailed Hegseth's visit during the 30th anniversary of diplomatic relations with Laos.",
        # undated, with no act to date it: another year's count
        "Vietnam marked 20 years of diplomatic ties with great fanfare.",
        "Việt Nam kỷ niệm 20 năm quan hệ ngoại giao.",
        "Viet Nam ky niem 20 nam quan he ngoai giao",
    ],
)
def test_other_ties_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the act beside the count dated by the statement in another year than the claim's:
        # the count is of that year, which the claims do not give (assess.dated_elsewhere)
        ("Leahy visited Vietnam in 2015 for the 20th anniversary of diplomatic relations", NEI),
        (
            "Năm 2015, ông Leahy sang Việt Nam dự lễ kỷ niệm 20 năm quan hệ ngoại giao Việt - Mỹ",
            NEI,
        ),
        ("Nam 2015 ong Leahy sang Viet Nam dip 20 nam quan he ngoai giao Viet - My", NEI),
        # ... and in the claim's own year it is weighed
        (
            "Hegseth visited Vietnam in 2025 on the 20th anniversary of diplomatic ties",
            CONTRADICTED,
        ),
    ],
)
def test_a_count_set_in_another_year(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""A figure of a series indexed by year (an anniversary's count of years, a year's trade) that
the statement dates by no date of its own but by another act it names ("Leahy visited Vietnam
for the 20th anniversary of diplomatic relations", "Lam met Orbán as trade reached $700m") is
of that act's year. The claims decide it only where a claim bearing that act out lies inside
the period of the figure's claim (Hegseth's 2025 visit, the year of the 30th anniversary):
an act no claim gives, or one the claims date only "before" some day (Hagerty's visit), or
in another year (Lâm's meeting with Orbán in 2026, against 2025's trade), may be of a year
whose figure no source gives (assess.acts_dating, assess.act_undated, rule `act-undated`;
issue 10, session 26)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # no claim gives the act: Leahy went to Vietnam in 2015, for the 20th anniversary
        "Leahy visited Vietnam for the 20th anniversary of diplomatic relations.",
        "Ông Leahy sang thăm Việt Nam dịp kỷ niệm 20 năm quan hệ ngoại giao Việt - Mỹ.",
        "Ong Leahy sang tham Viet Nam dip ky niem 20 nam quan he ngoai giao Viet - My.",
        "Leahy met Lam as the two countries marked 20 years of diplomatic relations.",
        # the claims date the act only before a day: its year is not given, whatever the count
        "Hagerty visited Vietnam for the 30th anniversary of diplomatic relations.",
        "Ông Hagerty thăm Việt Nam dịp kỷ niệm 20 năm quan hệ ngoại giao Việt - Mỹ.",
        "Ong Hagerty tham Viet Nam dip ky niem 30 nam quan he ngoai giao Viet - My.",
        # the act is of 2026, the figure the claims give of 2025
        "Lam met Orban as Vietnam-Hungary trade reached 700 million USD.",
        "Tô Lâm gặp Orbán khi thương mại Việt Nam - Hungary đạt 700 triệu USD.",
        "To Lam gap Orban khi thuong mai Viet Nam - Hungary dat 700 trieu USD.",
        "During Leahy's visit to Vietnam, Vietnam-Hungary trade reached 700 million USD.",
        # a day without its year gives the figure no year either
        "On July 12, Leahy visited Vietnam for the 20th anniversary of diplomatic relations.",
        "Ngày 12/7, ông Leahy thăm Việt Nam dịp kỷ niệm 20 năm quan hệ ngoại giao Việt - Mỹ.",
        "Ngay 12/7, ong Leahy tham Viet Nam dip ky niem 20 nam quan he ngoai giao Viet - My.",
        "On February 19, Lam met Orban as Vietnam-Hungary trade reached 700 million USD.",
    ],
)
def test_a_figure_dated_by_an_act_no_claim_places_stays_open(
    checker: Checker, statement: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the act's claim lies in the figure's year: the count is weighed
        ("Hegseth visited Vietnam for the 25th anniversary of diplomatic relations.", CONTRADICTED),
        (
            "Ông Hegseth thăm Việt Nam dịp kỷ niệm 25 năm quan hệ ngoại giao Việt - Mỹ.",
            CONTRADICTED,
        ),
        (
            "Ong Hegseth tham Viet Nam dip ky niem 25 nam quan he ngoai giao Viet - My.",
            CONTRADICTED,
        ),
        ("Hegseth visited Vietnam for the 30th anniversary of diplomatic relations.", SUPPORTED),
        ("Bộ trưởng Hegseth tới Việt Nam đúng dịp 30 năm quan hệ ngoại giao.", SUPPORTED),
        ("Hegseth sang VN dip 30 nam quan he ngoai giao nha", SUPPORTED),
        # a document named for the count is the count's, whenever it was adopted
        (
            "The resolution Daines championed marks the 25th anniversary of US–Vietnam "
            "diplomatic relations.",
            CONTRADICTED,
        ),
        # a figure's own comparator is no act that dates it
        ("Hungary–Vietnam trade has now passed the $1 billion mark.", SUPPORTED),
    ],
)
def test_a_figure_dated_by_a_placed_act_is_weighed(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_act_left_undated(checker: Checker) -> None:
    judgement = checker.check(
        "Leahy visited Vietnam for the 20th anniversary of diplomatic relations."
    )
    assert "no claim puts the act that dates it in that period" in judgement.explanation

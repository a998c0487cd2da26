"""A number right before the word of an act ("four phone calls", "4 cuộc điện đàm") or a name
("five Americans") says how many such acts, or people of that place, there were (issue 10,
session 24, reviewer C's K): a figure the claims must give. One call bears out that there was a
call, not that there were four; so such a count stays open where no rule counts it, never
borne out by the one call. A count of named parties stays the count rules' (tests/
test_listed_counts.py)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # wire copy, a headline, a social post; vi, and vi without marks
        "Lam held seven phone calls during his stay in the US.",
        "Lam spoke by phone with eight Americans in Washington.",
        "Party chief spoke by phone with 6 Americans on US trip",
        "Trong chuyến thăm Mỹ, Tổng Bí thư thực hiện 7 cuộc điện đàm.",
        "Tổng Bí thư có tới 8 cuộc điện đàm tại Washington",
        "Tong Bi thu co 6 cuoc dien dam tai Washington",
        "TBT dien dam voi 9 nguoi My trong chuyen di",
    ],
)
def test_a_count_of_calls_one_call_does_not_bear_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the calls themselves, and a count of the named parties, stay borne out
        "Lam phoned Senator Steve Daines on Feb 18.",
        "Ngày 18/2, Tổng Bí thư điện đàm với Thượng nghị sĩ Steve Daines.",
        "Ngay 18/2 TBT dien dam voi hai thuong nghi si My",
    ],
)
def test_the_calls_stay_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation

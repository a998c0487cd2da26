"""Issue 10, class 6: a length of stay ("a three-day visit", "chuyến công tác kéo dài ba ngày")
is a figure a claim of the stay's first and last days bears out when they span that many days
(18-20 February: three). It is never refuted by them (a visit recurs: "a five-day trip to the
US" may be another trip), and a stay the sources bound only loosely ("đầu tháng 2": early
February) bears no length out."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("To Lam made a three-day trip to the United States.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm có chuyến công tác Mỹ kéo dài ba ngày.", SUPPORTED),
        ("Tong Bi thu To Lam co chuyen cong tac My keo dai 3 ngay", SUPPORTED),
        # traps: another length, a stay bounded only by a month part, hours
        ("To Lam made a five-day trip to the United States.", NEI),
        ("Tổng Bí thư Tô Lâm có chuyến công tác Mỹ kéo dài một tuần.", NEI),
        ("Tong Bi thu To Lam tham Campuchia 3 ngay", NEI),
        ("To Lam made a three-day visit to Cambodia.", NEI),
    ],
)
def test_stay_length_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

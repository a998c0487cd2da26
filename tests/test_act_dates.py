"""Issue 10, class 6: trip and attendance dates against meeting dates. A date said right after
an event's name that follows a verb ("will attend the Board of Peace's opening meeting from 18
to 21 February", "sẽ dự cuộc họp khai mạc ... từ 18 đến 21/2") dates the verb's act as well
as the event (scope.place_values): the sources date Tô Lâm's attendance 18-20 February and the
meeting itself only to February 2026, so the attendance decides a range of days (a stay's first
and last days: tests/test_stays.py), and the meeting still decides a month.

Traps: a day within the stay is no range of it (open), another year's trip is another trip;
the inaugural meeting happens once, so its attendance in another year is refuted by its month."""

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
        # the attendance's first and last days, as the foreign ministry announced them
        (
            "Tổng Bí thư Tô Lâm sẽ dự phiên họp khai mạc Hội đồng Hòa bình về Gaza từ 18 đến 20/2.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam se du cuoc hop khai mac Hoi dong Hoa binh ve Gaza tu 18 den 20/2",
            SUPPORTED,
        ),
        (
            "To Lam will attend the inaugural meeting of the Board of Peace from Feb. 18 to 20.",
            SUPPORTED,
        ),
        # a stay given other first or last days: overshooting, or falling short
        (
            "Tổng Bí thư Tô Lâm sẽ dự phiên họp khai mạc Hội đồng Hòa bình về Gaza từ 18 đến 22/2.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu To Lam se du cuoc hop khai mac Hoi dong Hoa binh ve Gaza tu 17 den 20/2",
            CONTRADICTED,
        ),
        (
            "To Lam will attend the inaugural meeting of the Board of Peace from Feb. 18 to 21.",
            CONTRADICTED,
        ),
        # the meeting's own month still decides it
        (
            "To Lam flew to Washington for the Board of Peace inaugural meeting in March 2026.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình về Gaza vào tháng 1/2026.",
            CONTRADICTED,
        ),
        # the inaugural meeting happens once: attending it in another year is refuted
        (
            "To Lam will attend the Board of Peace inaugural meeting from Feb. 18 to 21, 2027.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu To Lam du cuoc hop khai mac Hoi dong Hoa binh ve Gaza tu 18 den 21/2/2025",
            CONTRADICTED,
        ),
        # traps: a day within the stay is no range of it; another year's trip is another trip
        ("Tổng Bí thư Tô Lâm dự phiên họp khai mạc Hội đồng Hòa bình về Gaza ngày 19/2.", NEI),
        ("To Lam will travel to the United States from Feb. 18 to 21, 2027.", NEI),
        ("Tổng Bí thư Tô Lâm sang Mỹ từ 17 đến 21/2/2025.", NEI),
        ("Tong Bi thu To Lam sang My tu 17 den 21/2/2025", NEI),
    ],
)
def test_act_date_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Dates (days): a half or a week of a month ("the second half of February", "nửa cuối tháng
2/2026", "the third week of February", "tuần thứ hai của tháng 2") is days of that month
(`parts` in lexicon/<lang>/dates.yaml), not the half of a year beside a month, nor "cuối tháng
2" with "nửa" dropped, nor the whole month. The halves share the days a month of 28 to 31 days
is cut at (14-16), which neither half refutes.

A period said of an event is one the event fell somewhere in: where the sources bound the event
by what was held for it (the Board of Peace inaugural meeting, dated to February 2026, on a trip
of 18-20 February made for it: windows.beyond_occasion), a period that holds a day of those
days ("mid-February") is not refuted; one that holds none is.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics, with traps:
an act that may be of another occasion stays open, and so does a period that only overlaps a
month part the sources give."""

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
        # the meeting's trip of 18-20 February lies in the second half and the third week
        (
            "Lam attended the Board of Peace inaugural meeting in the second half of Feb. 2026.",
            SUPPORTED,
        ),
        (
            "Lam attended the Board of Peace inaugural meeting in the third week of Feb. 2026.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình vào nửa cuối tháng 2/2026.",
            SUPPORTED,
        ),
        (
            "Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình vào tuần thứ ba của tháng 2/2026.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam du cuoc hop khai mac Hoi dong Hoa binh vao nua cuoi thang 2/2026.",
            SUPPORTED,
        ),
        (
            "To Lam du cuoc hop khai mac Hoi dong Hoa binh vao tuan thu 3 thang 2/2026.",
            SUPPORTED,
        ),
        # and not in the first half or the second week
        (
            "Lam attended the Board of Peace inaugural meeting in the first half of Feb. 2026.",
            CONTRADICTED,
        ),
        (
            "Lam attended the Board of Peace inaugural meeting in the second week of Feb. 2026.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình vào nửa đầu tháng 2/2026.",
            CONTRADICTED,
        ),
        (
            "Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình vào tuần thứ hai của tháng 2/2026.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu To Lam du cuoc hop khai mac Hoi dong Hoa binh vao nua dau thang 2/2026.",
            CONTRADICTED,
        ),
        (
            "To Lam du cuoc hop khai mac Hoi dong Hoa binh vao tuan thu 2 thang 2/2026.",
            CONTRADICTED,
        ),
        # the Cambodia visit of early February lies in the first half of the month
        ("To Lam visited Cambodia in the first half of February 2026.", SUPPORTED),
        ("Tổng Bí thư thăm Campuchia vào nửa đầu tháng 2/2026.", SUPPORTED),
        ("Tong Bi thu tham Campuchia vao nua dau thang 2/2026.", SUPPORTED),
        # traps: another half may be another visit; a week that only overlaps early February
        # neither bears it out nor rules it out
        ("To Lam visited Cambodia in the second half of February 2026.", NEI),
        ("Tổng Bí thư thăm Campuchia vào nửa cuối tháng 2/2026.", NEI),
        ("To Lam visited Cambodia in the second week of February 2026.", NEI),
        ("Tong Bi thu tham Campuchia vao tuan thu hai cua thang 2/2026.", NEI),
        # traps: a meeting with no occasion named may be another
        ("To Lam met Orbán in the first half of February 2026.", NEI),
        ("Tô Lâm gặp Orbán vào nửa đầu tháng 2/2026.", NEI),
        ("To Lam met Orban in the second week of February 2026.", NEI),
    ],
)
def test_a_half_or_a_week_of_a_month(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a period holding days of the trip made for the meeting may hold the meeting
        ("To Lam attended the Board of Peace inaugural meeting in mid-February 2026.", SUPPORTED),
        (
            "Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình vào giữa tháng 2/2026.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam du cuoc hop khai mac Hoi dong Hoa binh vao giua thang 2/2026.",
            SUPPORTED,
        ),
        ("The Board of Peace inaugural meeting took place in mid-February 2026.", NEI),
        ("Cuộc họp khai mạc Hội đồng Hòa bình diễn ra vào giữa tháng 2/2026.", NEI),
        ("Cuoc hop khai mac Hoi dong Hoa binh dien ra vao trung tuan thang 2/2026.", NEI),
        # one holding none of them is refuted
        ("The Board of Peace inaugural meeting took place in early February 2026.", CONTRADICTED),
        ("Cuộc họp khai mạc Hội đồng Hòa bình diễn ra vào cuối tháng 2/2026.", CONTRADICTED),
        ("Cuoc hop khai mac Hoi dong Hoa binh dien ra vao thuong tuan thang 2/2026.", CONTRADICTED),
    ],
)
def test_a_period_said_of_an_event_bounded_by_its_trip(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

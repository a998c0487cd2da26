"""Issue 10, class 6: a day given on another place's clock ("ngày 20/2 giờ Hà Nội", "Feb. 20,
Vietnam time") of an event whose source gives its part of the day in local time ("Chiều 19-2
(theo giờ địa phương)" in Washington). Set on the statement's clock, that part of the day may
fall wholly within the day said (borne out, and the clock's place with it), or on another day:
the same figure as the claim's day is then not the claim's day on that clock (open). Whole days
that share no hour stay refuted on the claim's occasion (dayparts.apart_on_one_clock). A number
ending a date is no clock time ("20/2 giờ Hà Nội" is no "2 giờ": examples in
lexicon/vi/statements.yaml, around_name_examples).

The statements are written the way the press dates a call made overnight in Hanoi's time:
Washington's afternoon of 19 February is 00:00-06:00 on the 20th in Hanoi, and its morning
meetings that day are the evening of the 19th there."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.dayparts import DayPart, within_said_day
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

AFTERNOON_LOCAL = DayPart("afternoon", "chiều", frozenset())  # "Chiều 19-2 (theo giờ địa phương)"
MORNING_LOCAL = DayPart("morning", "sáng", frozenset())
HANOI = frozenset({"hanoi"})
ON = dt.date(2026, 2, 19)


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("source", "said_day", "inside"),
    [
        (AFTERNOON_LOCAL, dt.date(2026, 2, 20), True),  # 00:00-06:00 on the 20th in Hanoi
        (AFTERNOON_LOCAL, dt.date(2026, 2, 19), False),  # the 19th in Hanoi ends at noon there
        (MORNING_LOCAL, dt.date(2026, 2, 19), True),  # 18:00-24:00 on the 19th in Hanoi
        (MORNING_LOCAL, dt.date(2026, 2, 20), False),
    ],
)
def test_within_said_day(source: DayPart, said_day: dt.date, inside: bool) -> None:
    assert within_said_day(HANOI, said_day, source, ON, "washington-dc") is inside


def test_a_part_in_a_named_zone_is_not_set_on_the_claim_day() -> None:
    # "ngày 18/2 (sáng nay giờ Hà Nội)": the source's part is another day's, so it decides nothing
    source = DayPart("morning", "sáng", HANOI)
    assert within_said_day(HANOI, dt.date(2026, 2, 19), source, ON, "washington-dc") is None


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the afternoon call in Washington was overnight on the 20th in Vietnam
        ("Tổng Bí thư Tô Lâm điện đàm với ông Patrick Leahy ngày 20/2 (giờ Hà Nội).", SUPPORTED),
        ("TBT To Lam dien dam voi cuu TNS Leahy ngay 20/2 gio Ha Noi", SUPPORTED),
        ("To Lam phoned Patrick Leahy on February 20, Vietnam time.", SUPPORTED),
        ("Vietnam's To Lam held phone talks with Leahy on Feb. 20, Hanoi time", SUPPORTED),
        # the morning meetings in Washington were the evening of the 19th in Hanoi
        ("Tô Lâm gặp Thủ tướng Orbán ngày 19/2 giờ Hà Nội.", SUPPORTED),
        ("To Lam met Hungarian Prime Minister Orban on Feb. 19, Hanoi time.", SUPPORTED),
        ("To Lam gap Thu tuong Orban ngay 19/2 gio Ha Noi", SUPPORTED),
        # traps: the same figure as the claim's day is another day on Hanoi's clock (open:
        # the part's edges are loose), another year another occasion, two days off another call
        ("Tổng Bí thư Tô Lâm điện đàm với ông Leahy ngày 19/2 giờ Hà Nội.", NEI),
        ("To Lam phoned Leahy on Feb. 19, Hanoi time.", NEI),
        ("TBT To Lam dien dam voi ong Leahy ngay 19/2 gio Ha Noi", NEI),
        ("To Lam phoned Leahy on Feb. 20, 2025, Hanoi time.", NEI),
        ("Tổng Bí thư Tô Lâm điện đàm với ông Leahy ngày 21/2 giờ Hà Nội.", NEI),
        ("Tô Lâm gặp Thủ tướng Orbán ngày 20/2 giờ Hà Nội.", NEI),
        # whole days that share no hour, on the meeting's occasion: refuted as before
        ("Tô Lâm gặp Thủ tướng Orbán ngày 18/2 giờ Hà Nội.", CONTRADICTED),
        ("To Lam met Orban on Feb. 18, Hanoi time.", CONTRADICTED),
    ],
)
def test_zoned_day_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

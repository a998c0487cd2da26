"""A clock time against the part of the day a source gives (issue 10, session 34, reviewer A
group 1).

A clock time ("at 16:00", "3 p.m.", "lúc 15h") said on the source's own clock ("local time",
"giờ địa phương") is another part of the day than the source's where every hour it may be lies
outside that part's hours, widened by their loose edges: "16:00 local time" of a morning
meeting is refuted. A time of twelve hours or fewer with no a.m./p.m. ("at 9:30", "8h") may be
either half of the day and is refuted only where both are outside. A clock in no zone or on
another place's clock, and a clock inside the source's part, stay open: a clock never bears a
part out. In English, Vietnamese and Vietnamese without diacritics; the statements are written
for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.dayparts import clock_hours
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("16:00", [16]),
        ("08:15", [8.25]),
        ("3 p.m.", [15]),
        ("11am", [11]),
        ("9:30", [9.5, 21.5]),
        ("15h", [15]),
        ("8h30", [8.5, 20.5]),
    ],
)
def test_clock_hours(text: str, hours: list[float]) -> None:
    assert clock_hours(text) == hours


VERDICTS = [
    # the source's morning meeting, said at an afternoon hour on its clock
    (
        "Lam sat down with Orbán at 16:00 local time on Feb 19.",
        CONTRADICTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "Tổng Bí thư hội đàm với ông Orbán lúc 16:00 ngày 19/2 giờ địa phương.",
        CONTRADICTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "TBT hoi dam voi ong Orban luc 16h ngay 19/2 gio dia phuong",
        CONTRADICTED,
        "to-lam-met-orban-2026-02-19",
    ),
    # the source's afternoon call, said in the morning
    (
        "Lam spoke to Leahy by phone at 8 a.m. local time on Feb 19.",
        CONTRADICTED,
        "to-lam-phone-call-leahy-2026-02-19",
    ),
    # traps: either half of the day, no zone, another place's clock, a clock inside the part
    ("Lam sat down with Orbán at 7:30 local time on Feb 19.", NEI, "7:30"),
    ("Lam sat down with Orbán at 16:00 on Feb 19.", NEI, "16:00"),
    ("Lam sat down with Orbán at 16:00 Hanoi time on Feb 19.", NEI, "16:00"),
    ("Lam sat down with Orbán at 9 a.m. local time on Feb 19.", NEI, "9 a.m."),
    ("Tổng Bí thư hội đàm với ông Orbán lúc 9h ngày 19/2 giờ địa phương.", NEI, "9h"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_clock_part_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

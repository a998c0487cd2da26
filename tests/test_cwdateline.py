"""A part of the day in a wire dateline, and a narrower part than the source's (session 26).

1. "WASHINGTON, tối 19/2 (giờ địa phương) - ..." : a dateline whose date has a part of the day
   beside it dates what the story tells (datelines.blank_dateline keeps it), so the part is weighed
   as at the start of an ordinary sentence: the meetings with the foreign leaders were on the
   morning of 19 February, local time (source 004), the Leahy call in the afternoon (003).
2. "Rạng sáng 19/2 giờ Hà Nội" of calls the source puts "sáng nay giờ Hà Nội": dawn is a
   narrower part of the morning, which does not bear it out nor refute it
   (dayparts.compare: open)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.dayparts import DayPart, compare

SUPPORTED, CONTRADICTED, NEI = "supported", "contradicted", "not_enough_info"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's: another part of the day in the dateline
        (
            "WASHINGTON, tối 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm gặp Thủ tướng Pakistan"
            " Shehbaz Sharif.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, chieu 19/2 (gio dia phuong) - Tong Bi thu To Lam gap Thu tuong Hungary"
            " Viktor Orban.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, evening of Feb 19 (local time) - Vietnam's party chief To Lam met"
            " Pakistani Prime Minister Shehbaz Sharif.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, Feb 19 afternoon (local time) - To Lam met Hungarian Prime Minister"
            " Viktor Orban.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, chiều 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm gặp Tổng thống"
            " Indonesia Prabowo Subianto.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, sáng 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm điện đàm với nguyên"
            " Thượng nghị sĩ Patrick Leahy.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, toi 19/2 (gio dia phuong) - Tong Bi thu To Lam gap Tong thong"
            " Kazakhstan Tokayev.",
            CONTRADICTED,
        ),
        # paraphrases in the three forms
        (
            "WASHINGTON, tối 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm hội kiến Tổng thống"
            " Azerbaijan Ilham Aliyev.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, toi 19/2 (gio dia phuong) - Tong Bi thu To Lam gap Thu tuong Campuchia"
            " Hun Manet.",
            CONTRADICTED,
        ),
        (
            "WASHINGTON, the evening of February 19 (local time) - To Lam met Cambodian Prime"
            " Minister Hun Manet.",
            CONTRADICTED,
        ),
        # the right part in a dateline stays supported
        (
            "WASHINGTON, sáng 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm gặp Thủ tướng Pakistan"
            " Shehbaz Sharif.",
            SUPPORTED,
        ),
        (
            "WASHINGTON, sang 19/2 (gio dia phuong) - Tong Bi thu To Lam gap Thu tuong Hungary"
            " Viktor Orban.",
            SUPPORTED,
        ),
        (
            "WASHINGTON, morning of Feb 19 (local time) - To Lam met Hungarian Prime Minister"
            " Viktor Orban.",
            SUPPORTED,
        ),
        (
            "WASHINGTON, chiều 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm điện đàm với nguyên"
            " Thượng nghị sĩ Patrick Leahy.",
            SUPPORTED,
        ),
        # a dateline with a date alone keeps it as the filing day
        (
            "WASHINGTON, 19/2 (giờ địa phương) - Tổng Bí thư Tô Lâm gặp Thủ tướng Pakistan"
            " Shehbaz Sharif.",
            SUPPORTED,
        ),
        (
            "WASHINGTON, Feb 19 (AP) - To Lam met Hungarian Prime Minister Viktor Orban.",
            SUPPORTED,
        ),
        # the same part at the start of an ordinary sentence, as today
        (
            "Tối 19/2 giờ địa phương, Tổng Bí thư Tô Lâm gặp Thủ tướng Pakistan Shehbaz Sharif.",
            CONTRADICTED,
        ),
        ("Sáng 19/2 (giờ địa phương), Tô Lâm gặp Thủ tướng Hungary Viktor Orbán.", SUPPORTED),
    ],
)
def test_a_part_of_the_day_in_a_dateline(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's: dawn of calls the source puts in the morning, Hanoi time
        ("Rạng sáng 19/2 giờ Việt Nam, Tổng Bí thư điện đàm với hai thượng nghị sĩ Mỹ.", NEI),
        ("Rạng sáng 19/2 giờ Hà Nội, Tổng Bí thư điện đàm với Thượng nghị sĩ Daines.", NEI),
        ("At dawn on February 19, Hanoi time, To Lam spoke by phone with Senator Daines.", NEI),
        # paraphrases
        ("Rang sang 19/2 gio Ha Noi, Tong Bi thu dien dam voi Thuong nghi si Daines.", NEI),
        ("In the early hours of February 19, Hanoi time, To Lam phoned Senator Daines.", NEI),
        # the source's own part stays borne out
        ("Sáng 19/2 giờ Hà Nội, Tổng Bí thư điện đàm với Thượng nghị sĩ Daines.", SUPPORTED),
        # a narrow part on another clock, set on one with the source's, as today
        ("Tô Lâm điện đàm với Leahy rạng sáng 20/2 giờ Hà Nội", SUPPORTED),
    ],
)
def test_a_narrower_part_is_open(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


HANOI = frozenset({"hanoi"})
CAPITALS = {"washington-dc": "united-states"}


@pytest.mark.parametrize(
    ("said", "source", "rule"),
    [
        (DayPart("morning", "Rạng sáng", HANOI), DayPart("morning", "sáng", HANOI), "open"),
        (DayPart("morning", "dawn", None), DayPart("morning", "sáng", frozenset()), "open"),
        (DayPart("morning", "sáng", HANOI), DayPart("morning", "sáng", HANOI), "same"),
        # the source's narrower part bears out its whole part
        (DayPart("morning", "sáng", HANOI), DayPart("morning", "rạng sáng", HANOI), "same"),
        (DayPart("morning", "dawn", HANOI), DayPart("morning", "rạng sáng", HANOI), "same"),
        # another part is still refuted
        (DayPart("evening", "Tối", frozenset()), DayPart("morning", "sáng", frozenset()), "other"),
    ],
)
def test_compare_a_narrower_part(said: DayPart, source: DayPart, rule: str) -> None:
    assert compare(said, source, "washington-dc", CAPITALS) == rule

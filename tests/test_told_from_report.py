"""Session 27, a day told by the day of writing, counted from the day a statement gives.

"Tomorrow", "yesterday", "ngày mai", "hôm qua" tell a day by the day the text was written. A
source has a day of publication; a statement has one only where it gives it: its dateline
("HANOI, Feb. 17 (wire) —", "HÀ NỘI (17/2) -") or a report date. There the word is that day
moved by its offset (`told_alone` and `told_days` in lexicon/<lang>/dates.yaml,
relative.told_from_report), and every rule of dates weighs it as if the statement had said that
day: a stay's first day bears out "leaves for the U.S. tomorrow" and refutes another before it;
a day a day apart from the claim's, in another place's time, stays open. With no day of writing
the word dates nothing. The statements are written for these tests, the way wire copy puts them,
in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.parse import parse_statement


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


TOLD = [
    # the trip's first day (18 February) is the day after the dateline's
    ("HANOI, Feb. 17 (wire) — To Lam leaves for the U.S. tomorrow.", SUPPORTED),
    (
        "HÀ NỘI (17/2) - Ngày mai, Tổng Bí thư Tô Lâm lên đường sang Mỹ dự phiên họp khai mạc"
        " Hội đồng Hòa bình.",
        SUPPORTED,
    ),
    ("HA NOI (17/2) - Ngay mai, TBT To Lam len duong sang My", SUPPORTED),
    # the meeting with Prabowo (19 February) is the day before the dateline's
    ("WASHINGTON, Feb. 20 (AP) — To Lam met Indonesian President Prabowo yesterday.", SUPPORTED),
    (
        "WASHINGTON (20/2) - Hôm qua, Tổng Bí thư Tô Lâm hội kiến Tổng thống Indonesia Prabowo.",
        SUPPORTED,
    ),
    ("WASHINGTON (20/2) - Hom qua, TBT To Lam hoi kien Tong thong Indonesia Prabowo", SUPPORTED),
    # a trip begun before its first day, as if "on Feb. 16" were said
    (
        "HANOI, Feb. 15 (wire) — To Lam leaves for the U.S. tomorrow to attend the Board of Peace"
        " inaugural meeting.",
        CONTRADICTED,
    ),
    (
        "HÀ NỘI (15/2) - Ngày mai, Tổng Bí thư Tô Lâm lên đường sang Mỹ dự phiên họp khai mạc"
        " Hội đồng Hòa bình.",
        CONTRADICTED,
    ),
    (
        "HA NOI (15/2) - Ngay mai, TBT To Lam len duong sang My du phien hop khai mac Hoi dong"
        " Hoa binh",
        CONTRADICTED,
    ),
    # the occasion named, another day of it: 20 February, not the 19th
    (
        "WASHINGTON, Feb. 21 (AP) — To Lam met Indonesian President Prabowo yesterday at the Board"
        " of Peace inaugural meeting.",
        CONTRADICTED,
    ),
]

TRAPS = [
    # no day of writing: the word dates nothing
    ("To Lam leaves for the U.S. tomorrow.", NEI),
    ("To Lam met Indonesian President Prabowo yesterday.", NEI),
    # another day of the stay may be a leg's (as "on Feb. 19" is)
    ("HANOI, Feb. 18 (wire) — To Lam leaves for the U.S. tomorrow.", NEI),
    ("HÀ NỘI (18/2) - Ngày mai, Tổng Bí thư Tô Lâm lên đường sang Mỹ.", NEI),
    # 19 February in Hanoi is the call's day there (18 February in Washington): open
    ("HANOI, Feb. 20 (wire) — To Lam spoke by phone with Senator Daines yesterday.", NEI),
    ("HÀ NỘI (20/2) - Hôm qua, Tổng Bí thư Tô Lâm điện đàm với thượng nghị sĩ Daines.", NEI),
    ("HA NOI (20/2) - Hom qua, TBT To Lam dien dam voi thuong nghi si Daines", NEI),
    # a plan's act said as done, as with the date itself
    ("HA NOI (15/2) - Ngay mai, Tong Bi thu To Lam len duong sang My.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), TOLD + TRAPS)
def test_a_day_told_by_the_day_of_writing(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "day"),
    [
        ("HANOI, Feb. 17 (wire) — To Lam leaves for the U.S. tomorrow.", 18),
        ("WASHINGTON (20/2) - Hôm qua, Tổng Bí thư Tô Lâm hội kiến Tổng thống Prabowo.", 19),
        ("WASHINGTON (20/2) - Hom qua, TBT To Lam hoi kien Tong thong Prabowo", 19),
    ],
)
def test_the_word_is_a_date_and_the_dateline_no_report_date(
    checker: Checker, statement: str, day: int
) -> None:
    parsed = checker.parse(statement)
    assert parsed.report_dates == []
    assert [d.first.day for d in parsed.dates] == [day]
    assert not parsed.loose_words


@pytest.mark.parametrize(
    "statement",
    [
        # "năm qua", "hiện nay": no day told, "qua" and "nay" alone are not listed
        "HÀ NỘI (19/2) - Trong năm qua, quan hệ Việt Nam - Hungary phát triển tốt.",
        "HA NOI (19/2) - Hien nay ong To Lam la Tong Bi thu",
        # the day restated in brackets is the date already
        "HÀ NỘI (17/2) - Ngày mai (18/2), Tổng Bí thư Tô Lâm lên đường sang Mỹ.",
        # two days of writing: which one counts is not said
        "HANOI, Feb. 17 (wire) — Figures reported on Feb. 16 show Lam leaves for the U.S."
        " tomorrow.",
    ],
)
def test_no_day_counted(checker: Checker, statement: str) -> None:
    assert checker.parse(statement).dates == parse_statement(statement, checker.vocab).dates

"""Confident wrong verdicts found on the session 19 merge branch, each closed by its mechanism,
with verdicts in English, Vietnamese and Vietnamese without diacritics, and a near case that
keeps its verdict. The statements are written for these tests, not taken from a corpus.

1. Words given to the other party of a claim's exchange (`other-party`) are refuted only where
   the statement speaks of that exchange (assess.exchange_named): it names the claim's speaker,
   its event or a date, or gives a stance taken there to a person who took part. A country
   ("Washington affirmed ...") took no part, and a wish is held, not voiced once ("Lam hopes to
   see ..."): either may be another occasion's.
2. A deadline inside the words given to a speaker ("by 2030", "trước năm 2030") dates what was
   said, not when (topic_years.deadline_said): the claim, dated when it was said, leaves it open.
3. A count of days between two events that their local days refute is open where the sources'
   parts of the day put each on one day on the clock of the Vietnamese press, and it bears the
   count out there (relative.decide_relative, dayparts.home_clock_day).
4. What a view's topic is said to be of ("contributions to the war", "đóng góp cho ...":
   `topic_complements` in lexicon/<lang>/statements.yaml) is accounted for only by the claims'
   spans, not the sentence around them, which may say the word of something else.
5. A degree said of a view ("thịnh vượng nhất khu vực": `view_degrees` in
   lexicon/<lang>/statements.yaml) is accounted for only by the view's own claims' sentences,
   not those of a title's claim beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.dayparts import DayPart, home_clock_day
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


OTHER_PARTY = [
    # a country is no one who took part in Lam's call with Daines
    ("The US reaffirmed its commitment to Vietnam, officials say", NEI),
    ("Mỹ khẳng định cam kết với Việt Nam", NEI),
    ("Washington khang dinh cam ket voi Viet Nam", NEI),
    # a wish given to the one Daines wished it to, with nothing of their call
    (
        "Party chief Lam hopes Vietnam grows strong, independent, self-reliant and prosperous",
        NEI,
    ),
    ("Tô Lâm mong muốn Việt Nam trở thành quốc gia mạnh, độc lập, tự cường, thịnh vượng", NEI),
    ("To Lam mong Viet Nam tro thanh quoc gia manh, doc lap, tu cuong, thinh vuong", NEI),
    # near: a stance taken in the exchange given to the person who took part stays refuted
    ("Hun Manet proposed closer Vietnam-Cambodia-Laos development links", CONTRADICTED),
    (
        "Thủ tướng Hun Manet đề xuất tăng cường gắn kết phát triển Việt Nam - Campuchia - Lào",
        CONTRADICTED,
    ),
    (
        "Thu tuong Hun Manet de xuat tang cuong gan ket phat trien Viet Nam - Campuchia - Lao",
        CONTRADICTED,
    ),
]

DEADLINES = [
    (
        "Daines wants Vietnam to be strong, independent, self-reliant and prosperous before 2030",
        NEI,
    ),
    (
        "TNS Daines mong Việt Nam trở thành quốc gia mạnh, độc lập, tự cường, thịnh vượng "
        "trước năm 2030",
        NEI,
    ),
    (
        "TNS Daines mong Viet Nam se thanh quoc gia manh, doc lap, tu cuong, thinh vuong "
        "truoc nam 2030",
        NEI,
    ),
    # near: a bound before the words given dates when they were said
    (
        "Before 2027, Daines said he hoped Vietnam would become a strong, independent, "
        "self-reliant and prosperous nation",
        SUPPORTED,
    ),
]

CLOCKS = [
    # the Orbán meeting on the morning of the 19th in Washington (evening in Hanoi), the
    # Leahy call that afternoon (the small hours of the 20th in Hanoi)
    ("A day after sitting down with Viktor Orbán, Lam got on the phone with Leahy", NEI),
    ("Một ngày sau cuộc gặp Thủ tướng Orbán, Tổng Bí thư Tô Lâm điện đàm với ông Leahy", NEI),
    ("Mot ngay sau cuoc gap Thu tuong Orban, Tong Bi thu To Lam dien dam voi ong Leahy", NEI),
    # near: a count no clock bears out stays refuted
    (
        "Two days after sitting down with Viktor Orbán, Lam got on the phone with Leahy",
        CONTRADICTED,
    ),
]

COMPLEMENTS = [
    ("Lam thanked Leahy for the decades of contributions to the war", NEI),
    ("Tổng Bí thư cảm ơn ông Leahy vì những đóng góp quý báu cho chiến tranh", NEI),
    ("Tong Bi thu cam on ong Leahy ve nhung dong gop quy bau doi voi chien tranh", NEI),
    # near: what the spans say the contributions were to is borne out
    (
        "Tổng Bí thư cảm ơn ông Leahy vì những đóng góp quý báu đối với quan hệ Việt Nam - Mỹ",
        SUPPORTED,
    ),
]

DEGREES = [
    (
        "Senator Daines wished Vietnam to be strong, independent, self-reliant and "
        "the most prosperous",
        NEI,
    ),
    (
        "Thượng nghị sĩ Daines mong Việt Nam sẽ là quốc gia mạnh, độc lập, tự cường "
        "và thịnh vượng nhất khu vực",
        NEI,
    ),
    (
        "Thuong nghi si Daines mong Viet Nam tro thanh quoc gia manh, doc lap, tu cuong, "
        "thinh vuong nhat khu vuc",
        NEI,
    ),
    # near: the view as its claim gives it, with the title
    (
        "Thượng nghị sĩ Daines mong Việt Nam trở thành quốc gia mạnh, độc lập, tự cường, "
        "thịnh vượng",
        SUPPORTED,
    ),
]
VERDICTS = OTHER_PARTY + DEADLINES + CLOCKS + COMPLEMENTS + DEGREES


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_a_part_of_the_day_is_set_on_the_home_clock() -> None:
    afternoon = DayPart("afternoon", "chiều", frozenset())
    morning = DayPart("morning", "sáng", frozenset())
    day = dt.date(2026, 2, 19)
    assert home_clock_day(afternoon, day, "washington-dc", "en") == dt.date(2026, 2, 20)
    assert home_clock_day(morning, day, "washington-dc", "vi") == day
    # no part, or one the clock cannot place, tells no day
    assert home_clock_day(None, day, "washington-dc", "vi") is None
    assert home_clock_day(afternoon, day, None, "vi") is None

"""Dates (days): a day of a month the statement leaves unsaid ("hôm 20", "ngày 19 tại
Washington", "on the 19th"), read after an opener and before a follower, a mark or the end
(`monthless_openers`, `monthless_followers` in lexicon/<lang>/dates.yaml). "hôm 20" was read as
the number 20, which the words of a source accounted for, so "met Orbán at the inaugural meeting
hôm 20" came out supported of a meeting on the 19th.

Such a day is placed in the month of a claim whose time lies in one month (rules.compare_time,
dates.in_month) and of days an event lay within (dates.placed_days): another day number misses
the claim's day in every month, so it refutes a one-off act of a named occasion, and stays open
where the act may be another occasion's or the claim spans months ("no-month").

Written before the rule, in English, Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.extract.dates import find_dates


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tô Lâm gặp Orbán hôm 20.", 20),
        ("Tô Lâm gặp Orbán ngày 19 tại Washington.", 19),
        ("To Lam gap Orban hom 19, ong noi", 19),
        ("To Lam met Orbán on the 19th in Washington.", 19),
        ("To Lam met Orbán on the 21st.", 21),
    ],
)
def test_a_day_of_an_unsaid_month(text: str, day: int) -> None:
    [date] = find_dates(text)
    assert (date.first.day, date.grain, date.month_known, date.year_known) == (
        day,
        "day",
        False,
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a month, a range or a list after it, a count, the words of a lunar holiday, an ordinal
        "ngày 20 tháng 2",
        "hôm 16/1",
        "từ ngày 18 đến 20/2",
        "ngày 18 - 20/2",
        "ngày 18, 19 và 20/2",
        "ngày 20 người",
        "mùng 1 Tết",
        "on the 30th anniversary of ties",
        "the 19th",
    ],
)
def test_no_day_of_an_unsaid_month(text: str) -> None:
    assert all(d.month_known for d in find_dates(text))


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the meeting with Orbán at the inaugural meeting was on the 19th
        ("Tô Lâm gặp Orbán tại cuộc họp khai mạc Hội đồng Hòa bình hôm 19.", SUPPORTED),
        ("To Lam gap Orban tai cuoc hop khai mac Hoi dong Hoa binh hom 19.", SUPPORTED),
        ("To Lam met Orbán at the Board of Peace inaugural meeting on the 19th.", SUPPORTED),
        ("Tô Lâm gặp Orbán tại cuộc họp khai mạc Hội đồng Hòa bình hôm 20.", CONTRADICTED),
        ("To Lam gap Orban tai cuoc hop khai mac Hoi dong Hoa binh hom 20.", CONTRADICTED),
        ("To Lam met Orbán at the Board of Peace inaugural meeting on the 20th.", CONTRADICTED),
        # the meeting lay within the trip of 18-20 February: a 25th of any month is outside
        ("Cuộc họp khai mạc Hội đồng Hòa bình diễn ra hôm 25.", CONTRADICTED),
        ("Cuoc hop khai mac Hoi dong Hoa binh dien ra hom 25.", CONTRADICTED),
        ("The Board of Peace inaugural meeting took place on the 25th.", CONTRADICTED),
        # traps: a day inside the trip may be the meeting's own
        ("Cuộc họp khai mạc Hội đồng Hòa bình diễn ra hôm 19.", NEI),
        ("The Board of Peace inaugural meeting took place on the 19th.", NEI),
        # traps: another day with no occasion named may be another meeting or call
        ("To Lam met Orbán on the 21st.", NEI),
        ("Tô Lâm gặp Orbán hôm 21.", NEI),
        ("To Lam spoke by phone with Daines on the 17th.", NEI),
        ("Ong To Lam dien dam voi TNS Daines hom 17.", NEI),
        # a looser name of the meeting, on a day outside the trip, may be another meeting of
        # the board (inside it, as "ngày 20/2", it is that meeting's)
        ("Tô Lâm gặp Orbán tại cuộc họp Hội đồng Hòa bình hôm 25.", NEI),
        ("Tô Lâm gặp Orbán tại cuộc họp Hội đồng Hòa bình hôm 20.", CONTRADICTED),
    ],
)
def test_a_day_of_an_unsaid_month_against_the_claims(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_a_claim_spanning_months_gives_the_day_no_month(checker: Checker) -> None:
    # the invitation to the meeting is known only to come before 17 February
    judgement = checker.check("Trump invited To Lam to the Board of Peace meeting on the 26th.")
    assert judgement.verdict == NEI, judgement.explanation

"""Issue 10, dates as people give them: a season of a lunar year said by its name ("đầu Xuân Bính
Ngọ 2026", "Tết Bính Ngọ", "dịp đầu xuân Ất Tỵ", "the start of the Year of the Horse") is the
days it holds from that year's first day (`lunar_periods`, `lunar_names`, `lunar_cycle` in
lexicon/<lang>/dates.yaml; the first days in lexicon/world/calendar.yaml;
dates._Parser._lunar_at): a window the act fell somewhere in. The meeting with the community in
the US on 18-20 February 2026 lies in the first month of Bính Ngọ (from 17 February 2026) and
bears it out; the spring of Ất Tỵ, 2025's, is another time, which for a meeting may be another
occasion. A name with a year it does not fit ("Xuân Ất Tỵ 2026") gives no date and stays open
on its words. English, Vietnamese and Vietnamese without diacritics; the statements are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.extract.dates import find_dates


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SPANS = [
    (
        "Đầu Xuân Bính Ngọ 2026, lãnh đạo hai nước gặp nhau.",
        dt.date(2026, 2, 17),
        dt.date(2026, 3, 18),
    ),
    ("Dau xuan Binh Ngo, hai ben gap nhau", dt.date(2026, 2, 17), dt.date(2026, 3, 18)),
    ("Tết Ất Tỵ năm ấy", dt.date(2025, 1, 29), dt.date(2025, 2, 4)),
    ("in the Year of the Snake", dt.date(2025, 1, 29), dt.date(2026, 2, 16)),
    ("at the start of the Year of the Horse 2026", dt.date(2026, 2, 17), dt.date(2026, 3, 18)),
]


@pytest.mark.parametrize(("text", "first", "last"), SPANS)
def test_lunar_spans(text: str, first: dt.date, last: dt.date) -> None:
    (date,) = find_dates(text)
    assert (date.first, date.last, date.window, date.day_range) == (first, last, True, False)


def test_a_name_that_does_not_fit_its_year_gives_no_date() -> None:
    # Ất Tỵ began in 2025: "Xuân Ất Tỵ 2026" is no season of it; the year alone is read
    assert [d.text for d in find_dates("dịp đầu Xuân Ất Tỵ 2026")] == ["2026"]


ROWS = [
    # the season holds the meeting's days
    (
        "Đầu Xuân Bính Ngọ 2026, Tổng Bí thư gặp gỡ cộng đồng người Việt tại Mỹ.",
        SUPPORTED,
        "met-vietnamese-community-in-us",
    ),
    ("Tet Binh Ngo, TBT To Lam gap cong dong nguoi Viet tai My", SUPPORTED, "community-in-us"),
    (
        "At the start of the Year of the Horse, To Lam met the Vietnamese community in the US.",
        SUPPORTED,
        "met-vietnamese-community-in-us",
    ),
    # traps: another lunar year's spring may be another meeting
    (
        "Dịp đầu xuân Ất Tỵ, Tổng Bí thư gặp gỡ cộng đồng người Việt tại Mỹ.",
        NEI,
        "another occasion",
    ),
    ("Dau xuan At Ty 2025, TBT To Lam gap cong dong nguoi Viet tai My", NEI, "another occasion"),
    ("In the Year of the Snake, To Lam met the Vietnamese community in the US.", NEI, "another"),
    # a name with a year it does not fit stays open on its words
    ("Trong dịp đầu Xuân Ất Tỵ 2026, Tổng Bí thư gặp gỡ kiều bào tại Mỹ.", NEI, "Ất Tỵ"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_lunar_years(checker: Checker, statement: str, verdict: str, why: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert why in result.explanation

"""A day of an unsaid month ("on the 19th", "hôm 19") is weighed on the same clocks as a full
date (session 28 review). The calls with Senators Daines and Hagerty were on 18 February in
Washington, the morning of the 19th in Hanoi, on whose clock the Vietnamese press dates them:
"On February 19, To Lam spoke with Hagerty" is open (`day-apart`), but "On the 19th, ..." and
"Hôm 19, ..." were refuted, since the day placed in the claim's month
(dates.in_month) was not set on any clock (dayparts.day_said gave None for it, so
windows.home_day and the zoned rules never saw it).

Each statement with a day of an unsaid month keeps the verdict of its twin with the month
said; in English, Vietnamese and Vietnamese without diacritics, with the near versions that
must keep their verdict (another day, a named clock, a part of the day, a meeting)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (the day of an unsaid month, the same with its month said, the verdict of both)
TWINS = [
    # the review's findings: the 19th in Hanoi, a day from the 18th in Washington
    (
        "On the 19th, To Lam held phone talks with Hagerty.",
        "On February 19, To Lam held phone talks with Hagerty.",
        NEI,
    ),
    (
        "Hôm 19, Tổng Bí thư điện đàm với ông Hagerty.",
        "Ngày 19/2, Tổng Bí thư điện đàm với ông Hagerty.",
        NEI,
    ),
    (
        "On the 19th, To Lam spoke by phone with Senator Daines.",
        "On February 19, To Lam spoke by phone with Senator Daines.",
        NEI,
    ),
    (
        "Hom 19, Tong Bi thu dien dam voi ong Daines.",
        "Ngay 19/2, Tong Bi thu dien dam voi ong Daines.",
        NEI,
    ),
    # paraphrases: the day after the act, a title, both senators, a morning (Hanoi's)
    (
        "To Lam phoned Senator Hagerty on the 19th.",
        "To Lam phoned Senator Hagerty on February 19.",
        NEI,
    ),
    (
        "Tô Lâm điện đàm với Thượng nghị sĩ Daines hôm 19.",
        "Tô Lâm điện đàm với Thượng nghị sĩ Daines ngày 19/2.",
        NEI,
    ),
    (
        "To Lam dien dam voi thuong nghi si Hagerty hom 19.",
        "To Lam dien dam voi thuong nghi si Hagerty ngay 19/2.",
        NEI,
    ),
    (
        "Tô Lâm điện đàm với các thượng nghị sĩ Daines và Hagerty hôm 19.",
        "Tô Lâm điện đàm với các thượng nghị sĩ Daines và Hagerty ngày 19/2.",
        NEI,
    ),
    (
        "Sáng hôm 19, Tổng Bí thư điện đàm với ông Daines.",
        "Sáng 19/2, Tổng Bí thư điện đàm với ông Daines.",
        NEI,
    ),
    (
        "Sang hom 19, Tong Bi thu dien dam voi ong Hagerty.",
        "Sang 19/2, Tong Bi thu dien dam voi ong Hagerty.",
        NEI,
    ),
    # on Hanoi's clock, which the source names ("sáng nay giờ Hà Nội" in a paper of the 19th),
    # the 19th is the claim's day there and the 18th is not
    (
        "On the 19th, Hanoi time, To Lam spoke by phone with Senator Daines.",
        "On February 19, Hanoi time, To Lam spoke by phone with Senator Daines.",
        SUPPORTED,
    ),
    (
        "Hôm 19 theo giờ Hà Nội, Tổng Bí thư điện đàm với ông Daines.",
        "Ngày 19/2 theo giờ Hà Nội, Tổng Bí thư điện đàm với ông Daines.",
        SUPPORTED,
    ),
    (
        "On the 18th, Hanoi time, To Lam spoke by phone with Senator Daines.",
        "On February 18, Hanoi time, To Lam spoke by phone with Senator Daines.",
        CONTRADICTED,
    ),
    # near versions that keep their verdict: the claim's own day
    (
        "On the 18th, To Lam held phone talks with Hagerty.",
        "On February 18, To Lam held phone talks with Hagerty.",
        SUPPORTED,
    ),
    (
        "Hôm 18, Tổng Bí thư điện đàm với ông Hagerty.",
        "Ngày 18/2, Tổng Bí thư điện đàm với ông Hagerty.",
        SUPPORTED,
    ),
    # two days from it: the 20th on neither clock
    (
        "On the 20th, To Lam held phone talks with Hagerty.",
        "On February 20, To Lam held phone talks with Hagerty.",
        CONTRADICTED,
    ),
    (
        "Hôm 20, Tổng Bí thư điện đàm với ông Hagerty.",
        "Ngày 20/2, Tổng Bí thư điện đàm với ông Hagerty.",
        CONTRADICTED,
    ),
    (
        "Hom 20, Tong Bi thu dien dam voi ong Daines.",
        "Ngay 20/2, Tong Bi thu dien dam voi ong Daines.",
        CONTRADICTED,
    ),
    # the day before the trip: maybe another call
    (
        "On the 17th, To Lam held phone talks with Hagerty.",
        "On February 17, To Lam held phone talks with Hagerty.",
        NEI,
    ),
    # the 19th on Washington's clock, and an evening, are no hour of the call
    (
        "On the 19th, Washington time, To Lam spoke by phone with Senator Daines.",
        "On February 19, Washington time, To Lam spoke by phone with Senator Daines.",
        CONTRADICTED,
    ),
    (
        "Hôm 19 theo giờ Washington, Tổng Bí thư điện đàm với ông Daines.",
        "Ngày 19/2 theo giờ Washington, Tổng Bí thư điện đàm với ông Daines.",
        CONTRADICTED,
    ),
    (
        "Tối hôm 19, Tổng Bí thư điện đàm với ông Daines.",
        "Tối 19/2, Tổng Bí thư điện đàm với ông Daines.",
        CONTRADICTED,
    ),
    # a meeting in Washington on the 19th, told on that day in Hanoi too
    ("On the 19th, To Lam met Orbán.", "On February 19, To Lam met Orbán.", SUPPORTED),
    ("On the 20th, To Lam met Orbán.", "On February 20, To Lam met Orbán.", CONTRADICTED),
    ("Hom 18, To Lam gap Orban.", "Ngay 18/2, To Lam gap Orban.", CONTRADICTED),
]


@pytest.mark.parametrize(("monthless", "dated", "verdict"), TWINS)
def test_a_day_of_an_unsaid_month_on_the_clocks_of_a_full_date(
    checker: Checker, monthless: str, dated: str, verdict: str
) -> None:
    said = checker.check(monthless)
    full = checker.check(dated)
    assert (said.verdict, full.verdict) == (verdict, verdict), (
        said.explanation,
        full.explanation,
    )

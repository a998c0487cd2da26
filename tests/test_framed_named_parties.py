"""A list of named parties set inside a trip (issue 10, session 35).

"During the US visit, Lam talked by phone with Leahy, Daines and President Trump" sets every
call it lists on the trip. A trip is a stretch of days, and an unnamed or counted group ("two US
senators") is borne out there where one of its claims is of it; but each party the statement
names must be met there by a claim of its own (frames._by_party): the Trump call of July 2025
puts no call with him on the February trip, so the list is open, never refuted (he may have been
called then too, unreported). The same holds for a trip named by its bare noun ("during the
trip", frames._in_bare_trip). The reason cites the named party's claim of the other occasion.
Each in English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


TRUMP_2025 = "to-lam-phone-call-trump-2025-07"
DAINES = "to-lam-phone-call-daines-2026-02-18"
HAGERTY = "to-lam-phone-call-hagerty-2026-02-18"

ROWS = [
    # one named party of the list was called on another occasion
    (
        "During the US visit, Lam talked by phone with Leahy, Daines and President Donald Trump.",
        NEI,
        TRUMP_2025,
    ),
    ("Lam held calls with Hagerty and Trump during the trip.", NEI, TRUMP_2025),
    (
        "Trong chuyến công tác tại Mỹ, Tổng Bí thư Tô Lâm đã điện đàm với Tổng thống Trump "
        "và Thượng nghị sĩ Daines.",
        NEI,
        TRUMP_2025,
    ),
    (
        "Trong chuyến thăm Hoa Kỳ, Tổng Bí thư điện đàm với các ông Leahy, Hagerty và Trump.",
        NEI,
        TRUMP_2025,
    ),
    (
        "Trong chuyen cong tac tai My, Tong Bi thu To Lam da dien dam voi Tong thong Trump "
        "va Thuong nghi si Daines.",
        NEI,
        TRUMP_2025,
    ),
    (
        "Trong chuyen tham Hoa Ky, Tong Bi thu dien dam voi cac ong Leahy, Hagerty va Trump.",
        NEI,
        TRUMP_2025,
    ),
    # a trip set by "on" and its owner ("on his Washington trip": `occasion_frames`)
    (
        "On his Washington trip, To Lam held phone calls with Senator Daines and President Trump.",
        NEI,
        TRUMP_2025,
    ),
    # traps: every named party called on the trip, a counted group, the other call on its own day
    (
        "On his Washington trip, To Lam held phone calls with Senator Daines and Senator Hagerty.",
        SUPPORTED,
        DAINES,
    ),
    ("During his Washington trip, Lam phoned Daines and Hagerty.", SUPPORTED, HAGERTY),
    (
        "During the trip to Washington, Lam held phone talks with two US senators.",
        SUPPORTED,
        DAINES,
    ),
    (
        "Trong chuyến công tác tại Mỹ, Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines "
        "và Thượng nghị sĩ Hagerty.",
        SUPPORTED,
        DAINES,
    ),
    ("Trong chuyến thăm Mỹ, Tổng Bí thư điện đàm với hai thượng nghị sĩ Mỹ.", SUPPORTED, HAGERTY),
    ("Trong chuyen tham My, Tong Bi thu dien dam voi hai thuong nghi si My.", SUPPORTED, DAINES),
    ("Lam phoned Trump in July 2025.", SUPPORTED, TRUMP_2025),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_each_named_party_on_the_trip(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

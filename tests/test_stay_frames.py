"""Acts set inside the doer's stay at a place (issue 10, session 36).

"Lam phoned Daines and Trump while in Washington" sets both calls in his stay there, as "during
the trip" sets them in the trip: a stay frame (`stay_frames` in lexicon/<lang>/statements.yaml:
"while in", "khi ở", "trong thời gian ở", the place named right after them) is borne out for
each party the statement names only by a claim of it dated within a trip of the doer to that
place, its capital or its country (frames._in_stay). The Trump call of July 2025 lies outside
every such trip, so the list is open, never refuted (he may have been called from there too,
unreported); the reason cites that claim. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

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
ORBAN = "to-lam-met-orban-2026-02-19"

ROWS = [
    # one named party's act dated outside every stay at the place
    (
        "While in Washington, To Lam spoke by phone with Senator Hagerty and President Trump.",
        NEI,
        TRUMP_2025,
    ),
    (
        "Vietnam's party chief held phone talks with Trump and Daines while he was in Washington.",
        NEI,
        TRUMP_2025,
    ),
    ("To Lam rang President Trump while in the US.", NEI, TRUMP_2025),
    (
        "Khi đang ở Washington, ông Tô Lâm điện đàm với Tổng thống Trump và ông Hagerty.",
        NEI,
        TRUMP_2025,
    ),
    ("Trong thời gian ở Mỹ, Tổng Bí thư đã điện đàm với ông Trump và ông Daines.", NEI, TRUMP_2025),
    (
        "Khi dang o Washington, ong To Lam dien dam voi Tong thong Trump va ong Hagerty.",
        NEI,
        TRUMP_2025,
    ),
    ("Trong thoi gian o My, Tong Bi thu da dien dam voi ong Trump va ong Daines.", NEI, TRUMP_2025),
    # traps: every named party's act within the stay keeps its verdict
    (
        "While in Washington, To Lam spoke by phone with Senators Hagerty and Daines.",
        SUPPORTED,
        HAGERTY,
    ),
    ("To Lam sat down with Hungary's Orban while in Washington.", SUPPORTED, ORBAN),
    ("Khi ở Washington, ông Tô Lâm điện đàm với ông Daines và ông Hagerty.", SUPPORTED, DAINES),
    ("Khi o Washington, ong To Lam gap Thu tuong Orban.", SUPPORTED, ORBAN),
    ("To Lam phoned Trump in July 2025.", SUPPORTED, TRUMP_2025),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_each_named_party_in_the_stay(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

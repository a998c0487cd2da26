"""Session 34, coverage: "made the trip", "extended the invitation".

Wire copy carries an act by a light verb whose object is the act's noun: "is making the trip at
the invitation of President Trump", "Trump extended the invitation". The verb says no more than
the noun does, like "paid a visit" (`support_verbs` in lexicon/en/fillers.yaml); before, "making"
and "extended" were words no claim said, so such statements came out not enough info. The
words between verb and noun stay details, and a figure after the verb keeps it a word to
account for. Vietnamese
already reads its support verbs ("thực hiện chuyến thăm", "đưa ra lời mời") as the sources' own
words; the rows in Vietnamese, with and without diacritics, hold that.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


INVITED = "trump-invited-to-lam-bop-meeting"
HEGSETH = "hegseth-visited-vietnam-2025"

ROWS = [
    (
        "Lam makes the journey to Washington at the invitation of Donald Trump, founding"
        " chairman of the Board of Peace.",
        SUPPORTED,
        INVITED,
    ),
    ("In 2025 Pentagon chief Hegseth made the trip to Vietnam.", SUPPORTED, HEGSETH),
    (
        "Trump extended an invitation to the Vietnamese leader to attend the meeting.",
        SUPPORTED,
        INVITED,
    ),
    (
        "Tổng thống Trump đưa ra lời mời Tổng Bí thư Tô Lâm dự họp Hội đồng Hòa bình.",
        SUPPORTED,
        INVITED,
    ),
    (
        "Tong thong Trump dua ra loi moi Tong Bi thu To Lam du hop Hoi dong Hoa binh",
        SUPPORTED,
        INVITED,
    ),
    ("Năm 2025, Bộ trưởng Hegseth thực hiện chuyến thăm Việt Nam.", SUPPORTED, HEGSETH),
    ("Nam 2025, Bo truong Hegseth thuc hien chuyen tham Viet Nam", SUPPORTED, HEGSETH),
    # traps: a detail between, another guest, another year
    ("In 2025 Hegseth made a secret trip to Vietnam.", NEI, None),
    ("Trump extended an invitation to Hun Manet to attend the Board of Peace meeting.", NEI, None),
    ("In 2019 Hegseth made the trip to Vietnam.", NEI, None),
    ("Năm 2019, ông Hegseth thực hiện chuyến thăm Việt Nam.", NEI, None),
    ("Tổng thống Trump đưa ra lời mời Thủ tướng Hun Manet dự họp Hội đồng Hòa bình.", NEI, None),
]


@pytest.mark.parametrize(("statement", "verdict", "claim"), ROWS)
def test_support_verbs(checker: Checker, statement: str, verdict: str, claim: str | None) -> None:
    # a row with no claim (not enough info) is held to its verdict alone
    assert_judged(checker, statement, verdict, claim or "")

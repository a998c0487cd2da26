"""What a statement says of someone or something else than the claims' act (session 23's
reviewer, confident wrongs on main): each is a figure or an act of another than the claim gives,
so the claim neither bears it out nor refutes it. Written afresh in wire, headline and post
wording (English, Vietnamese, Vietnamese without diacritics).

1. A bare number set off right after a name ("To Lam, 68, met ...", "Orbán (62)") is said of
   that person, most often an age, which no claim gives (accounting._numbers_beside_names).
2. A year's figure said per month, per week or in total ("$1bn a month in 2025", "a total of 200
   scholarships") is another figure (`other_acts` in lexicon/<lang>/synonyms.yaml), also where it
   is said as a plan (Judge.judge); a rate tied to a yearly count is that count twelve times over
   ("will grant 200 scholarships a month": 2,400 a year, factdb.check.rates), which the yearly
   200 refutes.
3. One is congratulated on what one did oneself ("congratulated Pashinyan on his re-election",
   "chúc mừng Thủ tướng Pashinyan tái đắc cử"): the act is the one congratulated's
   (`controllers`, `given_by_possessive`), so Tô Lâm's own re-election does not bear it out.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # 1. a number set off after a name
        (
            "Vietnam's party chief To Lam, 68, sat down with Viktor Orban in Washington on Feb 19",
            NEI,
        ),
        ("Senator Bill Hagerty, 66, spoke with To Lam by phone on Feb 18", NEI),
        ("Hungarian premier Viktor Orban (62) met Lam in Washington on Feb 19", NEI),
        ("Ông Tô Lâm, 68, gặp Thủ tướng Orbán tại Washington ngày 19/2", NEI),
        ("TBT To Lam, 68, gap Thu tuong Orban o Washington ngay 19/2", NEI),
        # kept: a list of names, a date after a comma
        ("To Lam met Viktor Orban, Prabowo Subianto and Hun Manet in Washington", SUPPORTED),
        ("Lam met Orban in Washington on Feb 19, 2026", SUPPORTED),
        # 2. a year's figure said per month, per week or in total
        ("Trade between Vietnam and Hungary ran above $1 billion a month in 2025", NEI),
        ("Two-way trade with Hungary topped $1bn every week last year, Hanoi says", NEI),
        ("Thương mại Việt Nam - Hungary năm 2025 vượt mốc 1 tỷ USD mỗi tháng", NEI),
        ("Thuong mai Viet - Hung nam 2025 vuot 1 ty USD moi tuan", NEI),
        ("Budapest has handed out a total of 200 scholarships to Vietnamese students", NEI),
        ("Budapest will grant 200 scholarships a month to Vietnamese students", CONTRADICTED),
        ("Hungary sẽ cấp 200 suất học bổng mỗi tháng cho sinh viên Việt Nam", CONTRADICTED),
        ("Hungary da cap tong cong 200 hoc bong cho sinh vien Viet Nam", NEI),
        # kept: the figures as the sources give them
        ("Vietnam-Hungary trade passed $1 billion in 2025", SUPPORTED),
        ("Hungary will keep granting 200 scholarships a year to Vietnamese students", SUPPORTED),
        ("Kim ngạch thương mại Việt Nam - Hungary năm 2025 vượt 1 tỷ USD", SUPPORTED),
        # 3. congratulated on one's own act
        ("Lam congratulated Armenian Prime Minister Nikol Pashinyan on his re-election", NEI),
        ("Lam congratulated Armenia on Pashinyan's re-election", NEI),
        ("Tổng Bí thư Tô Lâm chúc mừng Thủ tướng Pashinyan tái đắc cử", NEI),
        ("Tong Bi thu chuc mung Thu tuong Pashinyan tai cu", NEI),
        # kept: Tô Lâm congratulated on his own re-election
        ("Indonesia's Prabowo congratulated To Lam on his re-election", SUPPORTED),
        ("Tổng thống Trump chúc mừng Tổng Bí thư Tô Lâm tái đắc cử", SUPPORTED),
        ("Tong thong Trump chuc mung Tong Bi thu To Lam tai cu", SUPPORTED),
        ("Orban congratulated To Lam on Lam's re-election as party chief", SUPPORTED),
    ],
)
def test_said_of_others(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict, statement

"""A title's claim accounts only for the title and the name it is given to (accounting.details):
beside another part ("Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán ..."), its dozens of sentences
naming the holder do not account for a detail said of that part (at the airport, with his
wife, in a warm atmosphere, at the embassy), which the same statement without the title leaves
open too. Only those of its sentences that name a party of the other part's act still speak of
it (World.said_naming). Confident wrongs of the session 22 review (mechanism M1), with twins in
English, Vietnamese and Vietnamese without diacritics, and the cases the title is checked in.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


# The review's statements: a title, an act a claim bears out, and a detail no source gives it.
REVIEWED = [
    "Tong Bi thu To Lam gap Thu tuong Orban tai Dai su quan Hungary.",
    "Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán tại Đại sứ quán Hungary.",
    "Tổng Bí thư Tô Lâm và Phu nhân gặp Thủ tướng Orbán.",
    "Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán tại sân bay.",
    "Tổng Bí thư Tô Lâm tiếp Bộ trưởng Hegseth tại sân bay.",
    "Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán trong không khí thân tình.",
    "Tong Bi thu To Lam va Phu nhan gap Thu tuong Orban.",
    "Tong Bi thu To Lam gap Thu tuong Orban tai san bay.",
    "Tong Bi thu To Lam gap Thu tuong Orban trong khong khi than tinh.",
    "Tổng Bí thư Tô Lâm và Phu nhân tiếp Bộ trưởng Hegseth.",
    "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines trong không khí thân tình.",
    "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines tại sân bay.",
    "Tổng Bí thư Tô Lâm gặp Thủ tướng Sharif tại sân bay quốc tế.",
    "Tổng Bí thư Tô Lâm gặp Tổng thống Aliyev cùng Phu nhân.",
    "Tổng Bí thư Tô Lâm tiếp Đại sứ Greer tại sân bay.",
    "Tổng Bí thư Tô Lâm tiếp Đại sứ Greer trong không khí thân tình.",
    "Tong Bi thu To Lam dien dam voi Thuong nghi si Daines tai san bay.",
    "Tong Bi thu To Lam va Phu nhan tiep Bo truong Hegseth.",
    "Tong Bi thu To Lam tiep Dai su Greer trong khong khi than tinh.",
    "General Secretary To Lam and his wife met Prime Minister Orban.",
    "Tổng Bí thư Tô Lâm và Phu nhân thăm Campuchia đầu tháng 2/2026.",
    "Tổng Bí thư Tô Lâm gặp Thủ tướng Hun Manet tại sân bay.",
    "Thủ tướng Orbán và Phu nhân gặp Tổng Bí thư Tô Lâm.",
    "Tong Bi thu To Lam gap Thu tuong Pashinyan tai san bay quoc te.",
    "Tong Bi thu To Lam va Phu nhan gap Tong thong Prabowo.",
    "Tong Bi thu To Lam dien dam voi ong Leahy trong khong khi than tinh.",
    "Tong Bi thu To Lam dien dam voi ong Leahy tai Dai su quan.",
]

# The same kind, worded for this test: a headline, wire copy, a post.
WORDED = [
    "Party chief To Lam met Hungarian Prime Minister Viktor Orban at the airport.",
    "General Secretary To Lam met Prime Minister Hun Manet at the Cambodian embassy.",
    "Tổng Bí thư Tô Lâm cùng Phu nhân tiếp Thủ tướng Hungary Orbán.",
    "Tổng Bí thư Tô Lâm gặp Tổng thống Aliyev trong không khí thân tình.",
    "TBT To Lam va Phu nhan gap Tong thong Tokayev",
]


@pytest.mark.parametrize("statement", REVIEWED + WORDED)
def test_a_title_accounts_for_no_detail_of_another_part(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


# What the title's claim does decide stays decided: the act said with the titles, a title the
# holder never held, and a sentence of the title's claim that speaks of the act's party ("Ngày
# mai, Tổng Bí thư Tô Lâm sẽ có chuyến công tác tới Mỹ": the trip to the US tomorrow).
KEPT = [
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán tại Washington.", SUPPORTED),
    ("Tong Bi thu To Lam gap Thu tuong Orban tai Washington", SUPPORTED),
    ("General Secretary To Lam met Prime Minister Orban in Washington.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm và Thủ tướng Orbán gặp nhau tại Washington", SUPPORTED),
    ("Tổng Bí thư Tô Lâm gặp Tổng thống Orbán tại Washington.", CONTRADICTED),
    ("Tong Bi thu To Lam gap Tong thong Orban tai Washington", CONTRADICTED),
    ("General Secretary To Lam met President Orban in Washington.", CONTRADICTED),
    ("General Secretary To Lam heads to the US tomorrow for the Board of Peace meeting", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), KEPT)
def test_the_title_and_its_acts_stay_decided(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict
    # every verdict cites a verified span
    assert all(c.spans for p in judgement.parts if p.verdict == verdict for c in p.decisive)

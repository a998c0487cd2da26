"""Session 33, coverage: a social post's decoration around what it says.

A post's trailing hashtags label it (check.datelines.blank_tags), and the emoji between and
after them ("#BoardOfPeace 🇻🇳 #Vietnam 👏", "#HộiĐồngHòaBình 👍") are part of that label: before,
an emoji after the last tag kept every tag a word to account for ("no stored claim covers the
words 'BoardOfPeace'"). "a thread 🧵" labels the posts that follow (framing in
lexicon/en/fillers.yaml). A question mark before the tags stays the sentence's: a question is
read on the words the parse reads (before, "Did Lam meet Orbán? #BoardOfPeace" was read as an
assertion and borne out). A hashtag inside the sentence stays its word, and a detail beside the
tags stays for the claims.

In English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ORBAN = "to-lam-met-orban-2026-02-19"
ODA = "hu-oda-400m-usd"

# (statement, verdict, a claim the verdict cites, or words the reason names)
ROWS = [
    ("Party chief Lam sat down with Hungary's Orbán in DC #BoardOfPeace 👏", SUPPORTED, ORBAN),
    ("Hungary okays $400m ODA for Vietnam #Hungary 🇭🇺 #Vietnam 🇻🇳", SUPPORTED, ODA),
    (
        "Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Orbán ở Washington #HộiĐồngHòaBình 👍",
        SUPPORTED,
        ORBAN,
    ),
    ("Hungary thông qua 400 triệu USD ODA cho Việt Nam 🎉 #ODA #ViệtNam 🇻🇳.", SUPPORTED, ODA),
    ("TBT To Lam gap Thu tuong Hungary Orban o Washington #HoiDongHoaBinh 👍", SUPPORTED, ORBAN),
    ("Hungary thong qua 400 trieu USD ODA cho Viet Nam #ODA 🇻🇳 #VietNam", SUPPORTED, ODA),
    ("Lam sat down with Orbán in Washington - a thread 🧵", SUPPORTED, ORBAN),
    # traps: a question before the tags, a hashtag inside the sentence, a detail beside them
    ("Did Lam sit down with Orbán in Washington? #BoardOfPeace 👏", NEI, "question"),
    ("Did Lam sit down with Orbán in Washington? #BoardOfPeace", NEI, "question"),
    ("Tổng Bí thư có gặp ông Orbán ở Washington không? #HộiĐồngHòaBình", NEI, "question"),
    ("Tong Bi thu co gap ong Orban o Washington khong? #HoiDongHoaBinh 👍", NEI, "question"),
    ("Lam #secretly sat down with Orbán in Washington #BoardOfPeace 👏", NEI, "secretly"),
    ("Hungary okays $400m in grant aid for Vietnam #Hungary 🇭🇺 #Vietnam 🇻🇳", NEI, "grant"),
    ("Tổng Bí thư Tô Lâm gặp riêng Thủ tướng Orbán ở Washington #HộiĐồngHòaBình 👍", NEI, "riêng"),
    ("TBT To Lam gap rieng Thu tuong Orban o Washington #HoiDongHoaBinh 👍", NEI, "rieng"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_post_decoration(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

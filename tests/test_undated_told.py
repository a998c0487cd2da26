"""Session 29, a day told by a day of writing the statement does not give.

"Sáng nay", "this morning", "tonight", and "hôm nay" or "today" before the act tell a day by the
day the text was written. A source's "sáng nay giờ Hà Nội" is the morning of the day it was
published; a statement's is a day no one can place unless it gives its day of writing (a
dateline). So the words are a detail no claim's sentence accounts for, even where a source says
the same words of its own day (dayparts.undated_told, accounting.details): the statement is left
open, never borne out by the source's "nay" nor refuted by the source's part of the day. With a
dateline the words are that day (tests/test_told_from_report.py); "today" after the act also
says "now" and is left as it was. Written for these tests the way posts and wire copy put it, in
English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.dayparts import undated_told
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


CASES = [
    # the sources tell these calls with "sáng nay giờ Hà Nội" of their own day
    ("This morning To Lam spoke by phone with Senator Daines.", NEI),
    ("Sáng nay, Tổng Bí thư điện đàm với Thượng nghị sĩ Steve Daines.", NEI),
    ("Sang nay Tong Bi thu dien dam voi Thuong nghi si Steve Daines.", NEI),
    ("Chiều nay Tổng Bí thư điện đàm với ông Leahy.", NEI),
    ("Chieu nay Tong Bi thu dien dam voi ong Leahy.", NEI),
    ("This evening To Lam met Orbán in Washington.", NEI),
    ("Tonight To Lam met Prime Minister Orban.", NEI),
    ("Toi nay Tong Bi thu gap Thu tuong Orban", NEI),
    # a told day alone, before the act
    ("Hôm nay, Tổng Bí thư điện đàm với Thượng nghị sĩ Steve Daines.", NEI),
    ("Hom nay TBT To Lam dien dam voi 2 thuong nghi si My.", NEI),
    ("Today To Lam spoke by phone with Senator Daines.", NEI),
    # the same acts with no told day, or on a day the dateline gives, keep their verdicts
    ("To Lam spoke by phone with Senator Daines.", SUPPORTED),
    ("Tổng Bí thư điện đàm với Thượng nghị sĩ Steve Daines.", SUPPORTED),
    ("Tong Bi thu dien dam voi ong Leahy", SUPPORTED),
    ("WASHINGTON, Feb 19 - This morning To Lam met Orban.", SUPPORTED),
    ("WASHINGTON (19/2) - Sáng nay, Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), CASES)
def test_undated_told_days(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        ("This morning To Lam spoke by phone with Senator Daines.", ["This morning"]),
        ("Sang nay Tong Bi thu dien dam voi ong Daines", ["Sang nay"]),
        ("Hôm nay, Tổng Bí thư điện đàm với ông Daines.", ["Hôm nay"]),
        # after the act, a told word alone also says "now": left as it was
        ("Ex-Sen. Leahy: war legacy funding still maintained today", []),
        # a dateline dates the word: nothing is left undated
        ("WASHINGTON, Feb 19 - This morning To Lam met Orban.", []),
        # "hiện nay" tells the present, not a day
        ("Hiện nay ông Tô Lâm là Tổng Bí thư.", []),
    ],
)
def test_undated_told_words(checker: Checker, statement: str, told: list[str]) -> None:
    parsed = checker.parse(statement)
    assert [parsed.text[s:e] for s, e in undated_told(parsed)] == told

"""The occasion the article's picture shows (issue 10, dates), session 34.

Lam and Trump have talked by phone again and again since November 2024, so a call dated
otherwise than the July 2025 one the sources date may be another call (issue 11): "Lam spoke
with Trump by phone in April 2025" stays open. Said of the article's picture ("Photo caption:
...", "the picture in the article shows ...", "Chú thích ảnh: ...", "Bức ảnh trong bài ghi lại
...": `picture_labels` in lexicon/<lang>/occasions.yaml), the call is the one a source's caption
names (World.captioned: the sentence a credit such as "Ảnh: TTXVN" follows), and another date
misdates it (windows.pictured).

Traps stay open: no picture said, a picture of an act no caption gives, "a photo" of any time.
Each in English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

CALL = "to-lam-phone-call-trump-2025-07"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the captioned call, misdated
    ("Photo caption: To Lam on the phone with Donald Trump in May 2025.", CONTRADICTED),
    ("The picture in the article shows Lam's phone call with Trump back in 2024.", CONTRADICTED),
    ("Chú thích ảnh: Tổng Bí thư Tô Lâm điện đàm với Tổng thống Trump tháng 5/2025.", CONTRADICTED),
    ("Bức ảnh ghi lại cuộc điện đàm của ông Tô Lâm với ông Trump năm 2024.", CONTRADICTED),
    ("Chu thich anh: Tong Bi thu To Lam dien dam voi Tong thong Trump thang 5/2025", CONTRADICTED),
    # the captioned call, dated as its caption dates it
    ("Chú thích ảnh: Tổng Bí thư Tô Lâm điện đàm với Tổng thống Trump tháng 7/2025.", SUPPORTED),
    # no picture said: another call may be meant
    ("To Lam spoke with Donald Trump by phone in May 2025.", NEI),
    ("Tổng Bí thư Tô Lâm điện đàm với Tổng thống Trump tháng 5/2025.", NEI),
    ("Tong Bi thu To Lam dien dam voi Tong thong Trump thang 5/2025", NEI),
    # an act no caption gives, and "a photo" of any time
    ("Photo caption: To Lam met Viktor Orban in Budapest in 2019.", NEI),
    ("Chú thích ảnh: Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán tại Budapest năm 2019.", NEI),
    ("Chu thich anh: Tong Bi thu To Lam gap Thu tuong Orban tai Budapest nam 2019", NEI),
    ("In a photo of May 2025, To Lam talks to Trump by phone.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_pictured_occasions(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert CALL in {c.id for c in result.evidence}, result.explanation
    if verdict == NEI and CALL in result.explanation:
        assert "another occasion" in result.explanation, result.explanation

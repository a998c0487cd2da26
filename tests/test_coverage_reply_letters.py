"""Coverage (issue 10), session 36: words framed by a reply letter.

A letter that answers one is a letter sent: "wrote in reply to Trump", "trong thư trả lời ông
Trump", "hồi đáp bằng văn bản" (`sent_letter` in lexicon/<lang>/synonyms.yaml; never a phrase
opening with "thư", which "Tổng Bí thư trả lời" would hold). And the letter named after what it
said, in a clause of its own with its own subject ("Vietnam will take part as a founding member,
Lam wrote in reply to Trump", "..., Tổng Bí thư viết trong thư gửi ông Trump"), is said as done:
the mood of the words before the break is theirs, not the letter's (scope._subject_between).

Traps stay open: another writer, and "trả lời" that answers no letter. Each class in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


LETTER = "to-lam-letter-to-trump-accepting-bop"

ROWS = [
    # the reply letter, and the words it framed
    (
        "Lam wrote in reply to Trump that Vietnam would join the board as a founding member.",
        SUPPORTED,
        LETTER,
    ),
    (
        "Vietnam will take part as a founding member, Lam wrote in reply to Trump.",
        SUPPORTED,
        LETTER,
    ),
    (
        "Việt Nam sẽ tham gia với tư cách thành viên "
        "sáng lập, Tổng Bí thư viết trong thư gửi ông Trump.",
        SUPPORTED,
        LETTER,
    ),
    (
        "Viet Nam se tham gia voi tu cach thanh vien "
        "sang lap, Tong Bi thu viet trong thu gui ong Trump.",
        SUPPORTED,
        LETTER,
    ),
    (
        "Trong thư trả lời ông Trump, Tổng Bí thư khẳng "
        "định Việt Nam sẵn sàng là thành viên sáng lập.",
        SUPPORTED,
        "to-lam-affirmed-vietnam-ready-founding-member",
    ),
    # the capacity the letter turned round
    (
        "Hanoi will join the Board of Peace only as an observer, Lam wrote in reply to Trump.",
        CONTRADICTED,
        "observer",
    ),
    (
        "Việt Nam chỉ tham gia với tư cách quan sát "
        "viên, Tổng Bí thư viết trong thư trả lời ông Trump.",
        CONTRADICTED,
        "quan sát viên",
    ),
    # traps: another writer; an answer that is no letter
    ("Vietnam will take part as a founding member, Orbán wrote in reply to Trump.", NEI, ""),
    (
        "Việt Nam sẽ tham gia với tư cách thành viên "
        "sáng lập, ông Orbán viết trong thư gửi ông Trump.",
        NEI,
        "",
    ),
    (
        "Viet Nam se tham gia voi tu cach thanh vien "
        "sang lap, ong Orban viet trong thu gui ong Trump.",
        NEI,
        "",
    ),
    ("Tổng Bí thư trả lời phỏng vấn báo chí Mỹ.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_reply_letters(checker: Checker, statement: str, verdict: str, why: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation

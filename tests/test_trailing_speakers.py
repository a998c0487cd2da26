"""Words said, then their speaker (issue 10, who said what): "..., Tổng Bí thư khẳng định". A
name joined by a dash to the one right before the comma ("quan hệ Việt – Mỹ, Tổng Bí thư
khẳng định", "Vietnam – US ties, Lam affirmed") ends the words said: the two are one compound,
no list of speakers, so the speaker alone is borne out by a claim of his. English, Vietnamese
and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.check.stance import read_stance

VERDICTS = [
    (
        "Quốc phòng đã trở thành một trong những trụ cột quan trọng của quan hệ Việt – Mỹ, "
        "Tổng Bí thư khẳng định khi tiếp ông Hegseth.",
        SUPPORTED,
    ),
    (
        "Hop tac quoc phong nay la mot trong nhung tru cot quan trong cua quan he Viet - My, "
        "TBT To Lam khang dinh.",
        SUPPORTED,
    ),
    (
        "Defence ties are now one of the important pillars of the Vietnam – US relationship, "
        "the party chief affirmed.",
        SUPPORTED,
    ),
    # someone else's words stay open, and so do words the source does not give
    (
        "Hợp tác quốc phòng là trụ cột quan trọng của quan hệ Việt – Mỹ, ông Hagerty khẳng định.",
        NEI,
    ),
    ("Campuchia coi trọng quan hệ với Việt Nam – Lào, Thủ tướng Hun Manet khẳng định.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_trailing_speaker_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Đà phát triển tốt là nét nổi bật của quan hệ Việt – Mỹ, Tổng Bí thư nói.",
        "Da phat trien tot la net noi bat cua quan he Viet - My, Tong Bi thu noi.",
        "Momentum marks the ties of Hanoi – Washington, Lam said.",
    ],
)
def test_a_compound_before_the_speaker_lists_no_one(real_checker: Checker, statement: str) -> None:
    reading = read_stance(real_checker.parse(statement), real_checker.vocab)
    assert reading is not None and reading.others == ()

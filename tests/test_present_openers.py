"""A clause opened by words that set it at the time of writing ("To date", "So far", "Đến nay",
"Hiện nay", "Tính đến nay") says what holds up to now, as a perfect tense does: the subject after
them still does the act (assertions `_opens_clause`), and the words carry no detail a claim must
give (fillers). "Đến nay Việt Nam vẫn chưa phản hồi lời mời" is refuted by the acceptance the
sources report before now; an act no claim gives stays open. Each class in English, Vietnamese
and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    (
        "To date, Hanoi has yet to answer Trump's invitation to join the Board of Peace.",
        CONTRADICTED,
    ),
    (
        "So far Vietnam has not responded to Trump's invitation to the peace board.",
        CONTRADICTED,
    ),
    ("Tính đến nay, Việt Nam vẫn chưa trả lời lời mời tham gia Hội đồng Hòa bình.", CONTRADICTED),
    ("Hiện nay Hà Nội vẫn chưa hồi đáp lời mời của ông Trump về Hội đồng Hòa bình.", CONTRADICTED),
    ("Tinh den nay Viet Nam van chua phan hoi loi moi tham gia Hoi dong Hoa binh", CONTRADICTED),
    ("So far, Vietnam has accepted Trump's invitation to join the Board of Peace.", SUPPORTED),
    # traps: an answer no claim gives, of another invitation
    ("To date, Pakistan has not responded to Lam's invitation to visit Vietnam.", NEI),
    ("Đến nay Hungary vẫn chưa phản hồi lời mời tham gia Hội đồng Hòa bình.", NEI),
    ("Den nay Campuchia van chua phan hoi loi moi tham gia Hoi dong Hoa binh", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_present_opener_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

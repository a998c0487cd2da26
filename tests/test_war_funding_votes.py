"""A vote to keep paying for a war is a vote against ending it (issue 10): "voted to keep funding
the war", "bỏ phiếu tiếp tục tài trợ cho cuộc chiến" are opposites of the end of the Vietnam War
(lexicon/<lang>/polarity.yaml `opposites`), so Leahy's vote to end it refutes them, as it refutes
"voted to prolong the war". Funding something else denies nothing, and another senator's vote is
open. Each class in English, Vietnamese and Vietnamese without diacritics; the statements are
written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Leahy recalled that an early Senate vote of his was to keep funding the war.", CONTRADICTED),
    ("Patrick Leahy voted to continue funding the Vietnam War.", CONTRADICTED),
    ("Ông Leahy bỏ phiếu tiếp tục tài trợ cho cuộc chiến tại Việt Nam.", CONTRADICTED),
    ("Ong Leahy bo phieu tiep tuc cap ngan sach cho cuoc chien", CONTRADICTED),
    # traps: other funding; a senator no claim gives that vote
    ("Leahy voted to keep funding dioxin cleanup in Vietnam.", NEI),
    ("Daines voted to keep funding the Vietnam War.", NEI),
    ("Ông Daines bỏ phiếu tiếp tục tài trợ cho cuộc chiến tại Việt Nam.", NEI),
    ("Ong Hagerty bo phieu tiep tuc cap ngan sach cho cuoc chien", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_war_funding_vote_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

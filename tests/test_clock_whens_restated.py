"""Issue 10, dates: one moment told again on another place's clock after "when it was
(already)", "lúc ấy (đã) là", "khi ấy là" (`restatements` in lexicon/<lang>/dates.yaml) is read
once with each clock (check.clocks), as after "which was already" and "tức": Tô Lâm's call with
Leahy was on the afternoon of 19 February in Washington, the early hours of the 20th in Hanoi."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED

LEAHY = "to-lam-phone-call-leahy-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        (
            "Lam's call with Leahy came on the afternoon of Feb. 19 in Washington, when it was "
            "already Feb. 20 in Hanoi.",
            SUPPORTED,
        ),
        (
            "Lam phoned Leahy on the morning of Feb. 19 in Washington, when it was already the "
            "evening of Feb. 19 in Hanoi.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư điện đàm với ông Leahy chiều 19/2 tại Washington, lúc ấy đã là rạng "
            "sáng 20/2 tại Hà Nội.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư điện đàm với ông Leahy sáng 19/2 tại Washington, khi ấy là tối 19/2 tại "
            "Hà Nội.",
            CONTRADICTED,
        ),
        (
            "TBT dien dam voi ong Leahy chieu 19/2 o Washington, luc ay da la rang sang 20/2 o "
            "Ha Noi",
            SUPPORTED,
        ),
    ],
)
def test_a_moment_restated_after_when(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert any(c.id == LEAHY and c.spans for c in cited)

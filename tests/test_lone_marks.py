"""A mark's own words ("for the first time", "lần đầu") with no word of the series it is a mark
of (lexicon/world/marks.yaml: trade_milestone, of trade_turnover) are the first time of another
act, not a first passing of a trade mark: "Hungary and Vietnam held talks for the first time in
2024" was contradicted by the first year trade passed a billion (2025), as was "Hungary granted
Vietnam 200 scholarships for the first time in 2024" (parse._marks_of_nothing; issue 10,
session 27). With trade named the mark is read as before; with no mark said ("passed a
milestone for the first time in 2024") another than the claim's may have been first passed in
any year (assess.assess, rule mark-unsaid)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "Hungary and Vietnam held talks for the first time in 2024.",
        "Hungary granted Vietnam 2 billion scholarships for the first time in 2024.",
        "Hungary granted Vietnam 200 scholarships for the first time in 2024.",
        "Hungary và Việt Nam hội đàm lần đầu tiên vào năm 2024.",
        "Hungary cấp cho Việt Nam 2 tỷ suất học bổng lần đầu tiên vào năm 2024.",
        "Hungary cap cho Viet Nam 200 suat hoc bong lan dau tien nam 2024",
        "Hungary va Viet Nam hoi dam lan dau nam 2024",
        # trade named, its mark not
        "Trade between Hungary and Vietnam passed a milestone for the first time in 2024.",
        "Hungary-Vietnam trade hit a milestone for the first time in 2026.",
        "Kim ngạch thương mại Việt Nam - Hungary lần đầu vượt mốc quan trọng năm 2024.",
        "Kim ngach thuong mai Viet Nam - Hungary lan dau vuot moc quan trong nam 2024",
    ],
)
def test_a_first_time_of_another_act_is_no_mark(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Hungary-Vietnam trade passed $1 billion for the first time in 2025.", SUPPORTED),
        ("Hungary-Vietnam trade passed $1 billion for the first time in 2024.", CONTRADICTED),
        ("Kim ngạch thương mại Việt Nam - Hungary lần đầu vượt 1 tỷ USD năm 2024.", CONTRADICTED),
        ("Kim ngach thuong mai Viet Nam - Hungary lan dau vuot 1 ty USD nam 2025", SUPPORTED),
        ("Hungary-Vietnam trade first passed $1 billion in 2026.", CONTRADICTED),
    ],
)
def test_a_mark_of_trade_is_read(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Issue 10, class 6 (session 21): a country after the verb standing for the claim's other
party where he holds that country's office ("Trump invited Vietnam to join the Board of
Peace", "mời Việt Nam tham gia Hội đồng Hòa bình" of his invitation to Tô Lâm), as a country
before it stands for the doer (assess.led). Named so, the party is stated, and a date outside
the claim's occasion refutes the act (assess.led_to).

Traps: another country is no stand-in for him; an invitation to visit recurs."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Trump invited Vietnam to join the Board of Peace on Feb. 2.", CONTRADICTED),
        ("Tổng thống Trump mời Việt Nam tham gia Hội đồng Hòa bình hôm 26/1.", CONTRADICTED),
        ("TT Trump gui thu moi Viet Nam tham gia Hoi dong Hoa binh ngay 5/2", CONTRADICTED),
        ("Trump invited Vietnam to join the Board of Peace on Jan. 16.", SUPPORTED),
        # traps: another country; an invitation to visit, which recurs
        ("Trump invited Hungary to join the Board of Peace on Feb. 2.", NEI),
        ("Trump invited Vietnam to visit the United States in March 2025.", NEI),
    ],
)
def test_country_party_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

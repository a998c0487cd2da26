"""A figure an order of magnitude above the lower bound a claim gives with no upper one
(rules.order_above): a source says a figure by the round mark just under it, so trade of "more
than $1 billion" in 2025 was not $10 billion, which would have been said by its own mark; a
figure under ten times the mark ("$2 billion", "1,5 tỷ USD") stays open, as labelled.yaml has it
(issue 10, session 24)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # wire copy, a headline, a social post
        ("Two-way trade between Hungary and Vietnam hit $11 billion in 2025.", CONTRADICTED),
        ("Hungary-Vietnam Trade Soars To $20 Billion In 2025", CONTRADICTED),
        ("Năm 2025, thương mại hai chiều Hungary - Việt Nam đạt 12 tỷ đô la Mỹ.", CONTRADICTED),
        ("Kim ngạch Việt Nam – Hungary năm 2025 lên tới 10 tỷ USD", CONTRADICTED),
        ("thuong mai VN - Hungary nam 2025 dat toi 20 ty USD", CONTRADICTED),
        # under ten times the mark: open
        ("Two-way trade between Hungary and Vietnam hit $3 billion in 2025.", NEI),
        ("Năm 2025, thương mại hai chiều Hungary - Việt Nam đạt 9 tỷ USD.", NEI),
        ("thuong mai VN - Hungary nam 2025 dat 2 ty USD", NEI),
        # another year's or an undated figure: open
        ("Hungary-Vietnam trade will reach $10 billion in 2035.", NEI),
        ("Kim ngạch thương mại Việt Nam - Hungary đạt 10 tỷ USD.", NEI),
    ],
)
def test_an_order_of_magnitude_above_the_mark(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

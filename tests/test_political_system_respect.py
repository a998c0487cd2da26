"""Session 29, predicates: respect for Vietnam's political system, a view curated from 003 and 000.

Tô Lâm praised the Trump administration for valuing the relations on the basis of respect for
Vietnam's political system, independence, sovereignty and territorial integrity (003, the call
with Leahy); the US side wished to promote the relations on the basis of respect for each
other's (000). The view is what was said, by whom, of which country: another country, another
speaker or an affirmation where the source gives a wish stays open.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "To Lam commended the Trump administration for continuing to respect Vietnam's "
            "political system, independence, sovereignty and territorial integrity.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư đánh giá cao việc chính quyền Tổng thống Trump tôn trọng thể chế chính "
            "trị của Việt Nam",
            SUPPORTED,
        ),
        (
            "TBT danh gia cao viec chinh quyen Trump ton trong the che chinh tri cua Viet Nam",
            SUPPORTED,
        ),
        # traps: another country, an affirmation of what the source gives as a wish, a
        # detail the sentence does not say
        (
            "Tổng Bí thư đánh giá cao việc chính quyền Tổng thống Trump tôn trọng thể chế chính "
            "trị của Campuchia",
            NEI,
        ),
        ("Phía Mỹ khẳng định tôn trọng thể chế chính trị của Việt Nam.", NEI),
        ("The US affirmed it respects Vietnam's political system.", NEI),
        ("Phia My khang dinh ton trong the che chinh tri cua Viet Nam", NEI),
        (
            "To Lam commended the Trump administration for respecting Vietnam's political "
            "system and its human rights record.",
            NEI,
        ),
    ],
)
def test_respect_for_the_political_system(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict, statement

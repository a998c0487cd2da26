"""Session 29, predicates: views the seeds state that no claim held, now curated.

Respect for Vietnam's political system (003 and 000): Tô Lâm praised the Trump administration
for valuing the relations on the basis of respect for Vietnam's political system, independence,
sovereignty and territorial integrity (003, the call with Leahy); the US side wished to promote
the relations on the basis of respect for each other's (000). The view is what was said, by
whom, of which country: another country, another speaker or an affirmation where the source
gives a wish stays open. A lasting, comprehensive solution for the Middle East peace process
(000): what Tô Lâm's letter of acceptance affirmed Vietnam would contribute to with the US, his
words alone.
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


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Tô Lâm khẳng định Việt Nam sẽ cùng Mỹ và cộng đồng quốc tế đóng góp tích cực hướng "
            "tới giải pháp lâu dài, toàn diện cho tiến trình hòa bình Trung Đông.",
            SUPPORTED,
        ),
        (
            "To Lam khang dinh Viet Nam cung My dong gop huong toi giai phap lau dai "
            "cho Trung Dong",
            SUPPORTED,
        ),
        (
            "To Lam affirmed Vietnam would contribute with the US to a "
            "lasting, comprehensive solution for the Middle East peace process.",
            SUPPORTED,
        ),
        # traps: another speaker, a detail the letter does not give
        ("Hegseth affirmed the US would work towards a lasting solution for the Middle East.", NEI),
        ("Ông Hegseth khẳng định Mỹ hướng tới giải pháp lâu dài cho Trung Đông.", NEI),
        (
            "Tô Lâm khẳng định Việt Nam sẽ cùng Mỹ đóng góp tài chính cho giải pháp lâu dài "
            "cho Trung Đông.",
            NEI,
        ),
        ("To Lam khang dinh Viet Nam se gui quan doi toi Trung Dong vi giai phap lau dai", NEI),
    ],
)
def test_a_lasting_middle_east_solution(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict, statement

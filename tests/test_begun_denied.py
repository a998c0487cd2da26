"""A denial that falls on the words dating a beginning ("does not date from 2024", "không bắt
đầu từ năm 2024"), with no predicate's trigger after it, was not read: the statement was judged
as if it said "dates from 2024" and came out contradicted though true (noticed in session 30 by
fxsince). The denial now falls on the beginning (scope.start_denied): what the claims show held
before that date did not begin at it (supported), and the date the claims show it began at is
refuted by its denial. Traps kept open: a date before the claims' first day (its first known day
need not be its first), and the affirmed forms keep their verdicts."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Vietnam-US comprehensive strategic partnership does not date from 2024.", SUPPORTED),
        (
            "Quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ không bắt đầu từ năm 2025.",
            SUPPORTED,
        ),
        (
            "Quan he Doi tac chien luoc toan dien Viet Nam - Hoa Ky khong bat dau tu nam 2024.",
            SUPPORTED,
        ),
        # the year the claims show it began, denied
        (
            "The Vietnam-US comprehensive strategic partnership does not date from 2023.",
            CONTRADICTED,
        ),
        (
            "Quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ không bắt đầu từ năm 2023.",
            CONTRADICTED,
        ),
        (
            "Quan he Doi tac chien luoc toan dien Viet Nam - Hoa Ky khong bat dau tu nam 2023.",
            CONTRADICTED,
        ),
        # kept: before the claims' first day, and the affirmed forms
        ("The Vietnam-US comprehensive strategic partnership does not date from 2022.", NEI),
        ("Quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ không bắt đầu từ năm 2022.", NEI),
        ("The Vietnam-US comprehensive strategic partnership dates from 2024.", CONTRADICTED),
        ("Quan he Doi tac chien luoc toan dien Viet Nam - Hoa Ky bat dau tu nam 2023.", SUPPORTED),
    ],
)
def test_a_denied_beginning(real_checker: Checker, text: str, verdict: str) -> None:
    assert real_checker.check(text).verdict == verdict

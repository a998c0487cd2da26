"""The country's direction after the 14th Congress is the view of new heights Tô Lâm told Leahy
of (issue 10, uncovered): 003 names it "những định hướng lớn ... được đề ra sau Đại hội XIV",
whose aim is those heights; the press says "Vietnam's direction", "hướng đi của đất nước"
(aliases of the topic new-heights in fixtures/vocabulary/entities.yaml). Another listener stays
open; another Congress, said of that briefing, is refuted by its source (session 25)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
CONTRADICTED = "contradicted"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Lam told Leahy about the country's future direction set by the 14th Party Congress.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư thông tin với ông Leahy về hướng đi của Việt Nam sau Đại hội XIV.",
            SUPPORTED,
        ),
        ("TBT thong tin voi ong Leahy ve huong di cua dat nuoc sau Dai hoi XIV", SUPPORTED),
        ("Lam briefed Orbán on Vietnam's direction following the 14th Party Congress.", NEI),
        # the Congress said wrong of the one briefing the sources know (session 25)
        (
            "Lam briefed Leahy on Vietnam's direction following the 13th Party Congress.",
            CONTRADICTED,
        ),
    ],
)
def test_country_direction(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

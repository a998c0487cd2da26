"""Issue 10, dates: a frame of the present said of a done act ("met Aliyev this week", "tuần
này", "this month") is counted from the statement's day of writing, its dateline (session 30:
with none, the week is no one's to place, dayparts.undated_told; tests/test_fxtold.py): where
every act that bears the statement out falls within that week, month or year, the frame is
accounted for (windows.present_frames; `present_frames` in lexicon/<lang>/dates.yaml). The
datelines say 20 February 2026, a Friday: Tô Lâm met the leaders in Washington on 19
February and phoned Leahy that day, but visited Cambodia on 1-10 February and received Hegseth
in 2025. A frame of the present decides nothing else: a plan said with it, or an act outside
it, stays open, never refuted (the frame may be the writer's own week)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # wire copy, a post, a headline
        "WASHINGTON, Feb 20 (wire) - Vietnam's To Lam sat down with Azerbaijan's Aliyev in "
        "Washington this week.",
        "WASHINGTON, Feb 20 (wire) - This week To Lam spoke by phone with former Senator "
        "Patrick Leahy.",
        "WASHINGTON, Feb 20 (wire) - Lam meets Kazakh President Tokayev in DC this week #Vietnam",
        "WASHINGTON (20/2) - Tuần này, Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại "
        "Washington.",
        "WASHINGTON (20/2) - Tổng Bí thư Tô Lâm điện đàm với ông Leahy trong tuần này.",
        "WASHINGTON (20/2) - TBT To Lam gap Tong thong Tokayev o Washington tuan nay",
    ],
)
def test_an_act_within_the_datelines_week(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # an act outside the week: open, not refuted
        "To Lam visited Cambodia this week.",
        "Tuần này Tổng Bí thư Tô Lâm thăm Campuchia.",
        "TBT To Lam tiep Bo truong Hegseth tuan nay",
        "To Lam received Pete Hegseth this month.",
        # a plan said with a frame is the claim's sentence's to say
        "This week Shehbaz Sharif will visit Vietnam",
        "Thủ tướng Pakistan sẽ sang thăm Việt Nam ngay trong tháng này",
        # a frame that is no present one
        "To Lam met Aliyev in Washington last week.",
        # no dateline: the week is no one's to place
        "Vietnam's To Lam sat down with Azerbaijan's Aliyev in Washington this week.",
        "Tuần này, Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.",
        "TBT To Lam gap Tong thong Tokayev o Washington tuan nay",
        # another dateline's month
        "HANOI, March 20 (wire) - To Lam visited Cambodia this month.",
    ],
)
def test_outside_the_frame_or_a_plan_stays_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

"""Issue 10, dates: an act one person did to another on the one day the claims give them one
encounter, of that occasion, was done at it, and takes the part of the day the encounter's
source gives where its own gives none (World.source_day_part). Tô Lâm invited Pashinyan to
visit Vietnam at their meeting in Washington on the morning of 19 February 2026, local time
("Gặp Thủ tướng Armenia Nikol Pashinyan, Tổng Bí thư Tô Lâm ... trân trọng mời"): the evening of
the 19th in Hanoi, never the 20th on either clock, where a day said in no zone had been left
open as maybe Hanoi's next day."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

INVITATION = "to-lam-invited-pashinyan-visit-vietnam-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "To Lam invited Armenian Prime Minister Pashinyan to visit Vietnam on Feb. 20, 2026.",
        "Lam extended an invitation to Pashinyan to visit Vietnam on the afternoon of Feb 19, "
        "local time.",
        "Ngày 20/2, Tổng Bí thư Tô Lâm mời Thủ tướng Pashinyan sang thăm Việt Nam.",
        "TBT To Lam moi Thu tuong Armenia Pashinyan tham Viet Nam hom 20/2/2026",
    ],
)
def test_the_encounters_day_part_dates_the_act(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert any(c.id == INVITATION and c.spans for c in cited)


@pytest.mark.parametrize(
    "statement",
    [
        "To Lam invited Pashinyan to visit Vietnam on Feb. 19 in Washington.",
        "Tổng Bí thư mời Thủ tướng Pashinyan thăm Việt Nam sáng 19/2 theo giờ địa phương.",
        "TBT moi ong Pashinyan tham VN toi 19/2 gio Ha Noi",
    ],
)
def test_its_own_day_and_part_are_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # another occasion
        "To Lam invited Pashinyan to visit Vietnam in October 2025.",
        "Tong Bi thu moi Pashinyan tham Viet Nam nam 2024",
    ],
)
def test_another_occasion_stays_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI

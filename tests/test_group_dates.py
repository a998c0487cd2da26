"""Issue 10, dates: the group of people an act reached, named as a group the sources report
("the foreign leaders", "all the leaders", "các nhà lãnh đạo", "lãnh đạo các nước":
`definite_groups` in lexicon/<lang>/statements.yaml), dated on the claims' occasion, is those
claims' parties (assess.group_unnamed): another day or part of the day of that occasion refutes
the act as a date of "the call with Leahy" does. Tô Lâm met nine leaders in Washington on the
morning of 19 February 2026, local time, during his 18-20 February trip. A bare plural ("met
foreign leaders"), "some", "một số" may be others, and another occasion's date says nothing."""

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
        # wire copy, a speech's paraphrase, a headline, a post
        "Lam sat down with the foreign leaders on Feb. 20 in Washington.",
        "To Lam met all the world leaders on February 18, 2026, the ministry said.",
        "The party chief met the foreign leaders on the afternoon of Feb. 19, local time.",
        "Tổng Bí thư Tô Lâm gặp các nhà lãnh đạo nước ngoài ngày 18/2.",
        "Chiều 19/2 (giờ địa phương), Tổng Bí thư gặp lãnh đạo các nước dự họp Hội đồng Hòa bình.",
        "TBT gap cac lanh dao nuoc ngoai hom 20/2 o Washington",
        "Tong Bi thu gap lanh dao cac nuoc ngay 18/2",
    ],
)
def test_the_group_on_another_day_of_its_occasion(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert any(c.id.startswith("to-lam-met-") and c.spans for c in cited)


@pytest.mark.parametrize(
    "statement",
    [
        "Lam met the foreign leaders on the morning of Feb 19, local time.",
        "Tổng Bí thư gặp các nhà lãnh đạo nước ngoài sáng 19/2 giờ Washington.",
        "TBT gap lanh dao cac nuoc ngay 19/2",
    ],
)
def test_the_group_on_its_day_is_borne_out(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        # people the statement does not single out may be others
        "Lam met foreign leaders on Feb. 20.",
        "To Lam met some world leaders on Feb 20.",
        "Tổng Bí thư gặp một số lãnh đạo nước ngoài ngày 20/2.",
        # another occasion
        "Lam met the foreign leaders in March 2026.",
        "Tô Lâm gặp các lãnh đạo nước ngoài năm 2025.",
        "Tong Bi thu gap cac lanh dao nuoc ngoai thang 10/2025",
    ],
)
def test_unsingled_people_or_another_occasion_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

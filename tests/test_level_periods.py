"""Another level of a state said of a time the claim holds over in part only (session 22,
review M5): a level held from an upgrade (30 September 2023) does not refute a lower one said
of a time reaching back before it ("in 2023", "from 2013 to 2023"): the level changed in that
period, and the reason says so (rules.partly_held). A time wholly inside the claim's, or now,
is still refuted; the claim's own level is still borne out.

Written before the fix, in our own wire, headline and social wording."""

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
        # the reviewer's
        "In 2023, Vietnam and the U.S. marked 10 years of their comprehensive partnership.",
        "Vietnam and the U.S. were comprehensive partners from 2013 to 2023.",
        "Viet Nam va My la Doi tac toan dien tu nam 2013 den nam 2023.",
        "Việt Nam và Mỹ là Đối tác toàn diện trong năm 2023.",
        # English: wire copy, headline, social post
        "Hanoi and Washington were comprehensive partners between 2015 and 2023",
        "2023: US, Vietnam still comprehensive partners",
        # Vietnamese
        "Giai đoạn 2013-2023, Hà Nội và Washington là Đối tác toàn diện.",
        "Năm 2023, Việt Nam và Hoa Kỳ vẫn là Đối tác toàn diện",
        # without diacritics
        "Nam 2023, Viet Nam va Hoa Ky van la Doi tac toan dien",
        "Tu 2013 den 2023 Viet Nam va My la Doi tac toan dien",
    ],
)
def test_a_time_reaching_before_the_upgrade_is_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


def test_the_reason_says_the_level_changed_in_that_time(checker: Checker) -> None:
    judgement = checker.check("Vietnam and the U.S. were comprehensive partners from 2013 to 2023.")
    assert "changed then" in judgement.explanation
    assert "vn-us-comprehensive-strategic-partnership" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # now, or a time wholly inside the claim's: another level is refuted
        ("Vietnam and the U.S. are comprehensive partners.", CONTRADICTED),
        ("Việt Nam và Mỹ hiện là Đối tác toàn diện.", CONTRADICTED),
        ("Viet Nam va My hien la Doi tac toan dien.", CONTRADICTED),
        ("In 2024, Vietnam and the U.S. were comprehensive partners.", CONTRADICTED),
        ("Năm 2024, Việt Nam và Mỹ là Đối tác toàn diện.", CONTRADICTED),
        ("Nam 2024, Viet Nam va My la Doi tac toan dien.", CONTRADICTED),
        # the claim's own level, then or now
        ("Vietnam and the U.S. are comprehensive strategic partners.", SUPPORTED),
        ("In 2023, Vietnam and the U.S. were comprehensive strategic partners.", SUPPORTED),
        # wholly before the upgrade: as before, open
        ("In August 2023, Vietnam and the U.S. were comprehensive partners.", NEI),
    ],
)
def test_inside_the_claims_time_or_now_is_decided(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

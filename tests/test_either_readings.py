"""A verb that says one of several acts ("spoke with", "nói chuyện với": a meeting or a call,
lexicon/world/readings.yaml) is decided by the reading whose claims name the parties it binds
(Judge._either). A reading left open by claims that name fewer of them (Lam's meeting with the
Vietnamese community the same week, which names no Leahy) stands down before one decided: it was
left open by a claim of another act, not by one of this.

Written before the rule, in the press's wording; traps: another day (may be another occasion),
a reading refuted while the other is open (he may have met him that day)."""

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
        ("Lam chatted with former senator Leahy on Feb. 19.", SUPPORTED),
        ("Tô Lâm nói chuyện với ông Leahy ngày 19/2.", SUPPORTED),
        ("To Lam noi chuyen voi ong Leahy ngay 19/2", SUPPORTED),
        ("To Lam talked to Leahy on the afternoon of February 19.", SUPPORTED),
        # traps: another day may be another occasion; a call refuted leaves a meeting open
        ("Lam spoke with Leahy on Feb. 25.", NEI),
        ("Tô Lâm nói chuyện với ông Leahy ngày 18/2.", NEI),
        ("To Lam spoke with Leahy on the morning of February 19, Washington time.", NEI),
    ],
)
def test_either_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_a_reading_of_another_act_is_not_the_reason(checker: Checker) -> None:
    judgement = checker.check(
        "To Lam spoke with Leahy on the morning of February 19, Washington time."
    )
    assert "vietnamese-community" not in judgement.explanation
    assert "may also be read as met" in judgement.explanation

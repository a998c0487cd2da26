"""A state entered once (party to an agreement: world/lasting.yaml) that a speaker said he
expected or wished for is still to come in his words (issue 10): "Hagerty said the reciprocal
trade agreement had been signed", "Ông Hagerty khẳng định hiệp định ... đã được ký kết" give
him as done what he told Lam he expected soon, so his own words refute them
(rules.decide_claim, `still-to-come`: the mirror of `already-done`). His expectation still
bears out the expectation, and Daines's wish for it refutes it in his mouth; a speaker with no
such words, and a date after his, stay open. Each
class in English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Hagerty told Lam the reciprocal trade agreement had been signed.", CONTRADICTED),
    ("Sen. Hagerty says the US-Vietnam reciprocal trade deal has been concluded.", CONTRADICTED),
    ("Hagerty said Vietnam and the US would soon conclude the reciprocal trade deal.", SUPPORTED),
    ("Ông Hagerty cho biết hiệp định thương mại đối ứng đã được ký kết.", CONTRADICTED),
    ("TNS Hagerty nói Việt Nam và Mỹ đã chốt xong hiệp định thương mại đối ứng.", CONTRADICTED),
    ("ong Hagerty noi hiep dinh thuong mai doi ung da ky xong", CONTRADICTED),
    ("Daines told Lam the reciprocal trade agreement had been signed.", CONTRADICTED),
    # traps: another speaker, a date after his words
    ("Hagerty said in March 2026 that the reciprocal trade agreement had been signed.", NEI),
    ("Ông Orbán cho biết hiệp định thương mại đối ứng đã được ký kết.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_still_to_come_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation


# What one expects of others is to come ("expects Vietnam and the US to conclude ..."), never
# the deal said done, which the sources deny: no confident wrong, whatever else decides it.
EXPECTED = [
    "Hagerty expects Vietnam and the US to conclude the reciprocal trade agreement soon.",
    "Daines expects Hanoi and Washington to sign the reciprocal trade deal this year.",
]


@pytest.mark.parametrize("statement", EXPECTED)
def test_expectation_never_refuted(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict != CONTRADICTED, result.explanation

"""Words that wrap a fact without adding to it (issue 10, coverage), session 35.

"Welcomed the fact that X" welcomes X ("the fact that" a filler, lexicon/en/fillers.yaml, as
Vietnamese "việc" is); "Thật vui khi X", "rất vui được X" is gladness at X with the speaker's
stress on it (lexicon/vi/glosses.yaml, under "vui mừng"). What follows is still the claims' to
bear out: another speaker stays open and another rank is refuted. Each in English, Vietnamese
and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

GLAD = "daines-glad-us-second-largest-trading-partner-2026-02-18"

VERDICTS = [
    (
        "Sen. Daines welcomed the fact that America is now Vietnam's second-largest trading"
        " partner.",
        SUPPORTED,
        GLAD,
    ),
    (
        "Thượng nghị sĩ Daines nói thật vui khi Mỹ trở thành đối tác thương mại lớn thứ hai của"
        " Việt Nam.",
        SUPPORTED,
        GLAD,
    ),
    (
        "Thuong nghi si Daines noi that vui khi My tro thanh doi tac thuong mai lon thu hai cua"
        " Viet Nam.",
        SUPPORTED,
        GLAD,
    ),
    # the wrapped fact is still weighed: another rank
    (
        "Sen. Daines welcomed the fact that America is now Vietnam's largest trading partner.",
        CONTRADICTED,
        GLAD,
    ),
    (
        "Thượng nghị sĩ Daines nói thật vui khi Mỹ trở thành đối tác thương mại lớn nhất của"
        " Việt Nam.",
        CONTRADICTED,
        GLAD,
    ),
    # traps: another speaker
    (
        "Sen. Hagerty welcomed the fact that America is now Vietnam's second-largest trading"
        " partner.",
        NEI,
        "Bill Hagerty",
    ),
    (
        "Ông Hagerty nói thật vui khi Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam.",
        NEI,
        "Bill Hagerty",
    ),
    (
        "Ong Hagerty noi that vui khi My tro thanh doi tac thuong mai lon thu hai cua Viet Nam.",
        NEI,
        "Bill Hagerty",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_emphatic_wrapper_verdicts(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)

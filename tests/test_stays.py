"""Issue 10, class 6: the dates of a stay ("Lam's Feb 17-21 trip") against a trip the sources
date 18-20 February. A range whose ends are days gives the stay's first and last days, so one
that overlaps the claim's stay but differs from it (overshoots it, or falls short) is the same
stay given wrong dates; a window of months, or a single day within the stay, is not."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED
from factdb.extract.dates import find_dates


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("text", "day_range"),
    [
        ("Feb 17-21", True),
        ("from 18 to 20 February 2026", True),
        ("từ ngày 18 - 20/2", True),
        ("late February", False),
        ("February 2026", False),
        ("19 February 2026", False),
    ],
)
def test_a_range_of_days_is_told_from_other_periods(text: str, day_range: bool) -> None:
    assert find_dates(text)[0].day_range is day_range


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam's Feb 17-21 trip to the United States", CONTRADICTED),
        ("Tô Lâm thăm Mỹ từ ngày 17 - 21/2", CONTRADICTED),
        ("Tô Lâm thăm Mỹ từ ngày 19 - 20/2/2026", CONTRADICTED),
        ("Tô Lâm thăm Mỹ từ ngày 18 - 20/2", SUPPORTED),
        ("Lam visited the United States in February 2026", SUPPORTED),
    ],
)
def test_stay_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

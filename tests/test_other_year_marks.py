"""A figure of a series indexed by year (an anniversary's count of years, a year's trade) that
the statement dates through another of its acts ("in 2020 the Senate passed a resolution on the
25th anniversary of ties") is that year's figure: against the claim of another year's (the 30th
in 2025) it refutes nothing (assess.other_year, rule "other-year"). Dated inside the claim's
year, or not at all, the wrong count still refutes. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

VERDICTS = [
    ("Back in 2015, a Senate resolution hailed 20 years of US-Vietnam diplomatic ties.", NEI),
    ("Năm 2005, Thượng viện Mỹ ra nghị quyết mừng 10 năm quan hệ ngoại giao Việt - Mỹ.", NEI),
    ("Nam 2020 Thuong vien My ra nghi quyet mung 25 nam quan he ngoai giao Viet - My", NEI),
    ("In 2015 lawmakers adopted a resolution marking 40 years since the Vietnam War ended.", NEI),
    # the claim's own year, or no year: the count is the claim's, and a wrong one refutes
    ("In 2025 a Senate resolution hailed 25 years of US-Vietnam diplomatic ties.", CONTRADICTED),
    (
        "Năm 2025, Thượng viện Mỹ ra nghị quyết mừng 20 năm quan hệ ngoại giao Việt - Mỹ.",
        CONTRADICTED,
    ),
    ("A Senate resolution hailed 25 years of US-Vietnam diplomatic ties.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_other_year_mark_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


def test_the_reason_names_the_other_year(real_checker: Checker) -> None:
    result = real_checker.check(
        "Back in 2015, a Senate resolution hailed 20 years of US-Vietnam diplomatic ties."
    )
    assert "dates it '2015', another year" in result.explanation

"""Issue 10, class 6: a day given in another place's time ("giờ Hà Nội" for an event in
Washington) may be a day off where it happened, so a day's difference is open, not a
contradiction; "local time" or the event's own city dates it as the sources do."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the Daines call is dated 18 February where it was made, and its source tells the
        # morning of the 19th in Hanoi (tests/test_told_days.py)
        (
            "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines sáng 19/2 (giờ Hà Nội).",
            SUPPORTED,
        ),
        ("Lam met Orbán on Feb 20, Hanoi time.", NEI),
        # two days off is past the zone's slack; since issue 11 a call on another day may be
        # another call, so it is open for that reason, not the time zone's
        (
            "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines ngày 21/2 giờ Hà Nội.",
            NEI,
        ),
        # the event's own time: dated as the sources date it
        ("Lam met Orbán on Feb 20, Washington time.", CONTRADICTED),
        ("Lam phoned Leahy on Feb 20 local time.", CONTRADICTED),
        ("Lam met Orbán on Feb 20.", CONTRADICTED),
    ],
)
def test_local_time_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

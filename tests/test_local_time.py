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


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # A call has no place of its own: it is dated on the clock of its occasion's place
        # (the Washington summit, World.local_place), so that city's clock is the sources' own:
        # the Daines call fell on 18 February there. A country's clock ("giờ Mỹ") may be
        # several, and a day off on it stays open (tests/test_one_clock_names.py).
        ("Wire: Lam's phone talks with Daines were held Feb 19 (Washington time).", CONTRADICTED),
        ("Lam's phone talks with Daines were held Feb 18 (Washington time).", SUPPORTED),
        (
            "Cuộc điện đàm giữa ông Tô Lâm và ông Daines diễn ra 19/2 theo giờ Washington.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư trò chuyện qua điện thoại với TNS Daines hôm 20/2, giờ Washington.",
            CONTRADICTED,
        ),
        (
            "Cuoc dien dam giua ong To Lam va ong Daines dien ra 19/2 theo gio Washington.",
            CONTRADICTED,
        ),
        (
            "Cuoc dien dam giua ong To Lam va ong Daines dien ra 18/2 theo gio Washington.",
            SUPPORTED,
        ),
        ("Cuoc dien dam giua ong To Lam va ong Daines dien ra 19/2 theo gio My.", NEI),
        # another place's clock stays a day either way (the Leahy call: 19 February there)
        ("Lam's phone talks with Leahy were held Feb 20 (Vietnam time).", SUPPORTED),
    ],
)
def test_a_call_is_dated_on_its_occasions_clock(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Session 33, issue 10: a window a stay is said to fall in that the stay runs out of. A window
holding the stay whole ("sometime between Feb. 17 and 21" of the 18-20 February trip) bears
it out (tests/test_stay_windows.py); the commit that made it so left every window open, so a
window sharing days with the stay but not holding it ("the US trip took place sometime
between Feb. 19 and 24") was no longer refuted. Sharing days, it is the same stay said to fall
elsewhere: "other stay dates" again (rules.stay_dates). A window apart from the stay may be
another trip and stays open. English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

US_TRIP = "to-lam-visited-us-2026-02"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the window the stay runs out of, sharing days with it
    ("Lam's US trip took place sometime between Feb. 19 and 24.", CONTRADICTED),
    ("Chuyến công tác Mỹ của Tổng Bí thư diễn ra trong khoảng từ 19 đến 24/2.", CONTRADICTED),
    ("Chuyen cong tac My cua Tong Bi thu dien ra trong khoang tu 19 den 24/2.", CONTRADICTED),
    ("The party chief's stay in America fell sometime between Feb. 15 and 19.", CONTRADICTED),
    # traps: a window holding the stay whole; a window apart from it (another trip)
    ("Lam's US trip took place sometime between Feb. 16 and 22.", SUPPORTED),
    ("Tổng Bí thư thăm Mỹ trong khoảng từ 16 đến 22/2/2026.", SUPPORTED),
    ("Lam's US trip took place sometime between Feb. 22 and 27.", NEI),
    ("Tong Bi thu tham My trong khoang tu 22 den 27/2/2026.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_a_window_the_stay_runs_out_of(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict != NEI:
        assert US_TRIP in {c.id for c in result.evidence}, result.explanation
    if verdict == CONTRADICTED:
        assert "the statement says" in result.explanation

"""Issue 10, ranges given loosely: a window a stay fell somewhere in ("sometime between Feb. 17
and 21", "trong khoảng từ 17 đến 21/2": `ranges.within` in lexicon/<lang>/dates.yaml) is not the
stay's first and last days. It had been refuted as "other stay dates" by the 18-20 February
trip it holds whole, a true statement come out contradicted; now the trip bears it out
(rules.stay_dates). A range said plainly ("from Feb. 17 to 21", "từ 17 đến 21/2") still gives the
stay's own days and is refuted; a window apart from the trip stays open. English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # a window holding the whole trip
    (
        "To Lam visited the United States sometime between Feb. 17 and 21, 2026.",
        SUPPORTED,
        "to-lam-visited-us-2026-02",
    ),
    ("Tổng Bí thư Tô Lâm thăm Mỹ trong khoảng từ 17 đến 21/2/2026.", SUPPORTED, "visited-us"),
    ("TBT To Lam tham My trong khoang tu 17 den 21/2/2026", SUPPORTED, "visited-us"),
    # the stay's own first and last days, said otherwise
    ("To Lam visited the United States from Feb. 17 to 21, 2026.", CONTRADICTED, "visited-us"),
    ("Tổng Bí thư Tô Lâm thăm Mỹ từ 17 đến 21/2/2026.", CONTRADICTED, "visited-us"),
    ("TBT To Lam tham My tu 17 den 21/2/2026", CONTRADICTED, "visited-us"),
    # traps: a window the trip does not lie in whole; sharing days with it, it is refuted
    # (tests/test_window_outside_stay.py), apart from it, another trip
    (
        "To Lam visited the United States sometime between Feb. 19 and 25, 2026.",
        CONTRADICTED,
        "visited-us",
    ),
    ("TBT To Lam tham My trong khoang tu 21 den 25/2/2026", NEI, "plan"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_stay_windows(checker: Checker, statement: str, verdict: str, why: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert why in result.explanation

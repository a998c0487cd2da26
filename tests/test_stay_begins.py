"""The day a trip itself began (issue 10, dates), session 35.

A verb of going ("flew to the US on Feb. 19", "lên đường sang Mỹ ngày 19/2") dates the stay's
first day where it fits, and another day within the stay stays open: a trip may be flown in
legs (tests/test_stay_starts.py). A word that says the trip itself began ("the U.S. trip began
on Feb. 19", "Lam's US trip kicked off", "bắt đầu chuyến công tác": `stay_begins` in
lexicon/<lang>/dates.yaml) names no leg: its day is the trip's first, and another day within
the stay of 18-20 February misdates it (assess.time_of).

Traps stay open: a verb of going on another day of the stay, another year's trip, a trip to
another country in another month. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

TRIP = "to-lam-visited-us-2026-02"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the trip said to begin on another day of its stay
    ("To Lam's Washington trip got under way on Feb. 19.", CONTRADICTED, TRIP),
    ("Lam's U.S. trip kicked off on February 20.", CONTRADICTED, TRIP),
    ("Tổng Bí thư Tô Lâm bắt đầu chuyến công tác tại Mỹ ngày 19/2.", CONTRADICTED, TRIP),
    ("Ông Tô Lâm bắt đầu chuyến thăm Mỹ hôm 20/2.", CONTRADICTED, TRIP),
    ("TBT To Lam bat dau chuyen cong tac tai My ngay 19/2", CONTRADICTED, TRIP),
    # its first day
    ("Lam's U.S. trip kicked off on February 18.", SUPPORTED, TRIP),
    ("Tổng Bí thư Tô Lâm bắt đầu chuyến công tác tại Mỹ ngày 18/2.", SUPPORTED, TRIP),
    ("Tong Bi thu To Lam bat dau chuyen cong tac tai My hom 18/2", SUPPORTED, TRIP),
    # a verb of going on another day of the stay may be a leg's
    ("To Lam flew to Washington on Feb. 19.", NEI, "to-lam"),
    ("Ông Tô Lâm lên đường sang Mỹ ngày 19/2.", NEI, "to-lam"),
    ("Ong To Lam len duong sang My ngay 19/2", NEI, "to-lam"),
    # another year's trip, another country's
    ("Lam's U.S. trip kicked off on February 19, 2025.", NEI, "to-lam"),
    ("Tổng Bí thư Tô Lâm bắt đầu chuyến công tác tại Mỹ ngày 19/2/2025.", NEI, "to-lam"),
    ("Tổng Bí thư Tô Lâm bắt đầu chuyến thăm Lào ngày 19/1/2026.", NEI, "Lào"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_stay_begins(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

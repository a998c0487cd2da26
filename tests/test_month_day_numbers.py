"""A numeric month and day as American copy writes them (issue 10, session 34, reviewer A
group 1).

Numeric dates read day first ("19/2"); a pair with no valid day-first reading and a day above
12 ("2/18", "02/20") is month first, as its writer meant, and no longer two bare numbers that
nothing weighs: a wrong day refutes the act of its occasion, the right one bears it out. A
pair with a valid day-first reading keeps it, and a fraction ("2/15 of the total") stays a
quantity. The statements are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.extract.dates import find_dates


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("Lam arrives 2/18.", 2, 18),
        ("talks held 02/20 in Washington", 2, 20),
        ("hội đàm ngày 19/2", 2, 19),
        ("a meeting on 3/4", 4, 3),  # valid day first: read day first
    ],
)
def test_month_day_reading(text: str, month: int, day: int) -> None:
    found = find_dates(text, dt.date(2026, 2, 1))
    assert [(d.first.month, d.first.day) for d in found] == [(month, day)]


def test_a_fraction_is_no_date() -> None:
    assert find_dates("exports rose by 2/15 of the total", dt.date(2026, 2, 1)) == []


VERDICTS = [
    ("Lam held talks with Hungary's Orbán on 2/20.", CONTRADICTED, "to-lam-met-orban-2026-02-19"),
    (
        "Lam sat down with Tokayev on 02/18 in Washington.",
        CONTRADICTED,
        "to-lam-met-tokayev-2026-02-19",
    ),
    # a day before the trip may be another occasion
    ("Lam sat down with Tokayev on 02/17 in Washington.", NEI, "02/17"),
    (
        "Lam spoke by phone with Sen. Daines on 2/18.",
        SUPPORTED,
        "to-lam-phone-call-daines-2026-02-18",
    ),
    ("Lam met Prabowo 2/19.", SUPPORTED, "to-lam-met-prabowo-2026-02-19"),
    # traps: another year's month and day
    ("Lam met Orbán on 2/21/2019.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_month_day_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""Session 36, issue 10: the two countries' trade talks, named with "U.S." or "between".

The agreement's aliases gave its talks as "US-Vietnam trade talks" only: "U.S.-Vietnam trade
talks" and "trade negotiations between Hanoi and Washington" left "trade" a trigger of the trade
turnover between the two countries, a figure no claim of theirs gives, so what Hagerty said of
the talks bore on nothing and a denial of his view stayed open. Both are now names of the
agreement (fixtures/vocabulary/entities.yaml), as "Vietnam-US trade talks" was; in Vietnamese
"đàm phán thương mại Việt - Mỹ" already was. Another speaker, another year and other talks stay
open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

PROGRESS = "hagerty-said-important-progress-trade-talks-2026-02-18"

ROWS = [
    ("Hagerty: U.S.-Vietnam trade negotiations have ground to a halt", CONTRADICTED, PROGRESS),
    (
        "Hagerty said trade talks between Washington and Hanoi had stalled.",
        CONTRADICTED,
        PROGRESS,
    ),
    (
        "Hagerty told Lam that U.S.-Vietnam trade talks had made important progress.",
        SUPPORTED,
        PROGRESS,
    ),
    ("Ông Hagerty nói đàm phán thương mại Việt Nam - Mỹ đã bị đình trệ.", CONTRADICTED, PROGRESS),
    (
        "Ong Hagerty noi dam phan thuong mai Viet - My chua co tien trien nao",
        CONTRADICTED,
        PROGRESS,
    ),
    # traps: another speaker, another year, other countries' talks
    ("Daines said U.S.-Vietnam trade talks had stalled.", NEI, "Steve Daines"),
    (
        "Hagerty said in 2019 that trade talks between Hanoi and Washington had stalled.",
        NEI,
        "Bill Hagerty",
    ),
    ("Hagerty said trade talks between Hanoi and Budapest had stalled.", NEI, "Hungary"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_trade_talks_named_with_stops_or_between(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

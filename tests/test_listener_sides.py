"""Words told to a country's leader about what goes to a country, naming none, speak of his
(assess.listener_sides, issue 10 numbers): the sources give Orbán telling Tô Lâm that Hungary
had approved $400m in ODA for Vietnam. A figure told to Lâm with no beneficiary named is of
Vietnam's package, which his claim then bears out or refutes; told to someone else, or to no
one, the beneficiary stays unsaid and another figure is open."""

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
        ("Orbán informed Lam that Budapest had signed off on $500 million in ODA", CONTRADICTED),
        ("Orban to Vietnam's party chief: Hungary has approved $300m in ODA", CONTRADICTED),
        ("Orban told To Lam Hungary had approved $400m in ODA", SUPPORTED),
        (
            "Ông Orbán thông báo với Tổng Bí thư rằng Hungary đã duyệt 300 triệu USD ODA",
            CONTRADICTED,
        ),
        (
            "Ông Orbán nói với Tổng Bí thư rằng Hungary đã thông qua khoản ODA 400 triệu USD",
            SUPPORTED,
        ),
        ("Ong Orban noi voi TBT To Lam Hungary da thong qua 600 trieu USD ODA", CONTRADICTED),
        # another listener, or none: the package may be another country's
        ("Orbán told Prabowo that Hungary had approved $500 million in ODA", NEI),
        ("Orbán said Hungary had approved $500 million in ODA", NEI),
        ("Ông Orbán nói với Tổng thống Prabowo rằng Hungary đã thông qua 500 triệu USD ODA", NEI),
    ],
)
def test_the_listeners_side(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

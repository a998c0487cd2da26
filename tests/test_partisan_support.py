"""Session 36, issue 10: support said split between the parties, of bipartisan support.

Leahy told Lâm that the US Congress's support for Vietnam is bipartisan. The press turns it
round in words of its own: "support for Vietnam in Congress splits along party lines", "chỉ đảng
Dân chủ trong Quốc hội Mỹ ủng hộ Việt Nam". Those words were
left unread and his words so reported stayed open; they are now opposites of bipartisan support
(`opposites` in lexicon/<lang>/polarity.yaml), so his own view refutes them. Another speaker, a
vote said split, and the support said bipartisan stay as before. Support said to come "mostly
from Democrats" is open: both parties may still give it, and bipartisan support does not say how
it divides (a reviewer's label; one development writer had it contradicted). Statements
written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

BIPARTISAN = "leahy-affirmed-bipartisan-support-2026-02-19"

ROWS = [
    ("Leahy said Congress backs Vietnam with bipartisan support.", SUPPORTED, BIPARTISAN),
    (
        "Leahy said congressional backing for Vietnam is divided along party lines.",
        CONTRADICTED,
        BIPARTISAN,
    ),
    (
        "Support for Vietnam in Congress comes mostly from Democrats, Leahy told Lam.",
        NEI,
        "mostly",
    ),
    (
        "Ông Leahy nói sự ủng hộ Việt Nam tại Quốc hội Mỹ chia rẽ theo đảng phái.",
        CONTRADICTED,
        BIPARTISAN,
    ),
    (
        "Ong Leahy noi su ung ho Viet Nam trong Quoc hoi My chia re theo dang phai",
        CONTRADICTED,
        BIPARTISAN,
    ),
    (
        "Ong Leahy noi su ung ho Viet Nam trong Quoc hoi My chu yeu den tu dang Dan chu",
        NEI,
        "Democratic Party",
    ),
    # traps: another speaker, a vote split along party lines
    (
        "Hagerty said support for Vietnam in Congress splits along party lines.",
        NEI,
        "Bill Hagerty",
    ),
    ("The Senate vote on the resolution split along party lines.", NEI, "party lines"),
    (
        "Ông Daines nói sự ủng hộ Việt Nam tại Quốc hội Mỹ chia rẽ theo đảng phái.",
        NEI,
        "Steve Daines",
    ),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_support_split_between_parties(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

"""Session 34, issue 10: a list of an act's parties whose first conjunct the vocabulary does not
read ("gặp quân đội và các cơ quan đại diện Việt Nam tại Mỹ"). The named conjunct was bound and
borne out, and the words of the other were accounted for one by one by the deciding claim's
sentences ("quân" and the "đội" of "bộ đội" elsewhere in them), so a meeting with the army, which
no source gives, came out supported. Each conjunct of a list is a party that needs its own
support now (accounting._listed_conjuncts): its words are accounted for only whole, by a deciding
claim's own span. A conjunct the span says ("bà con") is still borne out, and so is one that,
with the place the list ends with, is a party's name the vocabulary knows ("cộng đồng người Việt
... tại Mỹ"); a list ending in what is no party ("luật quốc tế và Hiến chương") is not read so.
Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


MISSIONS = "to-lam-met-vietnamese-missions-in-us-2026-02"

VERDICTS = [
    # a party no claim gives, listed before one a claim gives
    ("TBT Tô Lâm gặp gỡ quân đội và các cơ quan đại diện Việt Nam tại Mỹ", NEI, "quân đội"),
    ("TBT To Lam gap go quan doi va cac co quan dai dien Viet Nam tai My", NEI, "quan doi"),
    (
        "Tổng Bí thư đã gặp giới doanh nhân và các cơ quan đại diện Việt Nam tại Mỹ",
        NEI,
        "doanh nhân",
    ),
    (
        "The party chief met the military and Vietnam's representative missions in the US",
        NEI,
        "military",
    ),
    # traps: a conjunct the claim's own span says, and a list of named parties
    (
        "Tổng Bí thư Tô Lâm gặp gỡ bà con và các cơ quan đại diện Việt Nam tại Mỹ",
        SUPPORTED,
        MISSIONS,
    ),
    (
        "Tong Bi thu To Lam gap go ba con va cac co quan dai dien Viet Nam tai My",
        SUPPORTED,
        MISSIONS,
    ),
    (
        "Tổng Bí thư gặp bà con cộng đồng và các cơ quan đại diện Việt Nam tại Mỹ",
        SUPPORTED,
        MISSIONS,
    ),
    (
        "Lam met separately with Orbán and Pashinyan in Washington",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    # ... and a conjunct that, with the place the list ends with, names a party the vocabulary
    # knows ("cộng đồng người Việt tại Mỹ")
    (
        "Tổng Bí thư gặp gỡ cộng đồng người Việt và các cơ quan đại diện Việt Nam tại Mỹ",
        SUPPORTED,
        MISSIONS,
    ),
    (
        "Tong Bi thu gap go ba con nguoi Viet va cac co quan dai dien Viet Nam tai My",
        SUPPORTED,
        MISSIONS,
    ),
]


@pytest.mark.parametrize(("statement", "expected", "why"), VERDICTS)
def test_each_listed_party_needs_its_own_support(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

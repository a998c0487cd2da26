"""Session 36, issue 10: a wish to visit soon, denied for the near future.

Prabowo told Lâm he wished to visit Vietnam soon ("bày tỏ mong muốn sớm thăm Việt Nam"). "No
intention of visiting Vietnam in the near future", "không có ý định thăm Việt Nam trong tương
lai gần" deny that wish for the very time it names: the glossaries file "near future" and
"tương lai gần" under the source's "sớm" ("sớm thăm"), so the time is no detail the claim
leaves unsaid, and the denial is refuted as the bare one is. A year, another destination and a
leader no claim gives a wish to stay open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

WISH = "prabowo-wishes-to-visit-vietnam"

ROWS = [
    ("Prabowo told Lam he had no plans to visit Vietnam in the near future.", CONTRADICTED, WISH),
    (
        "Tổng thống Indonesia cho biết không có ý định sang thăm Việt Nam trong tương lai gần.",
        CONTRADICTED,
        WISH,
    ),
    (
        "Tong thong Prabowo noi khong co ke hoach tham Viet Nam trong tuong lai gan",
        CONTRADICTED,
        WISH,
    ),
    ("Prabowo hopes to visit Vietnam in the near future.", SUPPORTED, WISH),
    ("Ông Prabowo mong muốn thăm Việt Nam trong tương lai gần.", SUPPORTED, WISH),
    # traps: a year the wish does not give, another destination, another leader
    ("Prabowo said he had no intention of visiting Vietnam in 2027.", NEI, "2027"),
    ("Prabowo said he had no plans to visit Cambodia in the near future.", NEI, "Cambodia"),
    ("Ong Aliyev noi khong co y dinh tham Viet Nam trong tuong lai gan", NEI, "Ilham Aliyev"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_wish_to_visit_soon_denied_for_the_near_future(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

"""Two groups compared by count (issue 10, session 36): "met as many presidents as prime
ministers" says how many of each, not that a president is a prime minister.

The "as" after the first group's title belongs to the comparison that opens before it
(`comparisons` in lexicon/en/statements.yaml, assertions._Reader._compared): it is no copula,
so no office is given to another's holder. The counts themselves are something no claim states,
so the statement stays open. Vietnamese compares with "như"/"bằng", which is no copula, and is
read as before; its rows are traps. A copula "as" after a name keeps its reading. The
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the comparison's "as" gives no office
    ("On Feb 19 Lam held talks with just as many prime ministers as presidents.", NEI, "many"),
    ("Lam met as many presidents as prime ministers in Washington on Feb. 19.", NEI, "many"),
    # Vietnamese compares without a copula
    ("Tô Lâm gặp nhiều tổng thống như thủ tướng ngày 19/2.", NEI, "thủ tướng"),
    ("To Lam gap nhieu tong thong nhu thu tuong ngay 19/2.", NEI, "thu tuong"),
    # traps: a copula "as" after a name still gives its office
    ("Orbán as president of Hungary met Lam.", CONTRADICTED, "orban-pm-hungary"),
    ("Orbán, as prime minister of Hungary, met Lam.", SUPPORTED, "orban-pm-hungary"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_compared_groups(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

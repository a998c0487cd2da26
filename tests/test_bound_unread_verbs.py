"""A verb nothing reads, bound to the name that opens its clause (session 33, reviewer A group 6).

"Hegseth conveyed Lam's invitation to Trump" was borne out by the invitation: "conveyed" is
accounted for by the source's "chuyển lời", which is Tô Lâm's act, not Hegseth's. A word nothing
read that stands right after a person's name opening its clause, past fillers at most, is that
person's verb (`assertions.subjects_of`, `accounting._bound_verbs`): only a deciding claim whose
doer (subject or speaker) he is may account for it. Each in English, Vietnamese and Vietnamese
without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


INVITED = "to-lam-invited-trump-visit-vietnam-2025"

ROWS = [
    # another person's verb, borne out only by Lâm's act
    ("Hegseth has relayed Lam's invitation to Trump.", NEI, "'relayed'"),
    ("Hegseth also conveyed Lam's invitation to Trump.", NEI, "'conveyed'"),
    (
        "Ông Hegseth chuyển lời Tổng Bí thư Tô Lâm mời Tổng thống Trump thăm Việt Nam.",
        NEI,
        "'chuyển'",
    ),
    (
        "Ong Hegseth chuyen loi Tong Bi thu To Lam moi Tong thong Trump tham Viet Nam.",
        NEI,
        "'chuyen'",
    ),
    # traps: the doer's own verb stays borne out
    ("Lam conveyed an invitation to Trump to visit Vietnam.", SUPPORTED, INVITED),
    ("Tô Lâm chuyển lời mời Tổng thống Trump thăm Việt Nam.", SUPPORTED, INVITED),
    ("To Lam chuyen loi moi Tong thong Trump tham Viet Nam.", SUPPORTED, INVITED),
]


@pytest.mark.parametrize(("statement", "verdict", "reason"), ROWS)
def test_bound_unread_verbs(checker: Checker, statement: str, verdict: str, reason: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert reason in result.explanation

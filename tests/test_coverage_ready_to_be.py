"""Coverage (issue 10), session 36: readiness or a plan said through a copula.

"Vietnam stands ready to be a founding member", "was willing to become a founding member":
the copula and its article between the mood verb and the act's noun (`mood_copulas` in
lexicon/en/statements.yaml) leave the act the one in that mood (check.around_verbs), as
"ready to join as a founding member" and Vietnamese "sẵn sàng là thành viên sáng lập" were read;
the act had been read as done, which the readiness the sources give does not bear out.

Traps stay open: another speaker, another country, a capacity the sources do not give. Each
class in English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


READY = "to-lam-affirmed-vietnam-ready-founding-member"

ROWS = [
    ("In his reply, Lam said Vietnam stood ready to be a founding member state.", SUPPORTED, READY),
    (
        "Lam told Trump Hanoi was willing to become a founding member of the board.",
        SUPPORTED,
        READY,
    ),
    ("Vietnam is ready to be a founding member of the Gaza peace board.", SUPPORTED, "ready"),
    (
        "Tô Lâm khẳng định Việt Nam sẵn sàng là thành viên sáng lập Hội đồng Hòa bình.",
        SUPPORTED,
        READY,
    ),
    (
        "To Lam khang dinh Viet Nam san sang la thanh vien sang lap Hoi dong Hoa binh.",
        SUPPORTED,
        READY,
    ),
    # traps: another speaker, another country, another capacity
    (
        "Hagerty said Vietnam was ready to be a founding member of the Board of Peace.",
        NEI,
        "Hagerty",
    ),
    ("Ông Hagerty nói Việt Nam sẵn sàng là thành viên sáng lập Hội đồng Hòa bình.", NEI, "Hagerty"),
    ("Orbán said Hungary stood ready to be a founding member of the Board of Peace.", NEI, ""),
    ("Lam said Vietnam was ready to be an observer on the Board of Peace.", NEI, "no stored claim"),
    ("Ong Orban noi Hungary san sang la thanh vien sang lap Hoi dong Hoa binh.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_ready_to_be(checker: Checker, statement: str, verdict: str, why: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation

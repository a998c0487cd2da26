"""Counts a word stands inside, and counts beside no parties (issue 10, session 34, reviewer A
groups 6 and 7).

A word that sets the counted apart between a number and its noun (`count_fillers` in
lexicon/<lang>/statements.yaml: "two separate calls", "four distinct meetings") leaves the
count a count, which the claims of its occasion weigh: one meeting with Orbán is no three. A
word of others (`count_besides`: "other", "more", "khác") counts the parties besides those the
statement names: "Orbán and eight other leaders" is the nine of that morning, and three others
are not borne out. A count of people beside an act whose claims name no party ("attended the
meeting alongside 30 other heads of state") is weighed by nothing: open, never supported. In
English, Vietnamese and Vietnamese without diacritics where the language says it so; the
statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a filler between the number and the noun it counts
    ("Lam held four distinct meetings with Prime Minister Orbán.", NEI, "four"),
    ("Lam spoke with former Senator Leahy in two separate calls.", NEI, "two"),
    ("In Washington Lam sat down with Prabowo in three separate meetings.", NEI, "three"),
    # others besides the parties named
    ("On Feb 19 Lam met Orbán and eight other leaders.", SUPPORTED, "to-lam-met-orban-2026-02-19"),
    ("On Feb 19 Lam met Orbán along with three other leaders.", NEI, "three"),
    # a count of people beside an act with no parties
    (
        "Lam attended the Board of Peace inaugural meeting alongside 30 other heads of state.",
        NEI,
        "30",
    ),
    ("Lam joined 15 other leaders at the opening session of the Board of Peace.", NEI, "15"),
    ("Tổng Bí thư dự cuộc họp khai mạc Hội đồng Hòa bình cùng 30 nhà lãnh đạo khác.", NEI, ""),
    ("TBT du cuoc hop khai mac Hoi dong Hoa binh cung 30 nha lanh dao khac", NEI, ""),
    # the count as the claims give it stays borne out
    ("Lam met nine leaders on Feb 19.", SUPPORTED, "to-lam-met-orban-2026-02-19"),
    ("Sáng 19/2, Tổng Bí thư gặp chín nhà lãnh đạo.", SUPPORTED, "to-lam-met-orban-2026-02-19"),
    ("Sang 19/2, TBT gap chin nha lanh dao", SUPPORTED, "to-lam-met-orban-2026-02-19"),
    # traps: another occasion
    ("In 2019 Lam held three separate meetings with Orbán.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_count_filler_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""A degree of tenure before or after a tense word (issue 10, titles), session 34.

"Leahy, the longest-serving senator" ranks a career: "serving" there is no present tense, so the
title is no office held now, which his former seat would refute. A degree of tenure joined to a
tense word (`tenure_degrees` in lexicon/<lang>/statements.yaml: "longest", "long" before it in
English, "lâu nhất" after it in Vietnamese) makes the two an adjective (assertions._tenure_degree),
and the degree stays a word the claims must account for: not enough info. A tense word alone
("a sitting senator", "Thượng nghị sĩ đương nhiệm") still says the office is held now. In
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a degree of tenure: no present office, and a word no claim accounts for
    ("Patrick Leahy, the Senate's longest-serving member, phoned To Lam.", NEI, "longest"),
    ("Long-serving senator Patrick Leahy held a call with Lam on Feb 19.", NEI, "senator"),
    ("Leahy, the longest serving senator in Congress, talked to Lam by phone.", NEI, "held before"),
    (
        "Ông Patrick Leahy, thượng nghị sĩ đương nhiệm lâu năm nhất, điện đàm với Tổng Bí thư.",
        NEI,
        "lâu",
    ),
    ("Ong Leahy, thuong nghi si duong nhiem lau nhat, dien dam voi TBT To Lam", NEI, "lau nhat"),
    # the tense word alone: held now, which his former seat refutes
    (
        "Patrick Leahy, a sitting senator, phoned To Lam.",
        CONTRADICTED,
        "leahy-former-us-senator",
    ),
    (
        "Ông Patrick Leahy, thượng nghị sĩ đương nhiệm, điện đàm với Tổng Bí thư.",
        CONTRADICTED,
        "leahy-former-us-senator",
    ),
    (
        "Ong Patrick Leahy, thuong nghi si duong nhiem, dien dam voi Tong Bi thu",
        CONTRADICTED,
        "leahy-former-us-senator",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_tenure_degrees(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""Session 30, a time said relative to the saying: "at an early date" is the sources' "sớm"
(soon), no day of its own (`sớm` in lexicon/en/glosses.yaml). The invitation the sources give
("lời mời Tổng thống cùng Phu nhân sớm thăm Việt Nam") bears it out; a date still to be set, a
month, or a visit of another kind the source does not give stays open. Written for these tests,
in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EARLY_DATE = [
    ("To Lam invited President Trump to visit Vietnam at an early date.", SUPPORTED),
    (
        "Through Hegseth, To Lam conveyed an invitation for President Trump and the First Lady to"
        " visit Vietnam at an early date.",
        SUPPORTED,
    ),
    ("Tổng Bí thư mời Tổng thống Trump và Phu nhân sớm thăm Việt Nam.", SUPPORTED),
    ("Tong Bi thu moi Tong thong Trump va Phu nhan som tham Viet Nam.", SUPPORTED),
    # traps: a date to be set, a month, or a state visit the source does not give
    ("To Lam invited President Trump to visit Vietnam at a date to be set.", NEI),
    ("To Lam invited President Trump to visit Vietnam at an early date in March.", NEI),
    ("To Lam invited President Trump to pay a state visit to Vietnam at an early date.", NEI),
    ("Tổng Bí thư mời Tổng thống Trump sớm thăm cấp nhà nước tới Việt Nam.", NEI),
    ("Tong Bi thu moi Tong thong Trump som tham cap nha nuoc toi Viet Nam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), EARLY_DATE)
def test_an_early_date_is_soon(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

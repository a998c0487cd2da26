"""Issue 10, class 6: "the two countries", "hai nước" outside words given to a speaker
("Hegseth visited Vietnam as the two countries marked 30 years of diplomatic relations") are the
countries of the people and countries the statement names, where they are two
(factdb.check.persons): an anniversary of their relations then names both its parties, and a
wrong number of years is contradicted. "dịp" (the occasion) is a filler as "nhân dịp" is."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # Hegseth's 2025 visit to Vietnam came in the 30th year of US-Vietnam relations (002)
        (
            "Hegseth visited Vietnam as the two countries marked 30 years of diplomatic ties",
            SUPPORTED,
        ),
        (
            "Hegseth visited Vietnam as the two countries marked 25 years of diplomatic ties",
            CONTRADICTED,
        ),
        (
            "Ông Hegseth thăm Việt Nam năm 2025, dịp hai nước kỷ niệm 30 năm quan hệ ngoại giao.",
            SUPPORTED,
        ),
        (
            "Ông Hegseth thăm Việt Nam năm 2025, dịp hai nước kỷ niệm 25 năm quan hệ ngoại giao.",
            CONTRADICTED,
        ),
        (
            "Ong Hegseth tham Viet Nam nam 2025, dip hai nuoc ky niem 30 nam quan he ngoai giao.",
            SUPPORTED,
        ),
        (
            "Ong Hegseth tham Viet Nam nam 2025, dip hai nuoc ky niem 25 nam quan he ngoai giao.",
            CONTRADICTED,
        ),
        # traps: the two countries of another pair have no anniversary in the claims, and three
        # countries are not two
        ("Orbán visited Vietnam as the two countries marked 25 years of diplomatic relations", NEI),
        ("Thủ tướng Orbán thăm Việt Nam dịp hai nước kỷ niệm 25 năm quan hệ ngoại giao", NEI),
        (
            "Orbán and Hegseth visited Vietnam as the two countries marked 25 years of diplomatic"
            " relations",
            NEI,
        ),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

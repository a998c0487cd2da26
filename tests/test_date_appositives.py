"""A clause set beside a date by an appositive of it ("in 2025, the year the two countries marked
30 years of ties": `date_appositives` in lexicon/<lang>/dates.yaml) says what else happened
then, as "when" does: the appositive's words say no detail of their own
(windows.date_appositives), and the clause is judged with the date ("25 years" is refuted). In
Vietnamese "năm" opens such a clause as "khi" does, a word the checker reads already. Tô Lâm
received Pete Hegseth in 2025; Vietnam and the US marked 30 years of diplomatic relations in
2025; their ties were upgraded to a comprehensive strategic partnership in September 2023."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Lam hosted Hegseth in 2025, the year the two countries marked 30 years of ties.",
            SUPPORTED,
        ),
        (
            "Lam hosted Hegseth in 2025, the year Vietnam and the US marked 30 years of ties.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư tiếp ông Hegseth năm 2025, năm Việt Nam và Mỹ kỷ niệm 30 năm quan hệ "
            "ngoại giao.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu tiep ong Hegseth nam 2025, nam Viet Nam va My ky niem 30 nam quan he "
            "ngoai giao",
            SUPPORTED,
        ),
        # the clause is judged: another count is refuted
        (
            "Lam hosted Hegseth in 2025, the year the two countries marked 25 years of ties.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư tiếp ông Hegseth năm 2025, năm Việt Nam và Mỹ kỷ niệm 25 năm quan hệ "
            "ngoại giao.",
            CONTRADICTED,
        ),
        # traps: a year said in its own words, not beside a date, stays a detail; an act of
        # another year is never borne out by the appositive, whose clause, an assertion at its
        # date, is refuted there: the 30 years were marked in 2025 (tests/test_fxappositive.py)
        ("Lam hosted Hegseth in a year the two countries marked 30 years of ties.", NEI),
        ("Lam hosted Hegseth, the year the two countries marked 30 years of ties.", NEI),
        (
            "Lam hosted Hegseth in 2024, the year the two countries marked 30 years of ties.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu tiep ong Hegseth nam 2024, nam Viet Nam va My ky niem 30 nam quan he "
            "ngoai giao",
            CONTRADICTED,
        ),
        ("Lam hosted Hegseth in 2024, the year the two countries marked 29 years of ties.", NEI),
    ],
)
def test_date_appositive(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

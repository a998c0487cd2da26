"""A date's appositive clause ("In 2026, the year Vietnam and the US marked 30 years of
diplomatic relations, ...": `date_appositives` in lexicon/<lang>/dates.yaml) is an assertion of
its own, judged against the date it is set on (scope.place_values, windows.appositive_clauses):
borne out where the claims give that anniversary or act that year, refuted where they give the
same count of years marked in another year (an anniversary's number fixes its year:
rules.marked_in, assess.count_marked), open otherwise. Vietnam and the US marked 30 years of
diplomatic relations in 2025; Tô Lâm received Pete Hegseth in 2025 and attended the Board of
Peace's inaugural meeting in the US on 18-20 February 2026."""

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
        # the reviewer's: the 30 years were marked in 2025, not 2026
        (
            "In 2026, the year Vietnam and the US marked 30 years of diplomatic relations, "
            "To Lam attended the Board of Peace meeting.",
            CONTRADICTED,
        ),
        (
            "Năm 2026, năm hai nước kỷ niệm 30 năm quan hệ ngoại giao, Tổng Bí thư thăm Mỹ.",
            CONTRADICTED,
        ),
        (
            "Nam 2026, nam hai nuoc ky niem 30 nam quan he ngoai giao, Tong Bi thu tham My",
            CONTRADICTED,
        ),
        # paraphrases: the appositive after the act, another year before the marking
        (
            "Lam attended the Board of Peace meeting in 2026, the year Vietnam and the US "
            "marked 30 years of ties.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư Tô Lâm dự họp Hội đồng Hòa bình năm 2026, năm Việt Nam và Mỹ kỷ niệm "
            "30 năm quan hệ ngoại giao.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu To Lam du hop Hoi dong Hoa binh nam 2026, nam Viet Nam va My ky niem "
            "30 nam quan he ngoai giao",
            CONTRADICTED,
        ),
        (
            "In 2024, the year the two countries marked 30 years of ties, Lam hosted Hegseth.",
            CONTRADICTED,
        ),
        (
            "Năm 2024, năm Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao, Tổng Bí thư tiếp "
            "ông Hegseth.",
            CONTRADICTED,
        ),
        # kept open: the same count said plainly of another year may be a later marking of
        # it (other-occasions.yaml: "... in February 2026")
        ("In 2026, Vietnam and the US marked 30 years of diplomatic relations.", NEI),
        ("Năm 2026, Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao.", NEI),
        ("Nam 2026, Viet Nam va My ky niem 30 nam quan he ngoai giao", NEI),
        # kept: the anniversary's own year bears the clause out where the main act is
        (
            "In 2025, the year the two countries marked 30 years of ties, Lam hosted Hegseth.",
            SUPPORTED,
        ),
        (
            "Năm 2025, năm Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao, Tổng Bí thư tiếp "
            "ông Hegseth.",
            SUPPORTED,
        ),
        (
            "Nam 2025, nam Viet Nam va My ky niem 30 nam quan he ngoai giao, Tong Bi thu tiep "
            "ong Hegseth",
            SUPPORTED,
        ),
        ("In 2025, Vietnam and the US marked 30 years of diplomatic relations.", SUPPORTED),
        # kept: another count in the anniversary's year is refuted
        (
            "In 2025, the year the two countries marked 25 years of ties, Lam hosted Hegseth.",
            CONTRADICTED,
        ),
        (
            "Nam 2025, nam Viet Nam va My ky niem 25 nam quan he ngoai giao, Tong Bi thu tiep "
            "ong Hegseth",
            CONTRADICTED,
        ),
        # kept open: another count in another year is no claim's (the sources give no
        # count for 2026), nor is an undated count
        (
            "In 2026, the year Vietnam and the US marked 50 years of diplomatic relations, "
            "To Lam attended the Board of Peace meeting.",
            NEI,
        ),
        (
            "In 2026, the year Vietnam and the US marked 25 years of diplomatic relations, "
            "To Lam attended the Board of Peace meeting.",
            NEI,
        ),
        (
            "Năm 2026, năm hai nước kỷ niệm 50 năm quan hệ ngoại giao, Tổng Bí thư thăm Mỹ.",
            NEI,
        ),
        (
            "Nam 2026, nam hai nuoc ky niem 50 nam quan he ngoai giao, Tong Bi thu tham My",
            NEI,
        ),
        ("In 2026, Vietnam and the US marked 31 years of diplomatic relations.", NEI),
        # a year that is no date's appositive stays a detail
        (
            "To Lam attended the Board of Peace meeting in a year the two countries marked 30 "
            "years of ties.",
            NEI,
        ),
    ],
)
def test_appositive_clause_dated(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_reason_names_the_marking_year(checker: Checker) -> None:
    judgement = checker.check(
        "In 2026, the year Vietnam and the US marked 30 years of diplomatic relations, "
        "To Lam attended the Board of Peace meeting."
    )
    assert judgement.verdict == CONTRADICTED
    assert "vn-us-diplomatic-relations-30th-anniversary-2025" in judgement.explanation
    assert "2026" in judgement.explanation

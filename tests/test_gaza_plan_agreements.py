"""The agreement to carry out the Gaza Peace Plan, one claim per leader (session 36).

004 says that at the meetings of 19 February "the leaders" agreed to coordinate implementing the
Gaza Peace Plan. It was one claim with no counterparty, so a statement naming one of those
leaders ("Lâm and Orbán agreed ...") had nobody to bind him to and stayed open, and one saying
he refused was open too. It is curated now as the closer ties of the same paragraphs are: one
claim per leader met. Rows in English, Vietnamese and Vietnamese without diacritics, written for
these tests; the traps name someone he did not meet there, or another occasion.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict", "claim"),
    [
        (
            "Lam, Pashinyan agree to coordinate on Gaza peace plan",
            SUPPORTED,
            "to-lam-agreed-gaza-peace-plan-with-pashinyan-2026-02-19",
        ),
        (
            "Vietnam's party chief and Kazakh President Tokayev agreed to coordinate on "
            "implementing the Gaza peace plan.",
            SUPPORTED,
            "to-lam-agreed-gaza-peace-plan-with-tokayev-2026-02-19",
        ),
        (
            "Tổng Bí thư và Thủ tướng Pakistan nhất trí phối hợp thực hiện Kế hoạch Hòa bình "
            "Dải Gaza",
            SUPPORTED,
            "to-lam-agreed-gaza-peace-plan-with-shehbaz-sharif-2026-02-19",
        ),
        (
            "TBT To Lam va Tong thong Aliyev nhat tri phoi hop trien khai Ke hoach Hoa binh "
            "Dai Gaza",
            SUPPORTED,
            "to-lam-agreed-gaza-peace-plan-with-aliyev-2026-02-19",
        ),
        (
            "Hun Manet refused to coordinate with Lam on the Gaza peace plan.",
            CONTRADICTED,
            "to-lam-agreed-gaza-peace-plan-with-hun-manet-2026-02-19",
        ),
        (
            "Ông Mirziyoyev từ chối phối hợp triển khai Kế hoạch Hòa bình Dải Gaza.",
            CONTRADICTED,
            "to-lam-agreed-gaza-peace-plan-with-mirziyoyev-2026-02-19",
        ),
    ],
)
def test_each_leader_met(checker: Checker, statement: str, verdict: str, claim: str) -> None:
    with checker.snapshot():
        result = checker.check(statement)
    assert result.verdict == verdict, (statement, result.verdict, result.explanation)
    assert claim in {c.id for c in result.evidence}, result.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # someone he did not meet there
        "Lam and Trump agreed to coordinate on the Gaza peace plan.",
        "Tổng Bí thư và Tổng thống Trump nhất trí phối hợp triển khai Kế hoạch Hòa bình Dải Gaza",
        # another occasion
        "Lam and Orban agreed in Budapest in 2024 to coordinate on the Gaza peace plan.",
        "Nam 2025, TBT va Thu tuong Orban nhat tri phoi hop trien khai Ke hoach Hoa binh Gaza",
    ],
)
def test_traps_stay_open(checker: Checker, statement: str) -> None:
    with checker.snapshot():
        result = checker.check(statement)
    assert result.verdict == NEI, (statement, result.verdict, result.explanation)

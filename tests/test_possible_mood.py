"""A modal hedge makes a denial only possible (session 33, issue 10): "may skip the summit",
"might not turn up", "có thể sẽ không sang Mỹ" are no denial the sources' attendance or plan
refutes: not enough info, the reason saying the statement was a possibility (`possible` in
lexicon/<lang>/statements.yaml `modality`, rules.decide_claim). Said affirmed ("could become a
hub"), a hedge is weighed as the act is. The plain denial and the plain plan keep their
verdicts; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

ATTENDED = "to-lam-attended-bop-meeting"
PLANNED = "to-lam-plans-visit-us-2026-02"

ROWS = [
    ("Lam might not turn up at the Board of Peace session.", NEI, "a possibility"),
    ("To Lam could skip the inaugural Board of Peace meeting.", NEI, "a possibility"),
    ("Tô Lâm có thể không dự cuộc họp Hội đồng Hòa bình.", NEI, "a possibility"),
    ("Tổng Bí thư có lẽ sẽ không sang Mỹ dự Hội đồng Hòa bình.", NEI, "a possibility"),
    ("Tong Bi thu co the se khong sang My du Hoi dong Hoa binh.", NEI, "a possibility"),
    # traps: the plain denial and the plain plan keep their verdicts
    ("To Lam skipped the inaugural Board of Peace meeting.", CONTRADICTED, ATTENDED),
    ("Tổng Bí thư sẽ không sang Mỹ dự Hội đồng Hòa bình.", CONTRADICTED, PLANNED),
    ("Tong Bi thu se khong sang My du Hoi dong Hoa binh.", CONTRADICTED, PLANNED),
    ("Tổng Bí thư sẽ sang Mỹ dự Hội đồng Hòa bình.", SUPPORTED, PLANNED),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_hedged_statement_is_only_possible(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)

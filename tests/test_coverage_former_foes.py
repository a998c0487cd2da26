"""Two countries called by their past (issue 10, coverage), session 35.

The sentence that says the two countries marked fifty years since the war ended ("hai nước kỷ
niệm ... 50 năm kết thúc chiến tranh Việt Nam") says they fought it: the press calls them "the
former foes", "the two one-time enemies" (lexicon/en/glosses.yaml, under "hai nước kỷ niệm").
Only that sentence accounts for the epithet (a wrong figure beside it is still refuted): two
countries the sources give no such past stay open. English only: Vietnamese counts the pair
("hai cựu thù", "hai nước"), which the numbers read apart, and no sentence of the sources gives
that count."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

VERDICTS = [
    (
        "Hegseth visited Vietnam in 2025 as the former enemies marked half a century since the war"
        " ended.",
        SUPPORTED,
        "end-of-vietnam-war-50th-anniversary-2025",
    ),
    (
        "The former foes marked 30 years of diplomatic ties in 2025, the year Hegseth visited"
        " Vietnam.",
        SUPPORTED,
        "vn-us-diplomatic-relations-30th-anniversary-2025",
    ),
    # the epithet accounted for, the wrong count is refuted
    (
        "Hegseth visited Vietnam in 2025 as the former foes marked 40 years of diplomatic ties.",
        CONTRADICTED,
        "vn-us-diplomatic-relations-30th-anniversary-2025",
    ),
    # traps: two countries with no such past in the sources
    (
        "Vietnam and Hungary, former foes, upgraded ties to a comprehensive partnership.",
        NEI,
        "Hungary",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_former_foe_verdicts(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)

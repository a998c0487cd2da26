"""A possibility dismissed is an intention denied (issue 10), as "ruled out" and "loại trừ khả
năng" are (statements.yaml `negation` and `modality`): "Orban dismissed the possibility of visiting
Vietnam", "Tổng Bí thư bác bỏ khả năng sang thăm Pakistan" deny the visits the sources say they
plan, so the plans refute them; "bác bỏ" alone
(rejected a proposal) stays what it was, and another speaker's words stay open. Each class in
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Lam dismissed the possibility of visiting Pakistan.", CONTRADICTED),
    ("Orban rejected the possibility of visiting Vietnam.", CONTRADICTED),
    ("Tổng Bí thư bác bỏ khả năng sang thăm Pakistan.", CONTRADICTED),
    ("Thủ tướng Orbán bác bỏ khả năng sang thăm Việt Nam.", CONTRADICTED),
    ("Ong Orban bac bo kha nang sang tham Viet Nam", CONTRADICTED),
    # traps: a visit no claim plans; "bác bỏ" alone still denies a resolution
    ("Tổng Bí thư bác bỏ khả năng sang thăm Armenia.", NEI),
    ("Thượng viện Mỹ bác bỏ nghị quyết kỷ niệm 30 năm quan hệ ngoại giao Việt - Mỹ.", CONTRADICTED),
    ("Thủ tướng Hun Manet bác bỏ khả năng sang thăm Hungary.", NEI),
    ("Tokayev dismissed the possibility of visiting Hungary.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_ruled_out_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

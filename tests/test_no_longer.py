"""An undertaking said to end from now on (issue 10): "would no longer be a priority for him",
"sẽ không còn là ưu tiên" deny the undertaking as it holds now, as "sẽ ngừng hợp tác" does, so
the speaker's own commitment refutes them; the plan word before the denial is no plan of a new
act (parse._read_continuation). What is said to be a priority is undertaken, in English as in
the sources' "ưu tiên" (`committed` in synonyms.yaml). A plan the denial governs ("had no plans
to ...") and another speaker's words stay open. Each class in English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    ("Daines told Lam that war legacy work would no longer be a priority for him.", CONTRADICTED),
    (
        "Sen. Daines: cooperation on war legacies will not remain a top priority for me",
        CONTRADICTED,
    ),
    ("Daines said war-legacy cooperation is a priority for him.", SUPPORTED),
    (
        "Ông Daines nói hợp tác khắc phục hậu quả chiến tranh sẽ không còn là ưu tiên của ông.",
        CONTRADICTED,
    ),
    (
        "Ong Daines noi hop tac khac phuc hau qua chien tranh se khong con la uu tien cua ong",
        CONTRADICTED,
    ),
    # traps: another speaker, and a plan the denial governs
    ("Leahy said war legacy work would no longer be a priority for him.", NEI),
    ("Ông Leahy nói hợp tác khắc phục hậu quả chiến tranh sẽ không còn là ưu tiên của ông.", NEI),
    ("Daines said he had no plans to make war-legacy cooperation a priority.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_no_longer_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

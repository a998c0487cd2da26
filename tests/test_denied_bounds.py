"""A mark said not to be reached or passed (issue 10): "trade did not exceed $1bn", "chưa vượt
mốc 1 tỷ USD", "chưa chạm mốc" put the figure below the mark, so a claim that it passed the
mark refutes them, and one that fits under a higher mark leaves them open. The denial is the
figure's, not the act's: it falls on a comparator right after it (parse._read_denied_bound).
A verb that is also an act done to the amount ("did not clear $400m": not approved) stays the
act's denial. Each class in English, Vietnamese and Vietnamese without diacritics, with traps;
the statements are written for these tests."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.parse import parse_statement
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    ("Two-way trade between Vietnam and Hungary did not exceed $1 billion in 2025.", CONTRADICTED),
    ("In 2025, two-way trade between Hungary and Vietnam never hit $1 billion.", CONTRADICTED),
    # a comparator's base form after an auxiliary (numbers.yaml: "reach", "cross")
    ("Hungary-Vietnam trade failed to reach the $1 billion mark in 2025.", CONTRADICTED),
    ("Thương mại hai chiều Việt Nam - Hungary năm 2025 chưa vượt mốc 1 tỷ USD.", CONTRADICTED),
    ("Kim ngach Viet Nam - Hungary nam 2025 van chua dat 1 ty USD", CONTRADICTED),
    # traps: a higher mark not passed fits the claim's figure; an amount denied with no
    # comparator is the act's
    ("Two-way trade between Vietnam and Hungary did not exceed $2 billion in 2025.", NEI),
    ("Kim ngạch thương mại Việt Nam - Hungary năm 2025 chưa vượt mốc 2 tỷ USD.", NEI),
    ("Kim ngach thuong mai Viet Nam - Hungary nam 2025 chua vuot 2 ty USD", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_denied_bound_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation


def test_an_act_verb_keeps_its_denial(checker: Checker) -> None:
    """'did not clear $400m' denies the approval ("clears" is also the act: `ambiguous`)."""
    with checker.snapshot():
        parsed = parse_statement("Hungary did not clear $400m in ODA for Vietnam.", checker.vocab)
    assert parsed.negation is not None

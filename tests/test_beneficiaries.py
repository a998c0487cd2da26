"""Whom a figure is for (`purpose_markers` in lexicon/<lang>/occasions.yaml,
accounting.misdirected): Hungary's 400 million USD package is for Vietnam and was announced at
the Board of Peace meeting (its event). A name right after "for", "cho" is the beneficiary,
which the claims' event does not account for: "ODA for the Board of Peace" is not borne out."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Budapest has signed off on $400 million in ODA for the Board of Peace.", NEI),
        ("Hungary earmarks 400 million USD for the Board of Peace", NEI),
        ("Hungary duyệt 400 triệu USD ODA dành cho Hội đồng Hòa bình.", NEI),
        ("Hungary duyet 400 trieu USD ODA cho Hoi dong Hoa binh", NEI),
        # the claims' own beneficiary, said the same way, is borne out
        ("Budapest has signed off on $400 million in ODA for Vietnam.", SUPPORTED),
        ("Hungary thông qua 400 triệu USD ODA dành cho Việt Nam.", SUPPORTED),
        ("Hungary thong qua 400 trieu USD ODA cho Viet Nam", SUPPORTED),
    ],
)
def test_a_name_after_for_is_whom_it_is_for(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

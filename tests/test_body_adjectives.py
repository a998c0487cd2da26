"""A body named by its adjective (issue 10, session 23, speakers): "bipartisan congressional
support for Vietnam" is the support of the United States Congress, as "Vietnamese" names Vietnam;
the adjective stood inside the view's key phrase as a word no phrase holds, and broke it.
Vietnamese names the body itself ("của Quốc hội Mỹ"), read as before. Written with the alias
(after a first look at the miss), in wording of our own, in English, Vietnamese and Vietnamese
without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Ex-Sen. Leahy: congressional support for Vietnam remains bipartisan", SUPPORTED),
        pytest.param(
            "Leahy affirmed that Vietnam enjoys bipartisan congressional support",
            SUPPORTED,
            marks=pytest.mark.xfail(
                reason="'enjoys' is a word no gloss of the source reads: a paraphrase gap",
                strict=True,
            ),
        ),
        ("Ông Leahy khẳng định sự ủng hộ lưỡng đảng của Quốc hội Mỹ dành cho Việt Nam", SUPPORTED),
        ("Ong Leahy khang dinh su ung ho luong dang cua Quoc hoi My danh cho Viet Nam", SUPPORTED),
        # a delegation of Congress is no act the sources give
        ("Leahy will lead a congressional delegation to Hanoi next year.", NEI),
    ],
)
def test_congress_by_its_adjective(real_checker: Checker, statement: str, verdict: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

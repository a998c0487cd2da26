"""A hope with a clause of its own, given after a verb of saying (issue 10, speakers), session 33.

"Daines said he hoped the two countries would soon finalise the reciprocal trade deal": the
"would" is inside his hope, so the act is wished, not planned (scope.modality, whose wish now
also governs a plan where a wish word is run on inside the attribution's words, as it did where
the stance itself was a wish; "hoped", "hopes", "hoped that" are `modality: wish` words in
lexicon/en/statements.yaml, as "hy vọng" is in Vietnamese). His wish bears it out; another
senator's expectation ("Hagerty expects ...") does not, and the bare "would" with no hope stays a
plan. English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

WISH = "daines-wishes-reciprocal-trade-agreement"

ROWS = [
    (
        "Daines said he hoped the two countries would soon finalise a reciprocal trade agreement.",
        SUPPORTED,
        WISH,
    ),
    (
        "Sen. Daines told Lam he hopes the two sides will wrap up a reciprocal trade deal soon.",
        SUPPORTED,
        WISH,
    ),
    (
        "Ông Daines nói ông hy vọng hai nước sẽ sớm hoàn tất thỏa thuận thương mại đối ứng.",
        SUPPORTED,
        WISH,
    ),
    (
        "Ong Daines noi ong hy vong hai nuoc se som hoan tat thoa thuan thuong mai doi ung.",
        SUPPORTED,
        WISH,
    ),
    # traps: the plan with no hope, given to him; a hope given to the one who expects it
    (
        "Daines said the two countries would soon finalise a reciprocal trade agreement.",
        NEI,
        "reported as a wish, the statement as a plan",
    ),
    # Since session 35 "the two countries" of an agreement stand for its own parties
    # (assess.other_party_named), and the reason these two give is the speaker rule against
    # Daines's wish, not Hagerty's plan: the verdict is the same, the reason less apt (noted).
    (
        "Hagerty said he hoped the two countries would soon finalise a reciprocal trade agreement.",
        NEI,
        "which does not say what Bill Hagerty said",
    ),
    (
        "Ông Hagerty nói ông hy vọng hai nước sẽ sớm hoàn tất thỏa thuận thương mại đối ứng.",
        NEI,
        "which does not say what Bill Hagerty said",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_hoped_clause(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)

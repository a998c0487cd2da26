"""A thanks for a deed said by its verb (session 22, occasions): "cảm ơn ông Hun Sen đã đón tiếp
trọng thị" is the thanks for "sự đón tiếp trọng thị", the view's key phrase its nominalizer
opens (`nominalizers` in lexicon/<lang>/topics.yaml, factdb.check.topics._deed). Only right
after the words of a thanks, past the one thanked, his title's small words, fillers and
`deed_openers` ("vì"); anywhere else the verb says an act, which the predicates read.

Written before the rule, our own wire, headline and social wording; English says the noun
itself ("the warm reception"), and stays as it was. Traps: another trip, another year, a
denial, another host."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "Party chief Lam thanks Cambodia's Hun Sen for the warm reception during his "
        "early-February visit",
        "Tổng Bí thư cảm ơn ông Hun Sen đã đón tiếp thân tình trong chuyến thăm Campuchia.",
        "Tô Lâm cảm ơn Chủ tịch Hun Sen vì đã đón tiếp trọng thị",
        "TBT cam on ong Hun Sen da don tiep trong thi trong chuyen tham Campuchia",
    ],
)
def test_thanks_for_the_reception(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert "to-lam-thanked-hun-sen-warm-welcome-2026-02-19" in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        # another trip, another year, another host: not the thanks the sources give
        "Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị trong chuyến thăm Lào.",
        "Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị trong chuyến thăm Campuchia "
        "năm 2024.",
        "Tổng Bí thư cảm ơn Tổng thống Trump đã đón tiếp trọng thị tại Washington.",
        "TBT cam on TT Trump da don tiep trong thi tai Washington",
        "Lam thanked Trump for the warm welcome in Washington.",
        # denied: the denial may fall elsewhere
        "Tổng Bí thư không cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị.",
    ],
)
def test_not_that_thanks(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


def test_the_verb_alone_is_the_reception(checker: Checker) -> None:
    """Said as a fact, the verb is the reception itself, not a view's topic."""
    judgement = checker.check("Chủ tịch Hun Sen đã đón tiếp trọng thị Tổng Bí thư.")
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert "hun-sen-received-to-lam-2026-02" in {c.id for c in judgement.evidence}

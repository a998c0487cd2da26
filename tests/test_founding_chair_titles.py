"""Session 22, a founder who chairs: the press titles a body's founding chairman in full ("founder
and chairman of the Board of Peace", "who founded and chairs it", "người sáng lập và giữ cương vị
Chủ tịch Hội đồng Hòa bình") and says what he did in that office with "in his capacity as" or
"với tư cách" (issue 10).

- Those words are the founding chairman's title (fixtures/vocabulary/entities.yaml), so the
  claim of the office bears them out, and a single-holder office said now of someone else is
  refuted by it; "founded and chairs" is an office written as a verb, held now.
- "in his capacity as" is "as" said in full (a copula, lexicon/<lang>/statements.yaml): the
  title is the name's before it. That name is not always the doer ("Trump invited Lam in his
  capacity as ..."): there the title is Lam's, which no claim gives him, and it stays open.
- A capacity phrase is accounted for by a title an office part bears out after it, as by a
  predicate a part decides (check.accounting).

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Donald Trump, founder and chairman of the Board of Peace, invited To Lam.", SUPPORTED),
    ("Trump, who founded and chairs the Board of Peace, invited To Lam.", SUPPORTED),
    (
        "The invitation was sent by Donald Trump in his capacity as founding chairman of the "
        "Board of Peace.",
        SUPPORTED,
    ),
    ("Orbán, who founded and chairs the Board of Peace, met To Lam.", CONTRADICTED),
    ("Orbán is the Board of Peace founder and chairman.", CONTRADICTED),
    # the name before "in his capacity as" is not the doer: the title is Lam's, left open
    (
        "Trump invited To Lam in his capacity as founding chairman of the Board of Peace.",
        NEI,
    ),
    (
        "Ông Trump, người sáng lập kiêm Chủ tịch Hội đồng Hòa bình, đã mời Tổng Bí thư Tô Lâm.",
        SUPPORTED,
    ),
    ("Ông Orbán hiện là người sáng lập kiêm Chủ tịch Hội đồng Hòa bình.", CONTRADICTED),
    (
        "Ong Trump, nguoi sang lap va lam Chu tich Hoi dong Hoa binh, da moi Tong Bi thu To Lam.",
        SUPPORTED,
    ),
    ("Ong Orban hien la nguoi sang lap kiem Chu tich Hoi dong Hoa binh.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_founder_who_chairs(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

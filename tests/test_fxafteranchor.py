"""An act set after another occasion ("After his visit to Cambodia, To Lam travelled to the US
for the Board of Peace inaugural meeting", "Sau chuyến thăm Campuchia, ..."): the place in the
anchor's words is where the anchor's act was, not the main act's, even where the anchor's act
word is the only word the statement has for the predicate (scope.locative,
relative.occasion_anchors). A claim of another occasion than the anchor's (one naming nothing
the anchor names) is not put in the anchor's place. The visit to Cambodia came before the trip to
the United States for the Board of Peace meeting (18-20 February); no visit to Laos is claimed.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the reviewer's findings
    (
        "After his visit to Cambodia, To Lam travelled to the US for the Board of Peace"
        " inaugural meeting.",
        SUPPORTED,
    ),
    (
        "Sau chuyến thăm Campuchia, Tổng Bí thư sang Mỹ dự cuộc họp khai mạc Hội đồng Hòa bình.",
        SUPPORTED,
    ),
    ("Sau chuyen tham Campuchia, TBT sang My du cuoc hop khai mac Hoi dong Hoa binh.", SUPPORTED),
    ("Sau chuyen tham Lao, TBT sang My du cuoc hop khai mac Hoi dong Hoa binh.", NEI),
    # paraphrases
    (
        "After visiting Cambodia, Lam went to the United States for the Board of Peace meeting.",
        SUPPORTED,
    ),
    (
        "Sau chuyến thăm Campuchia, Tô Lâm sang Hoa Kỳ dự cuộc họp Hội đồng Hòa bình.",
        SUPPORTED,
    ),
    ("Sau chuyen tham Campuchia, To Lam sang Hoa Ky du cuoc hop Hoi dong Hoa binh.", SUPPORTED),
    ("After his visit to Laos, To Lam travelled to the US for the Board of Peace meeting.", NEI),
    ("Sau chuyến thăm Lào, Tổng Bí thư sang Mỹ dự cuộc họp khai mạc Hội đồng Hòa bình.", NEI),
    # kept: an act placed in the anchor's place is weighed there (the meeting was in
    # Washington); the anchor's order is still checked (the US trip came after Cambodia)
    (
        "In Cambodia, after meeting Hun Manet, To Lam attended the Board of Peace meeting.",
        CONTRADICTED,
    ),
    ("After visiting Cambodia, Lam met Hun Manet in Hanoi on Feb 19.", CONTRADICTED),
    ("After visiting Cambodia, Lam met Hun Manet in Washington.", SUPPORTED),
    ("After visiting the United States, Lam visited Cambodia.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_the_anchor_place_is_the_anchors(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

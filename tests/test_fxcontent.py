"""A controller's content phrase introduced by its preposition ("congratulated To Lam on his
re-election", `content_prepositions` in lexicon/en/synonyms.yaml) belongs to the controller: a
verb joined after it by "and" is the clause subject's act, as right after the controller's
objects (test_fxcoord), not the act of the one whose re-election it is.

"Orbán congratulated To Lam on his re-election and met Tokayev" says Orbán met Tokayev, which the
sources never say (session 32 review: borne out by Lâm's own meeting, a confident wrong). The
Vietnamese "chúc mừng Tô Lâm tái cử và gặp Tokayev" is ambiguous (fixer fxcoord) and is pinned
to today's verdict.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import predications
from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED

OPEN = [
    # the review's statement
    "Orbán congratulated To Lam on his re-election and met Tokayev.",
    # paraphrases: another preposition, titles, a participle
    "Orbán congratulated To Lam for his re-election and met Tokayev.",
    "Hungarian Prime Minister Orbán congratulated General Secretary To Lam on being re-elected "
    "and met President Tokayev.",
    # as today: a comma, "over"
    "Orbán congratulated To Lam on his re-election, and met Tokayev.",
    "Orbán congratulated To Lam over his re-election and met Tokayev.",
    # as today: a controlled act joined with no subject of its own is still not borne out
    "Trump invited Lam to join the Board of Peace and attend the meeting.",
    "To Lam thanked Daines for his support and invited him to visit",
    "Trump invited Lam to attend the meeting and Lam accepted",
]

KEPT = [
    "Orbán congratulated To Lam on his re-election",
    # the subject's own meeting, which the sources give
    "Tokayev congratulated To Lam on his re-election and met him.",
    "Orbán congratulated To Lam on his re-election and met him.",
    # Vietnamese: ambiguous (fxcoord), pinned to today's verdict
    "Orbán chúc mừng Tô Lâm tái cử và gặp Tokayev",
    "Orban chuc mung To Lam tai cu va gap Tokayev",
    "Orbán chúc mừng Tổng Bí thư Tô Lâm vừa tái cử và gặp Tổng thống Tokayev.",
    "Orban chuc mung Tong Bi thu To Lam vua tai cu va gap Tong thong Tokayev.",
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("statement", OPEN)
def test_joined_act_after_a_content_phrase_is_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize("statement", KEPT)
def test_near_versions_stay_supported(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize("statement", OPEN[:3])
def test_joined_act_binds_the_subject(checker: Checker, statement: str) -> None:
    found = predications(checker.parse(statement), checker.vocab)
    assert [(p.agents, p.patients) for p in found if p.predicate == "met"] == [
        (("viktor-orban",), ("kassym-jomart-tokayev",))
    ]
    # the re-election is still Lâm's
    assert {a for p in found if p.predicate == "reelected" for a in p.agents} == {"to-lam"}

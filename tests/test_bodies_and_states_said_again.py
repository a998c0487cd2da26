"""A body said again by its head noun, and a politician's state after "đến từ" (issue 10,
offices), session 33.

- The press names the Board of Peace in its chair's title and then calls it by its head noun
  or as a body ("Trump, the founding chairman of the Board of Peace, ... the body's opening
  meeting"). The word was a detail no source says, though the deciding claim's sentence names
  the Hội đồng Hòa bình: `hội đồng` is glossed now as board, body, council
  (lexicon/en/glosses.yaml), so the sentence that says it accounts for it. A body the deciding
  claim's sentence does not name stays open.
- "Leahy, chính khách đảng Dân chủ đến từ bang Vermont": the state after "đến từ" is the one his
  seat was of, as after "senator from" (`đến từ bang`, a trigger of represents_state in
  fixtures/vocabulary/predicates.yaml); "từ" was left over. Another state is refuted by his
  claim, as "bang Montana" always was; a group from the state is no seat.

Each in English, Vietnamese and Vietnamese without diacritics where it applies, in wording of
these tests' own.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (statement, verdict, a claim the verdict rests on, or a word its reason gives)
SAID_AGAIN = [
    (
        "Lam has taken up Trump's invitation, as founding chairman of the Board of Peace, to "
        "join the body's first session.",
        SUPPORTED,
        "to-lam-attended-bop-meeting",
    ),
    (
        "To Lam agreed to come to the body's opening session at the invitation of Donald Trump, "
        "who founded and chairs the Board of Peace.",
        SUPPORTED,
        "trump-founding-chairman-board-of-peace",
    ),
    # traps: the body of an act whose sentence names no council; a body's session in a year
    # the sources do not give
    ("Lam phoned Leahy after the body's session.", NEI, ""),
    ("In 2019 To Lam attended the body's opening session in Washington.", NEI, ""),
]

STATES = [
    (
        "Cựu Chủ tịch Ủy ban Chuẩn chi Thượng viện Leahy là chính khách đảng Dân chủ đến từ bang "
        "Vermont.",
        SUPPORTED,
        "leahy-represented-vermont",
    ),
    (
        "Ong Leahy la chinh khach dang Dan chu den tu bang Vermont",
        SUPPORTED,
        "leahy-represented-vermont",
    ),
    # another state than the claim's; a group from the state, which is no seat
    (
        "Ông Leahy là chính khách đảng Dân chủ đến từ bang Montana.",
        CONTRADICTED,
        "leahy-represented-vermont",
    ),
    ("Tổng Bí thư tiếp đoàn doanh nghiệp đến từ bang Vermont.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "evidence"), SAID_AGAIN + STATES)
def test_bodies_and_states_said_again(
    checker: Checker, statement: str, verdict: str, evidence: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if evidence:
        assert evidence in {c.id for c in judged.evidence}, judged.explanation

"""Session 28, offices: a title's place tied to it by a word after it (issue 10).

"Leahy, ex-senator from New Hampshire, spoke with To Lam" was not enough info: "from" is no
title filler (it would take the giver from "an invitation from Trump"), so the apposition did not
close at the title and its state was no one's. A place past a word that ties it to the title
(`title_place_links` in lexicon/<lang>/statements.yaml: "from", "đến từ") is the title's place,
as after "of" (check.assertions._Reader._linked_place); a person past it is not. The state a
senator is of is his seat, which the claims decide (represents_state): another state than the one
they give refutes it, theirs bears it out.

Traps: the right state stays supported, a state the claims give no one for a senator they do not
seat stays open, and a giver after "from" is still the giver.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Leahy, ex-senator from New Hampshire, spoke with To Lam.", CONTRADICTED),
        ("Patrick Leahy, a former senator from Massachusetts, phoned Lam.", CONTRADICTED),
        (
            "Ông Leahy, cựu thượng nghị sĩ đến từ bang New Hampshire, điện đàm với Tổng Bí thư.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy, cuu thuong nghi si den tu bang New Hampshire, dien dam voi Tong Bi thu.",
            CONTRADICTED,
        ),
        # traps: his own state, as the sources give it
        ("Leahy, a former senator from Vermont, spoke with To Lam.", SUPPORTED),
        ("Ông Leahy, cựu thượng nghị sĩ đến từ bang Vermont, điện đàm với Tổng Bí thư.", SUPPORTED),
        ("Ong Leahy, cuu thuong nghi si den tu bang Vermont, dien dam voi Tong Bi thu.", SUPPORTED),
        # ... a state for a senator whose seat no claim gives
        ("Daines, a senator from Ohio, spoke with To Lam.", NEI),
        ("Ông Daines, thượng nghị sĩ đến từ bang Ohio, điện đàm với Tổng Bí thư.", NEI),
        ("Ong Daines, thuong nghi si den tu bang Ohio, dien dam voi Tong Bi thu.", NEI),
        # ... and a person after "from", who gives what the noun names
        ("To Lam accepted the invitation from President Trump.", SUPPORTED),
    ],
)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"


@pytest.mark.parametrize(
    ("statement", "place"),
    [
        ("Leahy, ex-senator from New Hampshire, spoke with To Lam.", "us-new-hampshire"),
        ("Ông Leahy, cựu thượng nghị sĩ đến từ bang Vermont, điện đàm.", "us-vermont"),
        ("Ong Leahy, cuu thuong nghi si den tu bang Vermont, dien dam.", "us-vermont"),
    ],
)
def test_the_place_is_the_titles(checker: Checker, statement: str, place: str) -> None:
    read = checker.reading(statement).assertions
    assert [(a.subject, a.jurisdiction) for a in read] == [("patrick-leahy", place)]

"""Session 26, the place a title is from (issue 10, offices).

"Leahy, ex-senator from New Hampshire, spoke with To Lam" was not enough info, and "Leahy, a
former senator from Vermont, ..." too: "from" between the title and the state left the state a
name no title held, so the state of his seat was never weighed. "from" is a title filler in
English (`title_fillers` in lexicon/en/statements.yaml), as "of" is: the state after it is the
title's, as in "Vermont senator" or "thượng nghị sĩ bang Vermont", and the seat's state the
claims give (represents_state, one state for one seat) bears it out or refutes it. Vietnamese
joins the state to the title with no word, or with "của", as before.

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses, with the
traps: a state the claims do not give for the senator named, and "from" before a title (the
giver of an act: "congratulations from President Trump").
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # another state than the one the claims give his seat (both were not enough info)
    (
        "Patrick Leahy, a onetime senator from New Hampshire, phoned the Vietnamese leader.",
        CONTRADICTED,
    ),
    (
        "Ông Leahy, nguyên thượng nghị sĩ bang New Hampshire, điện đàm với Tổng Bí thư.",
        CONTRADICTED,
    ),
    (
        "Ong Leahy, nguyen thuong nghi si cua bang New Hampshire, dien dam voi Tong Bi thu",
        CONTRADICTED,
    ),
    # and his own (was not enough info in English)
    ("Patrick Leahy, a onetime senator from Vermont, phoned the Vietnamese leader.", SUPPORTED),
    ("Ông Leahy, nguyên thượng nghị sĩ bang Vermont, điện đàm với Tổng Bí thư.", SUPPORTED),
    ("Ong Leahy, nguyen thuong nghi si bang Vermont, dien dam voi Tong Bi thu", SUPPORTED),
    # a country after "from" is the title's country too
    ("Viktor Orbán, the prime minister from Austria, met the Vietnamese leader.", CONTRADICTED),
    # traps: a senator whose state no claim gives; "from" before a title names who gave an act
    ("Steve Daines, a senator from Montana, phoned To Lam on Feb. 18.", NEI),
    ("Ông Daines, thượng nghị sĩ bang Montana, điện đàm với Tổng Bí thư ngày 18/2.", NEI),
    ("To Lam received congratulations from President Trump.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED and "Leahy" in statement:
        assert "leahy-represented-vermont" in judged.explanation

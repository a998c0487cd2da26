"""What a speaker says of his own side with the side left unnamed (issue 10, session 23,
speakers): "Leahy said the war-legacy funding continues to this day" speaks of the United States'
funding, the country he held office in, as the sources have him affirm it; the statement named no
one where the claim has the United States, so the claim bore on nothing. Where the claim's
content is said of the speaker's own side (World.sides) and the statement names no one in its
place, that side is the one spoken of (assess._assess_said): his words then decide, both ways
("has since been discontinued" is refuted by his own words). Content said of another side
("the trade deal") is not his side's, and stays as it was.

Written before the rule, in wording of our own (wire copy, headline, social post), in English,
Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

CONTRADICTED = "contradicted"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Former senator Leahy says war legacy funding continues to this day", SUPPORTED),
        ("Ông Leahy khẳng định chủ trương này vẫn được duy trì đến nay.", SUPPORTED),
        ("Ong Leahy noi chu truong nay van duoc duy tri den nay", SUPPORTED),
        pytest.param(
            "Leahy said war legacy funding is no longer maintained",
            CONTRADICTED,
            marks=pytest.mark.xfail(
                reason="'no longer maintained' names no key phrase of the view (its phrases say"
                " 'to this day'): a paraphrase gap, not this rule",
                strict=True,
            ),
        ),
        ("Ông Leahy cho biết chủ trương đó không còn được duy trì đến nay.", CONTRADICTED),
        # another country named where the side would stand: its act, not his side's
        ("Orbán said Vietnam approved 400 million USD of ODA", NEI),
        ("Ong Orban cho biet Viet Nam da phe duyet 400 trieu USD von ODA", NEI),
        # said by someone else, of whom the sources say nothing of the kind
        ("Hagerty said war legacy funding continues to this day", NEI),
        ("Ông Daines khẳng định chủ trương này vẫn được duy trì đến nay.", NEI),
    ],
)
def test_the_speakers_own_side(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

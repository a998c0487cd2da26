"""A wish reported in the past (issue 10, session 22, speakers): "said he looked forward to
visiting", "was looking forward to", "wanted to" are the wish "looks forward to", "wants to"
reported, not a visit done. Vietnamese does not inflect: "mong", "mong được" already read so.
Written in English, Vietnamese and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Prabowo told Lam he was looking forward to a visit to Vietnam soon.", SUPPORTED),
        ("Indonesia's president said he wanted to pay Vietnam a visit soon.", SUPPORTED),
        ("Hagerty said he looked forward to returning to Vietnam.", SUPPORTED),
        ("Ông Prabowo cho biết ông rất mong được sớm thăm Việt Nam.", SUPPORTED),
        ("Ong Prabowo noi ong mong som sang tham Viet Nam", SUPPORTED),
        # a plan is no wish: the sources give Orbán's visit as planned
        ("Orbán said he looked forward to visiting Vietnam soon.", NEI),
    ],
)
def test_a_wish_reported_in_the_past(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation

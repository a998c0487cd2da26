"""Issue 10, class 6 (session 21): an act whose doer goes unsaid, given with a list of its
other parties after it ("the calls with Daines and Hagerty", "cuộc điện đàm với ông Daines và
ông Hagerty"): each name of the list is one of those parties, not the unsaid doer's stand-in
(assess.listed_after). Each call is then weighed on its date, as with one name.

Traps: names before the act are who did it ("Hagerty called Daines", "Daines and Hagerty spoke
by phone"), which the claims do not bear out."""

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
        ("The phone calls with Daines and Hagerty came on Feb. 18.", SUPPORTED),
        ("Cuộc điện đàm với ông Daines và ông Hagerty diễn ra hôm 18/2.", SUPPORTED),
        ("Cuoc dien dam voi Daines va Hagerty dien ra ngay 18/2", SUPPORTED),
        ("The calls with Daines and Hagerty happened on Feb. 20.", CONTRADICTED),
        (
            "Cuộc điện đàm với các ông Daines, Hagerty diễn ra ngày 20/2 theo giờ Washington.",
            CONTRADICTED,
        ),
        # traps: names before the act do it
        ("Hagerty called Daines on Feb 18.", NEI),
        ("Daines and Hagerty spoke by phone on Feb. 18.", NEI),
    ],
)
def test_listed_party_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

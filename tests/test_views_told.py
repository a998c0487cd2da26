"""Session 24, speakers: a view told to someone (issue 10). "Vietnam regards the US as one of
its most important partners, the party chief told the Pentagon chief": the verb "regards" is
a view held (`regarded` in lexicon/en/stances.yaml), not greetings sent, which are "his
regards", "best regards" (`sent_greetings` in fixtures/vocabulary/predicates.yaml); and the
title who tells it is who said it, as a named person would be, before the country whose view
it is (stance.read_stance). In English, Vietnamese and Vietnamese without diacritics, in
wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Vietnam regards Washington as one of its most important partners, the general"
            " secretary told Hegseth.",
            SUPPORTED,
        ),
        (
            "The party chief told Hegseth that Vietnam regards the US as one of its most"
            " important partners.",
            SUPPORTED,
        ),
        (
            "Việt Nam coi Mỹ là một trong những đối tác quan trọng hàng đầu, Tổng Bí thư nói với"
            " Bộ trưởng Hegseth.",
            SUPPORTED,
        ),
        (
            "Viet Nam coi My la mot trong nhung doi tac quan trong hang dau, Tong Bi thu noi voi"
            " Bo truong Hegseth.",
            SUPPORTED,
        ),
        # another country in the view
        (
            "Vietnam regards Hungary as one of its most important partners, the party chief told"
            " the Pentagon chief.",
            NEI,
        ),
        (
            "Việt Nam coi Hungary là một trong những đối tác quan trọng hàng đầu, Tổng Bí thư nói"
            " với Bộ trưởng Hegseth.",
            NEI,
        ),
        # the words given to the other side by a title alone: never refuted on a title
        (
            "Vietnam regards the US as one of its most important partners, the Pentagon chief"
            " told the party chief.",
            NEI,
        ),
        # greetings are still "his regards"
        ("Lam sent his regards to President Trump through Hegseth.", SUPPORTED),
    ],
)
def test_a_view_told(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Headlines in title case (issue 10, recall): a headline capitalises every word, so a
capitalised word the lexicons know as an English word (a gloss) is no unknown name there but a
detail, which the deciding claims' sources must still say; any other word, or a run of two or
more, is still a name nobody knows, and a list of names after a title stays one."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def test_a_headlines_capitalised_word_is_a_detail_not_a_name(checker: Checker) -> None:
    with checker.snapshot():
        parsed = checker.parse("Leahy: Congress Support For Vietnam Remains Bipartisan")
        judgement = checker.check("Leahy: Congress Support For Vietnam Remains Bipartisan")
    assert parsed.unknown_names == []
    # Leahy's affirmation of the bipartisan support of Congress
    assert judgement.verdict == "supported"


def test_a_headlines_detail_no_source_says_still_blocks(checker: Checker) -> None:
    with checker.snapshot():
        judgement = checker.check("Hungary Quietly Approves Secret 400 Million USD ODA For Vietnam")
    assert judgement.verdict == "not_enough_info"
    assert "Secret" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "name"),
    [
        ("Lam Calls Senator Marco Rubio Over Trade", "Marco Rubio"),  # a run is a name
        ("Lam Meets Kyrgyz President Japarov, Tokayev and Mirziyoyev", "Japarov"),  # no gloss
        ("Marco Rubio met Viktor Orbán in Vilnius", "Vilnius"),  # no headline
        ("Tô Lâm spoke with Kagame in Washington", "Kagame"),  # no headline: one word is
    ],
)
def test_a_name_nobody_knows_is_still_one(checker: Checker, statement: str, name: str) -> None:
    with checker.snapshot():
        parsed = checker.parse(statement)
        judgement = checker.check(statement)
    assert any(name in n for n in parsed.unknown_names)
    assert judgement.verdict == "not_enough_info"

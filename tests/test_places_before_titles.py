"""Session 22, a plural title after the countries it is of: "Kazakhstan, Uzbekistan and
Azerbaijan's presidents" names each country's one holder of the office, as "the presidents of
Kazakhstan, Uzbekistan and Azerbaijan" does (assertions.offices_of_places, read by
World.bare_holders). Only a plural title takes a list before it: "Vietnam, Azerbaijan's
president" is no list of presidents. A country with no holder of the office in the claims
leaves the statement open. Vietnamese writes the title first ("các Tổng thống Indonesia,
Uzbekistan và Kazakhstan"), which was read already; its cases guard it."""

from __future__ import annotations

import pytest

from factdb.check.assertions import offices_of_places
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Indonesia, Uzbekistan and Kazakhstan's presidents met To Lam in Washington.", SUPPORTED),
    ("Hungary and Pakistan's prime ministers met To Lam on February 19.", SUPPORTED),
    (
        "Indonesia, Uzbekistan and Kazakhstan's presidents met To Lam in Hanoi on February 19.",
        CONTRADICTED,
    ),
    ("Indonesia and Armenia's presidents met To Lam in Washington.", NEI),
    (
        "Các Tổng thống Indonesia, Uzbekistan và Kazakhstan đã gặp Tổng Bí thư Tô Lâm tại "
        "Washington.",
        SUPPORTED,
    ),
    (
        "Cac Tong thong Indonesia, Uzbekistan va Kazakhstan da gap Tong Bi thu To Lam tai "
        "Washington.",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_plural_title_after_its_countries(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_a_singular_title_takes_no_list_before_it(checker: Checker) -> None:
    parsed = checker.parse("Vietnam, Azerbaijan's president spoke of growth.")
    assert offices_of_places(parsed, checker.vocab) == []


def test_the_places_are_in_text_order(checker: Checker) -> None:
    parsed = checker.parse("Kazakhstan, Uzbekistan and Azerbaijan's presidents met Lam.")
    ((office, tense, places),) = offices_of_places(parsed, checker.vocab)
    assert (office, tense) == ("president", "unmarked")
    assert [p for _, _, p in places] == ["kazakhstan", "uzbekistan", "azerbaijan"]

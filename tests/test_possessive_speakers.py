"""Speakers listed with their countries as possessives (session 26, occasions): "Kazakhstan's
Tokayev, Uzbekistan's Mirziyoyev and Azerbaijan's Aliyev voiced admiration ..." lists three
speakers as "Tokayev, Mirziyoyev and Aliyev" does (stance._listed: a country's possessive is
the listed name's own, as its title is), and "Kazakhstan, Uzbekistan and Azerbaijan's
presidents were impressed ..." lists the countries whose presidents spoke, as "the presidents
of Kazakhstan, Uzbekistan and Azerbaijan" does (stance._title_owner). Vietnamese puts the
country after the title, which the lists read already; the rows in Vietnamese, with and without
diacritics, hold the same verdicts for the same lists.

Written before the rule, in wire, headline and social wording of our own; traps: a country
whose office no claim gives the name, a title no one holds there, a view no claim gives."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # English: wire copy, headline, social post
        (
            "Kazakhstan's Tokayev, Uzbekistan's Mirziyoyev and Azerbaijan's Aliyev voiced "
            "admiration for Vietnam's economic growth.",
            SUPPORTED,
        ),
        (
            "Kazakhstan's Tokayev, Uzbekistan's Mirziyoyev Impressed By Vietnam's Economic Growth",
            SUPPORTED,
        ),
        (
            "Kazakhstan, Uzbekistan and Azerbaijan's presidents were impressed by Vietnam's "
            "economic growth",
            SUPPORTED,
        ),
        (
            "Kazakhstan and Uzbekistan's presidents were impressed by Vietnam's economic growth 👏",
            SUPPORTED,
        ),
        # Vietnamese: the country after the title
        (
            "Tổng thống Kazakhstan Tokayev, Tổng thống Uzbekistan Mirziyoyev và Tổng thống "
            "Azerbaijan Aliyev bày tỏ ấn tượng trước tăng trưởng kinh tế của Việt Nam.",
            SUPPORTED,
        ),
        (
            "Tổng thống các nước Kazakhstan, Uzbekistan và Azerbaijan bày tỏ ấn tượng trước "
            "tăng trưởng kinh tế của Việt Nam.",
            SUPPORTED,
        ),
        # without diacritics
        (
            "Tong thong Kazakhstan Tokayev, Tong thong Uzbekistan Mirziyoyev va Tong thong "
            "Azerbaijan Aliyev bay to an tuong truoc tang truong kinh te cua Viet Nam",
            SUPPORTED,
        ),
    ],
)
def test_listed_with_their_countries(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert "impressed-vietnam-growth" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a country no claim gives the name's office, a title no one holds there
        "Hungary's Tokayev and Kazakhstan's Orbán were impressed by Vietnam's economic growth.",
        "Kazakhstan and Hungary's presidents were impressed by Vietnam's economic growth.",
        "Hungary's president said Budapest had approved 400 million USD of ODA for Vietnam.",
        "Kazakhstan's prime minister was impressed by Vietnam's economic growth.",
        "Tổng thống Kazakhstan, Uzbekistan và Hungary bày tỏ ấn tượng trước tăng trưởng kinh tế "
        "của Việt Nam.",
        "Tong thong Kazakhstan va Hungary an tuong truoc tang truong kinh te cua Viet Nam",
        # a name the base does not know in the list
        "Kazakhstan's Tokayev and Israel's Netanyahu were impressed by Vietnam's economic growth.",
        # a view the claims do not give them
        "Kazakhstan's Tokayev and Uzbekistan's Mirziyoyev voiced concern about Vietnam's "
        "economic growth.",
    ],
)
def test_what_the_list_does_not_bear_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

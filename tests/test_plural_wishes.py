"""A wish said by several (session 26, occasions): "the leaders of Uzbekistan, Kazakhstan and
Azerbaijan want to take ties with Vietnam to a deeper level" gives each the wish the claims
give him, as "Tokayev wants ..." did; the plural's present ("want", "hope", "look forward":
`wished` in lexicon/en/stances.yaml) is a wish as "wants" is, and as "muốn", "mong muốn" are in
Vietnamese, which the rows in Vietnamese, with and without diacritics, hold.

Written before the words, in wire, headline and social wording of our own; traps: someone the
claims give no such wish, a wish no claim gives them."""

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
            "The leaders of Uzbekistan, Kazakhstan and Azerbaijan want to take ties with Vietnam "
            "to a deeper level.",
            SUPPORTED,
        ),
        ("Tokayev, Mirziyoyev And Aliyev Want Deeper Ties With Vietnam", SUPPORTED),
        ("Tokayev and Mirziyoyev hope for deeper ties with Vietnam 🇻🇳", SUPPORTED),
        # Vietnamese
        (
            "Các Tổng thống Uzbekistan, Kazakhstan và Azerbaijan muốn tăng cường quan hệ song "
            "phương với Việt Nam.",
            SUPPORTED,
        ),
        # without diacritics
        (
            "Tong thong Uzbekistan, Kazakhstan va Azerbaijan muon tang cuong quan he song phuong "
            "voi Viet Nam",
            SUPPORTED,
        ),
    ],
)
def test_a_wish_of_each(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert "wished-closer-ties" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # one of them is given no such wish
        "Tokayev and Orbán want deeper ties with Vietnam.",
        "Tokayev va Orban muon tang cuong quan he song phuong voi Viet Nam",
        # a wish no claim gives them
        "The presidents of Uzbekistan and Kazakhstan want Vietnam to join the EU.",
        "Tổng thống Uzbekistan và Kazakhstan muốn Việt Nam gia nhập EU.",
    ],
)
def test_what_the_wishes_do_not_bear_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

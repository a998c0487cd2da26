"""Counts said in vague words (issue 10, session 34, reviewer A groups 8 and 9).

Every round word a count may be said in (`rough_counts` in lexicon/<lang>/statements.yaml) reads
as an amount ("a score of" is twenty, "scores of" forty or more), so the count is weighed like
any other and never excused unread. A word of a few ("a few", "vài", "một vài": `unbounded_counts`)
is at least two, roughly, and no bound above: the nine leaders of one morning neither bear it
out nor refute it, while two or three parties bear it out. In English, Vietnamese and Vietnamese
without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.extract.quantities import find_quantities
from factdb.lexicon.index import load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROUND_SAID = {"dozen": "a dozen", "score": "a score of", "handful": "a handful of"}


@pytest.mark.parametrize(
    ("lang", "word"),
    [(lang, w) for lang in ("en", "vi") for w in load(lang, "statements")["rough_counts"]],
)
def test_every_rough_count_word_is_an_amount(lang: str, word: str) -> None:
    said = ROUND_SAID.get(word, f"{word} of" if word.endswith("s") else f"cả {word}")
    found = find_quantities(f"{said} leaders")
    assert found and found[0].value > 1, (word, found)


VERDICTS = [
    # a round word is weighed: scores of leaders are more than the claims name, never support
    ("Lam sat down with scores of world leaders in Washington.", NEI, "scores of"),
    ("On Feb 19 Lam held talks with a score of leaders.", NEI, "a score of"),
    # a few: at least two, no bound above
    ("During the morning of Feb 19 Lam met a few world leaders.", NEI, "a few"),
    ("Sáng 19/2 Tổng Bí thư gặp vài nhà lãnh đạo nước ngoài.", NEI, "vài"),
    ("Sang 19/2 TBT gap mot vai nha lanh dao nuoc ngoai", NEI, "vai"),
    # two or three parties bear a few out
    (
        "On Feb 18 Lam phoned a couple of US senators.",
        SUPPORTED,
        "to-lam-phone-call-daines-2026-02-18",
    ),
    # traps: another occasion
    ("In 2019 Lam met a few world leaders in Washington.", NEI, ""),
    ("Năm 2019, Tổng Bí thư gặp vài lãnh đạo ở Washington.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_vague_count_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

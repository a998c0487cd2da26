"""Names listed after their places, paired by "respectively" (issue 10, titles), session 34.

"Respectively", "lần lượt" pair each name with the place in its position where the names come
first ("A and B, the presidents of X and Y respectively"); the press also lists the places first
and the names after them: "the prime ministers of X and Y, A and B respectively", "Thủ tướng X
và Y lần lượt là ông A và ông B". Such a list made no office assertion at all, so the names
swapped were borne out by the meetings. Each name now holds the title the places follow, of the
place in its own position (assertions._Reader._names_after_places), and the office rules decide
it. Lists of different lengths still pair nothing. In English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # names swapped against the places before them
    (
        "In Washington, To Lam held talks with the prime ministers of Armenia and Hungary, "
        "Orbán and Pashinyan respectively.",
        CONTRADICTED,
        "orban-pm-hungary",
    ),
    (
        "Lam also saw the presidents of Uzbekistan and Kazakhstan - Tokayev and Mirziyoyev, "
        "respectively.",
        CONTRADICTED,
        "tokayev-president-kazakhstan",
    ),
    (
        "Tổng Bí thư Tô Lâm tiếp Thủ tướng Armenia và Hungary lần lượt là ông Orbán và ông "
        "Pashinyan.",
        CONTRADICTED,
        "pashinyan-pm-armenia",
    ),
    (
        "Tong Bi thu gap Tong thong Uzbekistan va Kazakhstan, lan luot la ong Tokayev va ong "
        "Mirziyoyev",
        CONTRADICTED,
        "mirziyoyev-president-uzbekistan",
    ),
    # in their own positions: borne out
    (
        "Lam sat down with the prime ministers of Cambodia and Armenia, Hun Manet and Pashinyan "
        "respectively.",
        SUPPORTED,
        "hun-manet-pm-cambodia",
    ),
    (
        "Tổng Bí thư gặp Tổng thống Indonesia và Kazakhstan, lần lượt là ông Prabowo và ông "
        "Tokayev.",
        SUPPORTED,
        "prabowo-president-indonesia",
    ),
    (
        "TBT gap Thu tuong Campuchia va Armenia lan luot la ong Hun Manet va ong Pashinyan",
        SUPPORTED,
        "pashinyan-pm-armenia",
    ),
    # traps: lists of different lengths, another year's meeting
    (
        "Lam met the presidents of Uzbekistan, Kazakhstan and Azerbaijan, Tokayev and Mirziyoyev "
        "respectively, in 2015.",
        NEI,
        "another occasion",
    ),
    (
        "Năm 2015, Tổng Bí thư gặp Thủ tướng Campuchia và Armenia lần lượt là ông Hun Manet và "
        "ông Pashinyan.",
        NEI,
        "another occasion",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_respective_names_after_places(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

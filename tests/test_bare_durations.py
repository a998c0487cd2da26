"""Lengths of time written without diacritics (issue 10, session 35, fixer A item 1).

Bare "ba", "bay", "tam" may be other words ("bà", "bây", "tầm"), so alone they are numbers only
before a unit, a counted noun or a clause's end. After an opener of a length of time ("trong",
"suốt", "mất") and before a noun of time ("gio", "tieng", "phut", "buoi"), no other reading
fits: the word is a number (`durations` in lexicon/vi/numbers.yaml), a figure the claims must
give. No source gives how long a meeting or call lasted, so such a statement is not enough
info, as its English and diacritic forms already were. Statements written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged, lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a length of time no source gives: the number is the reason
    ("General Secretary Lam talked with Hungary's Orbán for three hours.", NEI, "three"),
    ("Tổng Bí thư hội đàm với Thủ tướng Hungary Orbán trong ba giờ.", NEI, "ba"),
    ("Tong Bi thu hoi dam voi Thu tuong Hungary Orban trong ba gio", NEI, "ba"),
    ("Tổng Bí thư Tô Lâm gặp Tổng thống Prabowo suốt bảy tiếng", NEI, "bảy"),
    ("tong bi thu to lam gap tong thong prabowo suot bay tieng", NEI, "bay"),
    ("TBT dien dam voi TNS Daines mat tam phut", NEI, "tam"),
    # traps: bare words that are no number keep their verdict
    (
        "Tong Bi thu o My trong ba ngay 18, 19 va 20/2 de du hop Hoi dong Hoa binh",
        SUPPORTED,
        "to-lam-attended-bop-meeting",
    ),
    (
        "TBT gap Thu tuong Orban, hai ben nhat tri lam sau sac quan he",
        SUPPORTED,
        "to-lam-agreed-closer-ties-with-orban-2026-02-19",
    ),
    # another occasion with a length of time stays open
    ("Nam 2019, TBT hoi dam voi ong Orban trong ba gio", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_bare_duration_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)


@pytest.mark.parametrize("example", lexicon_examples("numbers", "duration_examples"))
def test_duration_examples(example: dict[str, object]) -> None:
    values = [q.value for q in find_quantities(str(example["text"]))]
    assert values == ([] if example.get("none") else [example["value"]]), example

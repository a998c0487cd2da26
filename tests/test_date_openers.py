"""Issue 10, class 6 (dates as people give them): a word that only opens a date ("hồi tháng
7/2025", "back in July 2025") is read with the date (`date_openers` in
lexicon/<lang>/dates.yaml, check.dates.opened_date), so it is no word the deciding claims' sources
must happen to say: the Cambodia visit's source says no "hồi"."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        ("Ông Tô Lâm sang thăm Campuchia hồi đầu tháng 2/2026.", SUPPORTED),
        ("Ong To Lam sang tham Campuchia hoi dau thang 2/2026", SUPPORTED),
        ("Chuyến thăm Campuchia của ông Tô Lâm diễn ra hồi tháng 2/2026.", SUPPORTED),
        # the date it opens still decides: another month may be another visit
        ("Ông Tô Lâm sang thăm Campuchia hồi tháng 6/2026.", NEI),
    ],
)
def test_an_opener_is_read_with_its_date(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_opener_is_in_the_date(checker: Checker) -> None:
    (date,) = checker.parse("Ông Tô Lâm thăm Campuchia hồi tháng 2/2026.").dates
    assert date.text == "hồi tháng 2/2026"


@pytest.mark.parametrize(
    "statement",
    [
        # written with its marks, another word is no opener ("hội" of "Đại hội")
        "Tổng Bí thư Tô Lâm tái đắc cử tại Đại hội tháng 1/2026.",
        # nor an opener with a word between it and the date
        "Hồi đó, vào tháng 2/2026, ông Tô Lâm thăm Campuchia.",
    ],
)
def test_no_opener(checker: Checker, statement: str) -> None:
    assert all(not d.text.lower().startswith("hồi") for d in checker.parse(statement).dates)

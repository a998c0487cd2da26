"""Issue 10, dates as people give them: a date said after what an act is for (`acts_for` in
lexicon/world/contents.yaml), which a word opens (`aim_openers` in lexicon/<lang>/dates.yaml:
"on", "for", "nhân dịp", "về việc"), dates the act, not what it was for: "congratulated Lam on
his re-election on Feb. 19" is the congratulation's day, the re-election having come before it
(scope.aimed_at). It had been read as the re-election's day alone, which the claim dated
"before 17 February" left open. Another day of the congratulation may be another occasion, and
someone no claim has congratulating him stays open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the congratulation's own day, after what it was for
    (
        "Pakistan PM Shehbaz Sharif congratulated Lam on his re-election on Feb. 19.",
        SUPPORTED,
        "shehbaz-sharif-congratulated-to-lam-2026-02-19",
    ),
    (
        "Tokayev congratulated General Secretary To Lam for his re-election on February 19, 2026.",
        SUPPORTED,
        "tokayev-congratulated-to-lam-2026-02-19",
    ),
    (
        "Thủ tướng Shehbaz Sharif chúc mừng Tổng Bí thư Tô Lâm nhân dịp ông tái cử hôm 19/2.",
        SUPPORTED,
        "shehbaz-sharif-congratulated-to-lam-2026-02-19",
    ),
    (
        "Tổng thống Tokayev chúc mừng Tổng Bí thư Tô Lâm về việc tái cử ngày 19/2/2026.",
        SUPPORTED,
        "tokayev-congratulated-to-lam-2026-02-19",
    ),
    (
        "Thu tuong Shehbaz Sharif chuc mung TBT To Lam nhan dip ong tai cu hom 19/2",
        SUPPORTED,
        "shehbaz-sharif-congratulated-to-lam-2026-02-19",
    ),
    # traps: another day of the congratulation may be another occasion
    (
        "Shehbaz Sharif congratulated Lam on his re-election on March 19, 2026.",
        NEI,
        "another occasion",
    ),
    (
        "Thủ tướng Shehbaz Sharif chúc mừng Tổng Bí thư Tô Lâm nhân dịp ông tái cử hôm 19/3/2026.",
        NEI,
        "another occasion",
    ),
    (
        "Tong thong Tokayev chuc mung Tong Bi thu To Lam ve viec tai cu ngay 19/3/2026",
        NEI,
        "another occasion",
    ),
    # traps: a congratulation the sources date only "before" a day, and one no claim gives
    ("Trump congratulated Lam on his re-election in December 2025.", NEI, "neither implies"),
    ("Hagerty congratulated To Lam on his re-election on February 18.", NEI, "Hagerty"),
    ("Ong Hagerty chuc mung TBT To Lam nhan dip tai cu hom 18/2", NEI, "Hagerty"),
    # with no word opening what it was for, the date right after the verb may be its own, and
    # the re-election on that day is refuted as before
    (
        "Tổng thống Aliyev chúc mừng Tổng Bí thư Tô Lâm tái cử hôm 20/3/2026.",
        CONTRADICTED,
        "to-lam-reelected-general-secretary",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_aimed_dates(checker: Checker, statement: str, verdict: str, why: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert why in result.explanation

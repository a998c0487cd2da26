"""Issue 10, dates: a day with no year that "before", "by", "after" or "since" bounds an act
("before Feb 20", "trước ngày 20/2", "sau ngay 18/2": parse's `bounded`) is not the act's day,
and its year is not said: it neither bears out nor refutes the act (assess.time_of, rule
no-year). Read as the act's own day it had refuted "met Orbán before Feb 20" by the meeting of
19 February 2026, and borne out "met Orbán before Feb 19". A bound with its year is read as
ever."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "Lam sat down with Orbán before Feb. 20, aides said.",
        "Vietnam's leader had met the foreign leaders by Feb 20.",
        "Lam met Hungary's Orbán before Feb 19.",
        "To Lam met Orbán after Feb 20.",
        "Tổng Bí thư gặp Thủ tướng Orbán trước ngày 20/2.",
        "Tổng Bí thư gặp Thủ tướng Orbán sau ngày 19/2.",
        "TBT gap ong Orban sau ngay 18/2",
        "Tong Bi thu gap cac lanh dao nuoc ngoai truoc ngay 19/2",
        # since a day with no year: the act may be of any year after it
        "Since Feb. 18 Lam has sat down with Hungary's prime minister.",
        "Kể từ ngày 18/2, Tổng Bí thư đã gặp Thủ tướng Hungary.",
        "Tu ngay 20/2 To Lam da dien dam voi ong Daines",
    ],
)
def test_a_yearless_bound_decides_nothing(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Lam met Orbán before February 20, 2026.",
        "Tổng Bí thư gặp Thủ tướng Orbán trước ngày 20/2/2026.",
        # a count from the day is read from it as before
        "To Lam flew to the United States two days after Feb. 16.",
    ],
)
def test_a_bound_with_its_year_or_a_count_still_decides(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED

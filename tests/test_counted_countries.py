"""A number before a noun of countries ("leaders of twelve countries", "lãnh đạo 12 nước",
"a 12-nation tour") counts the distinct countries where the other parties hold office: the
noun is lexicon data (`counted_countries` in factdb/lexicon/<lang>/statements.yaml), and the
count is weighed as "twelve leaders" is (accounting.counts), never passed as a filler. "The two
countries" (the two sides of an exchange) is read as before."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_a_number_before_a_noun_of_countries_counts_them(checker: Checker) -> None:
    [(quantity, noun)] = checker.parse("Lam met leaders of twelve countries on Feb 19").counts
    assert (quantity.value, noun.kind) == (12, "counted_country")
    [(quantity, noun)] = checker.parse("Tô Lâm gặp lãnh đạo 12 nước ngày 19/2").counts
    assert (quantity.value, noun.kind) == (12, "counted_country")
    [(quantity, noun)] = checker.parse("To Lam gap lanh dao 12 quoc gia ngay 19/2").counts
    assert (quantity.value, noun.kind) == (12, "counted_country")


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # nine leaders from nine countries met on the morning of Feb 19
        ("Lam sat down with the heads of twelve nations in Washington on Feb 19.", NEI),
        ("Ngày 19/2, Tổng Bí thư tiếp lãnh đạo của 12 quốc gia tại Washington", NEI),
        # nine countries in the whole list of that morning (tests/test_listed_counts.py); of
        # the whole day it is open: the list is whole for the morning only
        ("Sang 19/2 Tong Bi thu gap lanh dao 12 nuoc tai Washington", CONTRADICTED),
        ("Ngay 19/2 Tong Bi thu gap lanh dao 12 nuoc tai Washington", NEI),
        ("On Feb 19 Lam met leaders from nine countries in Washington", SUPPORTED),
        ("Sáng 19/2, Tổng Bí thư gặp lãnh đạo 9 nước tại Washington", SUPPORTED),
        ("Sang 19/2 Tong Bi thu gap lanh dao 9 quoc gia tai Washington", SUPPORTED),
        # fewer than the claims name that one morning
        ("On the morning of Feb 19, Lam met leaders of just three countries.", CONTRADICTED),
        # the countries visited are counted too: Cambodia and the United States that month
        ("Lam visited two countries in February 2026", SUPPORTED),
        ("Lam toured three nations in February 2026", NEI),
        ("Tháng 2/2026 Tổng Bí thư thăm 3 quốc gia", NEI),
        ("Thang 2/2026 Tong Bi thu tham 3 quoc gia", NEI),
        # the two sides of an exchange are no count of countries (persons._sides_of_named)
        ("Ông Hegseth thăm Việt Nam khi hai nước kỷ niệm 30 năm quan hệ", SUPPORTED),
        ("Ong Hegseth tham Viet Nam khi hai nuoc ky niem 30 nam quan he", SUPPORTED),
        ("Hegseth visited Vietnam as the two nations marked 30 years of ties", SUPPORTED),
    ],
)
def test_a_count_of_countries_is_weighed(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

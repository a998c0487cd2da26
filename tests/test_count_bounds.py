"""Issue 10, class 6: a count of the parties given as a bound ("at least nine leaders", "không
dưới 9 lãnh đạo", "at most five") is the count rules' to decide, as a bare count is
(accounting.counts, Judge._done_by_people): borne out where the claims of the one occasion name
a number inside it, contradicted where they name more than its top, and never left over as a
figure no claim gives."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # To Lam met nine foreign leaders on the morning of 19 February 2026 (000)
        ("Lam met at least nine foreign leaders on February 19.", SUPPORTED),
        ("No fewer than nine leaders met Lam on the morning of February 19.", SUPPORTED),
        ("Tô Lâm gặp ít nhất 9 lãnh đạo nước ngoài sáng 19/2", SUPPORTED),
        ("Không dưới 9 lãnh đạo nước ngoài gặp Tổng Bí thư Tô Lâm sáng 19/2", SUPPORTED),
        ("TBT To Lam gap it nhat 9 lanh dao nuoc ngoai sang 19/2", SUPPORTED),
        # a top below the nine the claims name
        ("Lam met at most five foreign leaders on February 19.", CONTRADICTED),
        ("Tô Lâm gặp không quá 5 lãnh đạo nước ngoài ngày 19/2", CONTRADICTED),
        ("TBT To Lam gap khong qua 5 lanh dao nuoc ngoai ngay 19/2", CONTRADICTED),
        # an open top at the number named: "fewer than nine" is not nine
        ("Lam met fewer than nine foreign leaders on February 19.", CONTRADICTED),
        ("Tô Lâm gặp ít hơn 9 lãnh đạo nước ngoài ngày 19/2", CONTRADICTED),
        ("To Lam gap it hon 9 lanh dao nuoc ngoai ngay 19/2", CONTRADICTED),
        # a floor above the whole list a source gives of that morning is refuted
        # (tests/test_listed_counts.py); a count of another day, which no claim gives, is open,
        # and so is one of the whole day: the list is whole for the morning only
        ("Lam met more than nine foreign leaders on the morning of February 19.", CONTRADICTED),
        ("Lam met more than nine foreign leaders on February 19.", NEI),
        ("Tô Lâm gặp ít nhất 12 lãnh đạo nước ngoài sáng 19/2", CONTRADICTED),
        ("TBT To Lam gap hon 9 lanh dao nuoc ngoai sang 19/2", CONTRADICTED),
        ("Lam met at least nine foreign leaders on February 20.", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

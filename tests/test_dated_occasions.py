"""Issue 10, class 6 (session 21): a date said of an occasion named by its noun. "Lam's Cambodia
trip came in late January", "Cuộc điện đàm với ông Daines diễn ra ngày 16/2": the act is the
subject of a verb that only links it to its date (`relative_links`, lexicon/<lang>/dates.yaml),
so the statement asserts when that occasion was, not that some act of its kind happened then.
Where the claims know one occasion of that act between those parties, it is the one the
statement dates, and another date refutes it (windows.dated_occasion).

Traps: the act said with its verb ("Lam visited Cambodia in late January") says one happened
then, which another visit may make true: open, as the property of tests/test_other_occasions.py
asks; an act of which the claims know several (Trump's calls and letters to Lam since November
2024) may be another of them; the right date is still borne out."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the occasion's noun, then a linking verb and its date
        ("To Lam's trip to Cambodia came in late January 2026.", CONTRADICTED),
        ("Lam's Cambodia visit took place in March 2026, wire reports said.", CONTRADICTED),
        ("Lam's phone call with Sen. Daines happened on Feb. 15.", CONTRADICTED),
        ("Chuyến thăm Campuchia của Tổng Bí thư Tô Lâm diễn ra vào cuối tháng 2/2026.", CONTRADICTED),
        ("Cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Thượng nghị sĩ Hagerty diễn ra ngày 14/2.", CONTRADICTED),
        ("Chuyen tham Campuchia cua TBT To Lam dien ra hoi thang 12/2025", CONTRADICTED),
        ("Cuoc dien dam cua TBT To Lam voi TNS Daines dien ra ngay 21/2", CONTRADICTED),
        # the right date still bears it out
        ("Lam's phone call with Sen. Daines took place on Feb. 18.", SUPPORTED),
        # traps: the verb says an act happened then, which another may make true
        ("To Lam visited Cambodia in late January 2026.", NEI),
        ("Tổng Bí thư Tô Lâm thăm Campuchia vào cuối tháng 2/2026.", NEI),
        ("TBT To Lam dien dam voi TNS Daines ngay 15/2", NEI),
        # traps: the claims know several of that act (calls with Trump since November 2024)
        ("Lam's phone call with Trump took place in March 2025.", NEI),
        ("Cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Trump diễn ra tháng 3/2025.", NEI),
    ],
)
def test_dated_occasion_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

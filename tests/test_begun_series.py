"""A repeatable act said to have begun at a date ("calls between Lam and Trump began in 2025",
"các cuộc điện đàm ... có từ năm 2025") speaks of the first of its occasions, which no claim's
occasion shows: one in that time need not be the first (the sources give the calls and letters
"từ tháng 11/2024", from November 2024 on), so it bears nothing out, as a state said to begin
at a date is borne out by nothing (rules.compare_time, `began-unknown`). One the claims date
before that time is reported (`began-before`) but refutes nothing: the statement may speak of
another series of that act (a visit, a round of talks that began later). A stay's claim gives
its own first day (a trip of 18-20 February), which another first day refutes. Without the cue
the date is an occasion's and is borne out as ever."""

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
        # English: began in the year, or the month, of one call: not the first
        ("Phone calls between To Lam and Trump began in 2025.", NEI),
        ("Phone calls between To Lam and Trump began in July 2025.", NEI),
        # Vietnamese, and without marks
        ("Tô Lâm và Trump điện đàm bắt đầu từ năm 2025.", NEI),
        ("Các cuộc điện đàm giữa Tô Lâm và Trump có từ năm 2025.", NEI),
        ("Cac cuoc dien dam giua To Lam va Trump co tu nam 2025.", NEI),
        # a call the claims date before the year said: another series may have begun then
        ("Phone calls between To Lam and Trump began in 2026.", NEI),
        ("Các cuộc điện đàm giữa Tô Lâm và Trump có từ năm 2026.", NEI),
        # a stay's claim gives its first day, which another one refutes on its occasion
        ("To Lam's working trip to the United States dates from February 17, 2026.", CONTRADICTED),
        ("Chuyến công tác Mỹ của Tổng Bí thư Tô Lâm bắt đầu từ ngày 17/2.", CONTRADICTED),
        ("Chuyen cong tac toi My cua TBT To Lam bat dau tu ngay 17/2/2026.", CONTRADICTED),
        # without the cue the date is the call's, and the July 2025 call bears it out
        ("To Lam held a phone call with Trump in July 2025.", SUPPORTED),
        ("Tô Lâm điện đàm với Trump vào tháng 7/2025.", SUPPORTED),
        ("To Lam dien dam voi Trump thang 7/2025.", SUPPORTED),
    ],
)
def test_a_series_said_to_begin(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_says_the_claims_do_not_give_the_first(checker: Checker) -> None:
    judgement = checker.check("Phone calls between To Lam and Trump began in July 2025.")
    assert "which does not say when it began" in judgement.explanation

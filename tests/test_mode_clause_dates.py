"""Coordinated clauses that each carry their own date (session 22, review M4): the mode said
of one clause's verb ("met him in person on Feb 19") is dated by that clause's date alone, and
belongs to the verb nearest before it, not to an earlier clause's ("spoke with Daines on Feb
18"). An in-person meeting on a day no claim covers is open; one on the day of a call the
claims give, with no other act that may have been held another way, stays refuted
(factdb.check.modes, scope.verb_dates).

Written before the fix, in our own wire, headline and social wording."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's
        "To Lam spoke with Daines on Feb 18 and met him in person on Feb 19.",
        "To Lam spoke with Leahy on Feb 19 and met him in person on Feb 20.",
        # English: wire copy, headline
        "Lam talked with Sen. Hagerty on Feb. 18 and met him in person on Feb. 20.",
        "Party chief Lam spoke with Daines on Feb 18, then met him face to face on February 20",
        # Vietnamese
        "Tổng Bí thư Tô Lâm trao đổi với TNS Daines ngày 18/2 và gặp trực tiếp ông ngày 20/2.",
        "Tổng Bí thư Tô Lâm nói chuyện với ông Leahy hôm 19/2 rồi gặp mặt trực tiếp ông hôm 20/2",
        # without diacritics
        "TBT To Lam noi chuyen voi ong Leahy ngay 19/2 va gap truc tiep ong ngay 20/2",
        "To Lam trao doi voi TNS Hagerty ngay 18/2 va gap truc tiep ong ngay 19/2",
    ],
)
def test_each_clause_keeps_its_own_date(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the in-person clause dated the call's day, after an act of another kind
        "Lam landed in Washington on Feb 17 and met Hagerty in person on Feb 18.",
        "Lam arrived in Washington on Feb. 17 and met Sen. Daines face to face on Feb. 18",
        "Tô Lâm tới Washington ngày 17/2 và gặp trực tiếp TNS Hagerty ngày 18/2.",
        "To Lam den Washington ngay 17/2 va gap truc tiep TNS Daines ngay 18/2",
        # one clause, as before
        "To Lam met Daines in person on Feb 18.",
        "Tổng Bí thư Tô Lâm gặp trực tiếp Thượng nghị sĩ Daines ngày 18/2.",
        "To Lam gap truc tiep Thuong nghi si Daines ngay 18/2.",
    ],
)
def test_the_clause_on_the_calls_day_is_still_refuted(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "phone call" in judgement.explanation

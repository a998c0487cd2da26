"""Issue 10, dates: the holders of an office named as a group the sources report ("the
senators", "all the US senators", "các thượng nghị sĩ Mỹ"; or a plural title in an act named as
a definite occasion and dated by a linking verb: "the calls with the two senators took place
on ...", "Các cuộc điện đàm với hai thượng nghị sĩ Mỹ diễn ra ...") are the other parties the
claims give that act on its occasion who hold the office then (assess.title_group). So, as with
"the foreign leaders" (assess.group_unnamed), another day of the occasion's own days refutes the
act as it would with each of them named, and their day bears it out.

Tô Lâm phoned Senators Daines and Hagerty on 18 February 2026 (Washington time; the morning of
the 19th in Hanoi) during his 18-20 February trip, and former Senator Leahy on the 19th. Traps:
some such people ("two US senators", "hai thượng nghị sĩ Mỹ", "senators") may be others; a
singular title ("the senator") may be one the sources do not report; a day outside the trip,
or another year, may be another call; an office no party of the claims holds names no one."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED, Judgement

CALLS = {"to-lam-phone-call-daines-2026-02-18", "to-lam-phone-call-hagerty-2026-02-18"}


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def cited(judgement: Judgement) -> set[str]:
    return {c.id for p in judgement.parts for c in p.decisive}


@pytest.mark.parametrize(
    "statement",
    [
        # wire copy, a correction, a headline
        "Lam phoned the senators on Feb. 20, officials said.",
        "Correction: the calls with the two U.S. senators took place on February 20.",
        "All of Lam's calls with the senators came on Feb. 20, 2026",
        "Tổng Bí thư điện đàm với các thượng nghị sĩ Mỹ hôm 20/2.",
        "Các cuộc điện đàm với hai thượng nghị sĩ Hoa Kỳ diễn ra hôm 20/2/2026.",
        "TBT dien dam voi cac thuong nghi si My ngay 20/2",
        "Cac cuoc dien dam voi hai TNS My dien ra ngay 20/2",
    ],
)
def test_the_office_holders_dated_otherwise_on_the_trip(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert cited(judgement) & CALLS, judgement.explanation
    assert "20" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "The calls with the two senators took place on Feb. 18, Washington time.",
        "Các cuộc điện đàm với hai thượng nghị sĩ Mỹ diễn ra ngày 18/2.",
        "Cac cuoc dien dam voi hai thuong nghi si My dien ra ngay 18/2",
    ],
)
def test_the_office_holders_on_their_day(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert cited(judgement) & CALLS


@pytest.mark.parametrize(
    "statement",
    [
        # some such people, not the group the sources report
        "Lam phoned two US senators on Feb. 20.",
        "Lam phoned senators on Feb 20.",
        "Tổng Bí thư điện đàm với hai thượng nghị sĩ Mỹ ngày 20/2.",
        "TBT dien dam voi mot so thuong nghi si My ngay 20/2",
        # one holder, not said which
        "Lam phoned the senator on Feb. 20.",
        # outside the trip, or another year: another call
        "Lam phoned the senators on Feb. 17.",
        "Tổng Bí thư điện đàm với các thượng nghị sĩ Mỹ hồi tháng 3/2025.",
        "Cac cuoc dien dam voi cac thuong nghi si My dien ra nam 2024",
        # an office none of the claims' parties holds
        "Tổng Bí thư điện đàm với các thống đốc bang Mỹ ngày 20/2.",
    ],
)
def test_some_holders_or_another_occasion_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

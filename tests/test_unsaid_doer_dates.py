"""Issue 10, class 6 (session 21): the date or part of the day of an act whose doer goes unsaid
("the call with Leahy", "cuộc điện đàm với ông Leahy"), on the claim's occasion (its event
named, or a date within the event's days). A supported reading already takes the claims' doer
for the unsaid one; on that occasion another day or another part of the day in the source's
own zone refutes the act as it bears it out (assess.doer_unsaid).

Traps: another year is another occasion; another doer named is another act; the right part of
the day is borne out."""

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
        (
            "The phone call with ex-senator Leahy happened on the morning of Feb. 19, local time.",
            CONTRADICTED,
        ),
        (
            "Cuộc điện đàm với cựu thượng nghị sĩ Leahy diễn ra vào sáng 19/2 theo giờ địa phương.",
            CONTRADICTED,
        ),
        ("Cuoc dien dam voi ong Leahy dien ra sang 19/2 theo gio dia phuong", CONTRADICTED),
        ("The call with Leahy came on Feb. 18, Washington time.", CONTRADICTED),
        # the right part of the day, and the doer said
        ("Cuoc dien dam voi ong Leahy dien ra chieu 19/2 theo gio dia phuong", SUPPORTED),
        ("Lam's call with Leahy came on the afternoon of Feb. 19, local time.", SUPPORTED),
        # traps: another year is another occasion; another doer is another act
        ("The call with Leahy took place in 2024.", NEI),
        ("Cuộc điện đàm với ông Leahy diễn ra năm 2023.", NEI),
        ("Trump's call with Leahy took place on the morning of Feb. 19, local time.", NEI),
    ],
)
def test_unsaid_doer_date_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_once_only_act_needs_its_doer(checker: Checker) -> None:
    """An upgrade to a level is done once for its doer, who picks out the occasion: with the
    doer unsaid, another date may be another country's upgrade."""
    for statement in (
        "The upgrade of ties with the US to a comprehensive strategic partnership came in 2013.",
        "Viec nang cap quan he voi My len Doi tac chien luoc toan dien dien ra nam 2013",
    ):
        judgement = checker.check(statement)
        assert judgement.verdict == NEI, (statement, judgement.explanation)

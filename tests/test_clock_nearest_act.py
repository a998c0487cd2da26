"""Session 34, issue 10: a time told again on another clock after a second act with no day of
its own ("Lam met Orbán on Feb. 19 and phoned Leahy, which fell on Feb. 20 in Vietnam"). The
restated clock was the first day's (after a comma cue: "Lam met Orbán on Feb. 20, Vietnam
time"), or read as a place of the whole statement after a linking verb ("in Vietnam", where
the meeting was not: contradicted). It belongs to the nearest act now (clocks._nearest_act):
one reading without the restatement, one with the restated time given to that act; a day
counted from the first ("the next day") is the first act's count and ties it to no day of the
nearest act's, so that reading leaves it out, open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.clocks import clock_readings
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

ORBAN = "to-lam-met-orban-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "text, readings",
    [
        (
            "Lam sat down with Orbán on Feb. 19, then rang Leahy, which was Feb. 20 in Hanoi.",
            [
                "Lam sat down with Orbán on Feb. 19, then rang Leahy.",
                "Lam sat down with Orbán on Feb. 19, then rang Leahy Feb. 20, Hanoi time.",
            ],
        ),
        (
            "Tổng Bí thư hội kiến ông Orbán ngày 19/2 rồi điện đàm với ông Leahy, tức ngày 20/2"
            " theo giờ Hà Nội.",
            [
                "Tổng Bí thư hội kiến ông Orbán ngày 19/2 rồi điện đàm với ông Leahy.",
                "Tổng Bí thư hội kiến ông Orbán ngày 19/2 rồi điện đàm với ông Leahy ngày 20/2"
                " theo giờ Hà Nội.",
            ],
        ),
        # a day counted from the first is no day of the nearest act's: left out
        (
            "Lam sat down with Orbán on Feb. 19, then rang Leahy, which fell on the next day in"
            " Hanoi.",
            ["Lam sat down with Orbán on Feb. 19, then rang Leahy."],
        ),
    ],
)
def test_the_nearest_act_takes_the_restated_clock(
    checker: Checker, text: str, readings: list[str]
) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == readings


VERDICTS = [
    # the call's day on Hanoi's clock, the meeting's in Washington: each borne out
    (
        "Lam met Orbán on Feb. 19 and then called Leahy, which fell on Feb. 20 in Hanoi",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư gặp ông Orbán ngày 19/2 rồi điện đàm với ông Leahy, rơi vào ngày 20/2 theo giờ"
        " Hà Nội",
        SUPPORTED,
    ),
    (
        "Tong Bi thu gap ong Orban ngay 19/2 roi dien dam voi ong Leahy, roi vao ngay 20/2 theo gio"
        " Ha Noi",
        SUPPORTED,
    ),
    ("Lam sat down with Orbán on Feb. 19, then rang Leahy, which was Feb. 20 in Hanoi.", SUPPORTED),
    # a day the call's source cannot be put on: open, never refuted by the meeting's place
    (
        "Lam met Orbán on Feb. 19 and then called Leahy, which fell on Feb. 25 in Hanoi",
        NEI,
    ),
    # traps: the first act's own day is still weighed
    (
        "Lam met Orbán on Feb. 18 and then called Leahy, which fell on Feb. 20 in Hanoi",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "expected"), VERDICTS)
def test_a_clock_retold_after_a_second_act(checker: Checker, statement: str, expected: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == expected, judgement.explanation
    if expected == SUPPORTED:
        assert ORBAN in {c.id for c in judgement.evidence}, judgement.explanation
    else:
        assert "one occasion, one place" not in judgement.explanation, judgement.explanation

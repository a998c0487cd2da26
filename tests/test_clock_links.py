"""Session 33, one moment told again on another clock after a verb that links the two, with no
comma cue ("the call, made on the afternoon of Feb. 19 in Washington, fell in the early hours of
the next day in Hanoi", "các cuộc hội kiến sáng 19/2 tại Washington rơi vào tối cùng ngày theo
giờ Hà Nội"): `clock_links` in lexicon/<lang>/dates.yaml. Read whole, the second time was a
detail no claim's source says, or a place where it happened; now the statement is read once with
each clock (clocks._linked), as after "which was" or "tức", keeping the words between the first
day and the verb (who did it) but for that day's own clock. Each clock is then weighed by the
rules for one: a part of the day that falls elsewhere on the restated clock refutes it, and an
act whose source gives no part of the day stays open. A year said after the verb tells no day,
and a second act before the verb takes the time it restates (session 34: it is read as that
act's). English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.clocks import clock_readings
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

LEAHY_CALL = "to-lam-phone-call-leahy-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "text, readings",
    [
        (
            "The call Lam made to Leahy on the afternoon of Feb. 19 in Washington fell in the early"
            " hours of the next day in Hanoi.",
            [
                "The call Lam made to Leahy on the afternoon of Feb. 19 in Washington.",
                "The call Lam made to Leahy on the early hours of 20/2, Hanoi time.",
            ],
        ),
        (
            "Các cuộc hội kiến của Tổng Bí thư sáng 19/2 (giờ Mỹ) rơi vào tối cùng ngày theo giờ"
            " Hà Nội.",
            [
                "Các cuộc hội kiến của Tổng Bí thư sáng 19/2 (giờ Mỹ).",
                "Các cuộc hội kiến của Tổng Bí thư tối 19/2 theo giờ Hà Nội.",
            ],
        ),
        # the words between the day and the verb stay, but for the day's own clock
        (
            "Cac cuoc hoi kien sang 19/2 (gio My) cua Tong Bi thu roi vao toi cung ngay theo gio"
            " Ha Noi.",
            [
                "Cac cuoc hoi kien sang 19/2 (gio My) cua Tong Bi thu.",
                "Cac cuoc hoi kien toi 19/2 theo gio Ha Noi cua Tong Bi thu.",
            ],
        ),
        # a year tells no day on a clock; another act before the verb takes the time it restates
        (
            "Lam phoned Leahy on the afternoon of Feb. 19 in Washington, which fell in 2026 in"
            " Hanoi.",
            [],
        ),
        # (session 34: the nearest act takes it, tests/test_clock_nearest_act.py)
        (
            "Lam met Orbán on Feb. 19 and phoned Leahy, which fell on Feb. 20 in Vietnam.",
            [
                "Lam met Orbán on Feb. 19 and phoned Leahy.",
                "Lam met Orbán on Feb. 19 and phoned Leahy Feb. 20, Vietnam time.",
            ],
        ),
    ],
)
def test_the_linked_readings(checker: Checker, text: str, readings: list[str]) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == readings


VERDICTS = [
    # each clock borne out: the afternoon in Washington is the small hours of the 20th in Hanoi
    (
        "The call Lam made to Leahy on the afternoon of Feb. 19 in Washington fell in the early"
        " hours of the next day in Hanoi.",
        SUPPORTED,
    ),
    (
        "Lam phoned Leahy on the afternoon of Feb. 19, Washington time, which fell in the early"
        " hours of Feb. 20 in Hanoi.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư điện đàm với cựu Thượng nghị sĩ Leahy chiều 19/2 giờ Washington, rơi vào rạng"
        " sáng hôm sau theo giờ Hà Nội.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu dien dam voi cuu Thuong nghi si Leahy chieu 19/2 gio Washington, roi vao rang"
        " sang hom sau theo gio Ha Noi.",
        SUPPORTED,
    ),
    (
        "Các cuộc hội kiến của Tổng Bí thư Tô Lâm sáng 19/2 tại Washington rơi vào tối cùng ngày"
        " theo giờ Hà Nội.",
        SUPPORTED,
    ),
    (
        "Cac cuoc hoi kien cua Tong Bi thu To Lam sang 19/2 tai Washington roi vao toi cung ngay"
        " theo gio Ha Noi.",
        SUPPORTED,
    ),
    # the restated clock puts the call in another part of the day: refuted
    (
        "Lam phoned Leahy on the afternoon of Feb. 19 in Washington, which fell on the afternoon"
        " of Feb. 19 in Hanoi.",
        CONTRADICTED,
    ),
    (
        "Tổng Bí thư điện đàm với ông Leahy chiều 19/2 giờ Washington, rơi vào chiều 19/2 theo giờ"
        " Hà Nội.",
        CONTRADICTED,
    ),
    (
        "Tong Bi thu dien dam voi ong Leahy chieu 19/2 gio Washington roi vao chieu 19/2 theo gio"
        " Ha Noi.",
        CONTRADICTED,
    ),
    # traps: a call whose source gives no part of the day, a year after the verb, a clock on
    # which the two parts may share an hour
    (
        "Lam phoned Hagerty on Feb. 18 in Washington, which fell on the morning of Feb. 19 in"
        " Hanoi.",
        NEI,
    ),
    (
        "Tổng Bí thư điện đàm với ông Hagerty ngày 18/2 giờ Washington, rơi vào sáng 19/2 giờ"
        " Hà Nội.",
        NEI,
    ),
    (
        "Tong Bi thu dien dam voi ong Hagerty ngay 18/2 gio Washington roi vao sang 19/2 gio"
        " Ha Noi.",
        NEI,
    ),
    (
        "Lam phoned Leahy on the afternoon of Feb. 19 in Washington, which fell in 2026 in Hanoi.",
        NEI,
    ),
    ("Tổng Bí thư gặp ông Orbán sáng 19/2 tại Washington rơi vào tối 19/2 tại Budapest.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_moment_linked_to_another_clock(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Lam phoned Leahy on the afternoon of Feb. 19, Washington time, which fell in the early"
        " hours of Feb. 20 in Hanoi.",
        "Tong Bi thu dien dam voi ong Leahy chieu 19/2 gio Washington roi vao chieu 19/2 theo gio"
        " Ha Noi.",
    ],
)
def test_each_clock_cites_the_call(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert LEAHY_CALL in {c.id for c in judgement.evidence}
    assert judgement.explanation.count(f"claim {LEAHY_CALL}") >= 1
    assert "in '" in judgement.explanation  # the reading each reason is of

"""Issue 10, class 6: one moment told on two clocks ("chiều 19/2 giờ Washington, tức rạng sáng
20/2 giờ Hà Nội", "on February 18 in the US, which was already February 19 in Hanoi"). The words
after a restatement cue (`restatements` in factdb/lexicon/<lang>/dates.yaml) or in brackets give
the same moment again on another place's clock: the statement is read once with each clock
(factdb.check.clocks) and judged as clauses are, supported only if both readings are and
contradicted if one is. A place after the cue is the clock's, not where it happened."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.clocks import clock_readings
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "text, readings",
    [
        (
            "Cuộc điện đàm với ông Leahy diễn ra chiều 19/2 giờ Washington, tức rạng sáng 20/2"
            " giờ Hà Nội.",
            [
                "Cuộc điện đàm với ông Leahy diễn ra chiều 19/2 giờ Washington.",
                "Cuộc điện đàm với ông Leahy diễn ra rạng sáng 20/2 giờ Hà Nội.",
            ],
        ),
        (
            "Lam phoned Leahy on the afternoon of February 19 in Washington, which was already"
            " February 20 in Hanoi.",
            [
                "Lam phoned Leahy on the afternoon of February 19 in Washington.",
                "Lam phoned Leahy on the February 20, Hanoi time.",
            ],
        ),
        (
            "TBT To Lam dien dam voi TNS Daines ngay 18/2 (sang 19/2 o Ha Noi)",
            [
                "TBT To Lam dien dam voi TNS Daines ngay 18/2",
                "TBT To Lam dien dam voi TNS Daines sang 19/2, gio Ha Noi",
            ],
        ),
    ],
)
def test_the_readings(checker: Checker, text: str, readings: list[str]) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == readings


@pytest.mark.parametrize(
    "text, readings",
    [
        (
            "It was already Feb. 20 in Hanoi when Lam phoned Leahy on Feb. 19.",
            ["Lam phoned Leahy on Feb. 19.", "Lam phoned Leahy on Feb. 20, Hanoi time."],
        ),
        (
            "Ở Hà Nội đã là rạng sáng 20/2 khi Tổng Bí thư điện đàm với ông Leahy vào chiều 19/2"
            " tại Washington.",
            [
                "Tổng Bí thư điện đàm với ông Leahy vào chiều 19/2 tại Washington.",
                "Tổng Bí thư điện đàm với ông Leahy vào rạng sáng 20/2, giờ Hà Nội.",
            ],
        ),
    ],
)
def test_the_readings_of_a_clock_told_first(
    checker: Checker, text: str, readings: list[str]
) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == readings


@pytest.mark.parametrize(
    "text",
    [
        # no date before "when", or an act there: no clock told first
        "Lam thanked Leahy when they spoke on Feb. 19.",
        "Lam met Orban on Feb. 19 when he was in Washington on Feb. 19.",
        "Tổng Bí thư gặp ông Orbán ngày 19/2 khi ở Washington ngày 19/2.",
    ],
)
def test_no_clock_told_first(checker: Checker, text: str) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == []


@pytest.mark.parametrize(
    "text",
    [
        # no date after the cue, no clock after it, or no date before it: no restatement
        "Lam met Orbán on February 19, which was a Thursday.",
        "Lam phoned Leahy on February 19, already his third call that week.",
        "Tô Lâm gặp ông Orbán, tức Thủ tướng Hungary, ngày 19/2 giờ Washington.",
        "Tô Lâm điện đàm với ông Leahy, tức 20/2 giờ Hà Nội.",
        # a comma without a cue after a date said on no clock: a list, not a restatement
        "Lam met Orbán on February 19, February 20 in Hanoi.",
        "To Lam gap Orban ngay 19/2, ngay 20/2 o Ha Noi.",
    ],
)
def test_no_restatement(checker: Checker, text: str) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == []


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # the call with Leahy: the afternoon of 19 February in Washington (000), the early
        # hours of the 20th in Hanoi
        (
            "Cuộc điện đàm với ông Leahy diễn ra chiều 19/2 giờ Washington, tức rạng sáng 20/2"
            " giờ Hà Nội.",
            SUPPORTED,
        ),
        (
            "Cuoc dien dam voi ong Leahy dien ra chieu 19/2 gio Washington, tuc rang sang 20/2"
            " gio Ha Noi.",
            SUPPORTED,
        ),
        (
            "Lam phoned Leahy on the afternoon of February 19 in Washington, which was already"
            " February 20 in Hanoi.",
            SUPPORTED,
        ),
        ("Lam phoned Leahy on February 19 (early February 20, Hanoi time).", SUPPORTED),
        # the other clock told first, in a clause of its own ended by "when", "khi"
        (
            "Back home in Hanoi it was already the small hours of Feb. 20 when Lam spoke by phone"
            " with Leahy on the afternoon of Feb. 19 in Washington.",
            SUPPORTED,
        ),
        (
            "Ở Hà Nội khi ấy đã là rạng sáng 20/2 khi Tổng Bí thư điện đàm với cựu Thượng nghị"
            " sĩ Leahy chiều 19/2 tại Washington.",
            SUPPORTED,
        ),
        (
            "O Ha Noi da la rang sang 20/2 khi TBT To Lam dien dam voi ong Leahy chieu 19/2 tai"
            " Washington",
            SUPPORTED,
        ),
        (
            "In Hanoi it was already Feb. 19 when Lam phoned Leahy on the afternoon of Feb. 18 in"
            " Washington.",
            CONTRADICTED,
        ),
        # a wrong day on the first clock
        (
            "Tô Lâm điện đàm với ông Leahy chiều 18/2 giờ Washington, tức rạng sáng 19/2 giờ"
            " Hà Nội.",
            CONTRADICTED,
        ),
        (
            "Lam phoned Leahy on the afternoon of February 18 in Washington, which was already"
            " February 19 in Hanoi.",
            CONTRADICTED,
        ),
        (
            "TBT To Lam dien dam voi ong Leahy chieu 18/2 gio Washington, tuc rang sang 19/2 gio"
            " Ha Noi.",
            CONTRADICTED,
        ),
        # the meeting with Orbán, on the morning of 19 February in Washington: the place after
        # the cue is a clock, not where they met
        (
            "Lam met Orbán on the morning of February 19 in Washington, which was the evening of"
            " February 19 in Hanoi.",
            SUPPORTED,
        ),
        ("Tô Lâm gặp ông Orbán sáng 19/2 giờ Washington, tức tối 19/2 giờ Hà Nội.", SUPPORTED),
        (
            "Tong Bi thu To Lam hoi kien Thu tuong Hungary Orban sang 19/2 gio Washington, tuc toi"
            " 19/2 o Ha Noi.",
            SUPPORTED,
        ),
        # after a date said on a clock ("local time", "giờ địa phương"), a comma alone opens the
        # same moment on another clock: "in Hanoi" there is a clock, not where they met
        (
            "To Lam met Orban on the morning of 19 February local time, the evening of 19"
            " February in Hanoi.",
            SUPPORTED,
        ),
        ("Tô Lâm hội kiến ông Orbán sáng 19/2 giờ địa phương, tối 19/2 giờ Hà Nội.", SUPPORTED),
        # the same day counted on the other clock is 19 February there
        # (tests/test_relative_clocks.py)
        ("To Lam gap Orban sang 19/2 gio dia phuong, toi cung ngay o Ha Noi", SUPPORTED),
        ("Lam sat down with Orban Feb. 18 local time, Feb. 18 evening in Hanoi", CONTRADICTED),
        ("Tô Lâm gặp Orbán sáng 18/2 giờ địa phương, tối 18/2 ở Hà Nội", CONTRADICTED),
        # a comma before a time with a zone ("Hanoi time", "giờ Hà Nội") opens the same moment
        # on that zone's clock: the zone is not the first time's
        (
            "To Lam met Orban on the morning of 19 February, the evening of 19 February Hanoi time",
            SUPPORTED,
        ),
        ("Tô Lâm gặp Orbán sáng 19/2, tối 19/2 giờ Hà Nội", SUPPORTED),
        (
            "Tong Bi thu To Lam gap Thu tuong Hungary Orban sang 19/2, toi 19/2 gio Ha Noi",
            SUPPORTED,
        ),
        # a bare place after the comma, with no time said again, may be where they met
        ("Lam met Orban on 19 February local time, in Hanoi", CONTRADICTED),
        # a second clock that cannot be the call's moment: refuted as the first would be
        ("Tô Lâm điện đàm với TNS Daines ngày 18/2 (tối 20/2 giờ Hà Nội)", CONTRADICTED),
        ("Lam phoned Daines on Feb. 18 (the evening of Feb. 20, Hanoi time)", CONTRADICTED),
        # traps: a consistent pair of clocks on another day may be another call
        (
            "Tô Lâm điện đàm với ông Leahy chiều 21/2 giờ Washington, tức rạng sáng 22/2 giờ"
            " Hà Nội.",
            NEI,
        ),
        (
            "Lam phoned Leahy on February 21 in Washington, which was already February 22 in"
            " Hanoi.",
            NEI,
        ),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

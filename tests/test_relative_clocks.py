"""Session 31, dates given relative to something: a day said again on another place's clock as a
count from the date before it ("on the morning of Feb. 19 in Washington, which was the evening of
the same day in Hanoi", "tức rạng sáng hôm sau giờ Hà Nội"). The count (`relative_days` in
lexicon/<lang>/dates.yaml) comes to a day of its own, read as that date on the restated clock
(clocks._counted_day), so each clock is weighed as if the day had been said; read whole, the
part of the day after the comma was set on the first clock's zone and refuted a true statement.
"""

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
            "Lam met Orbán on the morning of Feb. 19 in Washington, which was the evening of the"
            " same day in Hanoi.",
            [
                "Lam met Orbán on the morning of Feb. 19 in Washington.",
                "Lam met Orbán on the evening of 19/2, Hanoi time.",
            ],
        ),
        (
            "Tổng Bí thư điện đàm với ông Leahy chiều 19/2/2026 giờ Washington, tức rạng sáng hôm"
            " sau giờ Hà Nội.",
            [
                "Tổng Bí thư điện đàm với ông Leahy chiều 19/2/2026 giờ Washington.",
                "Tổng Bí thư điện đàm với ông Leahy rạng sáng 20/2/2026 giờ Hà Nội.",
            ],
        ),
        # another event's day ("the same day as he phoned Leahy", "the day after the summit")
        # is no day said again
        ("Lam met Orbán on Feb. 19 in Washington, the same day he phoned Leahy.", []),
        (
            "Lam met Orbán on Feb. 19 in Washington, which was the day after the Board of Peace"
            " meeting in Washington.",
            [],
        ),
        ("Tổng Bí thư gặp ông Orbán ngày 19/2, tức một ngày sau hội nghị ở Washington.", []),
        ("Tong Bi thu gap ong Orban ngay 19/2, tuc mot ngay sau hoi nghi o Washington.", []),
    ],
)
def test_the_counted_readings(checker: Checker, text: str, readings: list[str]) -> None:
    assert clock_readings(checker.parse(text), checker.vocab) == readings


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the meeting with Orbán: the morning of 19 February in Washington, its evening in Hanoi
        (
            "Lam met Orbán on the morning of Feb. 19 in Washington, which was the evening of the"
            " same day in Hanoi.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư gặp ông Orbán sáng 19/2 tại Washington, tức tối cùng ngày theo giờ Hà"
            " Nội.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu gap ong Orban sang 19/2 tai Washington, tuc toi cung ngay theo gio Ha"
            " Noi.",
            SUPPORTED,
        ),
        # the Leahy call: the afternoon of 19 February in Washington, the 20th's early hours in
        # Hanoi
        (
            "Lam phoned Leahy on the afternoon of Feb. 19 in Washington, which was already the"
            " early hours of the next day in Hanoi.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư điện đàm với ông Leahy chiều 19/2 giờ Washington, tức rạng sáng hôm sau"
            " giờ Hà Nội.",
            SUPPORTED,
        ),
        (
            "TBT dien dam voi ong Leahy chieu 19/2 gio Washington, tuc rang sang hom sau gio Ha"
            " Noi.",
            SUPPORTED,
        ),
        # the count said wrong on the other clock refutes as the day said would
        (
            "Lam met Orbán on the morning of Feb. 19 in Washington, which was the morning of the"
            " same day in Hanoi.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư gặp ông Orbán sáng 19/2 tại Washington, tức sáng cùng ngày theo giờ Hà"
            " Nội.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu gap ong Orban sang 19/2 tai Washington, tuc sang cung ngay theo gio Ha"
            " Noi.",
            CONTRADICTED,
        ),
        (
            "Lam phoned Leahy on the afternoon of Feb. 19 in Washington, which was already the"
            " evening of the next day in Hanoi.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư điện đàm với ông Leahy chiều 19/2 giờ Washington, tức tối hôm sau giờ Hà"
            " Nội.",
            CONTRADICTED,
        ),
        (
            "TBT dien dam voi ong Leahy chieu 19/2 gio Washington, tuc toi hom sau gio Ha Noi.",
            CONTRADICTED,
        ),
        # traps: a count from a date that is no one day, or a count said as a bound, counts
        # nothing on the other clock, and the early hours of the 19th on Hanoi's clock are the
        # afternoon before in Washington, of which the sources tell no call with Leahy
        (
            "Lam phoned Leahy in February in Washington, which was already the early hours of the"
            " next day in Hanoi.",
            NEI,
        ),
        (
            "Tổng Bí thư điện đàm với ông Leahy trong tháng 2 tại Washington, tức rạng sáng hôm"
            " sau giờ Hà Nội.",
            NEI,
        ),
        (
            "TBT dien dam voi ong Leahy chieu 18/2 gio Washington, tuc rang sang hom sau gio Ha"
            " Noi.",
            CONTRADICTED,
        ),
    ],
)
def test_counted_days_on_another_clock(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the moment told first on another clock, in a clause a word of `clock_whens` ends, with
        # no date in the clause of the act: that moment is the act's, on that clock
        # (clocks._clock_first)
        ("In Hanoi it was already Feb. 20 when Lam phoned Leahy.", SUPPORTED),
        ("Ở Hà Nội đã là rạng sáng 20/2 khi Tổng Bí thư điện đàm với ông Leahy.", SUPPORTED),
        ("O Ha Noi da la rang sang 20/2 khi Tong Bi thu dien dam voi ong Leahy.", SUPPORTED),
        ("In Hanoi it was already the evening of Feb. 19 when Lam met Orbán.", SUPPORTED),
        ("Ở Hà Nội khi ấy là tối 19/2 khi Tổng Bí thư gặp ông Orbán.", SUPPORTED),
        ("O Ha Noi khi ay la toi 19/2 khi Tong Bi thu gap ong Orban.", SUPPORTED),
        # another part of the day on that clock refutes the meeting, where "in Hanoi" had been
        # read as the place of a meeting in Washington
        ("In Hanoi it was the morning of Feb. 19 when Lam met Orbán.", CONTRADICTED),
        ("Ở Hà Nội khi ấy là sáng 19/2 khi Tổng Bí thư gặp ông Orbán.", CONTRADICTED),
        ("O Ha Noi khi ay la sang 19/2 khi Tong Bi thu gap ong Orban.", CONTRADICTED),
        # traps: the morning meeting's day on Hanoi's clock runs to its midnight, loosely (a
        # day apart there is open, tests/test_local_time.py); an act of another year is
        # another call
        ("In Hanoi it was already Feb. 20 when Lam met Orbán.", NEI),
        ("Ở Hà Nội đã là ngày 20/2 khi Tổng Bí thư gặp ông Orbán.", NEI),
        ("In Hanoi it was already Feb. 20 when Lam phoned Leahy in 2024.", NEI),
    ],
)
def test_a_moment_told_first(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

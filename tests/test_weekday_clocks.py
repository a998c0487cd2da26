"""A weekday said alone on a named clock ("sáng thứ Sáu (giờ Washington)", "Wednesday evening,
Hanoi time") is a day on that clock, as a date is (assess.time_of, rule `weekday-apart`): where it
shares no hour with the claim's day set on one clock with the source's own (the meetings its
source puts on the morning of Thursday 19 February, local time, in Washington), it refutes the
act on the claim's occasion. Said on no clock, it refutes where it is the claim's day neither
where it happened nor in Hanoi, the sources' press (windows.home_day). A weekday fixes no week,
so the statement must name the occasion (the Board of Peace inaugural meeting); without it, or
on a clock where the weekday may be the claim's day, it stays open. Written without marks, the
weekday's "Sau" (Friday) is no "sau" (after: parse._later)."""

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
        # English: the source's own clock, a day after and a day before; another clock (Wednesday
        # evening in Hanoi is Wednesday morning in Washington); the group of that occasion
        (
            "On Friday morning, Washington time, Lam met Orbán on the sidelines of the Board of"
            " Peace inaugural meeting.",
            CONTRADICTED,
        ),
        (
            "On Wednesday, Washington time, Lam met Orbán at the Board of Peace inaugural meeting.",
            CONTRADICTED,
        ),
        (
            "On Wednesday evening, Hanoi time, Lam met Orbán at the Board of Peace inaugural"
            " meeting.",
            CONTRADICTED,
        ),
        (
            "On Friday morning (local time), Lam met the leaders attending the Board of Peace"
            " inaugural meeting.",
            CONTRADICTED,
        ),
        (
            "On Thursday morning, Washington time, Lam met Orbán on the sidelines of the Board of"
            " Peace inaugural meeting.",
            SUPPORTED,
        ),
        # Vietnamese
        (
            "Sáng thứ Sáu (giờ Washington), bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng Bí thư"
            " hội kiến Thủ tướng Orbán.",
            CONTRADICTED,
        ),
        (
            "Tối thứ Tư giờ Hà Nội, bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng Bí thư"
            " hội kiến Thủ tướng Orbán.",
            CONTRADICTED,
        ),
        (
            "Hôm thứ Tư theo giờ địa phương, bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng"
            " Bí thư gặp các nhà lãnh đạo.",
            CONTRADICTED,
        ),
        (
            "Sáng thứ Năm (giờ Washington), bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng Bí thư"
            " hội kiến Thủ tướng Orbán.",
            SUPPORTED,
        ),
        # Vietnamese without diacritics: "thu Sau" is Friday, not "after"
        (
            "Sang thu Sau (gio Washington), ben le cuoc hop khai mac Hoi dong Hoa binh, Tong Bi thu"
            " hoi kien Thu tuong Orban.",
            CONTRADICTED,
        ),
        (
            "Toi thu Tu gio Ha Noi, ben le cuoc hop khai mac Hoi dong Hoa binh, TBT To Lam gap Thu"
            " tuong Orban.",
            CONTRADICTED,
        ),
        (
            "Sang thu Nam (gio Washington), ben le cuoc hop khai mac Hoi dong Hoa binh, Tong Bi thu"
            " hoi kien Thu tuong Orban.",
            SUPPORTED,
        ),
        # said on no clock: the day where it was held and in Hanoi, the sources' press (the
        # Washington Thursday morning was Thursday evening there); the Leahy call, on the
        # afternoon of Thursday 19 February in Washington, was early Friday in Hanoi: open
        ("On Friday, Lam met Orbán at the Board of Peace inaugural meeting.", CONTRADICTED),
        (
            "Sáng thứ Sáu, bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng Bí thư hội kiến Thủ"
            " tướng Orbán.",
            CONTRADICTED,
        ),
        (
            "Thu Sau, ben le cuoc hop khai mac Hoi dong Hoa binh, TBT To Lam gap Thu tuong Orban.",
            CONTRADICTED,
        ),
        ("On Thursday, Lam met Orbán at the Board of Peace inaugural meeting.", SUPPORTED),
        (
            "On Friday, Lam phoned Leahy on the sidelines of the Board of Peace inaugural meeting.",
            NEI,
        ),
        (
            "Thứ Sáu, bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng Bí thư điện đàm với ông"
            " Leahy.",
            NEI,
        ),
        # a weekday dates the act said nearest before it: Wednesday is the flight's, not the
        # meeting's (whose word "meeting" the flight's purpose holds)
        (
            "To Lam will fly to the United States on Wednesday to attend the inaugural meeting of"
            " the Gaza Board of Peace.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư Tô Lâm sẽ lên đường sang Mỹ vào thứ Tư để dự cuộc họp khai mạc Hội đồng"
            " Hòa bình.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam se len duong sang My vao thu Tu de du cuoc hop khai mac Hoi dong"
            " Hoa binh.",
            SUPPORTED,
        ),
        # traps: no occasion named (which Friday?), a clock on which Friday may still be the
        # meeting's day (Thursday morning in Washington is Thursday evening in Hanoi, and a
        # Hanoi Friday shares hours with a Washington Thursday), a denial of another day, and a
        # real "sau" before an event
        ("On Friday morning, Washington time, Lam met Orbán.", NEI),
        ("On Friday, Lam met Orbán.", NEI),
        ("Thu Sau, TBT To Lam gap Thu tuong Orban.", NEI),
        (
            "Lam did not meet Orbán at the Board of Peace inaugural meeting on Friday, Washington"
            " time.",
            NEI,
        ),
        (
            "Thứ Sáu (giờ Hà Nội), bên lề cuộc họp khai mạc Hội đồng Hòa bình, Tổng Bí thư hội kiến"
            " Thủ tướng Orbán.",
            NEI,
        ),
        ("Sang thu Sau (gio Washington), Tong Bi thu hoi kien Thu tuong Orban.", NEI),
        (
            "Thu Sau gio Ha Noi, ben le cuoc hop khai mac Hoi dong Hoa binh, Tong Bi thu hoi kien"
            " Thu tuong Orban.",
            NEI,
        ),
    ],
)
def test_a_weekday_on_a_named_clock(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_weekday_s_day_on_that_clock(checker: Checker) -> None:
    judgement = checker.check(
        "On Friday morning, Washington time, Lam met Orbán on the sidelines of the Board of Peace"
        " inaugural meeting."
    )
    assert "the weekday said falls on 20 February 2026" in judgement.explanation


def test_a_real_after_is_still_read_without_marks(checker: Checker) -> None:
    judgement = checker.check("Sau cuoc hop Hoi dong Hoa binh, Tong Bi thu gap Thu tuong Orban.")
    assert judgement.verdict == NEI
    assert "after" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam phoned Senator Daines on Wednesday, Feb. 18, 2026.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm điện đàm với TNS Daines thứ Tư 18/2/2026.", SUPPORTED),
        # written without marks, the "thu" (thứ) of a weekday opening a date is no letter (thư)
        ("TBT To Lam dien dam voi TNS Daines thu Tu 18/2/2026", SUPPORTED),
        ("TBT To Lam gap Thu tuong Orban thu Nam 19/2/2026", SUPPORTED),
        ("TBT To Lam gap Thu tuong Orban thu Sau 20/2/2026", CONTRADICTED),
        # a letter is still a letter, also where its word reaches into a date
        ("Trump gui thu cho TBT To Lam ngay 16/1/2026", SUPPORTED),
        ("Tô Lâm và Trump trao đổi thư từ tháng 11/2024.", SUPPORTED),
    ],
)
def test_a_weekday_opening_a_date(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Issue 10, class 6: a range given for a one-off event that overshoots the days the sources fix
for it. The sources date the Board of Peace inaugural meeting only to February 2026, and the trip
made for it to 18-20 February: the meeting lay within those days (World.occasion_window), so a
statement that has it run on a day outside them is refuted (windows.beyond_occasion), while a day
inside them stays open (the trip's days are not the meeting's).

Written before the rule, the way a wire story, a headline or a Vietnamese paper dates a meeting,
with traps: a day inside the trip, a looser name that may be another meeting, another month."""

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
        # runs past the trip made for it, or starts before it
        ("The Gaza peace board's first meeting was held Feb 17-19.", CONTRADICTED),
        ("Board of Peace inaugural meeting runs Feb. 19-21 in Washington", CONTRADICTED),
        ("Phiên họp đầu tiên của Hội đồng Hòa bình diễn ra từ 19 đến 21/2/2026.", CONTRADICTED),
        ("Phien hop khai mac Hoi dong Hoa binh dien ra tu 17 den 19/2", CONTRADICTED),
        ("The Board of Peace inaugural meeting took place on Feb. 25, 2026.", CONTRADICTED),
        # traps: a day inside the trip may be the meeting's; its month is what the claims say
        ("The Board of Peace's inaugural meeting was held on Feb. 19.", NEI),
        ("Cuộc họp khai mạc Hội đồng Hòa bình diễn ra ngày 19/2.", NEI),
        ("Cuoc hop khai mac Hoi dong Hoa binh dien ra tu 18 den 20/2.", NEI),
        ("The Board of Peace inaugural meeting took place in February 2026.", SUPPORTED),
        # a window it fell somewhere in is no days of its own
        ("The Board of Peace inaugural meeting was held sometime between Feb. 17 and 21.", NEI),
        # a looser name may be another meeting of the board
        ("A Board of Peace meeting ran from March 3 to 5.", NEI),
    ],
)
def test_event_range_against_its_occasion(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_days_it_lay_within(checker: Checker) -> None:
    judgement = checker.check("The Gaza peace board's first meeting was held Feb 17-19.")
    assert "within 18 February 2026 to 20 February 2026" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a date after a verb dates its act, not the trip a later phrase names (scope.place_values)
        ("To Lam gap Thu tuong Orban ngay 20/2 trong chuyen cong tac tai My", CONTRADICTED),
        (
            "Tổng Bí thư hội kiến Tổng thống Aliyev ngày 18/2 nhân chuyến dự họp Hội đồng Hòa bình",
            CONTRADICTED,
        ),
        ("Lam sat down with Orbán on Feb. 20 on his Washington visit.", CONTRADICTED),
        ("To Lam met Orban and Aliyev on Feb. 20 during his Washington trip.", CONTRADICTED),
        # traps: the meeting's own day; a day after the trip may be another meeting
        ("To Lam met Aliyev on Feb. 19 during the Board of Peace trip.", SUPPORTED),
        ("Tô Lâm gặp Thủ tướng Orbán ngày 21/2 trong chuyến thăm Mỹ.", NEI),
        # a date opening the next clause is that clause's act's, not the verb's before it
        ("Lam met Orbán and on Feb. 18 called Daines.", SUPPORTED),
        ("Tô Lâm gặp Orbán, và ngày 18/2 điện đàm với Daines.", SUPPORTED),
        ("To Lam met Orban in Washington and on Feb. 18 he phoned Senator Daines.", SUPPORTED),
        # the 19th is that call's day on Hanoi's clock (tests/test_told_days.py); the 20th none
        ("Lam met Orbán and on Feb. 20 called Daines.", CONTRADICTED),
    ],
)
def test_a_meeting_dated_on_its_trip(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a part of a month right after the body's first meeting named by its parts dates the
        # meeting; it is not a period the meeting would be the first of (Judge._body_events)
        ("Tổng Bí thư sang Mỹ dự họp khai mạc Hội đồng Hòa bình vào đầu tháng 2", CONTRADICTED),
        ("Tong Bi thu sang My du hop khai mac Hoi dong Hoa binh vao dau thang 2", CONTRADICTED),
        ("To Lam attended the Board of Peace's opening session in early February.", CONTRADICTED),
        # traps: the part of the month it fell in; the first meeting of another year
        ("Tổng Bí thư dự họp khai mạc Hội đồng Hòa bình giữa tháng 2.", SUPPORTED),
        ("To Lam attended the opening session of the Board of Peace in mid-February.", SUPPORTED),
        ("The Board of Peace held its first meeting of 2027 in Geneva.", NEI),
    ],
)
def test_a_month_part_after_the_first_meeting(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# An event's own date verb after an act done for it ("travel to the US for the session, running
# Feb 18-20", the way the sources write the trip: "dự cuộc họp khai mạc ... từ ngày 18 - 20/2")
# dates that act (scope.place_values): the trip's days bear it out; days inside them may be the
# session's own, and stay open; days past them are refuted either way.
@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Party chief To Lam is flying to Washington for the Board of Peace's inaugural"
            " session, which runs Feb. 18-20.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư Tô Lâm sẽ lên đường sang Mỹ dự phiên khai mạc của Hội đồng Hòa bình,"
            " diễn ra từ 18 đến 20/2.",
            SUPPORTED,
        ),
        (
            "TBT To Lam se sang My du phien hop dau tien cua Hoi dong Hoa binh, dien ra tu 18"
            " den 20/2",
            SUPPORTED,
        ),
        # a day range inside the trip's: maybe the session's own days
        (
            "To Lam will travel to the US for the inaugural Board of Peace session, running"
            " Feb. 19-20.",
            NEI,
        ),
        # a one-day act at the event: its day or the event's, inside the trip's days
        (
            "Lam sat down with Orbán on the sidelines of the Board of Peace meeting held on"
            " Feb. 20.",
            NEI,
        ),
        # the act's own verb of taking place, no event between: the call's own day
        ("Cuộc điện đàm giữa ông Tô Lâm và TNS Daines diễn ra hôm 20/2.", CONTRADICTED),
        # past the trip's days: neither the trip's nor the session's
        (
            "Tổng Bí thư sẽ sang Mỹ dự phiên họp đầu tiên của Hội đồng Hòa bình, diễn ra từ 19"
            " đến 21/2.",
            CONTRADICTED,
        ),
    ],
)
def test_an_events_date_after_the_act_done_for_it(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

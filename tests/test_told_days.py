"""Issue 10, class 6: a part of the day a source tells by the day it was published: "Tại cuộc
điện đàm ngày 18/2 (sáng nay giờ Hà Nội)" in a paper of 19 February is the morning of the 19th
on Hanoi's clock, the call being on the 18th in Washington (dayparts.told_day_part, `told_days`
in lexicon/<lang>/dates.yaml). A statement that dates the call on another day on that clock is
refuted (windows.told_day); another part of that day, by the part's rule (dayparts.compare).

The day told bears a statement out ("sáng 19/2 giờ Hà Nội"): the source itself says the call
fell that morning on Hanoi's clock.

Statements written before the rule, the way wire copy and Vietnamese papers date a call on
another clock; traps: the day told, another clock, a call the source tells no part of."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.dayparts import told_day_part
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.parse import parse_statement

PUBLISHED = dt.date(2026, 2, 19)


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("sentence", "part", "day"),
    [
        ("Tại cuộc điện đàm ngày 18/2 (sáng nay giờ Hà Nội), hai bên trao đổi.", "morning", 19),
        ("Tai cuoc dien dam ngay 18/2 (sang nay gio Ha Noi), hai ben trao doi.", "morning", 19),
        ("Chiều hôm qua theo giờ Hà Nội, Tổng Bí thư điện đàm với ông Daines.", "afternoon", 18),
        ("The call came on Feb. 18 (this morning, Hanoi time), the ministry said.", "morning", 19),
        ("Yesterday evening, Vietnam time, the two leaders spoke by phone.", "evening", 18),
    ],
)
def test_a_part_told_by_the_day_of_publication(
    checker: Checker, sentence: str, part: str, day: int
) -> None:
    found = told_day_part(parse_statement(sentence, checker.vocab), PUBLISHED)
    assert found is not None
    assert (found.part, found.day) == (part, dt.date(2026, 2, day))


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # the day of publication is the press's clock's, not Washington's
        ("Tại cuộc điện đàm ngày 18/2 (sáng nay giờ Washington), hai bên trao đổi.", PUBLISHED),
        ("The call came this morning, Washington time.", PUBLISHED),
        # no clock named, or no day of publication known
        ("Tại cuộc điện đàm sáng nay, hai bên trao đổi.", PUBLISHED),
        ("Tại cuộc điện đàm ngày 18/2 (sáng nay giờ Hà Nội), hai bên trao đổi.", None),
        # "nay" away from the part tells no day of it ("hiện nay")
        ("Sáng 18/2 giờ Hà Nội, hai bên trao đổi về quan hệ hiện nay.", PUBLISHED),
    ],
)
def test_no_day_told(checker: Checker, sentence: str, published: dt.date | None) -> None:
    assert told_day_part(parse_statement(sentence, checker.vocab), published) is None


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # another day, or another part of the day, on Hanoi's clock
        ("To Lam spoke by phone with Daines on the evening of Feb. 19, Hanoi time.", CONTRADICTED),
        ("Tô Lâm điện đàm với ông Daines ngày 18/2 giờ Hà Nội.", CONTRADICTED),
        ("To Lam dien dam voi Daines toi 19/2 gio Ha Noi", CONTRADICTED),
        ("Tổng Bí thư điện đàm với Thượng nghị sĩ Daines sáng 20/2 theo giờ Hà Nội.", CONTRADICTED),
        # the day told, which its source gives on that clock
        ("To Lam phoned Sen. Daines on the morning of Feb. 19, Hanoi time.", SUPPORTED),
        ("TBT To Lam dien dam voi TNS Daines sang 19/2 gio Ha Noi", SUPPORTED),
        ("Tổng Bí thư điện đàm với ông Daines vào sáng 19/2 theo giờ Hà Nội.", SUPPORTED),
        # a day in no zone may be on the clock the source tells it on, or on the clock of the
        # sources' press (a call whose source gives no part of its day): open, not refuted
        ("To Lam called Senator Daines on Feb 19.", NEI),
        ("Tong Bi thu To Lam dien dam voi Thuong nghi si Daines ngay 19/2.", NEI),
        ("Tổng Bí thư điện đàm với Thượng nghị sĩ Hagerty ngày 19/2.", NEI),
        # a meeting the source puts on a morning in Washington is not on the 20th in Hanoi
        ("Lam met Aliyev on Feb 20.", CONTRADICTED),
        # a bracket that holds the zone alone is the date's clock
        ("Lam, Daines talk by phone on morning of Feb 19 (Hanoi time)", SUPPORTED),
        ("TBT dien dam voi TNS Daines sang 19/2 (gio Ha Noi)", SUPPORTED),
        ("To Lam phoned Daines on Feb. 20 (Hanoi time).", CONTRADICTED),
        # traps: the local day is the claim's; another clock is open
        ("To Lam phoned Daines on Feb. 18.", SUPPORTED),
        # the call's clock is its occasion's city's (windows.elsewhere, World.local_place):
        # the 18th there, which the 19th there is not (session 22)
        ("To Lam phoned Daines on Feb. 19, Washington time.", CONTRADICTED),
        # a zone in a bracket of its own is that bracket's part of the day, not the date's
        ("Tô Lâm điện đàm với Daines ngày 18/2 (sáng nay giờ Hà Nội).", NEI),
        # the same moment told again on Hanoi's clock, in a bracket with its own date
        ("To Lam phoned Daines on Feb. 18 (Feb. 20, Hanoi time).", CONTRADICTED),
        # the Hagerty call's source tells no part of the day
        ("Tô Lâm điện đàm với ông Hagerty tối 19/2 giờ Hà Nội.", NEI),
    ],
)
def test_told_day_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_day_told(checker: Checker) -> None:
    judgement = checker.check("Tô Lâm điện đàm với ông Daines ngày 18/2 giờ Hà Nội.")
    assert "on 19 February 2026 on that clock by its source" in judgement.explanation

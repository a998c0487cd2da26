"""Session 28, relative dates: a count of days told from the day of an announcement ("Announced
on Feb. 17: To Lam's U.S. trip begins the following day", "Theo thông báo ngày 17/2, ... vào
hôm sau đó").

The announcement is the telling of the count, as "said" is (relative.counted_from_day, with the
predicates of `reports` in lexicon/world/directions.yaml): its day is the day counted from, and
the act it tells is weighed on the day counted to. "hôm sau đó", "hôm trước đó" point back to
the day just said and name no event to count from (`relative_days` in lexicon/vi/dates.yaml).
A trip said as the subject of its start ("the trip begins", `stay_starts` in
lexicon/en/dates.yaml) dates its first day, which the claims' days bear out and another day of
the trip misdates (`stay_begins`, session 35); a verb of going on another day of the trip stays
open (a leg's), and a day counted from another announcement may be another trip.
"""

from __future__ import annotations

import pytest

from factdb.check import relative
from factdb.check.checker import Checker
from factdb.check.doers import reporting
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_the_announcement_is_the_telling_not_an_act(checker: Checker) -> None:
    parsed = checker.parse("Announced on Feb. 17: To Lam leaves for the U.S. the following day.")
    assert relative.counted_from_day(parsed) is parsed
    counted = relative.counted_from_day(parsed, reporting())
    assert counted.relative is None
    [date] = counted.dates
    assert (date.first.month, date.first.day) == (2, 18)


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Announced on Feb. 17: To Lam's U.S. trip begins the following day.", SUPPORTED),
        ("Announced on Feb. 17: To Lam leaves for the U.S. the following day.", SUPPORTED),
        ("To Lam's U.S. trip began on Feb. 18.", SUPPORTED),
        ("Thông báo ngày 17/2: Tổng Bí thư lên đường sang Mỹ vào ngày hôm sau.", SUPPORTED),
        ("Theo thông báo ngày 17/2, Tổng Bí thư lên đường sang Mỹ vào ngày hôm sau đó.", SUPPORTED),
        ("Theo thong bao ngay 17/2, TBT To Lam len duong sang My vao hom sau do.", SUPPORTED),
        ("Thong bao ngay 17/2: TBT To Lam len duong sang My vao ngay hom sau.", SUPPORTED),
        # the trip itself said to begin on another day of it: its first day, no leg's
        # (session 35, `stay_begins`: tests/test_stay_begins.py)
        ("To Lam's U.S. trip began on Feb. 19.", CONTRADICTED),
        # traps: a day counted to outside the trip may be another trip; another day of the
        # trip said by a verb of going may be a leg's
        ("Announced on Feb. 10: To Lam's U.S. trip begins the following day.", NEI),
        ("Announced on Feb. 17: To Lam leaves for the U.S. two days later.", NEI),
        ("Thông báo ngày 17/2: Tổng Bí thư lên đường sang Mỹ sau đó hai ngày.", NEI),
        ("Theo thông báo ngày 10/2, Tổng Bí thư lên đường sang Mỹ vào hôm sau đó.", NEI),
        ("Theo thong bao ngay 10/2, TBT To Lam len duong sang My vao hom sau do.", NEI),
    ],
)
def test_counts_from_an_announcement(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a day told by the day of writing inside the verb's words ("leaves tomorrow for") is
        # the date it gives: the trip's first day, which the attendance's days bear out too
        (
            "HANOI, Feb 17 (wire) - To Lam leaves tomorrow for the United States to attend the"
            " Board of Peace meeting, the foreign ministry said.",
            SUPPORTED,
        ),
        ("HÀ NỘI, 17/2 - Tổng Bí thư Tô Lâm bắt đầu ngày mai chuyến công tác Mỹ.", SUPPORTED),
        ("HA NOI, 17/2 - TBT To Lam bat dau ngay mai chuyen cong tac My.", SUPPORTED),
        # traps: the day after another dateline is another day of the trip, or none of it
        (
            "HANOI, Feb 18 (wire) - To Lam leaves tomorrow for the United States to attend the"
            " Board of Peace meeting.",
            NEI,
        ),
        # the trip itself begun on another day of it: its first day, no leg's (session 35,
        # `stay_begins`)
        ("HÀ NỘI, 18/2 - Tổng Bí thư Tô Lâm bắt đầu ngày mai chuyến công tác Mỹ.", CONTRADICTED),
        ("HA NOI, 20/2 - TBT To Lam bat dau ngay mai chuyen cong tac My.", NEI),
    ],
)
def test_a_start_split_by_its_day(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a mood's words inside the verb's ("the trip was set to begin") are the mood's
        ("Announced on Feb. 17, To Lam's U.S. trip was set to begin the following day.", SUPPORTED),
        ("To Lam's U.S. trip will begin on Feb. 18.", SUPPORTED),
        (
            "Thông báo ngày 17/2: Tổng Bí thư Tô Lâm sẽ bắt đầu chuyến công tác Mỹ vào ngày hôm"
            " sau.",
            SUPPORTED,
        ),
        (
            "Thong bao ngay 17/2: TBT To Lam se bat dau chuyen cong tac My vao ngay hom sau.",
            SUPPORTED,
        ),
        # traps: another day counted to, another day of the trip
        ("Announced on Feb. 10, To Lam's U.S. trip was set to begin the following day.", NEI),
        # the trip itself set to begin on another day of it: its first day (session 35)
        ("To Lam's U.S. trip will begin on Feb. 19.", CONTRADICTED),
        ("Thong bao ngay 10/2: TBT To Lam se bat dau chuyen cong tac My vao ngay hom sau.", NEI),
    ],
)
def test_a_start_split_by_a_mood(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # "U.S. time" is a named clock, as "US time", "giờ Mỹ" are (`local_times`)
        ("Lam called Daines and Hagerty on Feb. 18 U.S. time.", SUPPORTED),
        ("Tổng Bí thư điện đàm với TNS Daines ngày 18/2 giờ Mỹ.", SUPPORTED),
        ("TBT To Lam dien dam voi TNS Daines ngay 18/2 gio My", SUPPORTED),
        # traps: another day may be another call; another part of the day on another clock
        ("Lam called Daines on Feb. 16 U.S. time.", NEI),
        ("Lam called Daines on the morning of Feb. 19, U.S. time.", NEI),
        ("TBT To Lam dien dam voi TNS Daines ngay 16/2 gio My", NEI),
    ],
)
def test_us_time_is_a_clock(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a count said as when the trip began ("bắt đầu từ hôm trước đó", "dates from the day
        # before") begins it on the day counted to: a trip's claim gives its own first day
        ("Announced on Feb. 17: To Lam's U.S. trip dates from the day before.", CONTRADICTED),
        (
            "Theo thông báo ngày 17/2, chuyến công tác Mỹ của Tổng Bí thư đã bắt đầu từ hôm"
            " trước đó.",
            CONTRADICTED,
        ),
        (
            "Theo thong bao ngay 17/2, chuyen cong tac My cua Tong Bi thu da bat dau tu hom"
            " truoc do.",
            CONTRADICTED,
        ),
        # traps: its own first day is no start the claims give (a first known day need not be
        # the first), so open, never refuted
        ("Announced on Feb. 17: To Lam's U.S. trip dates from the following day.", NEI),
        (
            "Theo thông báo ngày 17/2, chuyến công tác Mỹ của Tổng Bí thư bắt đầu từ hôm sau đó.",
            NEI,
        ),
        ("Theo thong bao ngay 17/2, chuyen cong tac My cua TBT bat dau tu hom sau do.", NEI),
    ],
)
def test_a_start_counted_from_an_announcement(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Issue 10, class 6: a count of days from a day the statement gives ("On Feb. 17 the ministry
said Lam would fly out the next day", "Ngày 17/2 ... vào ngày hôm sau").

The count is no relation between two events but a date (factdb.check.relative.counted_from_day):
the act is weighed on the day counted to. With two acts the day given dates the first one, and
the count a later one, so the day refutes no claim (relative.before_count).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check import relative
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_the_day_counted_to_replaces_the_day_counted_from(checker: Checker) -> None:
    parsed = relative.counted_from_day(
        checker.parse("On Feb. 17 the ministry said To Lam would fly to the US the next day.")
    )
    assert parsed.relative is None
    [date] = parsed.dates
    assert (date.first.month, date.first.day) == (2, 18)
    assert date.text == "Feb. 17 … the next day"


def test_a_count_from_an_event_is_left_to_the_relative_rule(checker: Checker) -> None:
    parsed = checker.parse("Lam met Orban the day after his call with Leahy on Feb. 19.")
    assert relative.counted_from_day(parsed) is parsed


def test_a_report_date_is_no_unknown_name(checker: Checker) -> None:
    parsed = checker.parse("A Feb. 17 report said To Lam would set off for the US the next day.")
    assert "Feb" not in parsed.unknown_names


VERDICTS = [
    # wire copy, a release, a post, in three scripts: the day after the 17th is the 18th
    (
        "On Feb. 17, Vietnam's foreign ministry said To Lam would fly to the United"
        " States the next day.",
        SUPPORTED,
    ),
    (
        "In a statement on Feb. 17, the foreign ministry said To Lam would head to the"
        " US the next day.",
        SUPPORTED,
    ),
    ("To Lam flew to the United States two days after Feb. 16.", SUPPORTED),
    # one verb read as two triggers of its act is one act
    ("On Feb. 17 the ministry said Lam was to depart for the US the next day.", SUPPORTED),
    (
        "Ngày 17/2, người phát ngôn cho biết Tổng Bí thư Tô Lâm sẽ lên đường đi Mỹ vào"
        " ngày hôm sau.",
        SUPPORTED,
    ),
    (
        "Ngay 17/2, nguoi phat ngon cho biet TBT To Lam se len duong sang My vao ngay hom sau.",
        SUPPORTED,
    ),
    # traps: a day counted to outside the trip may be another trip
    (
        "On Feb. 10, Vietnam's foreign ministry said To Lam would fly to the United"
        " States the next day.",
        NEI,
    ),
    (
        "Ngày 10/2, người phát ngôn cho biết Tổng Bí thư Tô Lâm sẽ lên đường đi Mỹ vào"
        " ngày hôm sau.",
        NEI,
    ),
    # two acts: the day is the first one's; it refutes nothing of the act the count dates
    (
        "On Feb. 18, To Lam phoned Senator Daines; Leahy got his call the next day.",
        NEI,
    ),
    (
        "On Feb. 16 Lam phoned Senator Daines, then called Leahy two days later.",
        NEI,
    ),
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với Thượng nghị sĩ Daines, rồi điện đàm với ông"
        " Leahy vào ngày hôm sau.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_counted_day_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_day_counted_from(checker: Checker) -> None:
    judgement = checker.check(
        "On Feb. 10, Vietnam's foreign ministry said To Lam would fly to the United States"
        " the next day."
    )
    assert "Feb. 10 … the next day" in judgement.explanation
    assert judgement.verdict != CONTRADICTED


def test_a_year_less_day_is_not_carried_into_another_year(checker: Checker) -> None:
    parsed = checker.parse("On Dec. 31 the ministry said To Lam would fly to the US the next day.")
    counted = relative.counted_from_day(parsed)
    assert counted.dates[0].first.year == dt.date(1, 12, 31).year

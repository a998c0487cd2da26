"""Session 17 (wrongs): three classes of confident wrong verdicts, each a mechanism with
verdicts in English, Vietnamese and Vietnamese without diacritics. The statements are written
for these tests (wire copy, headlines, speeches, posts), not taken from a corpus or a source.

1. A count of years a series indexes by year (an anniversary: `dimension: duration`, `time:
   qualifier`) is the time elapsed to the year of its marking, so every year has its own
   count. Undated, and with no other event of the statement to fix that year, another count
   refutes nothing ("marked 40 years since the war ended" was true in 2015).
2. A part of the day given on another clock than the claim's is converted before it is
   compared; where the conversion leaves the part open (the early hours against a morning:
   parts set on one clock closer than their loose edges), it is not enough info.
3. A list of days ("on Feb. 18 and 19") says the act fell on each day, or across them, as a
   range does: a one-off act on one of them does not bear it out.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.extract.dates import find_dates


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


UNDATED_COUNTS = [
    # another count, no year: the marking may be another year's
    ("Vietnam and the US marked 40 years of diplomatic relations", NEI),
    ("Hanoi, Washington celebrate two decades of diplomatic ties", NEI),
    ("The two nations marked half a century of diplomatic relations", NEI),
    ("Vietnam marked 40 years since the end of the Vietnam War", NEI),
    ("Việt Nam và Mỹ kỷ niệm 40 năm quan hệ ngoại giao", NEI),
    ("Việt Nam kỷ niệm 40 năm kết thúc chiến tranh Việt Nam", NEI),
    ("Viet Nam va My ky niem nua the ky quan he ngoai giao", NEI),
    ("Viet Nam ky niem 40 nam ket thuc chien tranh Viet Nam", NEI),
    # the claim's own count is borne out
    ("Vietnam and the US marked 30 years of diplomatic relations", SUPPORTED),
    ("Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao", SUPPORTED),
    ("Viet Nam va My ky niem 30 nam quan he ngoai giao", SUPPORTED),
    # a year, or another event of the statement, fixes the marking: still decidable
    ("In 2025 Vietnam and the US marked 40 years of diplomatic relations", CONTRADICTED),
    ("2025 marked 40 years since the end of the Vietnam War", CONTRADICTED),
    (
        "During Hegseth's visit, Vietnam and the US marked 40 years of diplomatic relations",
        CONTRADICTED,
    ),
    ("Năm 2025, Việt Nam và Mỹ kỷ niệm 40 năm quan hệ ngoại giao", CONTRADICTED),
    ("Nam 2025, Viet Nam va My ky niem 40 nam quan he ngoai giao", CONTRADICTED),
    ("A Senate resolution marked 25 years of US-Vietnam diplomatic relations", CONTRADICTED),
    (
        "Nghi quyet do ong Daines thuc day nham ky niem 25 nam quan he ngoai giao Viet - My",
        CONTRADICTED,
    ),
    # a count not said to be marked is said of now
    ("Diplomatic relations between Vietnam and the US are under 20 years old", CONTRADICTED),
    ("Quan hệ ngoại giao Việt - Mỹ mới chưa tới 20 năm", CONTRADICTED),
    ("Quan he ngoai giao Viet - My moi chua toi 20 nam", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), UNDATED_COUNTS)
def test_an_undated_count_of_years_refutes_nothing(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_reason_says_the_year_of_the_marking_is_not_given(checker: Checker) -> None:
    result = checker.check("Vietnam and the US marked 40 years of diplomatic relations")
    assert "year of the marking is not given" in result.explanation


DAY_LISTS = [
    # a list or range of days gives the act each day, or all of them: one day is not enough
    ("Lam sat down with Orbán on Feb. 18 and 19", NEI),
    ("Lam, Orbán hold talks Feb. 18-19 in Washington", NEI),
    ("Lam phoned Leahy on Feb. 19 and 20", NEI),
    ("Tokayev, Lam meet on 18, 19 February", NEI),
    ("Tô Lâm hội đàm với Tokayev ngày 18, 19/2", NEI),
    ("To Lam hoi dam voi Tokayev ngay 18, 19/2", NEI),
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán hai ngày 18 và 19/2", NEI),
    ("Tô Lâm tiếp xúc Orbán ngày 18-19/2", NEI),
    ("Tong Bi thu To Lam gap Thu tuong Orban ngay 18 va 19/2", NEI),
    ("To Lam gap Orban 18-19/2", NEI),
    # month first, with commas and "and": every day is read, not the first alone
    ("To Lam met Hun Manet on February 19, 20 and 21.", NEI),
    ("Lam, Hun Manet talks run Feb 19, 20", NEI),
    ("To Lam spoke with Daines on February 18, 19 and 20.", NEI),
    ("To Lam met Orban on February 19 and 25.", NEI),
    ("Lam and Orbán met Feb. 19 and 25 in Washington", NEI),
    ("Tô Lâm gặp Hun Manet các ngày 19, 20 và 21/2", NEI),
    ("To Lam gap Hun Manet cac ngay 19, 20 va 21/2", NEI),
    ("Tô Lâm điện đàm với Daines các ngày 18, 19 và 20/2", NEI),
    ("To Lam dien dam voi Daines cac ngay 18, 19 va 20/2", NEI),
    # day first, days apart: the last day alone is not the statement's date either
    ("Tô Lâm gặp Orban các ngày 15 và 19/2", NEI),
    ("To Lam gap Orban cac ngay 15 va 19/2", NEI),
    ("Tô Lâm hội đàm với Orbán các ngày 15, 17 và 19/2", NEI),
    ("Lam, Orbán meet on 15 and 19 February", NEI),
    # days apart are separate days, not a stay's first and last: a stay of other days does
    # not refute a visit on each (he may have come back)
    ("To Lam visited the United States on February 19 and 25", NEI),
    ("Tô Lâm thăm Hoa Kỳ các ngày 19 và 25/2", NEI),
    ("To Lam tham Hoa Ky cac ngay 19 va 25/2", NEI),
    # a number after a comma may be a count no unit tells from a day: never a stay's days
    ("To Lam visited the United States on February 19, 20 delegates accompanying him", NEI),
    ("Lam toured the US Feb. 19, 20 aides in tow", NEI),
    # listed days past a stay's are not borne out by it, nor refuted (a visit on each)
    ("To Lam visited the United States on February 17, 18, 19, 20 and 21", NEI),
    ("Tô Lâm thăm Hoa Kỳ các ngày 17, 18, 19, 20 và 21/2", NEI),
    ("To Lam tham Hoa Ky cac ngay 17, 18, 19, 20 va 21/2", NEI),
    ("To Lam visited the United States on February 18, 19 and 20", SUPPORTED),
    # days listed out of order are still every one of them
    ("To Lam met Orban on February 19 and 18", NEI),
    ("Tô Lâm gặp Hun Manet các ngày 20 và 19/2", NEI),
    ("To Lam gap Hun Manet cac ngay 21, 20 va 19/2", NEI),
    # a window the act fell somewhere in: one day inside it bears it out
    ("Lam met Orbán between Feb. 18 and 20", SUPPORTED),
    ("Lam met Orbán sometime between 18 and 20 February", SUPPORTED),
    ("Tô Lâm gặp Orbán trong khoảng giữa ngày 18 và 20/2", SUPPORTED),
    ("To Lam gap Orban giua ngay 18 va 20/2", SUPPORTED),
    ("Lam met Prabowo sometime during Feb. 15-25", SUPPORTED),
    ("Tô Lâm hội kiến Prabowo vào khoảng từ 15 đến 25/2", SUPPORTED),
    ("To Lam hoi kien Prabowo trong khoang tu 15 den 25/2", SUPPORTED),
    # the one day itself as before; a window of other days may be another occasion
    ("Lam met Orbán on Feb. 19", SUPPORTED),
    ("Tô Lâm điện đàm với Leahy ngày 19 và 20/2", NEI),
    ("To Lam dien dam voi Leahy ngay 19 va 20/2", NEI),
    ("Lam met Orbán between Feb. 16 and 17", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), DAY_LISTS)
def test_a_list_of_days_is_not_borne_out_by_one(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("text", "window", "listed"),
    [
        ("between Feb. 18 and 20", True, False),
        ("sometime Feb. 18-20", True, False),
        ("giữa ngày 18 và 20/2", True, False),
        ("trong khoang tu 18 den 20/2", True, False),
        ("on Feb. 18-20", False, False),
        ("ngày 18 và 19/2", False, True),
        # listed days are told from a range: days an act fell on, not a stay
        ("on Feb. 19 and 25", False, True),
        ("các ngày 15, 17 và 19/2", False, True),
        ("cac ngay 16 va 19/2", False, True),
        ("February 19, 20 and 21", False, True),
        ("ngay 18, 19 va 20/2", False, True),
    ],
)
def test_a_window_and_listed_days_are_read_from_their_words(
    text: str, window: bool, listed: bool
) -> None:
    (date,) = find_dates(text)
    assert date.day_range and (date.window, date.listed) == (window, listed)


def test_the_reason_says_the_act_fell_on_one_day(checker: Checker) -> None:
    result = checker.check("Lam sat down with Orbán on Feb. 18 and 19")
    assert "one of the days" in result.explanation


# The call the source puts in the afternoon of 19 February, local time (Washington): 0-6 on
# the 20th on Hanoi's clock.
DAY_PARTS = [
    # next to the early hours on Hanoi's clock: open
    ("Lam phoned Leahy on the morning of Feb. 20 in Hanoi", NEI),
    ("Lam rang Leahy Feb. 20 morning, Hanoi time", NEI),
    ("Tô Lâm điện đàm với Leahy sáng 20/2 giờ Hà Nội", NEI),
    ("To Lam dien dam voi Leahy sang 20/2 gio Ha Noi", NEI),
    # the early hours themselves bear it out
    ("Lam phoned Leahy in the early hours of Feb. 20, Hanoi time", SUPPORTED),
    ("Tô Lâm điện đàm với Leahy rạng sáng 20/2 giờ Hà Nội", SUPPORTED),
    ("To Lam dien dam voi Leahy rang sang 20/2 gio Ha Noi", SUPPORTED),
    # hours apart on either clock: refuted
    ("Lam phoned Leahy on the evening of Feb. 20, Hanoi time", CONTRADICTED),
    ("Tô Lâm điện đàm với Leahy tối 20/2 giờ Hà Nội", CONTRADICTED),
    ("To Lam dien dam voi Leahy toi 20/2 gio Ha Noi", CONTRADICTED),
    ("Lam rang Leahy on the morning of Feb. 19", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), DAY_PARTS)
def test_a_part_of_the_day_on_another_clock_is_converted_first(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict

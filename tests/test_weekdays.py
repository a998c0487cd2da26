"""Issue 10, class 6: a weekday said alone ("on Thursday", "sáng thứ Năm") is a detail the
deciding claim's day must account for (factdb.check.weekdays); before a date it is the date's."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.weekdays import accounted, find_weekdays
from factdb.text.tokens import tokenize


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


THURSDAY = dt.date(2026, 2, 19)


def test_a_claim_of_one_day_accounts_for_its_weekday() -> None:
    assert accounted([(THURSDAY, THURSDAY, False)]) == {4}
    # in another place's time it may be the day before or after
    assert accounted([(THURSDAY, THURSDAY, True)]) == {3, 4, 5}
    # a claim of several days bounds a day it does not fix
    assert accounted([(THURSDAY - dt.timedelta(days=1), THURSDAY, False)]) == frozenset()


def test_the_longest_cue_before_a_weekday_is_its_cue() -> None:
    # "sáng" and "rạng sáng" are both cues: the weekday's words are the longer, in any process
    text = "Tô Lâm gặp Orbán rạng sáng thứ Năm"
    assert find_weekdays("vi", tokenize(text).words(), text, []) == [
        (4, text.index("rạng"), len(text))
    ]


@pytest.mark.parametrize(
    "statement, verdict",
    [
        # the meeting with Orbán was on Thursday 19 February 2026, the call with Daines on the
        # Wednesday before
        ("Lam sat down with Orbán on Thursday in Washington.", SUPPORTED),
        ("Lam sat down with Orbán on Friday in Washington.", NEI),
        ("Tô Lâm điện đàm với TNS Daines hôm thứ Tư.", SUPPORTED),
        ("Tô Lâm điện đàm với TNS Daines hôm thứ Sáu.", NEI),
        ("Tong Bi thu gap Thu tuong Orban sang thu 5", SUPPORTED),
        # the source's own clock: Friday in Washington is not the meeting's day
        ("Sáng thứ Sáu (giờ Washington), Tổng Bí thư hội kiến Thủ tướng Orbán.", NEI),
        # another day keeps a denial or another party's words from a contradiction too: the
        # statement may be of another meeting or call, which no claim rules out
        ("Lam did not sit down with Orbán on Friday.", NEI),
        ("Lam did not sit down with Orbán on Thursday.", CONTRADICTED),
        ("Tô Lâm không hội kiến Thủ tướng Orbán vào thứ Bảy.", NEI),
        ("Khong co cuoc gap nao giua TBT To Lam va ong Orban hom thu Hai", NEI),
        ("On Sunday Lam told Senator Daines that he would make war legacy work a priority.", NEI),
        # a weekday with a date is that date's
        ("Lam met Orbán on Friday, February 20.", CONTRADICTED),
        # a weekday before a date that falls on another day is no part of it: which day is meant
        # is open (19 February 2026 was a Thursday); one that falls on it stays supported
        ("Lam met Orbán on Friday February 19", NEI),
        ("Lam met Orbán on Friday, February 19, 2026", NEI),
        ("Lam met Orbán on Thursday, Feb. 19", SUPPORTED),
        ("Lam met Orbán on Thursday, February 19, 2026", SUPPORTED),
        ("Tô Lâm hội kiến Thủ tướng Orbán thứ Sáu, 19/2", NEI),
        ("Tô Lâm hội kiến Thủ tướng Orbán thứ Năm, 19/2/2026", SUPPORTED),
        ("TBT To Lam gap Thu tuong Orban Thu Sau 19/2", NEI),
        ("TBT To Lam gap Thu tuong Orban Thu Nam 19/2", SUPPORTED),
        # a weekday before a date in brackets: its "Tư", "Sau" are no "từ" (since), "sau"
        # (after) bounding the date, which the claims' year then places
        ("Thứ Tư (18/2), Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán.", CONTRADICTED),
        ("Thu Tu (18/2), Tong Bi thu To Lam gap Thu tuong Hungary Viktor Orban", CONTRADICTED),
        ("Thu Sau (20/2), tai Washington, Tong Bi thu gap Tong thong Prabowo", CONTRADICTED),
        ("Thứ Năm (19/2), Tổng Bí thư gặp Tổng thống Indonesia Prabowo.", SUPPORTED),
        ("Wednesday (Feb 18): To Lam met Hungarian PM Orbán in Washington.", CONTRADICTED),
        # a bound it is: open, its year not said
        ("Tong Bi thu gap ong Orban tu 18/2", NEI),
        # "thứ năm" in lower case with no cue before it is the fifth, a rank
        ("Mỹ là đối tác thương mại lớn thứ năm của Việt Nam.", CONTRADICTED),
    ],
)
def test_weekday_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_a_short_form_alone_is_read_only_where_it_cannot_be_another_word(checker: Checker) -> None:
    # "Sat" of "Sat Down With" is the verb in a headline's capitals
    assert checker.check("Lam Sat Down With Orban In Washington").verdict == SUPPORTED
    assert checker.check("Lam met Orban on Thurs.").verdict == SUPPORTED


# A part of the day beside a weekday said with no date ("Thursday evening", "tối thứ Năm") is the
# part of that weekday's day (parse: day_part), set on the clock the statement names with the
# claim's day or a day either side that falls on the weekday (windows.weekday_day): the
# meetings the source puts on the morning of Thursday 19 February in Washington were on Thursday
# evening in Hanoi. Said with no date, another part stays open, as "in the evening" does; and it
# is an act's part of the day, not that of an office held that day.
@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Wire: Lam sat down with Hungary's Orban Thursday evening, Hanoi time.", SUPPORTED),
        ("Tối thứ Năm (giờ Việt Nam), Tổng Bí thư hội kiến Thủ tướng Hungary Orbán.", SUPPORTED),
        ("Toi thu Nam theo gio Ha Noi, TBT hoi kien Tong thong Indonesia Prabowo", SUPPORTED),
        ("Lam sat down with Orban on Thursday morning, local time.", SUPPORTED),
        # traps: the source's own clock gives another part, or the Hanoi morning is Thursday
        # night's in Washington: open, never borne out
        ("Lam sat down with Orban Thursday evening, local time.", NEI),
        ("Sáng thứ Năm giờ Hà Nội, Tổng Bí thư hội kiến Thủ tướng Orbán.", NEI),
        # the call with Daines: Wednesday in Washington, told "sáng nay giờ Hà Nội" in a paper
        # of Thursday 19 February, so Thursday morning on Hanoi's clock. The weekday is set on
        # the clock it names as a date is (assess.time_of, windows.told_day): Wednesday morning
        # there is not the call's day, open at most, never borne out
        ("Wire: Lam phoned Sen. Daines on Thursday morning, Hanoi time.", SUPPORTED),
        ("Sáng thứ Năm (giờ Hà Nội), Tổng Bí thư điện đàm với Thượng nghị sĩ Daines.", SUPPORTED),
        ("Sang thu Nam gio Ha Noi, TBT To Lam dien dam voi TNS Daines", SUPPORTED),
        ("Lam spoke with Daines on Wednesday morning, Hanoi time.", NEI),
        ("Lam phoned Senator Daines Wednesday morning, Hanoi time.", NEI),
        ("Tổng Bí thư điện đàm với TNS Daines sáng thứ Tư theo giờ Hà Nội.", NEI),
        ("Tong Bi thu dien dam voi ong Daines sang thu Tu gio Ha Noi.", NEI),
        ("TBT To Lam dien dam voi TNS Daines sang thu Tu (gio Ha Noi)", NEI),
        # the zone in a bracket after the part of the day is the weekday's (or date's) clock too
        ("Lam held phone talks with Daines on Thursday morning (Vietnam time).", SUPPORTED),
        ("Lam held phone talks with Senator Daines on Wednesday morning (Vietnam time).", NEI),
        ("Lam held phone talks with Daines on Feb 18 morning (Vietnam time).", CONTRADICTED),
        ("Tổng Bí thư điện đàm với TNS Daines vào sáng thứ Tư (giờ Việt Nam).", NEI),
        ("TBT To Lam dien dam voi TNS Daines sang thu Nam (gio Ha Noi)", SUPPORTED),
    ],
)
def test_a_part_of_a_weekday_on_a_clock(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Issue 10, session 20: dates of once-only events. An invitation to join a body ("invited
Lam to join the Board of Peace") is made once: the body named is its occasion
(rules.same_occasion), so another date refutes it. A date said after the act the invitation
is to ("... to join the Board of Peace on Jan. 16", "... tham gia Hội đồng Hòa bình hôm
26/1") dates the invitation, which the statement asserts, not the joining, which it does not
(scope.place_values, parse.content_head). A year-less day is placed in the claim's year, and a
month and day no year makes the claim's refutes it in every year.

An upgrade of a pair to one level is once-only too: the press's abbreviation of the level
("ĐTCLTD": Đối tác chiến lược toàn diện) names it as the level's name does.

Traps: an invitation that says nothing of what it is to (but for the one invitation letter
between the two, dated within its month: session 25), an invitation to visit (repeatable),
and a request whose content keeps its own date stay open; so does another level.

Session 21: a date inside the content later than the last day the claim's sources know of
(their publication) may be the joining's own or a later invitation's: they fix neither, so it
is open (assess.beyond_sources), whether the invited is named or stands for by his country."""

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
        # the invitation to join, dated after the body it is to
        ("President Trump invited To Lam to join the Board of Peace on Jan. 16.", SUPPORTED),
        ("Trump invited To Lam to join the Board of Peace on March 3.", CONTRADICTED),
        ("Trump invited To Lam to join the Board of Peace back in 2024.", CONTRADICTED),
        (
            "Tổng thống Trump mời Tổng Bí thư Tô Lâm tham gia Hội đồng Hòa bình hôm 26/1.",
            CONTRADICTED,
        ),
        (
            "Ông Trump gửi thư mời ông Tô Lâm tham gia Hội đồng Hòa bình ngày 2/12/2025",
            CONTRADICTED,
        ),
        ("Tong thong Trump moi Tong Bi thu To Lam tham gia Hoi dong Hoa binh ngay 16/1", SUPPORTED),
        ("TT Trump moi TBT To Lam tham gia Hoi dong Hoa binh hom 5/2", CONTRADICTED),
        # an upgrade to one level, its level abbreviated as the Vietnamese press does
        ("Viet Nam va Hoa Ky nang cap quan he len DTCLTD nam 2019", CONTRADICTED),
        ("Việt Nam và Hoa Kỳ nâng cấp quan hệ lên ĐTCLTD vào tháng 9/2023.", SUPPORTED),
        (
            "Hanoi and Washington upgraded ties to a comprehensive strategic partnership in 2024.",
            CONTRADICTED,
        ),
        # traps: the date of an act the invitation's content joins, or of the event it names,
        # or of the acceptance that holds the invitation, is not the invitation's
        (
            "Tổng thống Trump mời Tổng Bí thư Tô Lâm tham gia Hội đồng Hòa bình và dự phiên họp "
            "khai mạc ngày 19/2.",
            NEI,
        ),
        ("Trump invited To Lam to join the Board of Peace's inaugural meeting on Feb. 19.", NEI),
        ("Lam accepted Trump's invitation to join the Board of Peace on Jan. 20.", NEI),
        ("Tong Bi thu To Lam nhan loi moi cua TT Trump tham gia Hoi dong Hoa binh ngay 20/1", NEI),
        # traps: what the invitation is to goes unsaid, or is a visit, which recurs
        ("Trump invited To Lam on Jan. 26.", NEI),
        ("Trump invited To Lam to visit the United States on Jan. 26.", NEI),
        ("Tổng thống Trump mời Tổng Bí thư Tô Lâm thăm Mỹ năm 2024.", NEI),
        ("Tong thong Trump moi Tong Bi thu To Lam sang tham My hom 26/1", NEI),
        # a request's content keeps a date of its own; another level is another upgrade
        ("To Lam asked Prabowo to visit Vietnam in 2027.", NEI),
        ("Việt Nam và Hoa Kỳ nâng cấp quan hệ lên Đối tác toàn diện năm 2013.", NEI),
    ],
)
def test_once_date_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a day told by the day of writing, restated in brackets: one date, the departure's
        (
            "Ngày mai (18/2), Tổng Bí thư Tô Lâm lên đường sang Washington dự phiên họp khai mạc "
            "Hội đồng Hòa bình.",
            SUPPORTED,
        ),
        ("Ngay mai (18/2) TBT To Lam len duong sang My du hop Hoi dong Hoa binh", SUPPORTED),
        ("Tomorrow (Feb. 18) To Lam leaves for the United States.", SUPPORTED),
        # the date's own day word is no verb: the departure reads it, not the meeting's dates
        (
            "Ngày 18/2, Tổng Bí thư lên đường sang Mỹ dự phiên họp đầu tiên của Hội đồng Hòa bình.",
            SUPPORTED,
        ),
        # traps: another day of the stay is open, a day after it may be another trip
        ("Ngày mai (19/2), Tổng Bí thư Tô Lâm lên đường sang Mỹ.", NEI),
        ("Tomorrow (Feb. 22) To Lam leaves for the United States.", NEI),
        ("Ngay 19/2 TBT To Lam len duong sang My du hop Hoi dong Hoa binh", NEI),
    ],
)
def test_told_day_restated(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a letter carrying the invitation to join: its date is the invitation's, whether the
        # content is read into the invitation or kept beside the letter
        ("Trump's letter inviting To Lam to join the Board of Peace was dated Jan. 16.", SUPPORTED),
        (
            "The letter in which Trump invited To Lam to join the Board of Peace was dated Feb. 2.",
            CONTRADICTED,
        ),
        (
            "Thư Tổng thống Trump mời Tổng Bí thư Tô Lâm tham gia Hội đồng Hòa bình đề ngày 6/1.",
            CONTRADICTED,
        ),
        ("Thu cua TT Trump moi TBT To Lam tham gia Hoi dong Hoa binh de ngay 16/1", SUPPORTED),
        ("Trump invited Lam in a letter dated January 16.", SUPPORTED),
        # a passive: the invitation sent by the one named after its word, dated as sent
        (
            "Lời mời tham gia Hội đồng Hòa bình được Tổng thống Trump gửi Tổng Bí thư Tô Lâm "
            "hôm 3/2/2026.",
            CONTRADICTED,
        ),
        ("Thu moi TBT To Lam tham gia Hoi dong Hoa binh duoc TT Trump gui ngay 16/1", SUPPORTED),
        ("To Lam was invited by Trump to join the Board of Peace on Feb. 3.", CONTRADICTED),
        # turned round, the invitation is none the sources know
        (
            "Lời mời tham gia Hội đồng Hòa bình được Tổng Bí thư Tô Lâm gửi Tổng thống Trump "
            "ngày 6/1.",
            NEI,
        ),
        # the one letter the claims tie to an invitation between the two, named by the
        # invitation it carried, dated wrong within its month: refuted (session 25,
        # windows.carried; open before, as a letter that may be another)
        ("Trump's letter inviting To Lam was dated Jan. 6.", CONTRADICTED),
        ("Thư mời của Tổng thống Trump gửi Tổng Bí thư Tô Lâm đề ngày 6/1.", CONTRADICTED),
        # traps: a letter that says nothing of an invitation may be another
        ("Trump's letter to To Lam was dated Jan. 6.", NEI),
    ],
)
def test_invitation_letter_dates(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a date later than the sources know of, inside what the invitation is to
        ("Trump asks To Lam to join his Board of Peace in 2031, aide says", NEI),
        ("WASHINGTON - Trump invited Vietnam to join the Board of Peace in mid-2029.", NEI),
        ("Ông Trump mời Việt Nam tham gia Hội đồng Hòa bình trong năm 2028", NEI),
        ("Tong thong My moi Viet Nam tham gia Hoi dong Hoa binh vao nam 2033", NEI),
        # ... also when the content's word says the membership alone ("become a member",
        # "gia nhập") or the request asks for it: the membership is not asserted, so its dates
        # refute nothing
        ("BREAKING: Trump asks Hanoi to become a Board of Peace founding member in 2030", NEI),
        ("Tổng thống Trump mời Hà Nội gia nhập Hội đồng Hòa bình vào năm 2031", NEI),
        ("Trump de nghi Viet Nam gia nhap Hoi dong Hoa binh tu nam 2029", NEI),
        ("Trump moi Viet Nam tro thanh thanh vien sang lap Hoi dong Hoa binh nam 2030", NEI),
        # ... while a membership said outright keeps being refuted by its dates
        ("Vietnam became a founding member of the Board of Peace in 2028", CONTRADICTED),
        ("Việt Nam trở thành thành viên sáng lập Hội đồng Hòa bình vào năm 2029", CONTRADICTED),
        # before or within what they know, the invitation's date keeps refuting or bearing out
        ("Trump invited Vietnam to join the Board of Peace on Jan 16, 2026", SUPPORTED),
        ("Trump invited Vietnam to join the Board of Peace back in 2021.", CONTRADICTED),
        ("Ông Trump mời Việt Nam tham gia Hội đồng Hòa bình hôm 28/1/2026", CONTRADICTED),
        ("Trump moi Viet Nam tham gia Hoi dong Hoa binh ngay 16/1/2026", SUPPORTED),
        (
            "President Trump invited Vietnam to join the Board of Peace on January 16, 2026",
            SUPPORTED,
        ),
    ],
)
def test_content_date_beyond_sources(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

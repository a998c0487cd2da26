"""Issue 10, dates (days): a body's first meeting named by its parts (its name, a gathering noun
and an occasion word: "the Board of Peace held its inaugural meeting", "Hội đồng Hòa bình về
Gaza họp khai mạc") and dated right after by a range of days ("from February 20 to 22", "từ 20
đến 22/2"). The days date that meeting; only a period of a month or more may be what the meeting
is the first of ("phiên đầu tiên năm 2027"; Judge._body_events). The sources date the meeting
to February 2026 and the trip made for it to 18-20 February, so days running past the trip are
refuted (windows.beyond_occasion) and days inside it stay open (the trip's days are not the
meeting's).

Written before the rule, in English, Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # days right after the meeting named by its parts, running past the trip made for it
        ("The Board of Peace held its inaugural meeting from February 20 to 22.", CONTRADICTED),
        ("The Gaza Board of Peace convened its first session Feb. 17-19.", CONTRADICTED),
        ("Hội đồng Hòa bình về Gaza họp khai mạc từ 20 đến 22/2.", CONTRADICTED),
        ("Hội đồng Hòa bình họp phiên đầu tiên từ ngày 16 đến 18/2/2026.", CONTRADICTED),
        ("Hoi dong Hoa binh ve Gaza hop khai mac tu 20 den 22/2.", CONTRADICTED),
        ("Hoi dong Hoa binh hop phien khai mac tu 17 den 19/2", CONTRADICTED),
        ("Hội đồng Hòa bình họp lần đầu từ 20 đến 22/2.", CONTRADICTED),
        ("Hoi dong Hoa binh hop lan dau tien tu 20 den 22/2", CONTRADICTED),
        # traps: days inside the trip may be the meeting's own, which the sources do not give
        ("The Board of Peace held its inaugural meeting from February 18 to 20.", NEI),
        ("Hội đồng Hòa bình về Gaza họp khai mạc từ 18 đến 20/2.", NEI),
        ("Hoi dong Hoa binh ve Gaza hop khai mac tu 19 den 20/2", NEI),
        # a window it fell somewhere in, past the trip, is no days of its own
        ("The Board of Peace held its first meeting sometime between Feb. 17 and 21.", NEI),
        # a year or a month after the first meeting may be the period it was the first of
        ("The Board of Peace held its first meeting of 2027 from March 3 to 5.", NEI),
        ("Hội đồng Hòa bình họp phiên đầu tiên năm 2027 từ 3 đến 5/3.", NEI),
        ("Hoi dong Hoa binh hop phien dau tien thang 3/2026 tu 3 den 5/3", NEI),
        # no occasion word: any meeting of the board
        ("The Board of Peace held a meeting from February 20 to 22.", NEI),
        ("Hội đồng Hòa bình họp từ 20 đến 22/2.", NEI),
    ],
)
def test_a_range_of_days_after_the_first_meeting(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_meeting_and_the_days_it_lay_within(checker: Checker) -> None:
    judgement = checker.check("Hội đồng Hòa bình về Gaza họp khai mạc từ 20 đến 22/2.")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "bop-inaugural-meeting-dates" in judgement.explanation
    assert "within 18 February 2026 to 20 February 2026" in judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert cited and all(c.spans for c in cited)


@pytest.mark.parametrize(
    "statement",
    [
        # a body within the one named (`sub_bodies` in lexicon/<lang>/occasions.yaml) holds
        # its own first meeting, which no claim dates or places
        "The Board of Peace's executive board held its first meeting from March 3 to 5.",
        "The Board of Peace's executive committee held its inaugural meeting on March 3.",
        "The Board of Peace's executive board held its opening session in New York.",
        "Ban chấp hành của Hội đồng Hòa bình họp phiên đầu tiên từ 3 đến 5/3.",
        "Ủy ban điều hành Hội đồng Hòa bình họp phiên khai mạc ngày 3/3 tại New York.",
        "Ban chap hanh cua Hoi dong Hoa binh hop phien dau tien tu 3 den 5/3",
        "Uy ban dieu hanh Hoi dong Hoa binh hop phien khai mac ngay 3/3",
    ],
)
def test_the_first_meeting_of_a_body_within_it_is_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # words of a period right after the first meeting (`periods` in lexicon/<lang>/
        # occasions.yaml): the first of that period, maybe of another year
        ("The Board of Peace held its first meeting of the year from March 3 to 5.", NEI),
        ("The Board of Peace held its opening session of the year on March 3.", NEI),
        ("Hội đồng Hòa bình họp phiên đầu tiên trong năm từ 3 đến 5/3.", NEI),
        ("Hội đồng Hòa bình họp phiên đầu tiên của năm nay ngày 3/3.", NEI),
        ("Hoi dong Hoa binh hop phien dau tien trong nam tu 3 den 5/3", NEI),
        # without them, the first meeting of all, which the sources date to February 2026
        ("The Board of Peace held its first meeting from March 3 to 5.", CONTRADICTED),
        ("Hội đồng Hòa bình họp phiên đầu tiên ngày 3/3.", CONTRADICTED),
        ("Hoi dong Hoa binh hop phien dau tien tu 3 den 5/3", CONTRADICTED),
    ],
)
def test_the_first_meeting_of_a_period(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

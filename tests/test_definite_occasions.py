"""Issue 10, dates: an encounter named as a definite occasion and given its date by a verb that
only links it to the date ("the call with Daines took place on ...", "Lam's phone call with
Hagerty happened on ...", "Cuộc điện đàm với ông Daines diễn ra ...": `relative_links` in
lexicon/<lang>/dates.yaml) speaks of the one encounter between its two parties that the claims
know (windows.dated_by_link, World.sole_occasion): another day of its month refutes it
(windows.misdated), while another month or year may be another encounter. Tô Lâm phoned
Senators Daines and Hagerty on 18 February 2026 (Washington time; one call each). The sources
report calls with Trump since November 2024, so "the call with Trump" may be any of them; an act
said with a verb ("Lam phoned Daines in 2025"), some such act ("a call with Daines"), a date
inside the name ("Lam's 2024 call with ...") may be another occasion; and a visit is no
encounter: Tô Lâm's early-February 2026 visit to Cambodia is the only one the sources report,
yet "Lam's trip to Cambodia took place in late January" may be another (issue 11, labelled)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED, Judgement


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def assert_refuted_citing_spans(judgement: Judgement) -> None:
    """Contradicted, every deciding claim cited with its verified spans."""
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert cited and all(c.spans for c in cited)


@pytest.mark.parametrize(
    "statement",
    [
        # wire copy, a correction, a post, a headline-like caption
        "Correction: Lam's phone call with Sen. Hagerty happened on Feb. 15.",
        "The call with Senator Steve Daines took place on February 21, 2026.",
        "To Lam's talk by phone with Daines came on Feb. 14, his office said.",
        "Cuộc điện đàm giữa Tổng Bí thư và Thượng nghị sĩ Daines diễn ra ngày 15/2.",
        "Cuộc điện đàm của ông Tô Lâm với TNS Hagerty diễn ra hôm 12/2.",
        "Cuoc dien dam voi TNS Hagerty dien ra ngay 21/2",
    ],
)
def test_a_definite_occasion_dated_otherwise(checker: Checker, statement: str) -> None:
    assert_refuted_citing_spans(checker.check(statement))


@pytest.mark.parametrize(
    "statement",
    [
        "The call with Senator Daines took place on Feb. 18 in Washington.",
        "Cuộc điện đàm với Thượng nghị sĩ Hagerty diễn ra ngày 18/2 (giờ Mỹ).",
        "Cuoc dien dam voi TNS Daines dien ra ngay 18/2/2026",
    ],
)
def test_a_definite_occasion_on_its_date(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        # a verb, not a definite name: another visit or call may be meant
        "Lam visited Cambodia in December 2024.",
        "Tổng Bí thư Tô Lâm thăm Campuchia năm 2024.",
        "TBT To Lam dien dam voi TNS Daines nam 2025",
        # some such act
        "A call between Lam and Daines took place in 2025.",
        "Một cuộc điện đàm giữa Tổng Bí thư và ông Daines diễn ra năm 2024.",
        # the sources know several calls with Trump
        "Lam's phone call with Trump took place in April 2025.",
        "Cuộc điện đàm giữa Tổng Bí thư và Tổng thống Trump diễn ra tháng 4/2025.",
        "Cuoc dien dam giua TBT va TT Trump dien ra thang 4/2025",
        # another month or year may be another call
        "The call with Senator Hagerty took place in 2019.",
        "Cuộc điện đàm với ông Daines diễn ra tháng 12/2025.",
        "Cuoc dien dam voi TNS Hagerty dien ra nam 2024",
        # the date inside the name picks the occasion
        "Lam's 2024 call with Daines took place in December.",
        # a visit is no encounter: the place may have been visited again
        "To Lam's Cambodia visit came in December 2025, officials said.",
        "Lam's trip to Cambodia took place in mid-January 2026.",
        "Chuyến thăm Campuchia của Tổng Bí thư Tô Lâm diễn ra giữa tháng 1/2026.",
        "Chuyen tham Campuchia cua TBT To Lam dien ra hoi thang 3/2026",
    ],
)
def test_another_occasion_stays_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


# A letter named by the invitation it carried ("invitation letter", "the letter inviting Lam",
# "thư mời": windows.carried, World.carried_with) is the one letter the claims give that
# invitation, Trump's of 16 January 2026: another day of January misdates it. Another month may
# be another letter or the undated invitation to the meeting; a letter or an invitation said
# alone may be any of those the sources know.
@pytest.mark.parametrize(
    "statement",
    [
        "Trump's invitation letter to Lam went out on January 9, the ministry said.",
        "The letter inviting To Lam, signed by Trump, was dated Jan 28.",
        "Thư mời của Tổng thống Trump gửi Tổng Bí thư đề ngày 9/1/2026.",
        "Thu moi cua ong Trump gui TBT To Lam hom 28/1",
    ],
)
def test_a_letter_named_by_its_invitation_misdated(checker: Checker, statement: str) -> None:
    assert_refuted_citing_spans(checker.check(statement))


@pytest.mark.parametrize(
    "statement",
    [
        "Trump's invitation letter to Lam went out in December 2025.",
        "Thư mời của ông Trump gửi Tổng Bí thư đề ngày 10/2.",
        "Trump sent To Lam a letter on Jan 9.",
        "Tổng thống Trump mời Tổng Bí thư Tô Lâm hôm 9/1.",
        "Tong thong Trump gui thu cho TBT To Lam thang 3/2025",
    ],
)
def test_another_letter_or_invitation_stays_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Trump's invitation letter to To Lam was dated January 16, 2026.",
        "Thư mời của Tổng thống Trump gửi Tổng Bí thư đề ngày 16/1.",
    ],
)
def test_a_letter_named_by_its_invitation_on_its_day(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


# The people of encounters named as a definite occasion and dated by a link verb ("Lam's
# meetings with world leaders took place on ...", "Các cuộc gặp với lãnh đạo nước ngoài của
# Tổng Bí thư diễn ra ...") are those the sources report (assess.group_unnamed), as "the foreign
# leaders" are: another day of the occasion's own days (the 18-20 February trip) refutes it.
# Outside those days, or said with a verb ("met world leaders on Feb 20"), it may be others.
@pytest.mark.parametrize(
    "statement",
    [
        "Lam's meetings with world leaders in Washington took place on Feb. 20, officials said.",
        "Các cuộc gặp với lãnh đạo nước ngoài của Tổng Bí thư diễn ra ngày 18/2.",
        "Cac cuoc gap voi lanh dao nuoc ngoai cua TBT To Lam dien ra ngay 20/2",
    ],
)
def test_the_meetings_with_leaders_on_another_day_of_the_trip(
    checker: Checker, statement: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Lam's meetings with world leaders came on Feb. 17, the ministry said.",
        "Lam met world leaders on Feb. 20.",
        "Cac cuoc gap voi lanh dao nuoc ngoai cua TBT dien ra thang 3/2025",
    ],
)
def test_the_meetings_with_leaders_elsewhere_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

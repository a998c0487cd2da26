"""How an encounter was held (session 20, visits): a statement that says two people met in
person ("face to face", "gặp trực tiếp", `modes` in lexicon/<lang>/occasions.yaml) on the
occasion the sources give as a phone call between the same two, with no meeting of theirs
then, is refuted (factdb.check.modes, lexicon/world/modes.yaml). The occasion is the call's:
its day (on either clock) or the weekday of that day.

Written before the rule, in wire, headline and social wording of our own; traps: plain "met"
says no mode (stays as it was), another day or no date may be another occasion, a pair with a
meeting in the claims, a mode word outside the verb's clause, a wish or a plan."""

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
        # English: wire copy, headline, social post
        ("Lam held a face-to-face meeting with Sen. Steve Daines on Feb. 18.", CONTRADICTED),
        ("Party chief Lam meets Hagerty in person on February 18", CONTRADICTED),
        ("On Feb 19 Lam met ex-senator Leahy face to face 🤝", CONTRADICTED),
        ("To Lam met Steve Daines in person on Wednesday.", CONTRADICTED),
        # Vietnamese
        ("Ngày 18/2, Tổng Bí thư Tô Lâm đã gặp trực tiếp TNS Bill Hagerty.", CONTRADICTED),
        ("Tổng Bí thư trực tiếp gặp ông Patrick Leahy hôm 19/2", CONTRADICTED),
        # without diacritics
        ("Tong Bi thu To Lam gap truc tiep TNS Daines ngay 18/2", CONTRADICTED),
        ("TBT To Lam gap mat truc tiep ong Leahy hom 19/2", CONTRADICTED),
    ],
)
def test_in_person_on_a_calls_occasion(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert "phone call" in judgement.explanation
    assert "in person" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # no mode said: as before, a meeting the claims do not give is not refuted by a call
        ("Lam met Sen. Daines on Feb. 18.", NEI),
        ("Tổng Bí thư Tô Lâm gặp Thượng nghị sĩ Daines ngày 18/2.", NEI),
        ("To Lam gap TNS Hagerty ngay 18/2", NEI),
        # another day, or none: may be another occasion
        ("Lam met Daines in person on Feb. 25.", NEI),
        ("Tô Lâm gặp trực tiếp ông Leahy năm 2019.", NEI),
        ("Lam has met Daines face to face.", NEI),
        # undated at the place of that trip: another encounter of theirs is not ruled out
        ("Lam and Sen. Hagerty met in person in Washington, a Senate aide said", NEI),
        ("Tô Lâm gặp trực tiếp ông Daines trong chuyến dự họp khai mạc Hội đồng Hòa bình", NEI),
        # a series of calls over months is many occasions, none of them fixed
        ("Lam and Trump first met face to face in November 2024.", NEI),
        # a pair the claims give a meeting in person: borne out, never refuted by the mode
        ("Lam met Orbán in person on Feb. 19.", NEI),
        # a wish or a plan to meet in person is no meeting
        ("Lam hopes to meet Daines in person soon.", NEI),
        ("Tô Lâm sẽ gặp trực tiếp ông Leahy vào ngày 19/2.", NEI),
        # the mode word is another clause's
        ("Lam called Daines on Feb. 18; he will see Hagerty in person later.", NEI),
    ],
)
def test_traps_stay_open(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the call's day only on the other clock (18 February in Washington is the 19th in
        # Hanoi; 19 February, afternoon, the 20th): a statement naming no clock may mean its
        # own day there, which the sources do not fill
        ("Lam and Hagerty met face to face on February 19, aides said.", NEI),
        ("Party chief Lam meets Sen. Daines in person Feb. 19", NEI),
        ("Lam met former senator Leahy in person on Feb. 20", NEI),
        ("Ngày 19/2, Tổng Bí thư Tô Lâm gặp trực tiếp Thượng nghị sĩ Bill Hagerty.", NEI),
        ("Tổng Bí thư trực tiếp gặp nguyên Thượng nghị sĩ Patrick Leahy hôm 20/2", NEI),
        ("TBT To Lam gap truc tiep TNS Hagerty hom 19/2", NEI),
        ("To Lam gap mat truc tiep ong Leahy ngay 20/2", NEI),
        # a clock named that does not make it the call's day
        ("Lam met Hagerty face to face on Feb 19, Washington time.", NEI),
        # the clock named makes it the call's day there, as the sources tell it (a call in
        # Washington told "sáng nay giờ Hà Nội" in a paper of the 19th; one in the afternoon
        # there, the next day in Hanoi)
        ("Lam met Daines in person on Feb 19, Hanoi time.", CONTRADICTED),
        ("Tô Lâm gặp trực tiếp ông Daines ngày 19/2 (giờ Hà Nội).", CONTRADICTED),
        ("TBT To Lam gap truc tiep ong Leahy ngay 20/2 gio Ha Noi", CONTRADICTED),
    ],
)
def test_the_day_on_the_clock_said(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the call named beside the meeting: another encounter, which the sources do not exclude
        (
            "Lam held a phone call with Sen. Hagerty and a face-to-face meeting with him on Feb 18",
            NEI,
        ),
        ("Lam meets Daines in person hours after their phone call on Feb 18", NEI),
        (
            "Sau cuộc điện đàm, Tổng Bí thư Tô Lâm còn gặp trực tiếp Thượng nghị sĩ Daines "
            "ngày 18/2.",
            NEI,
        ),
        ("To Lam dien dam roi gap truc tiep TNS Hagerty ngay 18/2", NEI),
        # the meeting, its party bound past the mode's words, is not another's meeting of his
        (
            "Tổng Bí thư điện đàm với TNS Hagerty hôm 18/2, rồi gặp trực tiếp Thượng nghị sĩ "
            "Bill Hagerty.",
            NEI,
        ),
        # one verb read as a meeting or a call alike is one encounter, said to be in person
        ("Lam talked with Daines face to face on Feb 18", CONTRADICTED),
    ],
)
def test_the_call_named_besides(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_a_met_pair_is_not_refuted(checker: Checker) -> None:
    # Orbán was met in person on 19 February: nothing about a call can refute it
    judgement = checker.check("Tô Lâm gặp trực tiếp Thủ tướng Orbán ngày 19/2.")
    assert judgement.verdict != CONTRADICTED, judgement.explanation


def test_the_call_is_the_evidence(checker: Checker) -> None:
    judgement = checker.check("TBT gặp trực tiếp TNS Hagerty ngày 18/2")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert [c.id for c in judgement.evidence] == ["to-lam-phone-call-hagerty-2026-02-18"]
    assert SUPPORTED not in {p.verdict for p in judgement.parts if p.predicate == "met"}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the doer's place on a day he stayed at the summit the call's occasion names
        ("Vietnam's Lam phoned ex-Sen. Leahy from Hanoi on February 19", CONTRADICTED),
        ("Tổng Bí thư Tô Lâm điện đàm với ông Daines từ Hà Nội ngày 18/2.", CONTRADICTED),
        # "khi dang o <place>" frames the acts inside a stay there since session 36
        # (frames._in_stay): no stay in Hanoi is told, so the call is open, no longer refuted
        # by the summit's days
        ("TBT To Lam dien dam voi TNS Hagerty khi dang o Ha Noi ngay 18/2", NEI),
        # traps: the other party's place, no day, another day, a denial, a place that holds it
        ("Leahy called Lam from Vermont on Feb. 19.", NEI),
        ("Lam phoned Leahy from Hanoi.", NEI),
        ("Tô Lâm điện đàm với ông Leahy từ Hà Nội ngày 25/2.", NEI),
        ("Lam did not call Leahy from Hanoi on Feb. 19.", NEI),
        ("Lam called Daines from Washington on Feb. 18.", SUPPORTED),
        ("Lam called Daines from New York on Feb. 18.", NEI),
    ],
)
def test_where_a_call_was_made_from(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict == CONTRADICTED:
        assert "attended" in judgement.explanation

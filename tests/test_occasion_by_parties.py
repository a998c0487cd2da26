"""An encounter tied to an occasion by its whole party list (session 25, occasions; narrowed
after reviewer B): a statement that says one person met two or more others in person ("face to
face", "gặp trực tiếp"), with no date of its own but tied to the occasion whose encounters the
sources give, for each of them, as a phone call of one day (the calls with both senators for the
Board of Peace summit) and no meeting in person with any, is refuted: the sources tell how that
encounter was held (factdb.check.modes.whole_occasion). The tie is the occasion's event named
("on the sidelines of the Board of Peace meeting", "bên lề cuộc họp Hội đồng Hòa bình") or an
act of that occasion at its place framing the encounter ("during his U.S. trip", "trong chuyến
thăm Mỹ").

Untied, the list stays open in every language: the people the sources show only phoning may
have met on another occasion (reviewer B, session 25: "Daines and Hagerty met To Lam in person"
is not enough info), even at the occasion's place ("on Capitol Hill", "in Washington"), as one
person alone does (labelled.yaml: "met Senator Steve Daines in person in Washington").

Written before the rule, in wire, headline, speech and social wording of our own. Other traps:
a time word of another occasion ("previously", "again", "trước đây", a year), a place outside
the occasion's country, a pair of whom one was met in person, plain "met" (no mode), a wish, a
plan, a denial, another occasion's event or trip."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # English: wire copy, headline, social post
        "Lam Meets Daines, Hagerty In Person During U.S. Trip",
        "Lam sat down with Senators Hagerty and Daines during his Washington trip.",
        "Lam met Daines and Hagerty in person on the sidelines of the Board of Peace meeting.",
        "Huge: Lam & both senators, Daines and Hagerty, met face to face at the Board of Peace "
        "summit",
        # Vietnamese
        "Bên lề cuộc họp Hội đồng Hòa bình, Tổng Bí thư gặp trực tiếp hai ông Daines và Hagerty.",
        "TBT Tô Lâm gặp mặt trực tiếp các ông Daines và Hagerty trong chuyến thăm Mỹ",
        # without diacritics
        "Tong Bi thu gap truc tiep Daines va Hagerty ben le cuoc hop Hoi dong Hoa binh",
        "TBT To Lam hoi dam truc tiep voi TNS Daines va TNS Hagerty trong chuyen tham My",
    ],
)
def test_in_person_with_a_calls_whole_party_list(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "phone call" in judgement.explanation
    assert judgement.evidence


@pytest.mark.parametrize(
    "statement",
    [
        # a list with nothing that ties it to the calls' occasion: they may have met on
        # another, even at that occasion's place (reviewer B, session 25)
        "The party chief held face-to-face talks with U.S. Senators Bill Hagerty and Steve Daines.",
        "I was glad to see General Secretary Lam meet Senator Daines and Senator Hagerty face "
        "to face in our capital.",
        "Big moment: Vietnam's Lam met both Daines & Hagerty in person 🇺🇸🇻🇳",
        "Hagerty, Daines and Leahy all sat down with Lam at some point.",
        "Lam met Senators Daines and Hagerty in person on Capitol Hill.",
        "Tổng Bí thư đã hội đàm trực tiếp với hai Thượng nghị sĩ Bill Hagerty và Steve Daines.",
        "Hai ông Daines, Hagerty và Tổng Bí thư Tô Lâm từng ngồi đối diện trực tiếp với nhau.",
        "TBT Tô Lâm gặp mặt trực tiếp các ông Daines, Hagerty tại thủ đô Washington",
        "Tong Bi thu gap truc tiep hai thuong nghi si Hagerty va Daines o Washington",
        "TBT To Lam hoi dam truc tiep voi TNS Daines va TNS Hagerty",
        "Ong Leahy va ong Daines da gap mat truc tiep TBT To Lam",
        # a trip named by no place, or another occasion's
        "Lam sat down with Senators Hagerty and Daines during the trip.",
        "Lam met Daines and Hagerty in person during his visit to Hungary.",
        "Lam met Daines and Hagerty in person during the APEC summit.",
        # one person alone: another encounter of theirs is not ruled out
        "Lam sat face to face with Senator Hagerty on the trip.",
        "Tổng Bí thư gặp trực tiếp Thượng nghị sĩ Daines tại Washington.",
        "TBT gap truc tiep TNS Hagerty",
        # a time word of another occasion
        "Lam had previously met Daines and Hagerty in person.",
        "Lam met Daines and Hagerty face to face again.",
        "Trước đây Tổng Bí thư từng gặp trực tiếp hai ông Daines và Hagerty.",
        "Tong Bi thu gap truc tiep Daines va Hagerty nam 2023",
        # a place outside the occasion's country
        "Lam met Senators Daines and Hagerty in person in Hanoi.",
        "Tổng Bí thư gặp trực tiếp hai ông Daines và Hagerty tại Hà Nội.",
        # one of the list was met in person: the encounter meant may be that meeting
        "Lam met Prabowo and Daines face to face.",
        # no mode said: a call does not refute a meeting
        "Lam met Senators Daines and Hagerty.",
        "TBT To Lam gap hai TNS Daines va Hagerty",
        # a wish, a plan, a denial
        "Lam hopes to meet Daines and Hagerty in person.",
        "Tổng Bí thư sẽ gặp trực tiếp hai ông Daines và Hagerty.",
    ],
)
def test_traps_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


def test_denial_not_refuted(checker: Checker) -> None:
    # the sources bear the denial out: no meeting in person, calls
    judgement = checker.check("Lam did not meet Daines and Hagerty face to face.")
    assert judgement.verdict != CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a verb whose own words say it is held in person (`verb_modes` in occasions.yaml)
        ("Lam sat down with Senators Hagerty and Daines during his U.S. trip.", CONTRADICTED),
        ("Party chief sits down with Sen. Daines on Feb. 18", CONTRADICTED),
        # a reception ("tiếp") is not read as a mode: a reception on a travel day stays open
        # (tests/test_elsewhere.py), whatever the day's call
        ("Tổng Bí thư tiếp hai ông Daines và Hagerty.", NEI),
        ("Tong Bi thu tiep TNS Daines va TNS Hagerty", NEI),
        # the word of a mode inside another word says nothing of how a meeting was held
        ("Tổng Bí thư gặp ông Daines ngày 18/2 để tiếp tục thảo luận.", NEI),
        ("Lam agreed to keep talks going with Hagerty on Feb 18.", NEI),
    ],
)
def test_verbs_held_in_person(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""An encounter named by its whole party list (session 25, occasions): a statement that says one
person met two or more others in person ("face to face", "gặp trực tiếp"), with no time of its
own, where the sources give his encounter with each of them as a phone call of one occasion
(the calls with both senators during the trip to the summit) and no meeting in person with any,
names that occasion by its parties as a date would: the sources tell how it was held, and the
statement is refuted (factdb.check.modes.whole_occasion).

Written before the rule, in wire, headline, speech and social wording of our own. Traps: one
person alone may be met on another occasion (labelled.yaml: "met Senator Steve Daines in person
in Washington" is not enough info), a time word of another occasion ("previously", "again",
"trước đây", a year), a place outside the occasion's country, a pair of whom one was met in
person, plain "met" (no mode), a wish, a plan, a denial."""

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
        # English: wire copy, headline, speech, social post
        "The party chief held face-to-face talks with U.S. Senators Bill Hagerty and Steve Daines.",
        "Lam Meets Daines, Hagerty In Person During Washington Trip",
        "I was glad to see General Secretary Lam meet Senator Daines and Senator Hagerty face "
        "to face in our capital.",
        "Big moment: Vietnam's Lam met both Daines & Hagerty in person 🇺🇸🇻🇳",
        # Vietnamese
        "Tổng Bí thư đã hội đàm trực tiếp với hai Thượng nghị sĩ Bill Hagerty và Steve Daines.",
        "TBT Tô Lâm gặp mặt trực tiếp các ông Daines, Hagerty tại thủ đô Washington",
        # without diacritics
        "Tong Bi thu gap truc tiep hai thuong nghi si Hagerty va Daines o Washington",
        "TBT To Lam hoi dam truc tiep voi TNS Daines va TNS Hagerty",
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
        ("Lam sat down with Senators Hagerty and Daines during the trip.", CONTRADICTED),
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

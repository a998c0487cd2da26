"""Session 21, a country's title said of someone other than the claim's office holder (issue 10:
a confident wrong verdict is the worst outcome; absence of a claim never contradicts).

"Trump invited Vietnam's president", "Tổng thống Trump gửi thư cho Chủ tịch nước Việt Nam": the
title is the invited or addressed person's, whom the sources do not name, not a title said of
Trump. A title is said of a person only when no other person and no verb of another act stands
between them (scope.titling_offices), and a country refutes the holder's office only when it is
said of that very title, not of another person's title elsewhere in the sentence.

The wrong titles of a named person stay refuted ("Vietnamese President Donald Trump", "Trump,
Vietnam's president", "Trump là Chủ tịch nước Việt Nam"), and his own title stays borne out.
Each in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ANOTHERS_TITLE = [
    # the reviewer's confident wrongs
    "Trump invited Vietnam's president to join the Board of Peace.",
    "Trump invited the Vietnamese president to the meeting.",
    "Trump invited Vietnamese President Luong Cuong to join the Board of Peace.",
    "Trump mời Chủ tịch nước Việt Nam tham gia Hội đồng Hòa bình.",
    "Trump invited the president of Vietnam to Washington.",
    "Trump congratulated the Vietnamese president.",
    "Trump congratulated Vietnam's president on his election.",
    "Tổng thống Trump gửi thư cho Chủ tịch nước Việt Nam.",
    "Trump invited Vietnam's state president to join the Board of Peace.",
    "Trump praised the Vietnamese president.",
    # wire copy, headlines and posts of our own
    "WASHINGTON (Reuters) - Trump phoned the Vietnamese president on Tuesday, aides said.",
    "Trump thanks Vietnam's president for hosting talks",
    "Trump hails Vietnamese President Luong Cuong in a post on Truth Social",
    "Ông Trump điện đàm với Chủ tịch nước Việt Nam hôm thứ Ba.",
    "Tổng thống Trump cảm ơn Chủ tịch nước Việt Nam Lương Cường.",
    "Ong Trump dien dam voi Chu tich nuoc Viet Nam hom thu Ba",
    "Tong thong Trump gui thu cho Chu tich nuoc Viet Nam",
    "Trump moi Chu tich nuoc Viet Nam tham gia Hoi dong Hoa binh",
]


@pytest.mark.parametrize("statement", ANOTHERS_TITLE)
def test_a_title_of_the_other_person_is_not_the_subjects(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == NEI, judged.explanation


OWN_TITLE = [
    # a wrong title given to the named person himself
    ("Vietnamese President Donald Trump met Xi.", CONTRADICTED),
    ("Trump, Vietnam's president, met Xi.", CONTRADICTED),
    ("Trump is the president of Vietnam.", CONTRADICTED),
    ("Tổng thống Việt Nam Donald Trump mời Tô Lâm.", CONTRADICTED),
    ("Trump là Chủ tịch nước Việt Nam.", CONTRADICTED),
    ("Trump la Chu tich nuoc Viet Nam", CONTRADICTED),
    # his own title, with another country's office holder after the verb
    ("US President Trump invited Lam to the Board of Peace.", SUPPORTED),
    ("President Trump invited Vietnam's prime minister to join the Board of Peace.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), OWN_TITLE)
def test_a_title_said_of_the_named_person_is_checked(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

"""The Speaker of the House as an office of its own (issue 10, offices), session 34.

The press gives a senator the House's presiding office now and then ("House Speaker Daines",
"Chủ tịch Hạ viện Mỹ Hagerty"). Unknown, the title was words no claim says ("tịch Hạ viện" left
over) and the statement stayed open. It is a role now (fixtures/vocabulary/roles.yaml), which
the office rules set against a senator's seat and against the Senate's own presiding office
(fixtures/vocabulary/offices.yaml, each with its reason): refuted on a day a claim shows the man a
senator.

Open still, as for a seat in the House (tests/test_house_bodies.py): a past Speakership ("Leahy
was once Speaker of the House") against a Senate seat held "before" a date, since a senator may
have sat in the House first; a plan or a wish; a holder the claims do not know. Each in English,
Vietnamese and Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (statement, verdict, words the reason must give)
SPEAKERS = [
    # a senator on that day, titled the House's Speaker
    ("House Speaker Bill Hagerty held a call with To Lam on Feb. 18", CONTRADICTED, "Speaker"),
    ("Speaker of the House Daines talked to Lam by phone on 18 February", CONTRADICTED, "Speaker"),
    (
        "Ngày 18/2, Chủ tịch Hạ viện Mỹ Steve Daines có cuộc điện đàm với Tổng Bí thư",
        CONTRADICTED,
        "Chủ tịch Hạ viện",
    ),
    ("Chu tich Ha vien My Hagerty dien dam voi TBT To Lam ngay 18/2", CONTRADICTED, "Speaker"),
    ("Ông Hagerty hiện là Chủ tịch Hạ viện Mỹ", CONTRADICTED, "senator"),
    # denied: the denial borne out by the same rule
    ("Steve Daines is not the Speaker of the House.", SUPPORTED, "daines-us-senator"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), SPEAKERS)
def test_a_senator_titled_the_house_speaker(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    assert why in judged.explanation


OPEN = [
    # a past Speakership: a Senate seat held "before" a date does not rule it out
    "Leahy was once Speaker of the House.",
    "Ông Leahy từng giữ chức Chủ tịch Hạ viện Mỹ.",
    "ong Leahy tung la Chu tich Ha vien My",
    "Former House Speaker Leahy got a call from To Lam.",
    # a wish, and a holder the claims do not know
    "Hagerty hopes to become Speaker of the House one day.",
    "Ông Daines mong muốn trở thành Chủ tịch Hạ viện Mỹ",
    "Chủ tịch Hạ viện Mỹ Mike Johnson gặp Tổng Bí thư Tô Lâm",
    # the House's committee, a body of its own (tests/test_house_bodies.py)
    "Ong Leahy tung giu chuc Chu tich Uy ban Chuan chi Ha vien",
]


@pytest.mark.parametrize("statement", OPEN)
def test_a_speakership_no_claim_rules_out_stays_open(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == NEI, judged.explanation
    assert "chooses its Speaker" not in judged.explanation

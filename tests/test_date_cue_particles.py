"""Issue 10, dates as people give them: the word that cues a day right after it ("on", `day_cues`
in lexicon/<lang>/dates.yaml) is the date's, not the particle of a longer trigger. "a call on
Feb. 18" had been read as "call on" (to urge: a request), so the call went unread and its day
was given to a request (parse._cue_of_date); the shorter trigger, the call, now reads it. "called
on Congress to ..." is still a request. Vietnamese sets no cue before a day that a verb could
take as its particle, so its rows show the same calls dated by their own day. English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the call dated after "on", borne out by its day
    ("Lam held a call on Feb. 18 with Senator Steve Daines.", SUPPORTED, "phone-call-daines"),
    ("Bill Hagerty and To Lam spoke in a call on February 18.", SUPPORTED, "phone-call-hagerty"),
    (
        "In a call on 18 February, Daines told Lam that the US had become Vietnam's "
        "second-largest trading partner.",
        SUPPORTED,
        "daines-glad-us-second-largest-trading-partner",
    ),
    (
        "Trong cuộc điện đàm ngày 18/2, Tổng Bí thư Tô Lâm trao đổi với TNS Steve Daines.",
        SUPPORTED,
        "phone-call-daines",
    ),
    (
        "Trong cuoc dien dam ngay 18/2, TBT To Lam trao doi voi TNS Steve Daines",
        SUPPORTED,
        "phone-call-daines",
    ),
    # the particle with no date after it is still a request
    (
        "Lam called on Congress to keep funding the Bien Hoa dioxin cleanup.",
        SUPPORTED,
        "requested-congress-fund-bien-hoa",
    ),
    # a verb that only dates with its "on" keeps it
    ("The To Lam–Daines phone call fell on Feb. 18.", SUPPORTED, "phone-call-daines"),
    # traps: a call on a day after the trip may be another call
    ("Lam held a call on Feb. 25 with Senator Steve Daines.", NEI, "another occasion"),
    (
        "Trong cuộc điện đàm ngày 25/2, Tổng Bí thư Tô Lâm trao đổi với TNS Steve Daines.",
        NEI,
        "another occasion",
    ),
    ("Trong cuoc dien dam ngay 25/2, TBT To Lam trao doi voi TNS Daines", NEI, "another occasion"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_date_cue_particles(checker: Checker, statement: str, verdict: str, why: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert why in result.explanation

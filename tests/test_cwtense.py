"""Session 26, tense said by a verb (confident wrongs: SUPPORTED where the truth is otherwise).

- A legislator's seat said as its act, for a state, in the chamber that seats him ("represents
  Vermont in the Senate", "hiện đại diện bang Vermont tại Thượng viện") is that chamber's office
  of the state, held when the verb says (assertions._seats; `seat_verbs` in
  lexicon/<lang>/statements.yaml, `chambers` in lexicon/world/offices.yaml): a former senator
  is refuted as holding it now, borne out as having held it. Without a tense word in Vietnamese
  the state alone is said, as today; without the chamber, see tests/test_cwpostponed.py.
- A visit put on the calendar ("has scheduled a visit", "đã lên lịch thăm", "xếp lịch") is a
  plan (`modality` in lexicon/<lang>/statements.yaml): a past visit does not bear it out.

Each in English, Vietnamese and Vietnamese without diacritics, with the near cases that keep
their verdict.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SEATS = [
    # the reviewer's: a former senator said to hold the seat now
    ("Patrick Leahy, who represents Vermont in the Senate, spoke with Tô Lâm.", CONTRADICTED),
    ("Patrick Leahy currently represents Vermont in the US Senate.", CONTRADICTED),
    ("Ông Patrick Leahy hiện đại diện bang Vermont tại Thượng viện Mỹ.", CONTRADICTED),
    # paraphrases
    ("Tô Lâm phoned Leahy, who still represents Vermont in the Senate.", CONTRADICTED),
    ("Ong Patrick Leahy hien dai dien bang Vermont tai Thuong vien My.", CONTRADICTED),
    ("Ông Leahy, người hiện đại diện bang Vermont ở Thượng viện, gọi Tô Lâm.", CONTRADICTED),
    ("Ong Leahy hien dang dai dien cho bang Vermont tai Thuong vien.", CONTRADICTED),
    # the former form: held before, borne out
    ("Patrick Leahy, who represented Vermont in the Senate, spoke with Tô Lâm.", SUPPORTED),
    ("Leahy once represented Vermont in the US Senate.", SUPPORTED),
    ("Ông Patrick Leahy từng đại diện bang Vermont tại Thượng viện Mỹ.", SUPPORTED),
    ("Ong Patrick Leahy tung dai dien bang Vermont tai Thuong vien My.", SUPPORTED),
    # near versions that keep today's verdict: the state alone, or no tense word in Vietnamese
    # the state alone, in the present: the one chamber that seats by the act (cwpostponed)
    ("Patrick Leahy represents Vermont.", CONTRADICTED),
    ("Ông Patrick Leahy đại diện bang Vermont tại Thượng viện Mỹ.", SUPPORTED),
    ("Leahy, who chairs the Senate Appropriations Committee, spoke with Lam.", CONTRADICTED),
    ("Patrick Leahy is a former senator from Vermont.", SUPPORTED),
]


SCHEDULED = [
    # the reviewer's: a past visit does not bear out one put on the calendar
    ("Senator Hagerty has scheduled a visit to Vietnam.", NEI),
    # paraphrases
    ("Hagerty scheduled a trip to Vietnam.", NEI),
    ("Senator Hagerty schedules a visit to Vietnam.", NEI),
    ("Thượng nghị sĩ Hagerty đã lên lịch thăm Việt Nam.", NEI),
    ("Thượng nghị sĩ Hagerty đã xếp lịch thăm Việt Nam.", NEI),
    ("Thuong nghi si Hagerty da len lich tham Viet Nam.", NEI),
    ("Thuong nghi si Hagerty xep lich tham Viet Nam.", NEI),
    # near versions that keep today's verdict
    ("Senator Hagerty has planned a visit to Vietnam.", NEI),
    ("Thượng nghị sĩ Hagerty đã lên kế hoạch thăm Việt Nam.", NEI),
    ("Senator Hagerty visited Vietnam.", SUPPORTED),
    ("Thượng nghị sĩ Hagerty đã thăm Việt Nam.", SUPPORTED),
    ("Thuong nghi si Hagerty da tham Viet Nam.", SUPPORTED),
]


@pytest.mark.parametrize("statement,verdict", SEATS + SCHEDULED)
def test_a_verbs_tense_or_plan_decides_the_verdict(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize(
    "statement,reading",
    [
        # the seat is read as the chamber's office of the state
        (
            "Patrick Leahy currently represents Vermont in the US Senate.",
            "current senator of Vermont",
        ),
        (
            "Ong Patrick Leahy hien dai dien bang Vermont tai Thuong vien My.",
            "current senator of Vermont",
        ),
        # the calendar, as a plan
        ("Senator Hagerty has scheduled a visit to Vietnam.", "as a plan"),
        ("Thuong nghi si Hagerty da len lich tham Viet Nam.", "as a plan"),
    ],
)
def test_the_reading_is_the_one_explained(checker: Checker, statement: str, reading: str) -> None:
    judged = checker.check(statement)
    assert reading in judged.explanation, judged.explanation

"""Session 17 (wrongs): three classes of confident wrong verdicts, each a mechanism with
verdicts in English, Vietnamese and Vietnamese without diacritics. The statements are written
for these tests (wire copy, headlines, speeches, posts), not taken from a corpus or a source.

1. A count of years a series indexes by year (an anniversary: `dimension: duration`, `time:
   qualifier`) is the time elapsed to the year of its marking, so every year has its own
   count. Undated, and with no other event of the statement to fix that year, another count
   refutes nothing ("marked 40 years since the war ended" was true in 2015).
2. A part of the day given on another clock than the claim's is converted before it is
   compared; where the conversion leaves the part open (the early hours against a morning),
   it is not enough info.
3. A list of days ("on Feb. 18 and 19") says the act fell on each day, or across them, as a
   range does: a one-off act on one of them does not bear it out.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


UNDATED_COUNTS = [
    # another count, no year: the marking may be another year's
    ("Vietnam and the US marked 40 years of diplomatic relations", NEI),
    ("Hanoi, Washington celebrate two decades of diplomatic ties", NEI),
    ("The two nations marked half a century of diplomatic relations", NEI),
    ("Vietnam marked 40 years since the end of the Vietnam War", NEI),
    ("Việt Nam và Mỹ kỷ niệm 40 năm quan hệ ngoại giao", NEI),
    ("Việt Nam kỷ niệm 40 năm kết thúc chiến tranh Việt Nam", NEI),
    ("Viet Nam va My ky niem nua the ky quan he ngoai giao", NEI),
    ("Viet Nam ky niem 40 nam ket thuc chien tranh Viet Nam", NEI),
    # the claim's own count is borne out
    ("Vietnam and the US marked 30 years of diplomatic relations", SUPPORTED),
    ("Việt Nam và Mỹ kỷ niệm 30 năm quan hệ ngoại giao", SUPPORTED),
    ("Viet Nam va My ky niem 30 nam quan he ngoai giao", SUPPORTED),
    # a year, or another event of the statement, fixes the marking: still decidable
    ("In 2025 Vietnam and the US marked 40 years of diplomatic relations", CONTRADICTED),
    ("2025 marked 40 years since the end of the Vietnam War", CONTRADICTED),
    (
        "During Hegseth's visit, Vietnam and the US marked 40 years of diplomatic relations",
        CONTRADICTED,
    ),
    ("Năm 2025, Việt Nam và Mỹ kỷ niệm 40 năm quan hệ ngoại giao", CONTRADICTED),
    ("Nam 2025, Viet Nam va My ky niem 40 nam quan he ngoai giao", CONTRADICTED),
    ("A Senate resolution marked 25 years of US-Vietnam diplomatic relations", CONTRADICTED),
    (
        "Nghi quyet do ong Daines thuc day nham ky niem 25 nam quan he ngoai giao Viet - My",
        CONTRADICTED,
    ),
    # a count not said to be marked is said of now
    ("Diplomatic relations between Vietnam and the US are under 20 years old", CONTRADICTED),
    ("Quan hệ ngoại giao Việt - Mỹ mới chưa tới 20 năm", CONTRADICTED),
    ("Quan he ngoai giao Viet - My moi chua toi 20 nam", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), UNDATED_COUNTS)
def test_an_undated_count_of_years_refutes_nothing(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_reason_says_the_year_of_the_marking_is_not_given(checker: Checker) -> None:
    result = checker.check("Vietnam and the US marked 40 years of diplomatic relations")
    assert "year of the marking is not given" in result.explanation

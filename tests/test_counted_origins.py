"""The year a count of years began (session 26, occasions): a count marked in a year fixes the
year of what it counts ("30 years of diplomatic relations" marked in 2025: the relations were
established in 1995). A statement that dates the start itself, with a word that says the
start (`count_origins` in lexicon/<lang>/occasions.yaml: "established", "thiết lập") and no
count or word of a marking of its own (`markings`: "anniversary", "kỷ niệm"), is borne out by
that year and refuted by another (rules.counted_from; assess.counted_origin).

Written before the rule, in wire, headline and social wording of our own; traps: another pair
of countries, a day or a month the derived year does not fix, the marking year said with a
marking word, a denial, a plan."""

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
        ("Vietnam and the United States established diplomatic relations in 1995.", SUPPORTED),
        ("Hanoi and Washington Established Diplomatic Ties in 1995", SUPPORTED),
        ("Vietnam and the US established diplomatic relations in 1997.", CONTRADICTED),
        ("US, Vietnam established diplomatic ties back in 1990", CONTRADICTED),
        # Vietnamese
        ("Việt Nam và Mỹ thiết lập quan hệ ngoại giao năm 1995", SUPPORTED),
        ("Năm 1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.", SUPPORTED),
        ("Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao vào năm 2000.", CONTRADICTED),
        # without diacritics
        ("Viet Nam va My thiet lap quan he ngoai giao nam 1995", SUPPORTED),
        ("Viet Nam va Hoa Ky thiet lap quan he ngoai giao nam 1993", CONTRADICTED),
    ],
)
def test_the_year_a_count_began(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert "vn-us-diplomatic-relations-30th-anniversary-2025" in judgement.explanation
    assert "years it counts began in 1995" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # another pair: no claim counts their years
        "Vietnam and Armenia established diplomatic relations in 1992.",
        "Việt Nam và Armenia thiết lập quan hệ ngoại giao năm 1992",
        "Viet Nam va Armenia thiet lap quan he ngoai giao nam 1995",
        # a day or a month inside the year: the count gives the year only
        "Vietnam and the US established diplomatic relations on July 12, 1995.",
        "Việt Nam và Mỹ thiết lập quan hệ ngoại giao tháng 7/1995",
        "Viet Nam va My thiet lap quan he ngoai giao ngay 12/7/1995",
        # a denial or a plan of the start is not what the count fixes
        "Vietnam and the US did not establish diplomatic relations in 1995.",
        "Việt Nam và Mỹ sẽ thiết lập quan hệ ngoại giao năm 1997",
    ],
)
def test_what_the_count_does_not_fix(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the year of the marking, said with a marking word, is the count's own year
        ("In 2025 Vietnam and the US marked the establishment of diplomatic ties.", SUPPORTED),
        ("Năm 2025, Việt Nam và Mỹ kỷ niệm thiết lập quan hệ ngoại giao.", SUPPORTED),
        ("Nam 2025 Viet Nam va My ky niem thiet lap quan he ngoai giao", SUPPORTED),
        # a count and its marking year: as before
        ("2025 marks 30 years since Vietnam, the US established diplomatic ties.", SUPPORTED),
        ("Năm 2025 Việt Nam và Mỹ kỷ niệm 40 năm thiết lập quan hệ ngoại giao", CONTRADICTED),
    ],
)
def test_a_marking_keeps_its_year(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert "years it counts began" not in judgement.explanation

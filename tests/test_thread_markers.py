"""A thread's list marker opening a social post ("1/ ...", "2/", "(3)", "4)", "5.") is the post's
place in its thread, not a number of what it says (datelines.blank_thread_marker, blanked
before any word is read, offsets kept). Before, "2/ Lam met nine leaders ..." left "2" as a figure
no claim gave, and the statement open. A slash with a digit after it is a date or a thread's
total ("19/2", "1/3") and stays; so does a number with no mark after it ("2 senators ...").
English, Vietnamese and Vietnamese without diacritics; statements written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.datelines import blank_thread_marker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

ORBAN = "to-lam-met-orban-2026-02-19"
ALIYEV = "to-lam-met-aliyev-2026-02-19"
NAMED = "the claims of that occasion name 9"  # a count refuted by the occasion's whole list


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("2/ On Feb. 19 To Lam sat down with nine world leaders in Washington", SUPPORTED, ALIYEV),
    ("(3) Feb 19: Lam held talks with Hungary's Orban 🇭🇺", SUPPORTED, ORBAN),
    ("4) Lam met four leaders on Feb. 19", CONTRADICTED, NAMED),
    ("2/ Sáng 19/2, TBT Tô Lâm gặp 9 nhà lãnh đạo", SUPPORTED, ALIYEV),
    ("3. Ngày 19/2, Tổng Bí thư hội kiến Thủ tướng Hungary Orbán", SUPPORTED, ORBAN),
    ("(1) Sang 19/2 TBT gap Thu tuong Orban tai Washington", SUPPORTED, ORBAN),
    ("5) TBT gap 4 lanh dao ngay 19/2", CONTRADICTED, NAMED),
    # traps: a date or a thread's total opening the post, a count with no mark
    ("1/3 Lam met Orban.", NEI, "1/3"),
    ("2 world leaders met Lam in Hanoi in 2019", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_a_thread_marker_is_no_number(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    if why == NAMED:
        judgement = checker.check(statement)
        assert (judgement.verdict, why in judgement.explanation) == (verdict, True), judgement
        return
    assert_judged(checker, statement, verdict, why)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("1/ Lam landed", "Lam landed"),
        ("  (12) Lam", "Lam"),
        ("3) TBT", "TBT"),
        ("4. TBT", "TBT"),
        ("19/2 TBT", "19/2 TBT"),
        ("1/3 Lam", "1/3 Lam"),
        ("2 senators", "2 senators"),
        ("(VNA) - Lam", "(VNA) - Lam"),
    ],
)
def test_the_marker_alone_is_blanked(text: str, kept: str) -> None:
    blanked = blank_thread_marker(text)
    assert len(blanked) == len(text)
    assert blanked.strip() == kept

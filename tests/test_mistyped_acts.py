"""Session 24, a verb bound to a party its predicate never takes (issue 10): "representing" is
read as represents_state, whose value is a US state; said of a person ("Hagerty, representing
President Trump,", "đại diện của Tổng thống Trump") it asserts a tie no predicate reads and no
claim bears out. With no claim of the predicate to weigh it was dropped, and the call and
Trump's title accounted for every name: a confident "supported". It keeps the statement open
(accounting.mistyped_acts). Bound to a state, as the predicate is built for, the verb is read
as before: borne out where a claim gives the state, left open where none does. In English,
Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "Senator Hagerty, representing President Trump, held a phone call with General Secretary"
        " To Lam.",
        "Daines, representing Donald Trump, had a phone conversation with To Lam.",
        "Thượng nghị sĩ Hagerty, đại diện cho Tổng thống Trump, đã điện đàm với Tổng Bí thư"
        " Tô Lâm.",
        "TNS Daines, đại diện Tổng thống Donald Trump, điện đàm với ông Tô Lâm.",
        "Thuong nghi si Hagerty, dai dien cho Tong thong Trump, da dien dam voi Tong Bi thu"
        " To Lam.",
        "TNS Daines, dai dien Tong thong Donald Trump, dien dam voi ong To Lam.",
        # the same capacity in other words, which no predicate reads: left over as before
        "Hagerty, as Trump's envoy, spoke by phone with To Lam.",
        "Hagerty spoke by phone with To Lam on behalf of the White House.",
        "Thay mặt Tổng thống Trump, Thượng nghị sĩ Hagerty điện đàm với Tổng Bí thư Tô Lâm.",
    ],
)
def test_represented_person_keeps_it_open(checker: Checker, statement: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == NEI, judged.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the state a claim gives him, in an apposition or a relative clause
        ("Leahy, who represented Vermont, spoke by phone with To Lam.", SUPPORTED),
        (
            "Cựu Thượng nghị sĩ Leahy, từng đại diện bang Vermont, điện đàm với Tổng Bí thư"
            " Tô Lâm.",
            SUPPORTED,
        ),
        (
            "Cuu Thuong nghi si Leahy, tung dai dien bang Vermont, dien dam voi Tong Bi thu"
            " To Lam.",
            SUPPORTED,
        ),
        # the call alone, titles borne out
        ("Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Hagerty.", SUPPORTED),
        ("Tong Bi thu To Lam dien dam voi Thuong nghi si Hagerty.", SUPPORTED),
        # a state no claim gives him stays open
        ("Hagerty, who represents Vermont, spoke by phone with To Lam.", NEI),
    ],
)
def test_represented_state_read_as_before(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


def test_the_reason_names_the_unread_tie(checker: Checker) -> None:
    judged = checker.check("Hagerty, representing President Trump, spoke by phone with To Lam")
    assert judged.verdict == NEI
    assert "represents the state" in judged.explanation

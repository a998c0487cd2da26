"""Session 21, the chamber of a seat (issue 10): a senator represents his state in the Senate,
so "represented Vermont in the Senate" is borne out by the claim that he represented Vermont
and the claim that he held a Senate office, now or before (lexicon/world/offices.yaml
`chambers`); "the Appropriations Committee of the US Senate" names one body, the Senate's. The
chamber named with another act ("praised Vietnam in the Senate") is a place no claim gives,
and stays open. In English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Pat Leahy once represented Vermont in the U.S. Senate.", SUPPORTED),
        ("Leahy, a Democrat, represented Vermont in the Senate.", SUPPORTED),
        ("Ông Leahy từng đại diện bang Vermont tại Thượng viện Mỹ.", SUPPORTED),
        ("Ong Leahy tung dai dien bang Vermont tai Thuong vien My.", SUPPORTED),
        # a committee of the chamber named with the chamber: one body, the Senate's
        ("Bill Hagerty is a member of the Appropriations Committee of the US Senate.", SUPPORTED),
        ("TNS Hagerty là thành viên Ủy ban Đối ngoại của Thượng viện Mỹ.", SUPPORTED),
        ("TNS Hagerty la thanh vien Uy ban Doi ngoai cua Thuong vien My.", SUPPORTED),
        # ... and after a list of its committees, whose chamber it is (session 25)
        (
            "Sen. Hagerty serves on both the Foreign Relations Committee and the Appropriations"
            " Committee of the U.S. Senate.",
            SUPPORTED,
        ),
        ("Ông Hagerty ngồi ở cả Ủy ban Đối ngoại lẫn Ủy ban Chuẩn chi của Thượng viện.", SUPPORTED),
        (
            "TNS Hagerty co chan trong Uy ban Doi ngoai va Uy ban Chuan chi cua Thuong vien My",
            SUPPORTED,
        ),
        # traps: a committee of the list he does not sit on; the other chamber's committees
        ("Ông Daines là thành viên Ủy ban Đối ngoại và Ủy ban Chuẩn chi của Thượng viện Mỹ.", NEI),
        ("Hagerty sits on the Foreign Relations and Appropriations committees of the House.", NEI),
        # traps: the chamber as where another act was done; a state the claims do not give
        ("Daines praised Vietnam's growth on the Senate floor.", NEI),
        ("Thượng nghị sĩ Daines ca ngợi Việt Nam tại Thượng viện.", NEI),
        ("Hagerty represented Vermont in the Senate.", NEI),
    ],
)
def test_the_chamber_of_a_seat(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam had a call with former senator Patrick Leahy of Vermont.", SUPPORTED),
        ("Tổng Bí thư điện đàm với cựu Thượng nghị sĩ Patrick Leahy của bang Vermont.", SUPPORTED),
        ("Tong Bi thu dien dam voi cuu Thuong nghi si Patrick Leahy cua bang Vermont.", SUPPORTED),
        # a state the claims give him none of, and one of no one named
        ("Lam had a call with Senator Steve Daines of Montana.", NEI),
        ("Lam spoke with the governor of Vermont.", NEI),
    ],
)
def test_the_state_said_of_a_name(checker: Checker, statement: str, verdict: str) -> None:
    # "of" ties a state after a name to him (attribute_links in lexicon/en/statements.yaml)
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

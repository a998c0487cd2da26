"""Session 29, offices: a seat on a committee said as sitting in it ("ngồi ghế thành viên Ủy ban
Đối ngoại Thượng viện Mỹ", press21 dev) is the member's seat, as "ngồi ở", "có chân trong" and
"holds a seat on" are (`committee_member` triggers in fixtures/vocabulary/predicates.yaml).
"Ong Hagerty ngoi ghe thanh vien Uy ban Doi ngoai Thuong vien My" was left open on the words
"ngồi ghế", which no claim says.

Traps: a committee the claims do not give him, a chair's seat and a holder with no seat there
stay open."""

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
        ("Ông Hagerty ngồi ghế thành viên Ủy ban Đối ngoại Thượng viện Mỹ", SUPPORTED),
        ("Ong Hagerty ngoi ghe thanh vien Uy ban Doi ngoai Thuong vien My", SUPPORTED),
        ("Hagerty holds a seat on the Senate Foreign Relations Committee.", SUPPORTED),
        # traps
        ("Ông Hagerty ngồi ghế Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ", NEI),
        ("Ong Hagerty ngoi ghe Chu tich Uy ban Doi ngoai Thuong vien My", NEI),
        ("Ông Leahy ngồi ghế thành viên Ủy ban Đối ngoại Thượng viện Mỹ", NEI),
        ("Leahy holds a seat on the Senate Foreign Relations Committee.", NEI),
        ("Hagerty holds a seat on the House Foreign Affairs Committee.", NEI),
    ],
)
def test_a_seat_said_as_sitting_in_it(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

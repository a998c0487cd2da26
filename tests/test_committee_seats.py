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
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SEATS = [
    ("Ông Hagerty ngồi ghế thành viên Ủy ban Đối ngoại Thượng viện Mỹ", SUPPORTED),
    ("Ong Hagerty ngoi ghe thanh vien Uy ban Doi ngoai Thuong vien My", SUPPORTED),
    ("Hagerty holds a seat on the Senate Foreign Relations Committee.", SUPPORTED),
    # traps
    ("Ông Hagerty ngồi ghế Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ", NEI),
    ("Ong Hagerty ngoi ghe Chu tich Uy ban Doi ngoai Thuong vien My", NEI),
    ("Ông Leahy ngồi ghế thành viên Ủy ban Đối ngoại Thượng viện Mỹ", NEI),
    ("Leahy holds a seat on the Senate Foreign Relations Committee.", NEI),
    ("Hagerty holds a seat on the House Foreign Affairs Committee.", NEI),
]

# One committee set against another after the seat ("a member of the Appropriations Committee,
# not the Foreign Relations Committee", "là thành viên Ủy ban Chuẩn chi, không phải Ủy ban Đối
# ngoại Thượng viện", press21 dev) denies the seat in the excluded one, as "met Orbán, not
# Tokayev" denies the meeting (check.parse: `exclusions`, BODY_TYPES): read with it in place,
# a seat the claims give refutes the statement, and one they do not leaves it open.
EXCLUDED = [
    (
        "Thượng nghị sĩ Steve Daines là thành viên Ủy ban Chuẩn chi, không phải Ủy ban Đối "
        "ngoại Thượng viện.",
        CONTRADICTED,
    ),
    (
        "Thuong nghi si Steve Daines la thanh vien Uy ban Chuan chi, khong phai Uy ban Doi "
        "ngoai Thuong vien.",
        CONTRADICTED,
    ),
    (
        "Senator Steve Daines is a member of the Appropriations Committee, not the Senate "
        "Foreign Relations Committee.",
        CONTRADICTED,
    ),
    # Hagerty sits on both
    (
        "Hagerty is a member of the Senate Foreign Relations Committee, not the "
        "Appropriations Committee.",
        CONTRADICTED,
    ),
    # traps: the seat the claims do not give is the excluded one
    (
        "Daines is a member of the Senate Foreign Relations Committee, not the "
        "Appropriations Committee.",
        NEI,
    ),
    (
        "Ông Daines là thành viên Ủy ban Đối ngoại Thượng viện, không phải Ủy ban Chuẩn chi.",
        NEI,
    ),
    (
        "Ong Daines la thanh vien Uy ban Doi ngoai Thuong vien, khong phai Uy ban Chuan chi.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), SEATS + EXCLUDED)
def test_committee_seats(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

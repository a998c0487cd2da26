"""Session 22, a seat on a committee said as sitting there: "ngồi ở Ủy ban Chuẩn chi", "có chân
trong Ủy ban Đối ngoại", "has a seat on the Senate Foreign Relations Committee" say what
"thành viên Ủy ban" and "sits on" say (committee_member's triggers in
fixtures/vocabulary/predicates.yaml): the claim of the seat bears them out and refutes their
denial. Sitting anywhere else is no seat on a committee, and no claim decides it. Each in
English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Hagerty has a seat on the Senate Foreign Relations Committee.", SUPPORTED),
    ("Daines holds a seat on the Senate Foreign Relations Committee.", SUPPORTED),
    ("Thượng nghị sĩ Daines ngồi ở Ủy ban Đối ngoại Thượng viện.", SUPPORTED),
    ("Ông Hagerty có chân trong Ủy ban Chuẩn chi Thượng viện Mỹ.", SUPPORTED),
    ("Ông Daines không ngồi ở Ủy ban Đối ngoại Thượng viện.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm ngồi ở hàng ghế đầu tại phiên họp.", NEI),
    ("Thuong nghi si Daines ngoi o Uy ban Doi ngoai Thuong vien.", SUPPORTED),
    ("Ong Hagerty co chan trong Uy ban Chuan chi Thuong vien My.", SUPPORTED),
    # Session 25: a member's capacity ("cương vị thành viên") is his seat, no office
    (
        "Với cương vị thành viên Ủy ban Đối ngoại Thượng viện, TNS Daines điện đàm với TBT.",
        SUPPORTED,
    ),
    ("Ông Hagerty giữ cương vị thành viên Ủy ban Chuẩn chi của Thượng viện Mỹ.", SUPPORTED),
    (
        "Voi cuong vi thanh vien Uy ban Chuan chi Thuong vien, ong Hagerty dien dam voi TBT.",
        SUPPORTED,
    ),
    ("Với cương vị thành viên Ủy ban Chuẩn chi Thượng viện, ông Daines điện đàm với TBT.", NEI),
    ("Với cương vị Chủ tịch Ủy ban Chuẩn chi Thượng viện, ông Hagerty điện đàm với TBT.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_a_seat_said_as_sitting(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Occasions and times a statement does not fix (session 18, confident wrongs). Each was a
confident verdict on main; each is a rule of time or of reference, with verdicts in English,
Vietnamese and Vietnamese without diacritics, and traps that keep theirs:

1. A count of the parties of an act refutes only on an occasion the statement fixes, by a date
   or an event named (accounting.counts): "Lam met four world leaders" may be of another day.
2. A lasting state said to hold up to a date ("by 2027 Lam was still general secretary", "cho
   đến năm 2027") is held at its end: only a claim holding to that day bears it out; one that
   ends earlier may be over by then (rules.compare_time).
3. An undated count of years said of now ("it has been 51 years since", `counts_now`) above the
   claim's: the statement's now may be later than the sources' (assess.later_now); below it, it
   is refuted, since years since an event only grow.
4. A party or a state said before any name, as a description ("Republicans praised Leahy's
   call"), is not said of a person the statement names apart (Offices._attribute_holders).
The statements are written for these tests, the way wire copy, headlines and posts put things.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam met four world leaders.", NEI),
        ("Tô Lâm đã gặp bốn nhà lãnh đạo thế giới.", NEI),
        ("To Lam gap 4 lanh dao the gioi", NEI),
        ("Lam met four world leaders on February 19.", CONTRADICTED),
        ("Tô Lâm gặp bốn nhà lãnh đạo bên lề cuộc họp khai mạc Hội đồng Hòa bình.", CONTRADICTED),
        ("To Lam gap 4 lanh dao ngay 19/2", CONTRADICTED),
        ("By 2027 Lam was still general secretary", NEI),
        ("By 2028, Hanoi and Washington remained comprehensive strategic partners", NEI),
        ("Cho đến năm 2027, ông Tô Lâm vẫn giữ chức Tổng Bí thư", NEI),
        ("Cho den nam 2027 To Lam van la Tong Bi thu", NEI),
        ("In February 2026 Lam was general secretary", SUPPORTED),
        ("Tháng 2/2026, ông Tô Lâm là Tổng Bí thư", SUPPORTED),
        ("It has been 51 years since the end of the Vietnam War.", NEI),
        ("It's been 52 years since the Vietnam War ended", NEI),
        ("Đến nay đã 51 năm kể từ ngày kết thúc chiến tranh Việt Nam", NEI),
        ("Da 51 nam ke tu khi chien tranh Viet Nam ket thuc", NEI),
        ("It has been 49 years since the end of the Vietnam War.", CONTRADICTED),
        ("It has been 50 years since the end of the Vietnam War.", SUPPORTED),
        ("Republicans praised Leahy's call", NEI),
        ("Đảng Cộng hòa khen ngợi cuộc điện đàm của Leahy", NEI),
        ("Dang Cong hoa khen cuoc dien dam cua Leahy", NEI),
        ("Republican Leahy spoke with Lam", CONTRADICTED),
        ("Leahy, a Republican, spoke with Lam by phone", CONTRADICTED),
        ("Thượng nghị sĩ Cộng hòa Leahy điện đàm với Tô Lâm", CONTRADICTED),
        ("Thuong nghi si Cong hoa Leahy dien dam voi To Lam", CONTRADICTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict

"""Session 31, offices: a role said of an office, as a post is (issue 10, class 1).

- "Holds the role of", "in the role of", "giữ vai trò", "đảm nhận vai trò" before a title say
  the office held, as "serves as" and "giữ chức" do (`copulas` in lexicon/<lang>/
  statements.yaml): "Ông Trump giữ vai trò Phó Chủ tịch Hội đồng Hòa bình" gives the founding
  chairman the deputy's office of the same body, which the deputy rule refutes; the founding
  chairman's own title is borne out; "từng giữ vai trò", "once held the role of" are past.
- Traps that stay open: a chair the sources never give (a member of a committee may chair
  it), an office whose holder the sources never fill (Vietnam's president).

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROLES = [
    ("Trump holds the role of vice chairman of the Board of Peace.", CONTRADICTED),
    ("Tổng thống Trump đang giữ vai trò Phó Chủ tịch Hội đồng Hòa bình.", CONTRADICTED),
    ("Tong thong Trump dang giu vai tro Pho Chu tich Hoi dong Hoa binh.", CONTRADICTED),
    ("Trump is in the role of founding chairman of the Board of Peace.", SUPPORTED),
    ("Ông Trump đảm nhận vai trò Chủ tịch sáng lập Hội đồng Hòa bình.", SUPPORTED),
    ("Ong Trump dam nhan vai tro Chu tich sang lap Hoi dong Hoa binh.", SUPPORTED),
    ("Leahy once held the role of chairman of the Senate Appropriations Committee.", SUPPORTED),
    ("Ông Leahy từng giữ vai trò Chủ tịch Ủy ban Chuẩn chi Thượng viện.", SUPPORTED),
    ("Ong Leahy tung giu vai tro Chu tich Uy ban Chuan chi Thuong vien.", SUPPORTED),
    # traps: a chair the sources never give, an office they never fill
    ("Daines holds the role of chairman of the Senate Foreign Relations Committee.", NEI),
    ("Ông Daines giữ vai trò Chủ tịch Ủy ban Đối ngoại Thượng viện.", NEI),
    ("Ong Daines giu vai tro Chu tich Uy ban Doi ngoai Thuong vien.", NEI),
    ("To Lam holds the role of Vietnam's president.", NEI),
    ("Ông Tô Lâm giữ vai trò Chủ tịch nước.", NEI),
    ("Ong To Lam giu vai tro Chu tich nuoc.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ROLES)
def test_a_role_said_of_an_office(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict != NEI:
        assert judged.evidence, "a verdict cites a verified span"

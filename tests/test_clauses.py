"""Two facts joined by a clause joiner are two assertions (issue 10, "Decompose first"): each is
judged on its own, the statement contradicted if one is, supported only if both are. Written
as wire copy, headlines and posts put it, in English, Vietnamese and Vietnamese without marks."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def _verdict(checker: Checker, text: str) -> str:
    with checker.snapshot():
        return checker.check(text).verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # both clauses borne out, each by its own subject's claim
        (
            "Daines sits on the Senate Foreign Relations Committee, while Hagerty sits on the"
            " Senate Appropriations Committee.",
            SUPPORTED,
        ),
        (
            "Hagerty sits on the Senate Appropriations Committee; Daines is a member of the"
            " Senate Foreign Relations Committee.",
            SUPPORTED,
        ),
        (
            "Tô Lâm điện đàm với Steve Daines ngày 18/2, còn Hagerty gửi lời chúc Tết tới Tổng"
            " Bí thư.",
            SUPPORTED,
        ),
        (
            "To Lam dien dam voi Steve Daines ngay 18/2, con ong Hagerty la thanh vien Uy ban"
            " Chuan chi Thuong vien.",
            SUPPORTED,
        ),
        # the second clause wrong: the whole is
        (
            "Hagerty sits on the Senate Appropriations Committee, while Hungary offers fewer than"
            " 100 scholarships a year to Vietnamese students.",
            CONTRADICTED,
        ),
        (
            "Tô Lâm điện đàm với Thượng nghị sĩ Daines, trong khi Hungary chỉ cấp 20 học bổng"
            " mỗi năm cho Việt Nam.",
            CONTRADICTED,
        ),
        (
            "To Lam dien dam voi Thuong nghi si Daines, con Hungary chi cap 20 hoc bong moi nam"
            " cho Viet Nam.",
            CONTRADICTED,
        ),
        # the second clause not fixed by the sources for that occasion: not enough info
        (
            "Hagerty sits on the Senate Appropriations Committee, and Daines phoned To Lam on"
            " Feb 25.",
            NEI,
        ),
        (
            "Tô Lâm điện đàm với Steve Daines ngày 18/2, trong khi ông Hagerty điện đàm với Tổng"
            " Bí thư ngày 25/2.",
            NEI,
        ),
        (
            "To Lam dien dam voi Steve Daines ngay 18/2, con ong Hagerty dien dam voi Tong Bi thu"
            " ngay 25/2.",
            NEI,
        ),
        # a joiner that never joins a list needs no comma before it
        (
            "Breaking: Daines sits on the Foreign Relations Committee whereas Hagerty gave Hungary"
            " 500 scholarships",
            NEI,
        ),
        (
            "Tô Lâm điện đàm với TNS Daines trong khi Hungary cấp hơn 500 học bổng mỗi năm cho"
            " sinh viên Việt Nam",
            CONTRADICTED,
        ),
        (
            "To Lam dien dam voi TNS Daines con Hagerty gui loi chuc Tet toi Tong Bi thu",
            SUPPORTED,
        ),
        # a second clause with no subject of its own is the first clause's subject's
        (
            "Lam hosted Pete Hegseth, and conveyed an invitation for Trump and the First Lady to"
            " visit Vietnam.",
            SUPPORTED,
        ),
        (
            "Tô Lâm tiếp Bộ trưởng Hegseth, và gửi lời mời Tổng thống Trump thăm Việt Nam.",
            SUPPORTED,
        ),
    ],
)
def test_every_clause_is_decided(checker: Checker, statement: str, verdict: str) -> None:
    assert _verdict(checker, statement) == verdict


def test_each_clause_cites_its_own_claim(checker: Checker) -> None:
    """The reason names each clause with the claim that decides it."""
    with checker.snapshot():
        judged = checker.check(
            "Daines sits on the Senate Foreign Relations Committee, while Hagerty sits on the"
            " Senate Appropriations Committee."
        )
    assert "daines-member-senate-foreign-relations" in judged.explanation
    assert "hagerty-member-senate-appropriations" in judged.explanation

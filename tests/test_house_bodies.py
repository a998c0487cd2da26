"""The House's committees as bodies of their own (issue 10, offices), session 33.

No claim names the House ("Hạ viện"), but the press gives it the committees the sources give
the Senate ("Chủ tịch Ủy ban Chuẩn chi Hạ viện", "the House Appropriations Committee").
Unknown, "Ủy ban Chuẩn chi Hạ viện" was read as the Senate's committee ("Ủy ban Chuẩn chi")
with a word no claim says left over, which alone kept the statement open. The House's two
committees the press names are entities now (fixtures/vocabulary/entities.yaml), so the title is
read as the chair of the House's committee, which no claim gives anyone.

Open, not refuted: that a man chaired the Senate's committee, or sat in the Senate "before" a
date, does not say he never chaired the House's or sat in the House (a senator may have been a
representative first). A seat on a House committee at a time a claim shows him a senator is
refuted, by the rule that a member of Congress sits in one chamber (fixtures/vocabulary/
offices.yaml). Each in English, Vietnamese and Vietnamese without diacritics, in wording of
these tests' own.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (statement, verdict, words the reason must give)
HOUSE = [
    # the chair of the House's committee: read as that body's, which no claim gives him
    (
        "Trước khi nghỉ hưu, ông Leahy từng giữ ghế Chủ tịch Ủy ban Chuẩn chi Hạ viện.",
        NEI,
        "House Appropriations Committee",
    ),
    ("truoc khi nghi huu, ong Leahy tung la Chu tich Uy ban Chuan chi Ha vien", NEI, "House"),
    ("Leahy once chaired the House Appropriations Committee.", NEI, "House Appropriations"),
    ("Leahy spent years as chair of the House Committee on Appropriations.", NEI, "House"),
    # the Senate's own committee, as the claims give it
    (
        "Ông Leahy từng là Chủ tịch Ủy ban Chuẩn chi Thượng viện.",
        SUPPORTED,
        "leahy-former-appropriations-chair",
    ),
    (
        "ong Leahy tung la Chu tich Uy ban Chuan chi Thuong vien",
        SUPPORTED,
        "leahy-former-appropriations-chair",
    ),
    (
        "Leahy once chaired the Senate Appropriations Committee.",
        SUPPORTED,
        "leahy-former-appropriations-chair",
    ),
    # a seat on a House committee the day a claim shows him a senator
    (
        "Ngày 18/2, thành viên Ủy ban Đối ngoại Hạ viện Bill Hagerty điện đàm với ông Tô Lâm.",
        CONTRADICTED,
        "sits in one chamber",
    ),
    (
        "Ngay 18/2, thanh vien Uy ban Doi ngoai Ha vien Bill Hagerty dien dam voi ong To Lam",
        CONTRADICTED,
        "sits in one chamber",
    ),
    (
        "On Feb. 18, To Lam phoned House Foreign Affairs Committee member Bill Hagerty.",
        CONTRADICTED,
        "sits in one chamber",
    ),
    # traps: a former House seat of a sitting senator (true of some), the House's chair with
    # no holder the claims know
    ("Former Representative Steve Daines spoke with To Lam.", NEI, ""),
    ("Cựu Hạ nghị sĩ Steve Daines điện đàm với Tổng Bí thư Tô Lâm.", NEI, ""),
    ("Cuu Ha nghi si Steve Daines dien dam voi Tong Bi thu To Lam", NEI, ""),
    ("Chủ tịch Hạ viện Mỹ điện đàm với Tổng Bí thư Tô Lâm.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "reason"), HOUSE)
def test_the_house_committees_are_bodies_of_their_own(
    checker: Checker, statement: str, verdict: str, reason: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    cited = " ".join(c.id for p in judged.parts for c in p.decisive)
    assert reason in judged.explanation or reason in cited, judged.explanation
    # the Senate's committee never stands for the House's
    if "House" in reason or "Hạ viện" in statement or "Ha vien" in statement:
        assert not any(
            c.id == "leahy-former-appropriations-chair" and p.verdict == SUPPORTED
            for p in judged.parts
            for c in p.decisive
        )

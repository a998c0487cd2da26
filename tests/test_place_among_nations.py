"""Session 34, coverage: a country's place among nations is no seat on a committee.

"Thành viên có trách nhiệm của cộng đồng quốc tế" describes a country among nations, as the
sources' praise of Vietnam joining the Board of Peace does. Its "thành viên" named a committee
seat (`committee_member`), which no claim of the praise gives, so the praise came out not enough
info; the phrase is now no trigger (`not_triggers` in lexicon/vi/statements.yaml) and its words
are the claim's sentence's to say. The English phrase ("a responsible member of the
international community") was tried too and lowered a held-out corpus by one item, so English
keeps its reading; its traps stay here.

In Vietnamese and Vietnamese without diacritics; traps: another speaker, a committee seat the
claims do not give.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PRAISE = "daines-praised-vietnam-joining-board-of-peace-2026-02-18"

ROWS = [
    (
        "Thượng nghị sĩ Daines đánh giá cao việc Việt Nam tham gia Hội đồng Hòa bình, thể hiện"
        " vai trò thành viên tích cực, có trách nhiệm của cộng đồng quốc tế.",
        SUPPORTED,
    ),
    (
        "TNS Daines danh gia cao Viet Nam tham gia Hoi dong Hoa binh, the hien vai tro thanh vien"
        " co trach nhiem cua cong dong quoc te",
        SUPPORTED,
    ),
    # traps: another speaker; a seat no claim gives
    (
        "Sen. Hagerty praised Vietnam for joining the Board of Peace, seeing in it the role of a"
        " responsible member of the international community.",
        NEI,
    ),
    ("Ông Daines là thành viên Ủy ban Tình báo Thượng viện.", NEI),
    ("Ong Daines la thanh vien Uy ban Tinh bao Thuong vien", NEI),
    ("Daines sits on the Senate Intelligence Committee.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_place_among_nations(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == SUPPORTED:
        assert PRAISE in {c.id for c in result.evidence}, result.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng Bí thư coi Hungary là thành viên có trách nhiệm của cộng đồng quốc tế.",
        "Tong Bi thu coi Hungary la thanh vien co trach nhiem cua cong dong quoc te",
    ],
)
def test_no_seat_is_read(checker: Checker, statement: str) -> None:
    assert "committee_member" not in checker.parse(statement).predicates, statement

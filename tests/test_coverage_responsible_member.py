"""Coverage (issue 10), session 36: what Daines said Vietnam's joining showed.

The sentence of 001 ¶7 that gives Daines's appreciation of Vietnam's joining the Board of Peace
goes on: it shows Vietnam's role as a proactive, positive and responsible member of the
international community. That view is curated now (topic `responsible-international-member`,
claim `daines-praised-vietnam-responsible-member-2026-02-18`, fixtures/COVERAGE.md): "calling
it a sign of a responsible member of the international community" had been read as a seat on a
committee ("member of"), not enough info.

Traps stay open: another speaker, another country, a committee's member. Each class in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


MEMBER = "daines-praised-vietnam-responsible-member-2026-02-18"

ROWS = [
    (
        "Sen. Daines lauded Hanoi's seat on the peace board, calling it a sign of a "
        "responsible member of the international community.",
        SUPPORTED,
        MEMBER,
    ),
    (
        "Daines said Vietnam is a responsible member of the international community.",
        SUPPORTED,
        MEMBER,
    ),
    (
        "Ông Daines đánh giá cao việc Việt Nam tham gia Hội đồng Hòa bình, thể hiện vai trò thành "
        "viên có trách nhiệm của cộng đồng quốc tế.",
        SUPPORTED,
        MEMBER,
    ),
    (
        "Ong Daines danh gia cao viec Viet Nam tham gia Hoi dong Hoa binh, the hien vai tro thanh "
        "vien co trach nhiem cua cong dong quoc te.",
        SUPPORTED,
        MEMBER,
    ),
    # traps: another speaker, another country, a committee's member
    (
        "Hagerty said Vietnam is a responsible member of the international community.",
        NEI,
        "Hagerty",
    ),
    (
        "Ông Hagerty nói Việt Nam là thành viên có trách nhiệm của cộng đồng quốc tế.",
        NEI,
        "Hagerty",
    ),
    ("Daines said Hungary is a responsible member of the international community.", NEI, ""),
    (
        "Daines called Vietnam a responsible member of the Senate Foreign Relations Committee.",
        NEI,
        "",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_responsible_member(checker: Checker, statement: str, verdict: str, why: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert why in judgement.explanation, judgement.explanation

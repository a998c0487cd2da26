"""What a speaker praised, set beside what it shows (issue 10, speakers), session 33.

"Daines praised Vietnam's decision to join the Board of Peace as a sign of a responsible
member of the international community": "a sign of", "a sign that" is what shows something,
no signing (`not_triggers` in lexicon/en/statements.yaml). Read as a trigger, it had added an
agreement the sentence never names, which the speaker's wish for the trade deal left open, so
the praise borne out by his own claim stayed not enough info. Vietnamese says it with "thể
hiện", which names no act: its rows guard that the three forms agree. Traps: another speaker,
and a signing that is one ("praised ... the decision to sign the trade deal", of a deal the
sources say is not concluded).
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

PRAISE = "daines-praised-vietnam-joining-board-of-peace-2026-02-18"

ROWS = [
    (
        "Daines hailed Vietnam's joining of the Board of Peace as a sign that it is a "
        "responsible member of the international community.",
        SUPPORTED,
        PRAISE,
    ),
    (
        "Senator Daines commended Hanoi's decision to join the Board of Peace, calling it a "
        "sign of a responsible member of the international community.",
        SUPPORTED,
        PRAISE,
    ),
    (
        "Ông Daines đánh giá cao việc Việt Nam tham gia Hội đồng Hòa bình, thể hiện vai trò "
        "thành viên có trách nhiệm của cộng đồng quốc tế.",
        SUPPORTED,
        PRAISE,
    ),
    (
        "Ong Daines danh gia cao viec Viet Nam tham gia Hoi dong Hoa binh, the hien vai tro "
        "thanh vien co trach nhiem cua cong dong quoc te.",
        SUPPORTED,
        PRAISE,
    ),
    # traps: another speaker; a signing that is one
    (
        "Hagerty praised Vietnam's decision to join the Board of Peace as a sign of a "
        "responsible member of the international community.",
        NEI,
        "Hagerty praised",
    ),
    (
        "Ông Hagerty đánh giá cao việc Việt Nam tham gia Hội đồng Hòa bình, thể hiện vai trò "
        "thành viên có trách nhiệm của cộng đồng quốc tế.",
        NEI,
        "Hagerty",
    ),
    (
        "Daines praised Vietnam's decision to sign the reciprocal trade deal.",
        CONTRADICTED,
        "daines-wishes-reciprocal-trade-agreement",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_sign_of_praise(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)

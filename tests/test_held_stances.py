"""A view said as its holder's inside a speaker's words (issue 10, speakers), session 33.

"Lam said Vietnam backs a Palestinian state living in peace alongside Israel", "Việt Nam ủng hộ
..., Tổng Bí thư khẳng định": the claim is Lam's affirming Vietnam's view, and the stance verb
right after Vietnam in his words says that view as Vietnam's (accounting.held_stances), no
detail left over ("no stored claim covers the words 'backs'"). Only right after the claim's
subject and only a stance the claim's bears out: another country, a narrower stance ("praised")
and another speaker stay open; one turned round is refuted as before. English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

PALESTINE = "to-lam-affirmed-palestinian-state-beside-israel"

ROWS = [
    (
        "Lam said Vietnam supports a Palestinian state living in peace alongside Israel.",
        SUPPORTED,
        PALESTINE,
    ),
    (
        "Vietnam backs a Palestinian state coexisting peacefully beside Israel, To Lam wrote "
        "back to Trump.",
        SUPPORTED,
        PALESTINE,
    ),
    (
        "Việt Nam ủng hộ thành lập nhà nước Palestine chung sống hòa bình bên cạnh Israel, Tổng "
        "Bí thư khẳng định.",
        SUPPORTED,
        PALESTINE,
    ),
    (
        "Viet Nam ung ho thanh lap nha nuoc Palestine chung song hoa binh ben canh Israel, To "
        "Lam khang dinh.",
        SUPPORTED,
        PALESTINE,
    ),
    # traps: another country, a narrower stance, another speaker
    (
        "Lam said Indonesia backs a Palestinian state living in peace alongside Israel.",
        NEI,
        "Indonesia",
    ),
    (
        "Lam said Vietnam praised a Palestinian state living in peace alongside Israel.",
        NEI,
        "praised",
    ),
    (
        "Hun Manet said Vietnam backs a Palestinian state living in peace alongside Israel.",
        NEI,
        "Hun Manet",
    ),
    (
        "Indonesia ung ho thanh lap nha nuoc Palestine chung song hoa binh ben canh Israel, To "
        "Lam khang dinh.",
        NEI,
        "Indonesia",
    ),
    # turned round in the same mouth
    (
        "Lam said Vietnam opposes a Palestinian state living in peace alongside Israel.",
        CONTRADICTED,
        PALESTINE,
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_held_stance(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)

"""A view stressed is a view affirmed (issue 10, speakers), session 33.

The press gives "nhấn mạnh", "stressed", "underlined" for a source's "khẳng định" and
"khẳng định", "affirmed" for its "nhấn mạnh": the two are one stance (stance.BROADER, whose
walk, stance.implies, now stops at a stance seen once). "Hợp tác quốc phòng ... là trụ cột ...,
Tổng Bí thư nhấn mạnh" of Tô Lâm's affirming it had been "the statement says Tô Lâm stressed it",
not enough info. Another speaker, another year stay open; the view denied in the same mouth is
refuted on its occasion as before. English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.check.stance import implies

PILLAR = "to-lam-affirmed-defence-cooperation-pillar-2025"
RECONCILIATION = "leahy-stressed-model-of-reconciliation-2026-02-19"

ROWS = [
    # stressed, of a view the source affirms
    (
        "Lam underlined that defence cooperation has become one of the important pillars of "
        "Vietnam-US relations.",
        SUPPORTED,
        PILLAR,
    ),
    (
        "Tô Lâm nhấn mạnh hợp tác quốc phòng đã trở thành một trong những trụ cột quan trọng của "
        "quan hệ Việt - Mỹ.",
        SUPPORTED,
        PILLAR,
    ),
    (
        "To Lam nhan manh hop tac quoc phong da tro thanh mot trong nhung tru cot quan trong cua "
        "quan he Viet - My.",
        SUPPORTED,
        PILLAR,
    ),
    # affirmed, of a view the source stresses
    (
        "Leahy affirmed that Vietnam-US ties are a model of reconciliation.",
        SUPPORTED,
        RECONCILIATION,
    ),
    (
        "Ông Leahy khẳng định quan hệ Việt Nam - Mỹ là hình mẫu về hòa giải.",
        SUPPORTED,
        RECONCILIATION,
    ),
    (
        "Ong Leahy khang dinh quan he Viet Nam - My la hinh mau ve hoa giai.",
        SUPPORTED,
        RECONCILIATION,
    ),
    # traps: another speaker, another year
    (
        "Hun Manet stressed that defence cooperation has become one of the important pillars of "
        "Vietnam-US relations.",
        NEI,
        "Hun Manet",
    ),
    ("Ông Daines khẳng định quan hệ Việt Nam - Mỹ là hình mẫu về hòa giải.", NEI, "Steve Daines"),
    (
        "In 2019, Lam stressed that defence cooperation has become one of the important pillars "
        "of Vietnam-US relations.",
        NEI,
        "2019",
    ),
    # the view denied in the mouth that affirmed it
    (
        "Lam stressed that defence cooperation is not yet a pillar of Vietnam-US relations.",
        CONTRADICTED,
        PILLAR,
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_stressed_affirmed(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)


@pytest.mark.parametrize(
    ("claimed", "said", "borne"),
    [
        ("affirmed", "stressed", True),
        ("stressed", "affirmed", True),
        ("stressed", "said", True),
        ("affirmed", "praised", False),
        ("said", "stressed", False),
        ("wished", "affirmed", False),
    ],
)
def test_implies(claimed: str, said: str, borne: bool) -> None:
    assert implies(claimed, said) is borne

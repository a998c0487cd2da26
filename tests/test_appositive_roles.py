"""A body named with a role noun beside a person's name is a role of his (issue 10, session 36).

"Cambodian Prime Minister Hun Manet, a CPV leader, met To Lam" was supported: the CPV was taken
as covered by Tô Lâm's office in it, though the apposition gives the role to Hun Manet. A body
named in an apposition right after a person's name, or before it, with a noun of a role
(`appositive_roles` in lexicon/<lang>/statements.yaml: "leader", "member", "lãnh đạo", "thành
viên") must be one where the claims give that person an office (accounting.appositive_bodies);
else the statement is open, never borne out. The offices data say nothing that rules such a
role out, so it is not refuted either."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


MET_HUN_MANET = "to-lam-met-hun-manet-2026-02-19"
INVITED = "trump-invited-to-lam-bop-meeting"

ROWS = [
    ("Hun Manet, a senior CPV figure, sat down with To Lam in Washington.", NEI, "CPV"),
    ("To Lam held a meeting with Hun Manet, a member of the CPV.", NEI, "CPV"),
    ("CPV leader Hun Manet met To Lam.", NEI, "CPV"),
    ("Thủ tướng Hun Manet, một lãnh đạo cấp cao của ĐCSVN, gặp Tổng Bí thư Tô Lâm.", NEI, "ĐCSVN"),
    ("Tổng Bí thư Tô Lâm gặp ông Hun Manet, thành viên ĐCSVN.", NEI, "ĐCSVN"),
    ("Tong Bi thu To Lam gap ong Hun Manet, thanh vien DCSVN.", NEI, "DCSVN"),
    # traps: a role the claims give the person, or no apposition at all
    ("To Lam, the CPV leader, met Hun Manet.", SUPPORTED, MET_HUN_MANET),
    ("Hun Manet, Cambodia's leader, met To Lam.", SUPPORTED, MET_HUN_MANET),
    ("Tổng Bí thư Tô Lâm, lãnh đạo ĐCSVN, gặp Thủ tướng Hun Manet.", SUPPORTED, MET_HUN_MANET),
    ("Tong Bi thu To Lam gap Thu tuong Campuchia Hun Manet.", SUPPORTED, MET_HUN_MANET),
    ("Board of Peace chairman Donald Trump invited To Lam.", SUPPORTED, INVITED),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_apposition_gives_the_person_a_role(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

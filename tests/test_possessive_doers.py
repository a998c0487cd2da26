"""The owners of a visit said as possessives do the visit (issue 10, session 36).

"Lam welcomed Hegseth's and Greer's visits to Vietnam" says both came: the names right before
an act's noun with "'s" (`done_by_possessive` in lexicon/en/statements.yaml) are bound as its
doers (assertions._owned_acts), and each must be named by a claim of that act, not only by a
claim of another act the statement reads (accounting.bound_elsewhere): Lâm's reception of Greer
is no visit of Greer's, and no source has Greer visit Vietnam, so the statement is open. The
Vietnamese forms ("chuyến thăm Việt Nam của ông ... và ông ...") were open already and stay so.
The statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


HEGSETH_VISIT = "to-lam-welcomed-hegseth-visit-2025"

ROWS = [
    # an owner whose visit no claim gives, covered only by another act's claim
    ("To Lam hailed Hegseth's and Greer's trips to Vietnam.", NEI, "Greer"),
    ("The party chief praised Greer's and Hegseth's visits to Hanoi.", NEI, "Greer"),
    ("Lam welcomed Greer's visit to Vietnam.", NEI, "visited"),
    ("Tổng Bí thư đánh giá cao chuyến thăm Việt Nam của ông Greer và ông Hegseth.", NEI, "Greer"),
    ("Tong Bi thu danh gia cao chuyen tham Viet Nam cua ong Greer va ong Hegseth.", NEI, "Greer"),
    # traps: the owner's own visit is borne out
    ("To Lam hailed Hegseth's visit to Vietnam.", SUPPORTED, HEGSETH_VISIT),
    ("Lam welcomed Defense Secretary Hegseth's trip.", SUPPORTED, HEGSETH_VISIT),
    (
        "Tổng Bí thư đánh giá cao chuyến thăm Việt Nam của Bộ trưởng Hegseth.",
        SUPPORTED,
        HEGSETH_VISIT,
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_possessive_owners_do_the_act(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

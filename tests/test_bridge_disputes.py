"""Session 36, issue 10: a bridge for peace in disputes and conflicts, denied.

Lâm told Hegseth Vietnam stood ready to act as a bridge for peace "để tìm giải pháp cho các vấn
đề khu vực và quốc tế". The press names those issues regional disputes or international
conflicts: the glossary files "disputes" and "conflicts" under "vấn đề khu vực" (its whole
phrase; "vấn đề" alone is any issue), so a denial of that role in them ("reluctant to play any
mediating role in international conflicts") is refuted as the bare denial is, and the role
affirmed in them is borne out. Another speaker and a denial that falls on the detail alone stay
open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

BRIDGE = "to-lam-affirmed-vietnam-bridge-for-peace-2025"

ROWS = [
    (
        "Lam told Hegseth Hanoi was reluctant to play any mediating role in regional disputes.",
        CONTRADICTED,
        BRIDGE,
    ),
    (
        "Lam told Hegseth Vietnam did not want to act as a bridge "
        "for peace in international conflicts.",
        CONTRADICTED,
        BRIDGE,
    ),
    (
        "Lam told Hegseth Vietnam was ready to serve as a bridge for peace in regional conflicts.",
        SUPPORTED,
        BRIDGE,
    ),
    # the Vietnamese says the sources' own words: the denial refuted as in English
    (
        "Tổng Bí thư nói Việt Nam không muốn làm cầu nối hòa bình cho các vấn đề khu vực.",
        CONTRADICTED,
        BRIDGE,
    ),
    (
        "Tong Bi thu noi Viet Nam khong muon lam cau noi hoa binh cho cac van de khu vuc",
        CONTRADICTED,
        BRIDGE,
    ),
    # traps: another speaker; a field the sources do not give
    (
        "Hegseth said Vietnam was reluctant to play any mediating role in regional disputes.",
        NEI,
        "Pete Hegseth",
    ),
    (
        "Lam told Hegseth Vietnam did not want to act as a bridge for peace in trade disputes.",
        NEI,
        "trade",
    ),
    (
        "Ông Hegseth nói Việt Nam không muốn làm cầu nối hòa bình cho các vấn đề khu vực.",
        NEI,
        "Pete Hegseth",
    ),
    (
        "Tong Bi thu noi Viet Nam khong muon lam cau noi hoa binh trong tranh chap thuong mai",
        NEI,
        "thuong mai",
    ),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_bridge_for_peace_in_disputes(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

"""Session 24, a Senate committee named by the press's shorthand (issue 10).

"a former Senate Appropriations chairman", "a Senate Foreign Relations member": the chamber and
the committee's own word name the committee as "Senate Appropriations Committee" does
(fixtures/vocabulary/entities.yaml aliases), so a title after it is that committee's
(parse._body_heads). "Appropriations" alone is no alias: the House has one too, and "a former
House Appropriations chairman" stays open for Leahy. Vietnamese names the committee in full
("Ủy ban Chuẩn chi Thượng viện"), with and without diacritics.

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Leahy, a onetime Senate Appropriations chairman, rang To Lam on Feb 19.", SUPPORTED),
        ("Ex-Senate Appropriations chair Patrick Leahy spoke with To Lam.", SUPPORTED),
        (
            "Hagerty, who sits on Senate Foreign Relations and Senate Appropriations, phoned Lam.",
            SUPPORTED,
        ),
        ("Daines is a Senate Foreign Relations member.", SUPPORTED),
        ("Hagerty is the Senate Foreign Relations chairman.", NEI),
        ("Leahy, a former House Appropriations chairman, phoned Lam.", NEI),
        (
            "Nguyên Chủ tịch Ủy ban Chuẩn chi Thượng viện Patrick Leahy điện đàm với Tổng Bí thư.",
            SUPPORTED,
        ),
        (
            "Nguyen Chu tich Uy ban Chuan chi Thuong vien Patrick Leahy dien dam voi Tong Bi thu",
            SUPPORTED,
        ),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

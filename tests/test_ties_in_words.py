"""The age of ties in words given to a speaker (session 28, numbers): "To Lam noted that the
Hegseth visit coincided with the 25th anniversary of diplomatic relations" names no state, and
the ties are those of the one person's act the words give without its place, as they are
outside a speaker's words (persons._hosted_sides: Hegseth's United States and the Vietnam the
claims of his visit put him in). The speaker is no party of that act. The count is then of the
visit's year, 2025, and read against the 30 years the sources give for it. Left open: a place
named ("his visit to Tokyo"), another person besides the act's (a listener), an act no claim
dates in that year, and ties the words tie to no act ("thanked Daines for the resolution
marking ...")."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "To Lam noted that the Hegseth visit coincided with the 25th anniversary of"
            " diplomatic relations.",
            CONTRADICTED,
        ),
        (
            "To Lam noted that the Hegseth visit coincided with the 30th anniversary of"
            " diplomatic relations.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư Tô Lâm cho biết ông Hegseth sang thăm đúng dịp kỷ niệm 25 năm quan hệ"
            " ngoại giao.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư Tô Lâm cho biết ông Hegseth sang thăm đúng dịp kỷ niệm 30 năm quan hệ"
            " ngoại giao.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam cho biet ong Hegseth sang tham dung dip ky niem 25 nam quan he"
            " ngoai giao.",
            CONTRADICTED,
        ),
        # the source's own "hoan nghênh chuyến thăm của Bộ trưởng Pete Hegseth trong bối cảnh
        # hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao"
        (
            "Lam hailed Hegseth's visit during the 30th anniversary of diplomatic relations.",
            SUPPORTED,
        ),
        (
            "Lam hailed Hegseth's visit during the 25th anniversary of diplomatic relations.",
            CONTRADICTED,
        ),
        # traps: a place named, which may be another country's ties
        (
            "Lam said the Hegseth visit to Tokyo coincided with the 25th anniversary of"
            " diplomatic relations.",
            NEI,
        ),
        (
            "Tô Lâm nói ông Hegseth thăm Tokyo đúng dịp kỷ niệm 25 năm quan hệ ngoại giao.",
            NEI,
        ),
        # ... a listener besides the act's person
        (
            "Orbán told Lam that the Hegseth visit coincided with the 25th anniversary of"
            " diplomatic relations.",
            NEI,
        ),
        # ... an act the claims date at no time of that count
        (
            "Lam said Hagerty's visit coincided with the 25th anniversary of diplomatic relations.",
            NEI,
        ),
        (
            "Tô Lâm nói ông Hagerty sang thăm đúng dịp kỷ niệm 25 năm quan hệ ngoại giao.",
            NEI,
        ),
        (
            "To Lam noi ong Hagerty sang tham dung dip ky niem 25 nam quan he ngoai giao.",
            NEI,
        ),
        # ... ties no act of a person gives: what the speaker thanked for
        (
            "Lam thanked Daines for the resolution marking 25 years of diplomatic relations.",
            NEI,
        ),
    ],
)
def test_ties_in_words(real_checker: Checker, statement: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(statement).verdict == verdict

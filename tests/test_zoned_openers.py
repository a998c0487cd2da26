"""A date with its clock in brackets opening a statement ("Feb 20 (Washington time): Lam meets
Pashinyan", "20/2 (giờ Mỹ): ...") dates the act on that clock, as the same date inside the
sentence does. Read as a dateline ("Feb. 20 (VNA) —": a filing date and its agency), the date was
blanked and any day passed (reviewer A, session 30). A bracket naming a clock (`local_times` in
lexicon/<lang>/statements.yaml) is no agency (datelines.read_dateline); an agency's bracket, or a
city before the date, still makes a dateline."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the meeting of 19 February in Washington, its occasion named: the wrong day refutes
        (
            "Feb 20 (Washington time): Lam meets Pashinyan on the sidelines of the Board of Peace"
            " meeting",
            CONTRADICTED,
        ),
        (
            "20/2 (giờ Washington): Tổng Bí thư gặp Thủ tướng Pashinyan bên lề phiên họp Hội đồng"
            " Hòa bình",
            CONTRADICTED,
        ),
        (
            "20/2 (gio Washington): Tong Bi thu gap Thu tuong Pashinyan ben le phien hop Hoi dong"
            " Hoa binh",
            CONTRADICTED,
        ),
        # ... the right day on the source's clock bears it out
        (
            "Feb 19 (local time): Lam meets Pashinyan on the sidelines of the Board of Peace"
            " meeting",
            SUPPORTED,
        ),
        (
            "19/2 (giờ Washington): Tổng Bí thư gặp Thủ tướng Pashinyan bên lề phiên họp Hội đồng"
            " Hòa bình",
            SUPPORTED,
        ),
        (
            "19/2 (gio dia phuong): Tong Bi thu gap Thu tuong Pashinyan ben le phien hop Hoi dong"
            " Hoa binh",
            SUPPORTED,
        ),
        # traps: no occasion named, a year-less day apart may be another meeting; a day apart on
        # another clock may be the same hour
        ("Feb 21 (Washington time): Lam meets Pashinyan", NEI),
        ("21/2 (giờ Mỹ): Tổng Bí thư gặp Thủ tướng Pashinyan", NEI),
        ("Ngay 21/2 (gio My): Tong Bi thu gap Thu tuong Pashinyan", NEI),
        (
            "Feb 20 (Hanoi time): Lam meets Pashinyan on the sidelines of the Board of Peace"
            " meeting",
            NEI,
        ),
        # datelines stay datelines: an agency in brackets, a city before the date
        ("Feb. 20 (VNA) - Lam phoned Leahy", SUPPORTED),
        ("WASHINGTON, Feb 19 (local time) - Lam met Pashinyan", SUPPORTED),
    ],
)
def test_zoned_openers(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

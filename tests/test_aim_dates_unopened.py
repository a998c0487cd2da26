"""Session 34, issue 10: a date said after what a congratulation is for, with no word opening
it ("chúc mừng Tổng Bí thư Tô Lâm tái cử hôm 19/2/2026"). It was read as the re-election's day
alone and refuted by the re-election "before 17 February", though the leaders congratulated Lâm
on 19 February, as the sources tell. Without an opener (`aim_openers`, scope.aimed_at) the
date may be either act's (scope.aimed_unopened): where the congratulation is borne out on it,
the date is the congratulation's and the re-election is judged without it (Judge._aim_dated);
where it is not ("hôm 19/3/2026", a day no claim gives a congratulation), the date stays the
re-election's, refuted as before, as neither reading holds. Statements written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, SUPPORTED
from tests.conftest import assert_judged

SHARIF = "shehbaz-sharif-congratulated-to-lam-2026-02-19"
TOKAYEV = "tokayev-congratulated-to-lam-2026-02-19"
REELECTED = "to-lam-reelected-general-secretary"

ROWS = [
    # the congratulation's day: the re-election came before it
    ("Ông Tokayev chúc mừng Tổng Bí thư tái cử ngày 19/2/2026", SUPPORTED, TOKAYEV),
    ("Ong Tokayev chuc mung Tong Bi thu tai cu ngay 19/2/2026", SUPPORTED, TOKAYEV),
    ("Thủ tướng Sharif chúc mừng TBT Tô Lâm tái cử hôm 19/2/2026", SUPPORTED, SHARIF),
    # with an opener, as before (scope.aimed_at)
    ("Tokayev congratulated To Lam on his re-election on Feb. 19, 2026.", SUPPORTED, TOKAYEV),
    # traps: a day no congratulation was given on, which no re-election before 17 February
    # fits either
    ("Ông Tokayev chúc mừng Tổng Bí thư tái cử ngày 19/3/2026", CONTRADICTED, REELECTED),
    ("Ong Tokayev chuc mung Tong Bi thu tai cu ngay 19/3/2026", CONTRADICTED, REELECTED),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_a_date_after_what_an_act_is_for(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

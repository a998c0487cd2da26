"""Session 24, a former title with no name stands for its one former holder (issue 10).

"Lam phoned the former president pro tempore of the US Senate" names Leahy as "the prime
minister of Hungary" names Orbán: the one person the claims give that office as held before
(World.bare_holders). Only a holder the claims show as former: a present holder of the office
is no former one ("the former senator" is not Daines), a title no claim gives as held before
stands for nobody. And the converse: an untensed title ("the Senate president pro tempore") is
the office held now, which no former holder stands for (it had stood for Leahy, supported).
A title cut where the name after it begins ("Chủ tịch" of "Chủ tịch Ủy ban" before "Ủy ban
Chuẩn chi ...") is a singular title, not an inflected plural (assertions._Reader._shares_name).

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

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
        ("Lam phoned the Senate's former president pro tempore on Feb 19.", SUPPORTED),
        (
            "To Lam held a phone call with the ex-chairman of the Senate Appropriations Committee.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư điện đàm với cựu Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ chiều 19/2.",
            SUPPORTED,
        ),
        ("Tong Bi thu dien dam voi nguyen Chu tich Uy ban Chuan chi Thuong vien My", SUPPORTED),
        # the one former senator the claims give spoke with Lam on the 19th, not the 18th
        ("Tổng Bí thư điện đàm với cựu Thượng nghị sĩ Mỹ ngày 18/2/2026.", CONTRADICTED),
        # no claim gives a former US president, nor a former senator of Hungary
        ("Lam phoned the former US president on Feb 19.", NEI),
        ("Tong Bi thu dien dam voi cuu Tong thong My", NEI),
        ("To Lam phoned Hungary's ex-prime minister on Feb 19.", NEI),
        # an untensed or present title is the office held now, which its former holder is not:
        # the Senate's president pro tempore in February 2026 was someone the claims do not name
        ("Lam phoned the Senate president pro tempore on Feb 19.", NEI),
        ("The current chair of the Senate Appropriations Committee rang To Lam on Feb 19.", NEI),
        ("Tổng Bí thư điện đàm với Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ ngày 19/2.", NEI),
        ("Tong Bi thu dien dam voi Chu tich Uy ban Chuan chi Thuong vien My ngay 19/2", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

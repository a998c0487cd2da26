"""Press-style traps of the confident-wrong classes (session 18): side parts beside a verb
nothing read, deputy, acting and former offices, counts and ages of now, and indefinite objects.
Written afresh in wire, headline and post wording (English, Vietnamese, Vietnamese without
diacritics), each with the verdict a careful fact-checker gives. One class was a confident wrong
when they were written: a verb that denies an act by its meaning, on an instance named only by an
indefinite article ("turned down an invitation", "từ chối một lời mời"), was refuted by the
instance the claims give (accounting.indefinite_denied).
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Hungarian Prime Minister Viktor Orbán congratulated Party chief To Lam by letter", NEI),
        ("Czech Deputy PM Petr Macinka hosted General Secretary To Lam in Prague", NEI),
        ("Thủ tướng Pakistan Shehbaz Sharif đưa Tổng Bí thư Tô Lâm đi thăm Islamabad", NEI),
        ("Tong thong Indonesia Prabowo Subianto dai tiec Tong Bi thu To Lam", NEI),
        (
            "President Tokayev of Kazakhstan and General Secretary To Lam co-chaired the Board of"
            " Peace session",
            NEI,
        ),
        ("Uzbek President Mirziyoyev escorted To Lam around Tashkent", NEI),
        ("Cambodian PM Hun Manet briefed To Lam on the border issue", NEI),
        ("Tổng thống Azerbaijan Ilham Aliyev tặng quà Tổng Bí thư Tô Lâm", NEI),
        ("Tong thong Azerbaijan Ilham Aliyev tang qua Tong Bi thu To Lam", NEI),
        ("Vice President Prabowo Subianto of Indonesia met Lam in Washington", CONTRADICTED),
        ("Phó Tổng thống Indonesia Prabowo gặp Tổng Bí thư Tô Lâm", CONTRADICTED),
        ("Pho Tong thong Uzbekistan Mirziyoyev gap To Lam", CONTRADICTED),
        ("Acting Prime Minister Hun Manet met Lam", NEI),
        ("Former Prime Minister Viktor Orbán met To Lam in Washington on Feb 19", CONTRADICTED),
        ("Cựu Thủ tướng Hungary Viktor Orbán gặp Tô Lâm ngày 19/2", CONTRADICTED),
        ("Deputy Foreign Minister Petr Macinka met Lam", CONTRADICTED),
        ("Thứ trưởng Ngoại giao Séc Petr Macinka gặp Tô Lâm", CONTRADICTED),
        ("Vice Premier Hun Manet held talks with Lam", CONTRADICTED),
        ("Interim President Tokayev met Lam", NEI),
        ("Lam has met nine world leaders", SUPPORTED),
        ("To Lam met three presidents in Washington", NEI),
        ("It has now been 31 years since Vietnam and the US normalised ties", NEI),
        ("Quan hệ Việt - Mỹ nay đã tròn 31 năm", NEI),
        ("Viet My da co 28 nam quan he ngoai giao", NEI),
        ("Vietnam has signed a free trade agreement with the US", NEI),
        ("Vietnam signed a trade deal with the European Union", SUPPORTED),
        ("Việt Nam đã ký một hiệp định thương mại với Mỹ", NEI),
        ("Viet Nam da ky hiep dinh thuong mai voi Hungary", NEI),
        ("Lam accepted an invitation", SUPPORTED),
        ("Lam turned down an invitation", NEI),
        ("Tô Lâm từ chối một lời mời", NEI),
        ("Lam sent a letter", SUPPORTED),
        ("Lam met an African leader in Washington", NEI),
        ("Tô Lâm gặp một tổng thống châu Phi tại Washington", NEI),
        ("To Lam gap mot tong thong chau Phi", NEI),
        ("Vietnam joined a trade bloc", NEI),
        # an indefinite instance denied by a verb's meaning is some instance no claim gives
        ("To Lam tu choi mot loi moi", NEI),
        ("Trump refused an invitation", NEI),
        # traps: under "not" an indefinite is none; a definite one is the claims'
        ("Lam did not accept an invitation", CONTRADICTED),
        ("Lam declined Trump's invitation", CONTRADICTED),
        ("Tô Lâm không gặp một nhà lãnh đạo nào", CONTRADICTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict

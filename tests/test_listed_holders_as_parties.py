"""Session 24, each country of a plural title's list is a party as its holder is (issue 10).

"Lam invited the prime ministers of Hungary, Armenia and Pakistan to visit Vietnam" names three
invitees, each country standing for its prime minister (World.bare_holders, _listed_holders).
Only Pashinyan's invitation is a claim: Hungary and Pakistan are accounted for only where their
holders are parties of the deciding claims, as "Orbán, Pashinyan and Sharif" would be
(accounting: a mention that stands for a holder is his). Their offices, which the claims give,
had accounted for the countries, and one invitation supported all three. The first country
right after a plural title is an item of its list (_Reader._bare_place), as after "of".

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
        ("Lam invited the prime ministers of Hungary, Armenia and Pakistan to visit Vietnam.", NEI),
        ("Tổng Bí thư mời Thủ tướng các nước Hungary, Armenia và Pakistan thăm Việt Nam.", NEI),
        (
            "Tong Bi thu da moi Thu tuong cac nuoc Hungary, Armenia va Pakistan sang tham VN",
            NEI,
        ),
        # every holder a party: borne out
        (
            "In Washington Lam sat down with the presidents of Indonesia, Kazakhstan, Azerbaijan.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư gặp Tổng thống các nước Indonesia, Kazakhstan và Azerbaijan ở Washington",
            SUPPORTED,
        ),
        (
            "Tong Bi thu gap Thu tuong cac nuoc Hungary, Armenia va Pakistan tai Washington",
            SUPPORTED,
        ),
        # the first country right after the title is an item of the list too
        ("Cac Tong thong Indonesia, Uzbekistan va Kazakhstan gap Tong Bi thu To Lam", SUPPORTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

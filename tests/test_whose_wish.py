"""Whose wish the words give (issue 10, session 21 review).

A wish the sources give one country, in what its leader said, is not borne out by the same wish
given in the statement to the other party of it: "Lam told Hagerty that the US wants to deepen
the partnership" names the US as the one wishing, where Tô Lâm spoke of Vietnam's wish. The one
wishing is the party named right before the wish word. Written afresh in wire, headline and post
wording, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the other party given the wish: open
        ("Lam told Hagerty that the US wants to deepen the partnership.", NEI),
        ("Lam said the US wants closer ties.", NEI),
        (
            "Tổng Bí thư Tô Lâm nói với TNS Hagerty rằng Mỹ mong muốn làm sâu sắc quan hệ đối tác.",
            NEI,
        ),
        (
            "Tổng Bí thư Tô Lâm nói với TNS Hagerty rằng Mỹ mong muốn tiếp tục làm sâu sắc quan"
            " hệ với Việt Nam.",
            NEI,
        ),
        (
            "Tong Bi thu To Lam noi voi TNS Hagerty rang My mong muon lam sau sac quan he doi tac.",
            NEI,
        ),
        # the wish given to the one the sources give it to: borne out
        ("Lam told Hagerty that Vietnam wants to deepen the partnership.", SUPPORTED),
        ("Lam told Hagerty that Vietnam wants to deepen the partnership with the US.", SUPPORTED),
        (
            "Tổng Bí thư Tô Lâm nói với TNS Hagerty rằng Việt Nam mong muốn tiếp tục làm sâu sắc"
            " quan hệ với Mỹ.",
            SUPPORTED,
        ),
        # the US's own wish, said as a fact, by its own claim
        ("The US wants to deepen the partnership with Vietnam.", SUPPORTED),
    ],
)
def test_whose_wish(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

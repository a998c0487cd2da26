"""Visits both ways (issue 10, session 21 review).

"Thăm lẫn nhau", "visit each other" say a visit each way: one way alone, a leader's plan to
visit the other country, does not bear it out. The reciprocal word is a detail the deciding
claim's source must say (trigger_details in lexicon/vi/synonyms.yaml); where it does (Vietnam
and Pakistan are ready to visit each other), the readiness to visit is borne out. Written
afresh in wire, headline and post wording, in English, Vietnamese and Vietnamese without
diacritics.
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
        # only Orbán's plan to visit Vietnam is sourced: one way
        ("Lãnh đạo Việt Nam và Hungary sẽ thăm lẫn nhau.", NEI),
        ("Lanh dao Viet Nam va Hungary se tham lan nhau.", NEI),
        ("Vietnamese and Hungarian leaders will visit each other.", NEI),
        # both ways sourced for Pakistan, as readiness ("sẵn sàng"), no plan: "will" is open
        # (tests/test_readiness.py)
        ("Lãnh đạo Việt Nam và Pakistan sẵn sàng thăm lẫn nhau.", SUPPORTED),
        ("Vietnamese and Pakistani leaders are ready to visit each other.", SUPPORTED),
        ("Lãnh đạo Việt Nam và Pakistan sẽ thăm lẫn nhau.", NEI),
        ("Vietnamese and Pakistani leaders will visit each other.", NEI),
        # "nhau" alone is still no detail: they met
        (
            "Thủ tướng Hungary Viktor Orbán và Tổng Bí thư Tô Lâm gặp nhau tại Washington D.C.",
            SUPPORTED,
        ),
        # the one way sourced, said as one way
        ("Thủ tướng Orbán sẽ thăm Việt Nam", SUPPORTED),
    ],
)
def test_visits_both_ways(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

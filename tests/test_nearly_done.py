"""Session 28, "gần như" before an act is "almost" (issue 10, polarity).

"Việt Nam và Mỹ gần như đã hoàn tất hiệp định thương mại đối ứng" (almost concluded) says the
agreement was not concluded, as English "almost concluded" does: the sources' "not yet
concluded" bears it out, where it had been refuted as if it said the deal was done. Before an
opposite the word is that opposite's hedge ("gần như bế tắc", lexicon/vi/polarity.yaml).

In English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Việt Nam và Mỹ gần như đã hoàn tất hiệp định thương mại đối ứng.", SUPPORTED),
        ("Viet Nam va My gan nhu da hoan tat hiep dinh thuong mai doi ung", SUPPORTED),
        ("Vietnam and the US have almost concluded the reciprocal trade agreement.", SUPPORTED),
        # the act done: "almost" of what was done is refuted, as before
        ("Hungary gần như đã thông qua khoản ODA 400 triệu USD cho Việt Nam.", CONTRADICTED),
        ("Việt Nam và Mỹ đã hoàn tất hiệp định thương mại đối ứng.", CONTRADICTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

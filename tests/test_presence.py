"""Being somewhere is the stay a visit is (issue 10, uncovered): "Lam was in the United States
from Feb 18 to Feb 20" is his trip ("be in" under visited in lexicon/en/synonyms.yaml), as
"có mặt tại Mỹ" already reads his attendance. Another place, another year, or someone the
claims do not put there stay open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Vietnam's party chief was in the U.S. from February 18 to 20, 2026.", SUPPORTED),
        ("Hegseth was in Vietnam in 2025.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm có mặt tại Mỹ từ 18 đến 20/2/2026.", SUPPORTED),
        ("TBT To Lam co mat tai My tu 18 den 20/2/2026", SUPPORTED),
        # another place, another year, someone else
        ("Lam was in Hungary from Feb 18 to Feb 20, 2026.", NEI),
        ("Hegseth was in Vietnam in 2024.", NEI),
        ("Trump was in Vietnam in February 2026.", NEI),
    ],
)
def test_presence(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

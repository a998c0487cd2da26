"""The press's "US defense chief" is the Secretary of War (issue 10, uncovered): an alias of
secretary-of-war in fixtures/vocabulary/entities.yaml, only with the country, since Vietnam's
defence minister is a "defence chief" too. Vietnamese says it as "Bộ trưởng Quốc phòng Mỹ",
already an alias. Giving the US title to Vietnam's minister is refuted by his office."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

CONTRADICTED = "contradicted"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("US defense chief Pete Hegseth visited Vietnam in 2025.", SUPPORTED),
        ("To Lam received Hegseth, the U.S. defense chief, in 2025.", SUPPORTED),
        ("Tổng Bí thư tiếp Bộ trưởng Quốc phòng Mỹ Pete Hegseth năm 2025.", SUPPORTED),
        ("TBT tiep BT Quoc phong My Hegseth nam 2025", SUPPORTED),
        # Vietnam's own defence chief is no US secretary
        ("US defense chief Phan Van Giang held talks with Hegseth.", CONTRADICTED),
        ("Vietnam's defence chief Phan Van Giang held talks with Hegseth.", SUPPORTED),
    ],
)
def test_defense_chief(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

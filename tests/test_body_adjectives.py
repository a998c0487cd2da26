"""A body named by its adjective (issue 10, session 23; the uncovered and speakers passes both
added it, one alias kept): "congressional" is the US Congress, so
"bipartisan congressional support" is the bipartisan support the sources give the Congress, the
adjective a name inside the view's key phrase as the noun would be (us-congress aliases in
fixtures/vocabulary/entities.yaml). Vietnamese says it with the noun ("của Quốc hội Mỹ").
Another country supported, or another speaker, stay open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ex-senator Leahy reaffirms bipartisan congressional support for Vietnam", SUPPORTED),
        ("Leahy said U.S. congressional backing for Vietnam remains bipartisan.", SUPPORTED),
        ("Ông Leahy khẳng định Quốc hội Mỹ ủng hộ Việt Nam trên tinh thần lưỡng đảng.", SUPPORTED),
        ("Ong Leahy khang dinh su ung ho luong dang cua Quoc hoi My doi voi Viet Nam", SUPPORTED),
        ("Leahy said congressional support for Cambodia remains bipartisan.", NEI),
        ("Senator Daines reaffirmed bipartisan congressional support for Vietnam.", NEI),
        ("Ex-Sen. Leahy: congressional support for Vietnam remains bipartisan", SUPPORTED),
        # a delegation of Congress is no act the sources give
        ("Leahy will lead a congressional delegation to Hanoi next year.", NEI),
    ],
)
def test_body_adjectives(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

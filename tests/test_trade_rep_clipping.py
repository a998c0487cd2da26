"""Session 22: "Trade Rep." is a headline's clipping of the US Trade Representative, not a House
member's "Rep." (fixtures/vocabulary/entities.yaml): "Trade Rep Greer" is his own office, and the
Secretary of War called so is refuted by the office rule that sets the two apart. The
Vietnamese title ("Đại diện Thương mại") guards the same office."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_trade_rep_is_the_trade_representative(checker: Checker) -> None:
    (assertion,) = checker.reading("Trade Rep Greer hailed the talks").assertions
    assert (assertion.subject, assertion.office) == ("jamieson-greer", "trade-representative")


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Trade Rep Hegseth met To Lam.", CONTRADICTED),
        ("U.S. Trade Rep. Pete Hegseth welcomed Lam.", CONTRADICTED),
        ("Đại diện Thương mại Mỹ Greer gặp Tổng Bí thư Tô Lâm.", SUPPORTED),
        ("Dai dien thuong mai My Greer gap Tong Bi thu To Lam.", SUPPORTED),
    ],
)
def test_the_clipped_title(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

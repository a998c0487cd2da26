"""What Hagerty said of the trade talks includes how he described the deal: 001's sentence gives
progress in the talks on the reciprocal trade agreement, "công bằng và cân bằng" (fair and
balanced), which his view's span now holds (fixtures/claims/001.yaml). Words after "toward" are
the view's complement, which only its span accounts for (accounting._topic_complements), so
"progress toward a fair, balanced deal" was open. Another description stays open: the sentence
around the span speaks of a comprehensive partnership, not a comprehensive deal (issue 10,
uncovered)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Hagerty told Lam the two countries had made important progress toward a fair and"
            " balanced reciprocal trade deal.",
            SUPPORTED,
        ),
        (
            "Theo ông Hagerty, đàm phán về hiệp định thương mại đối ứng công bằng, cân bằng giữa"
            " hai nước đã có những tiến triển quan trọng.",
            SUPPORTED,
        ),
        (
            "Theo ong Hagerty, dam phan ve hiep dinh thuong mai doi ung cong bang, can bang giua"
            " hai nuoc da co nhung tien trien quan trong",
            SUPPORTED,
        ),
        # a description the sources do not give the deal
        (
            "Hagerty told Lam the two countries had made important progress toward a"
            " comprehensive reciprocal trade deal.",
            NEI,
        ),
        (
            "Hagerty told Lam the two countries had made important progress toward a fair and"
            " binding reciprocal trade deal.",
            NEI,
        ),
    ],
)
def test_described_agreement(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

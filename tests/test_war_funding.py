"""Paying for a war is keeping it going (issue 10, uncovered): a vote "to keep funding the war",
"để tiếp tục cấp tiền cho cuộc chiến" is the opposite of Leahy's vote to end it, as "to prolong
the war" is (`opposites` of end-of-vietnam-war in lexicon/<lang>/polarity.yaml), so it is
refuted by that vote. A vote to fund something else, or funding said of no act, stays open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

CONTRADICTED = "contradicted"
NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Leahy told Lam one of his first votes in the Senate was to keep paying for the war.",
            CONTRADICTED,
        ),
        (
            "One of the first votes Leahy cast as a senator was to continue financing the war.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy cho biết một trong những lá phiếu đầu tiên của ông tại Thượng viện là để"
            " tiếp tục cấp tiền cho cuộc chiến.",
            CONTRADICTED,
        ),
        (
            "Mot trong nhung la phieu dau tien cua ong Leahy o Thuong vien la de tiep tuc tai tro"
            " cho cuoc chien",
            CONTRADICTED,
        ),
        (
            "Leahy said one of his first votes in the Senate was to keep funding the Vietnam War.",
            CONTRADICTED,
        ),
        # the vote the sources give still bears it out
        ("One of the first votes Leahy cast as a senator was to end the war.", SUPPORTED),
        # funding for something other than the war: no opposite of ending it
        ("One of the first votes Leahy cast as a senator was to keep funding schools.", NEI),
        (
            "Một trong những lá phiếu đầu tiên của ông Leahy tại Thượng viện là để tiếp tục cấp"
            " tiền cho trường học.",
            NEI,
        ),
    ],
)
def test_war_funding(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

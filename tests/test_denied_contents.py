"""An invitation to join a body in a capacity that denies its membership ("as an observer",
"với tư cách quan sát viên": founding_member's antonyms in lexicon/<lang>/polarity.yaml) is
refuted by the claim of the invitation to join that body, whose content the sources give as
its founding membership (000: "mời tham gia Hội đồng Hòa bình ... với tư cách thành viên sáng
lập"): the statement says what the invitation was to, and the claim says otherwise
(`Judge._denied_contents`, issue 10, uncovered). An invitation to something else (the meeting,
no body to join) or to another body stays as it was."""

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
            "Trump's letter invited To Lam to take part in the Board of Peace as an observer.",
            CONTRADICTED,
        ),
        (
            "Trump invited Vietnam to join his Gaza Board of Peace in an observer role.",
            CONTRADICTED,
        ),
        (
            "Tổng thống Trump mời Việt Nam tham gia Hội đồng Hòa bình với tư cách quan sát viên.",
            CONTRADICTED,
        ),
        ("TT Trump moi VN tham gia Hoi dong Hoa binh voi tu cach quan sat vien", CONTRADICTED),
        # the capacity the sources give still bears it out
        ("Trump invited Vietnam to join the Board of Peace as a founding member.", SUPPORTED),
        # denied, an invitation to be an observer is one the claim, to be a founding member,
        # does not refute
        ("Trump did not invite Vietnam to join the Board of Peace as an observer.", NEI),
        ("Ông Trump không mời Việt Nam tham gia Hội đồng Hòa bình với tư cách quan sát viên.", NEI),
        ("Ong Trump khong moi VN tham gia Hoi dong Hoa binh voi tu cach quan sat vien", NEI),
        # ... while one denied to be a founding member is
        ("Trump did not invite Vietnam to join the Board of Peace.", CONTRADICTED),
        # an observer of something no invitation's claim is to: nothing to refute
        ("Trump invited Vietnam to join the United Nations as an observer.", NEI),
    ],
)
def test_denied_contents(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

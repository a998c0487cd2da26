"""Another inviter of a meeting named by its body (issue 10, session 22): "Tô Lâm dự họp Hội
đồng Hòa bình theo lời mời của TT Orbán" was contradicted (Trump invited him to the Board of
Peace's meeting), then not enough info once the invitee's attendance beside the invitation fixed
its occasion only where the statement names that occasion's event or place (doers._placed): the
Board named by its meeting ("họp Hội đồng Hòa bình", "a Board of Peace session") is neither. A
body whose one event in the base is the occasion's names that event. Traps: the true inviter,
an unnamed gathering, another place. Our own wording, in English, Vietnamese and Vietnamese
without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the Board's meeting, its one event in the base, with another inviter: refuted
        ("Lam attends Board of Peace session at the invitation of Viktor Orbán", CONTRADICTED),
        (
            "Vietnam's party chief attends a Board of Peace sitting at the invitation of "
            "Hungarian PM Orbán",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư Tô Lâm tham dự họp Hội đồng Hòa bình theo lời mời của Bộ trưởng Hegseth",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu To Lam tham du hop Hoi dong Hoa binh theo loi moi cua Bo truong Hegseth",
            CONTRADICTED,
        ),
        # the inviter the claims give
        ("Lam attends Board of Peace session at the invitation of Donald Trump", SUPPORTED),
        ("Tô Lâm dự họp Hội đồng Hòa bình theo lời mời của Tổng thống Trump.", SUPPORTED),
        ("To Lam du hop Hoi dong Hoa binh theo loi moi cua Tong thong Trump", SUPPORTED),
        # an unnamed gathering, or one elsewhere: perhaps another occasion
        ("Lam attended a summit at the invitation of Viktor Orbán.", NEI),
        ("Tô Lâm dự một hội nghị thượng đỉnh theo lời mời của Thủ tướng Orbán.", NEI),
        ("To Lam du hoi nghi tai Budapest theo loi moi cua Thu tuong Orban", NEI),
    ],
)
def test_inviter_of_a_body_meeting(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict == CONTRADICTED:
        assert "trump-invited-to-lam-bop-meeting" in {c.id for c in judgement.evidence}

"""An invitation to another occasion than the one the sources give its host (issue 10, session
22, speakers): "Prabowo invited Lam to a summit in Jakarta" was contradicted as an invitation to
the Board of Peace meeting, which Trump hosted, because Lam's attending something was borne out
beside it by his attendance in Washington. A place after a locative where that event was not
held or that the base does not know, or a body named after the invitation's verb that the
event's name does not hold, makes the occasion another one: not enough info. The event itself
named, or its place, stays contradicted. Written in English, Vietnamese and Vietnamese without
diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
CONTRADICTED = "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Indonesia's Prabowo asked Lam to come to an ASEAN leaders' meeting in Jakarta.", NEI),
        ("Orbán invited To Lam to attend a summit in Budapest.", NEI),
        ("Prabowo invited the party chief to the ASEAN summit.", NEI),
        ("Thủ tướng Orbán mời Tổng Bí thư Tô Lâm dự một hội nghị tại Budapest.", NEI),
        ("Tổng thống Prabowo mời ông Tô Lâm dự hội nghị ASEAN.", NEI),
        ("Thu tuong Orban moi TBT To Lam du hoi nghi tai Budapest", NEI),
        # a place the base does not know
        ("Prabowo invited Lam to a regional summit in Bali.", NEI),
        ("Ong Prabowo moi TBT To Lam du hoi nghi tai Bali", NEI),
        # the occasion the sources give its host: another inviter is refuted
        (
            "Orbán invited To Lam to attend the inaugural meeting of the Board of Peace.",
            CONTRADICTED,
        ),
        ("Lam went to Washington at the invitation of Prabowo.", CONTRADICTED),
    ],
)
def test_an_invitation_to_another_occasion(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation

"""A briefing is a telling (issue 10, uncovered): "briefed Leahy on the major orientations set
after the 14th Congress", "thông tin với ông Leahy về các định hướng lớn" give the speaker the
words and make the one briefed the addressee (`briefed` under `said` and `told_whom` in
lexicon/en/stances.yaml), the orientations name the view the one source sentence gives them
(the topic `new-heights`, fixtures/vocabulary/entities.yaml), and an event the claims say was
held before a date has ended by then, which is all a statement set after it needs
(World.ended_by, check.later). Another addressee, the speaker turned round, or another
Congress stay open, but for a Congress said wrong of this briefing, which its source fixes:
refuted (session 25, later.other_member)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
CONTRADICTED = "contradicted"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # English: wire copy, a headline
        (
            "Vietnam's party chief briefed Patrick Leahy on the major directions set by the"
            " 14th National Party Congress.",
            SUPPORTED,
        ),
        (
            "To Lam briefs Leahy on key orientations set after 14th National Party Congress",
            SUPPORTED,
        ),
        # Vietnamese, with and without diacritics
        (
            "Tổng Bí thư chia sẻ với ông Leahy về những định hướng lớn của Việt Nam"
            " sau Đại hội XIV",
            SUPPORTED,
        ),
        ("TBT To Lam thong tin voi ong Leahy ve cac dinh huong lon sau Dai hoi XIV", SUPPORTED),
        # another addressee, the roles turned round, another Congress: open
        (
            "To Lam briefed Senator Daines on the major orientations set after the 14th Party"
            " Congress.",
            NEI,
        ),
        ("Leahy briefed To Lam on the major orientations set after the 14th Party Congress.", NEI),
        # the Congress said wrong: the one briefing the sources know was of the 14th's
        # (session 25, later.other_member; open before)
        (
            "To Lam briefed Leahy on the major orientations set after the 13th Party Congress.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư thông tin với Thượng nghị sĩ Hagerty về các định hướng lớn sau"
            " Đại hội XIV.",
            NEI,
        ),
        ("Ong Leahy thong tin voi TBT ve nhung dinh huong lon sau Dai hoi XIV", NEI),
        # an act the claims date before the event ended is not shown done after it
        ("Hegseth visited Vietnam after the 14th Party Congress.", NEI),
    ],
)
def test_briefings(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

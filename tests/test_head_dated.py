"""The date of an invitation, an acceptance or a decision is not its content's (issue 10, session
23, second review's group F): "Trump invited Lam to the Board of Peace meeting in December 2025",
"Lam decided in January to attend", "Tháng 1, Tổng Bí thư quyết định dự cuộc họp" were
contradicted by the meeting's days (18-20 February 2026) or by the letter of 16 January, an
invitation to join the Board as a founding member. A date said with the act that holds the acts
after it as its content (`contents`, `content_verbs` in lexicon/<lang>/synonyms.yaml), after it or
fronting the statement, may be that act's: the content and the event named in it need not be of
that date (scope.head_dated, assess.time_of), and an invitation said to be to a gathering or a
trip is not the invitation to join a body (scope.joins_a_body; lexicon/world/contents.yaml). The
sources date the invitation to the meeting only as before 17 February, the acceptance only
between 16 January and 17 February, and no decision at all. Traps: the act done at the date,
an act joined by "and", the letter that is the invitation sent, the date inside the content of
the invitation to join. Our own wording, in English, Vietnamese and Vietnamese without
diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the date after the invitation, the acceptance or the decision: theirs, not the meeting's
        (
            "Trump invited To Lam in December 2025 to attend the Board of Peace's first meeting.",
            NEI,
        ),
        (
            "Vietnam's leader accepted the invitation to the Board of Peace meeting in late "
            "January.",
            NEI,
        ),
        (
            "Lam decided in early January to attend the Board of Peace's opening session in "
            "Washington.",
            NEI,
        ),
        (
            "Tổng Bí thư Tô Lâm nhận lời mời dự phiên họp đầu tiên của Hội đồng Hòa bình hồi "
            "tháng 12/2025.",
            NEI,
        ),
        ("Ông Trump mời Tổng Bí thư Tô Lâm hồi đầu tháng 1 dự cuộc họp Hội đồng Hòa bình.", NEI),
        ("Tong Bi thu To Lam nhan loi moi du hop Hoi dong Hoa binh tu cuoi thang 1.", NEI),
        # a date fronting the statement dates its first act, the decision or the invitation
        ("In December 2025, Lam opted to attend the Board of Peace's inaugural session.", NEI),
        ("Tháng 12/2025, Tổng Bí thư quyết định tham dự cuộc họp khai mạc Hội đồng Hòa bình.", NEI),
        ("Thang 12/2025, Tong Bi thu chon du cuoc hop khai mac Hoi dong Hoa binh.", NEI),
        (
            "Late January: Trump invites Vietnam's party chief to fly to Washington for the "
            "Board of Peace meeting",
            NEI,
        ),
        ("Cuối tháng 12/2025, ông Trump mời Tổng Bí thư sang Mỹ dự họp Hội đồng Hòa bình.", NEI),
        ("Cuoi thang 12/2025, ong Trump moi Tong Bi thu sang My du hop Hoi dong Hoa binh.", NEI),
        # the attending itself dated: refuted, as is an act joined to the acceptance by "and"
        ("Lam attended the Board of Peace meeting in December 2025.", CONTRADICTED),
        ("Tổng Bí thư Tô Lâm dự cuộc họp Hội đồng Hòa bình vào tháng 12/2025.", CONTRADICTED),
        ("To Lam du cuoc hop khai mac Hoi dong Hoa binh thang 12/2025.", CONTRADICTED),
        (
            "Lam accepted Trump's invitation and attended the Board of Peace meeting in "
            "December 2025.",
            CONTRADICTED,
        ),
        # the letter is the invitation sent: its date is the sending's
        ("Trump sent the Board of Peace invitation letter to To Lam on February 16.", CONTRADICTED),
        # the invitation to join the Board, with its own date, and the meeting's days
        ("Trump invited Lam on Jan. 16 to join the Board of Peace.", SUPPORTED),
        (
            "Ngày 16/1, Tổng thống Trump gửi thư mời Tổng Bí thư tham gia Hội đồng Hòa bình.",
            SUPPORTED,
        ),
        (
            "Ngay 16/1, Tong thong Trump gui thu moi Tong Bi thu tham gia Hoi dong Hoa binh.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư nhận lời mời dự cuộc họp khai mạc Hội đồng Hòa bình từ ngày 18 đến 20/2.",
            SUPPORTED,
        ),
    ],
)
def test_the_date_of_an_acts_head(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation


def test_content_acts_are_predicates(real_checker: Checker) -> None:
    """Every act lexicon/world/contents.yaml lists is a predicate of the vocabulary."""
    world = load_lexicon("world", "contents")
    listed = {*world["content_acts"], *world["gathering_contents"]}
    assert listed <= set(real_checker.vocab.predicates)

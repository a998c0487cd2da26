"""What a dated invitation, or one a letter carries, invited to (issue 10, session 23, second
review's group D). Trump's letter of 16 January invited Tô Lâm to join the Board of Peace as a
founding member; his invitation to the Board's meeting in Washington is undated. "Trump's Jan. 16
letter invited Lam to visit Washington" was supported: the letter bore out the letter, the undated
invitation to the meeting the invitation, and Lâm's trip in February the visit; a title beside a
dated invitation ("Tổng thống Trump", whose office claim names the United States) bore out the
visit's place as well. A content (a visit, a membership) is the invitation's own: its place
must be one the claims of that invitation give, and the invitation a letter carries is the one
on the letter's occasion. Otherwise not enough info. Written in English, Vietnamese and
Vietnamese without diacritics, in wording of our own; the reviewer's statements as found."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's
        "Trump's Jan. 16 letter invited Lam to visit Washington.",
        "Thư ngày 16/1 của ông Trump mời Tổng Bí thư thăm Mỹ.",
        "Thu ngay 16/1 cua ong Trump moi Tong Bi thu sang Washington.",
        "Ngay 16/1 Tong thong Trump gui thu moi Tong Bi thu tham My.",
        # ours: a letter, dated or not, carries the invitation to join
        "In a letter dated January 16, President Trump invited the party chief to visit the US.",
        "Trump's letter invited Lam to visit Washington.",
        "Lam received a letter from Trump inviting him to visit Washington.",
        "Trong thư gửi ngày 16/1, ông Trump mời Tổng Bí thư tới Washington.",
        "Trong thu gui ngay 16/1, ong Trump moi Tong Bi thu toi Washington.",
        # ... and a title beside a dated invitation names no place it is to
        "On Jan. 16, President Trump invited To Lam to visit America.",
        "Ngày 16/1, Tổng thống Trump mời Tổng Bí thư Tô Lâm sang thăm Hoa Kỳ.",
        "Ngay 16/1, Tong thong Trump moi Tong Bi thu To Lam sang tham Hoa Ky.",
        # a name begun in the content is its own, though its dots end the clause
        "U.S. President Donald Trump on January 16 invited party chief To Lam to visit the U.S.",
    ],
)
def test_a_visit_the_dated_invitation_was_not_to(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # what the letter was to: joining as a founding member
        "Trump's Jan. 16 letter invited Vietnam to join the Board of Peace as a founding member",
        "Thư ngày 16/1 của ông Trump mời Việt Nam tham gia Hội đồng Hòa bình với tư cách thành "
        "viên sáng lập.",
        "Thu ngay 16/1 cua ong Trump moi Viet Nam tham gia Hoi dong Hoa binh voi tu cach thanh "
        "vien sang lap.",
        "Trump invited Lam on Jan. 16 to join the Board of Peace.",
        # the undated invitation to the meeting in Washington, a visit there
        "Trump invited Lam to attend the Board of Peace meeting",
        "Trump invited Lam to visit Washington.",
        "President Trump invited Lam to visit the United States.",
        "Tổng thống Trump mời Tổng Bí thư Tô Lâm sang thăm Mỹ.",
        "Tong thong Trump moi Tong Bi thu To Lam sang tham My.",
        "Tổng Bí thư sang Mỹ theo lời mời của Tổng thống Trump",
        # Lâm's own invitation, whose claim gives the destination
        "Tổng Bí thư Tô Lâm mời Tổng thống Trump thăm Việt Nam.",
    ],
)
def test_the_invitations_own_content(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert judgement.evidence

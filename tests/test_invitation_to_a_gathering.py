"""An invitation or an acceptance to a gathering dated "in January" (issue 10, session 23, third
review's group C). Trump's letter of 16 January invited Tô Lâm to join the Board of Peace as a
founding member; the sources date his invitation to the Board's meeting in Washington only as
before 17 February, and Lâm's acceptance of it not at all. "In January, Trump invited Lam to
Washington for the Board of Peace meeting" was supported: the letter's invitation to join bore
out an invitation to the meeting because its date fell in January, and a verb of going ("sang
Washington") read the undated invitation's "before 17 February" as a stay whose first day lay in
January. An invitation said to be to a gathering (a verb of attending or visiting after it, or the
gathering named there) is another invitation than the one to join a body, which then bears
nothing out (scope.joins_a_body), and a claim with no first day has none a stay begins on.
Otherwise not enough info. The reviewer's statements as found, then ours, in English, Vietnamese
and Vietnamese without diacritics; the invitations the claims do hold stay supported."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        # the reviewer's
        "In January, Trump invited Lam to Washington for the Board of Peace meeting.",
        "In January, Trump invited Lam to the Board of Peace's opening session in Washington.",
        "Tháng 1, ông Trump mời Tổng Bí thư sang Washington dự họp Hội đồng Hòa bình.",
        "Thang 1, ong Trump moi Tong Bi thu sang Washington du hop Hoi dong Hoa binh.",
        "Tháng 1, Tổng Bí thư nhận lời sang Washington dự họp Hội đồng Hòa bình.",
        "Tháng 1, ông Trump mời Tổng Bí thư dự cuộc họp khai mạc Hội đồng Hòa bình.",
        # ours: a wire lead, a speech, a post
        "In January, To Lam accepted Trump's invitation to travel to Washington for the Board of "
        "Peace session.",
        "Hồi tháng 1, Tổng thống Trump đã mời Tổng Bí thư Tô Lâm tới Washington tham dự phiên họp "
        "đầu tiên của Hội đồng Hòa bình.",
        "Hoi thang 1, Tong thong Trump da moi Tong Bi thu To Lam toi Washington tham du phien hop "
        "dau tien cua Hoi dong Hoa binh.",
        "Tháng 1/2026, Tổng Bí thư Tô Lâm nhận lời mời sang Mỹ dự họp Hội đồng Hòa bình.",
        "Thang 1/2026, Tong Bi thu To Lam nhan loi moi sang My du hop Hoi dong Hoa binh.",
        "Thang 1, Tong Bi thu nhan loi sang Washington du hop Hoi dong Hoa binh.",
        "Thang 1, ong Trump moi Tong Bi thu du cuoc hop khai mac Hoi dong Hoa binh.",
    ],
)
def test_a_january_invitation_to_the_meeting(real_checker: Checker, statement: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the invitation to join, dated or in January, and the undated one to the meeting
        "Trump invited Lam on Jan. 16 to join the Board of Peace.",
        "In January, Trump invited Lam to join the Board of Peace as a founding member.",
        "Ngày 16/1, ông Trump mời Tổng Bí thư tham gia Hội đồng Hòa bình với tư cách thành viên "
        "sáng lập.",
        "Ngay 16/1, ong Trump moi Tong Bi thu tham gia Hoi dong Hoa binh voi tu cach thanh vien "
        "sang lap.",
        "Trump invited Lam to attend the Board of Peace meeting.",
        "Trump invited Lam to Washington for the Board of Peace meeting.",
        "Ông Trump mời Tổng Bí thư dự cuộc họp khai mạc Hội đồng Hòa bình.",
        "Ong Trump moi Tong Bi thu du cuoc hop khai mac Hoi dong Hoa binh.",
        # ... and the acceptance of it
        "To Lam accepted Trump's invitation to attend the Board of Peace's inaugural meeting.",
        "Tổng Bí thư nhận lời mời của Tổng thống Trump sang Mỹ dự cuộc họp khai mạc Hội đồng Hòa "
        "bình.",
    ],
)
def test_the_invitations_the_claims_hold(real_checker: Checker, statement: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert judgement.evidence

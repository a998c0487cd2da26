"""An exchange named as where an act was done ("In his letter, ...", "At his meeting with
Tokayev, ...", "Tại cuộc gặp Bộ trưởng Hegseth, ...") sets the act's occasion (factdb.check
.frames): a claim of the act on another occasion (another letter, meeting or call, another day)
leaves it open, never supported; the claims of that very exchange still bear it out. Second
reviewer's set, M3 and M4 (issue 10)."""

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
        # the letter to Trump (2026) is not the Hegseth reception (2025) where Lam said it
        "In his letter, Lam said Vietnam was ready to serve as a bridge for peace.",
        "Trong thư, Tổng Bí thư đề nghị Hoa Kỳ hỗ trợ rà phá bom mìn.",
        "Trong thu, Tong Bi thu khang dinh Viet Nam san sang lam cau noi hoa binh.",
        "In the letter he wrote to Trump, Lam pressed Washington to help clear leftover bombs.",
        "Trong bức thư gửi ông Trump, Tổng Bí thư coi hợp tác quốc phòng là trụ cột của quan hệ.",
        "Trong buc thu gui ong Trump, Tong Bi thu de nghi My tiep tuc tay doc dioxin.",
        # a fact the speaker is said to tell in the letter: the sources do not have him tell it
        "In his letter, Lam said Vietnam and the U.S. had marked 30 years of diplomatic ties.",
        # the 16 January letter came before the re-election it would congratulate
        "In his Jan 16 letter, Trump congratulated Lam on his re-election.",
        # one event's day holds many meetings: the invitation was made at Pashinyan's
        "At his meeting with Tokayev, Lam invited Armenian leaders to visit Vietnam.",
        "Tại cuộc gặp Tổng thống Aliyev, Tổng Bí thư mời Thủ tướng Pashinyan thăm Việt Nam.",
        "Tai cuoc gap Tong thong Tokayev, Tong Bi thu moi lanh dao Armenia tham Viet Nam.",
        "At his meeting with Hun Manet, Lam congratulated Armenia on its achievements.",
        "Trong cuộc gặp Thủ tướng Hun Manet, Tổng Bí thư chúc mừng thành tựu của Armenia.",
        "Trong cuoc gap Thu tuong Hun Manet, Tong Bi thu chuc mung thanh tuu cua Armenia.",
        # the request to Congress was made in the February 2026 calls, not to Hegseth in 2025
        "At the Hegseth meeting, Lam asked Congress to fund Bien Hoa dioxin cleanup.",
        "Tại cuộc gặp Bộ trưởng Hegseth, Tổng Bí thư đề nghị Quốc hội Mỹ cấp kinh phí "
        "cho Biên Hòa.",
        "Tai cuoc dien dam voi ong Leahy, Tong Bi thu de nghi Quoc hoi My ho tro du an Bien Hoa.",
    ],
)
def test_act_of_another_occasion_is_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    "statement",
    [
        # what the letter itself said
        "In his letter, To Lam said Vietnam was ready to join the Board of Peace as a founding "
        "member.",
        "Trong thư gửi Tổng thống Trump, Tổng Bí thư khẳng định Việt Nam sẵn sàng tham gia với tư "
        "cách thành viên sáng lập.",
        "Trong thu gui Tong thong Trump, Tong Bi thu khang dinh Viet Nam san sang tham gia voi tu "
        "cach thanh vien sang lap.",
        # the acceptance the letter carried (the claim of the other acceptance, dated only
        # "before 17 February", tells no occasion)
        "In his letter, Lam accepted Trump's invitation to join the Board of Peace.",
        "Trong thư, Tổng Bí thư nhận lời mời tham gia Hội đồng Hòa bình.",
        "Trong thu, Tong Bi thu nhan loi moi tham gia Hoi dong Hoa binh.",
        # what was said at that very meeting
        "At his meeting with Pashinyan, Lam congratulated Armenia on its achievements.",
        "Tại cuộc gặp Thủ tướng Pashinyan, Tổng Bí thư chúc mừng thành tựu của Armenia.",
        "Tai cuoc gap Thu tuong Pashinyan, Tong Bi thu chuc mung thanh tuu cua Armenia.",
        "At his meeting with Hun Manet, Lam thanked Hun Sen for the warm welcome.",
        "Tại cuộc gặp Thủ tướng Hun Manet, Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp "
        "trọng thị.",
        "Tai cuoc gap Thu tuong Hun Manet, Tong Bi thu cam on Chu tich Hun Sen da don tiep "
        "trong thi.",
        # "at" before no exchange frames nothing
        "Lam attended the meeting at the invitation of Trump.",
    ],
)
def test_act_of_the_exchange_is_borne_out(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED

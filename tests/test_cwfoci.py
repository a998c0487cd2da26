"""Session 27, reviewer's foci finding: a denial that may fall on a kind, form, medium or
manner of the act no claim gives ("did not give grant aid", "a concessional loan", "a video
call", "thư tay", "formal talks") was refuted by the claim of the plain act (Hungary's ODA, the
calls, the letter, the meeting). The words are data (lexicon/<lang>/foci.yaml); a kind said
before its noun is one too, once a verb stands between the denial and it
(scope.denied_manner), and so is the letter a greeting went by ("thư chúc Tết"). Whom a
denied act was with, said once after a corrective ("không gặp trực tiếp mà chỉ điện đàm với
ông Daines"), is its own too (assertions._shared_object, judge.denied_clause). A plain
denial of the act, or one of a form a claim gives, stays refuted.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The reviewer's confident wrongs and paraphrases: the sources never give that form.
@pytest.mark.parametrize(
    "text",
    [
        "Hungary did not give Vietnam grant aid, only loans.",
        "Hungary did not give Vietnam non-refundable aid.",
        "Hungary không cấp viện trợ không hoàn lại mà chỉ cho vay.",
        "Hungary khong cap vien tro khong hoan lai ma chi cho vay.",
        "Khoản ODA của Hungary không phải viện trợ không hoàn lại.",
        "Hungary did not approve a concessional loan for Vietnam.",
        "Hungary did not approve a soft loan for Vietnam.",
        "Hungary không thông qua khoản vay ưu đãi nào cho Việt Nam.",
        "Hungary khong thong qua khoan vay uu dai nao cho Viet Nam.",
        "Hungary không cấp học bổng toàn phần mà chỉ cấp học bổng bán phần cho sinh viên Việt Nam.",
        "Hungary khong cap hoc bong toan phan cho sinh vien Viet Nam.",
        "Hungary did not offer full scholarships to Vietnamese students.",
        "Leahy did not hold a video call with Tô Lâm.",
        "Leahy did not hold an online call with To Lam.",
        "Tong Bi thu khong dien dam truc tuyen co hinh anh voi ong Leahy.",
        "Tổng Bí thư không điện đàm trực tuyến với ông Leahy.",
        "Tổng Bí thư không gặp trực tiếp mà chỉ điện đàm với ông Daines.",
        "Tong Bi thu khong gap truc tiep ma chi dien dam voi ong Daines.",
        "To Lam did not meet in person but only called Daines.",
        "Ông Hagerty không gửi thư chúc Tết mà chỉ gửi lời chúc qua điện thoại.",
        "Ong Hagerty khong gui thu chuc Tet ma chi gui loi chuc qua dien thoai.",
        "Tô Lâm did not hold formal talks with Orbán.",
        "Tô Lâm không hội đàm chính thức với ông Orbán.",
        "Tổng thống Trump không gửi thư tay cho Tổng Bí thư.",
        "Tong thong Trump khong gui thu tay cho Tong Bi thu.",
        "Trump did not send To Lam a handwritten letter.",
    ],
)
def test_a_denied_form_no_claim_gives_is_open(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == NEI


# The plain act denied stays refuted.
@pytest.mark.parametrize(
    "text",
    [
        "Hungary did not approve ODA for Vietnam.",
        "Hungary has not approved any ODA for Vietnam.",
        "Hungary did not grant aid to Vietnam.",
        "Leahy did not call To Lam.",
        "Trump không gửi thư cho Tổng Bí thư.",
        "Trump khong gui thu cho Tong Bi thu.",
        "Tô Lâm did not meet Orbán.",
        "Tô Lâm không gặp Thủ tướng Orbán.",
        "Ông Hagerty không gửi lời chúc Tết tới Tổng Bí thư.",
        # the form a claim gives: the meeting with Orbán was held in person
        "Tô Lâm không gặp trực tiếp mà chỉ điện đàm với ông Orbán.",
        "To Lam khong gap truc tiep ma chi dien dam voi ong Orban.",
        "Tô Lâm không gặp trực tiếp ông Orbán.",
    ],
)
def test_the_plain_act_denied_stays_refuted(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == CONTRADICTED

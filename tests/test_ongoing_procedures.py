"""An act of completion said under way is not done (issue 10): "Hungary is in the process of
approving the ODA", "đang tiến hành thủ tục phê duyệt", "dang tien hanh nang cap quan he" say the
approval, the upgrade, the adoption is not done yet at the time spoken of, as "still in the
process of" and "vẫn đang làm thủ tục" do (statements.yaml `negation`), so the sources' act done
before that time refutes them. Only the progressive of a completion reads so: a visit under way
("đang tiến hành chuyến công tác") is a visit; a past time before the act ("in January") stays
open; a package no claim gives stays open. Each class in English, Vietnamese and Vietnamese
without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # an approval under way: the sources' approval refutes it
    (
        "Budapest is in the process of approving its ODA loan to Vietnam, officials say.",
        CONTRADICTED,
    ),
    ("Hungary is processing the approval of the ODA package for Vietnam.", CONTRADICTED),
    ("Hungary is about to approve the ODA for Vietnam.", CONTRADICTED),
    ("Phía Hungary đang tiến hành các thủ tục phê duyệt gói ODA dành cho Việt Nam.", CONTRADICTED),
    # a completion under way ("đang hoàn tất", "is completing"), undated, is not fixed before
    # the sources' completion: open (tests/test_completions_under_way.py)
    ("Hungary đang hoàn tất thủ tục phê duyệt gói ODA 400 triệu USD.", NEI),
    ("Hungary đang trong quá trình phê duyệt gói ODA cho Việt Nam", CONTRADICTED),
    ("Phia Hungary dang tien hanh cac thu tuc phe duyet goi ODA danh cho Viet Nam", CONTRADICTED),
    ("Hungary dang hoan tat thu tuc phe duyet goi ODA 400 trieu USD", NEI),
    # about to be done: a plan word inside the denial is the denial's ("sắp hoàn tất thủ tục")
    ("Chính phủ Hungary sắp hoàn tất thủ tục phê duyệt gói ODA cho Việt Nam", CONTRADICTED),
    ("Chinh phu Hungary sap hoan tat thu tuc phe duyet goi ODA cho Viet Nam", CONTRADICTED),
    # an upgrade, an adoption under way: done before
    (
        "Hanoi and Washington are in the process of upgrading ties to a comprehensive "
        "strategic partnership.",
        CONTRADICTED,
    ),
    (
        "The US Senate is in the process of passing a resolution marking 30 years of "
        "diplomatic ties.",
        CONTRADICTED,
    ),
    (
        "Hai nước Việt Nam và Hoa Kỳ đang tiến hành nâng cấp quan hệ lên Đối tác chiến "
        "lược toàn diện",
        CONTRADICTED,
    ),
    (
        "Thượng viện Hoa Kỳ đang tiến hành thông qua nghị quyết về 30 năm quan hệ ngoại giao",
        CONTRADICTED,
    ),
    (
        "Hai nuoc Viet Nam va Hoa Ky dang tien hanh nang cap quan he len Doi tac chien "
        "luoc toan dien",
        CONTRADICTED,
    ),
    # traps: a time before the act; a package no claim gives; an act that lasts, under way; done
    ("In January 2026, Hungary was in the process of approving the ODA for Vietnam.", NEI),
    ("Tháng 1/2026, Hungary đang tiến hành thủ tục phê duyệt khoản ODA cho Việt Nam.", NEI),
    ("Pakistan is in the process of approving ODA for Vietnam.", NEI),
    ("Pakistan đang tiến hành thủ tục phê duyệt khoản ODA cho Việt Nam.", NEI),
    ("Pakistan dang tien hanh thu tuc phe duyet khoan ODA cho Viet Nam", NEI),
    ("Tổng Bí thư Tô Lâm đang tiến hành chuyến công tác tại Mỹ.", SUPPORTED),
    ("Tong Bi thu To Lam dang tien hanh chuyen cong tac tai My", SUPPORTED),
    ("Việt Nam và Mỹ đang triển khai khuôn khổ Đối tác chiến lược toàn diện.", SUPPORTED),
    ("Hungary đã hoàn tất thủ tục thông qua khoản ODA cho Việt Nam.", SUPPORTED),
    # the formalities of a journey prepare it: no visit denied; a threshold about to be passed
    # is no act of completion
    (
        "Đoàn của Tổng Bí thư Tô Lâm đang làm thủ tục lên đường sang Mỹ dự cuộc họp "
        "khai mạc Hội đồng Hòa bình.",
        NEI,
    ),
    ("Doan cua Tong Bi thu To Lam dang lam thu tuc xuat canh sang My", NEI),
    ("Hungary is about to pass the 200-scholarship mark.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_ongoing_procedure_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

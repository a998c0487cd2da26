"""Session 27, reviewer's request finding: a request whose content is an act ("đề nghị Thượng
viện Mỹ thông qua nghị quyết ...", "urged the Senate to adopt the resolution") was borne out by
any request of the same asker to the same side (Lâm's 2025 request to the US about demining),
and the act asked for was judged as a plain fact done (the Senate's adoption). The act is the
request's content (`contents` in lexicon/<lang>/synonyms.yaml), and the document named inside
it cues no adoption of its own (check.acts.cue_types_outside_contents): only a request whose
content is that document bears it out (Daines's).
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

FINDING = (
    "Tổng Bí thư đề nghị Thượng viện Mỹ thông qua nghị quyết kỷ niệm 30 năm quan hệ ngoại giao."
)
TIES = "marking 30 years of diplomatic ties."


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The reviewer's confident wrongs and paraphrases: no claim has Lâm ask for the resolution.
@pytest.mark.parametrize(
    "text",
    [
        FINDING,
        "TBT de nghi Thuong vien My thong qua nghi quyet ky niem 30 nam quan he ngoai giao",
        "To Lam urged the US Senate to adopt a resolution marking 30 years of diplomatic ties.",
        "To Lam called on the US Senate to pass the resolution " + TIES,
        "Tổng Bí thư Tô Lâm kêu gọi Thượng viện Mỹ thông qua nghị quyết kỷ niệm 30 năm quan hệ "
        "ngoại giao.",
        "Tong Bi thu To Lam keu goi Thuong vien My thong qua nghi quyet ky niem 30 nam quan he "
        "ngoai giao.",
    ],
)
def test_a_request_for_another_act_is_open(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == NEI


@pytest.mark.parametrize(
    "text",
    [
        FINDING,
        "TBT de nghi Thuong vien My thong qua nghi quyet ky niem 30 nam quan he ngoai giao",
        "To Lam urged the US Senate to adopt a resolution marking 30 years of diplomatic ties.",
    ],
)
def test_the_act_asked_for_is_no_part_of_its_own(checker: Checker, text: str) -> None:
    """Neither the verb nor the document's name makes the adoption a fact the statement says."""
    parsed = checker.parse(text)
    assert "requested" in parsed.predicates
    assert "adopted" not in parsed.predicates
    assert "oda_approved" not in parsed.predicates


# Near versions that keep their verdict: the English "asked" (no request read), the dated ones,
# the requests the sources give with their content, the adoption itself and its denial.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("To Lam asked the US Senate to pass a resolution " + TIES, NEI),
        (
            "Ngày 18/2, Tổng Bí thư đề nghị Thượng viện Mỹ thông qua nghị quyết kỷ niệm 30 năm "
            "quan hệ ngoại giao.",
            NEI,
        ),
        (
            "On February 18, Lam urged the Senate to adopt the resolution marking 30 years of "
            "diplomatic ties.",
            NEI,
        ),
        (
            "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục bố trí nguồn lực cho dự án tẩy độc dioxin "
            "tại sân bay Biên Hòa",
            SUPPORTED,
        ),
        (
            "Tong Bi thu de nghi Quoc hoi My tiep tuc danh nguon luc cho du an tay doc dioxin tai "
            "san bay Bien Hoa.",
            SUPPORTED,
        ),
        ("Lam urged the US Congress to keep funding the Bien Hoa dioxin cleanup.", SUPPORTED),
        ("Tổng Bí thư đề nghị Hoa Kỳ tiếp tục hợp tác rà phá bom mìn.", SUPPORTED),
        ("To Lam urged the US to keep cooperating on demining.", SUPPORTED),
        (
            "Senator Daines urged the US Senate to adopt the resolution marking 30 years of "
            "diplomatic ties.",
            SUPPORTED,
        ),
        (
            "Thuong nghi si Daines de nghi Thuong vien My thong qua nghi quyet ky niem 30 nam quan "
            "he ngoai giao",
            SUPPORTED,
        ),
        (
            "Nghị sĩ Daines kêu gọi Thượng viện Mỹ thông qua nghị quyết kỷ niệm 30 năm quan hệ "
            "ngoại giao.",
            SUPPORTED,
        ),
        (
            "Daines did not urge the Senate to adopt the resolution marking 30 years of "
            "diplomatic ties.",
            CONTRADICTED,
        ),
        ("Thượng viện Mỹ đã thông qua nghị quyết kỷ niệm 30 năm quan hệ ngoại giao.", SUPPORTED),
        ("Thuong vien My da thong qua nghi quyet ky niem 30 nam quan he ngoai giao.", SUPPORTED),
        ("The US Senate passed a resolution marking 30 years of diplomatic ties.", SUPPORTED),
        ("The US Senate rejected the resolution " + TIES, CONTRADICTED),
        ("Hungary approved ODA for Vietnam.", SUPPORTED),
        ("To Lam urged Hungary to approve ODA loans for Vietnam.", NEI),
    ],
)
def test_near_versions_keep_their_verdict(checker: Checker, text: str, verdict: str) -> None:
    assert checker.check(text).verdict == verdict

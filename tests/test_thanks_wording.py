"""What Tô Lâm thanked Daines for, in the press's words (issue 10, session 22, speakers): the
effort is also "work" ("his work getting the Senate to adopt ..."), the lobbying also "vận động
Thượng viện thông qua nghị quyết", "thúc đẩy nghị quyết kỷ niệm 30 năm", and the resolution is
also "... quan hệ ngoại giao hai nước". The thanks given to another senator for the same deed
stays contradicted: on that call the thanks were Tô Lâm's to Daines alone. Written in English,
Vietnamese and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

SUPPORTED = "supported"
CONTRADICTED = "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Lam thanked Senator Daines for his work in getting the Senate to adopt the"
            " 30th-anniversary resolution.",
            SUPPORTED,
        ),
        (
            "Ông Tô Lâm cảm ơn ông Daines vì đã vận động Thượng viện thông qua nghị quyết kỷ niệm"
            " 30 năm quan hệ ngoại giao.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu cam on ong Daines da van dong Thuong vien thong qua nghi quyet ky niem"
            " 30 nam",
            SUPPORTED,
        ),
        (
            "TBT cam on TNS Daines da thuc day nghi quyet ky niem 30 nam quan he ngoai giao"
            " Viet - My",
            SUPPORTED,
        ),
        (
            "Lam thanked Hagerty for his work getting the Senate to adopt the 30th-anniversary"
            " resolution.",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư cảm ơn ông Hagerty vì đã vận động Thượng viện thông qua nghị quyết kỷ"
            " niệm 30 năm.",
            CONTRADICTED,
        ),
    ],
)
def test_the_deed_thanked_for(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation

"""Two confident wrongs a reviewer found (session 26), each a mechanism narrowed.

1. Thanks or praise for a deed given to another addressee, undated. The sources give Tô Lâm's
   thanks for pushing the Senate's 30th-anniversary resolution to Daines, in their call of 18
   February; the Hagerty call that day had other content. A statement that names no occasion
   may speak of thanks to Hagerty at another time: not enough info (assess.other_thanked). Set
   on that day, or in the encounter with Hagerty it names, it is still refuted there.
2. Readiness read as a plan. Vietnam and Pakistan are "sẵn sàng thăm lẫn nhau vào thời điểm phù
   hợp" (ready to visit each other at a suitable time): readiness is a mood of its own, which
   bears out "ready / willing / sẵn sàng to visit" but not "will visit / sẽ thăm / plans to
   visit". A plan still bears out readiness ("Vietnam is ready to join the Board of Peace").

In English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


THANKS = [
    # the reviewer's statements: no occasion named
    (
        "Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết kỷ niệm 30 năm quan hệ"
        " ngoại giao.",
        NEI,
    ),
    (
        "Tổng Bí thư đánh giá cao nỗ lực của Thượng nghị sĩ Hagerty trong thúc đẩy nghị quyết kỷ"
        " niệm 30 năm quan hệ ngoại giao.",
        NEI,
    ),
    (
        "To Lam praised Senator Hagerty's efforts to push the Senate resolution on 30 years of"
        " ties.",
        NEI,
    ),
    (
        "Tong Bi thu danh gia cao no luc cua Thuong nghi si Hagerty trong thuc day nghi quyet ky"
        " niem 30 nam quan he ngoai giao.",
        NEI,
    ),
    (
        "Tong Bi thu cam on Thuong nghi si Hagerty da thuc day Thuong vien thong qua nghi quyet"
        " ky niem 30 nam.",
        NEI,
    ),
    # paraphrases, no occasion named
    ("Lam thanked Hagerty for pushing the Senate resolution on 30 years of ties.", NEI),
    ("Lam thanked Sen. Hagerty for helping pass the 30th-anniversary resolution.", NEI),
    (
        "Tổng Bí thư Tô Lâm cảm ơn ông Hagerty vì đã thúc đẩy Thượng viện thông qua nghị quyết"
        " kỷ niệm 30 năm.",
        NEI,
    ),
    ("TBT To Lam danh gia cao TNS Hagerty vi da thuc day nghi quyet ky niem 30 nam", NEI),
    # the occasion fixed: that day, or the encounter with Hagerty, refutes it there
    (
        "On Feb 18, Lam thanked Hagerty for pushing the Senate resolution on 30 years of ties.",
        CONTRADICTED,
    ),
    (
        "In their phone call, Lam thanked Hagerty for pushing the Senate resolution on 30 years"
        " of ties.",
        CONTRADICTED,
    ),
    (
        "Ngày 18/2, Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết kỷ niệm 30"
        " năm quan hệ ngoại giao.",
        CONTRADICTED,
    ),
    (
        "Trong cuộc điện đàm, Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết"
        " kỷ niệm 30 năm quan hệ ngoại giao.",
        CONTRADICTED,
    ),
    (
        "Ngay 18/2, Tong Bi thu cam on Thuong nghi si Hagerty da thuc day nghi quyet ky niem 30"
        " nam quan he ngoai giao.",
        CONTRADICTED,
    ),
    # another year, a meeting the sources do not report with him, someone not spoken with
    (
        "Năm 2025, Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty đã thúc đẩy nghị quyết kỷ niệm 30"
        " năm quan hệ ngoại giao.",
        NEI,
    ),
    (
        "In a meeting, Lam thanked Hagerty for pushing the Senate resolution on 30 years of ties.",
        NEI,
    ),
    ("Lam thanked Leahy for pushing the Senate resolution on 30 years of ties.", NEI),
    # the right one, and the thanks turned round, keep their verdicts
    (
        "Lam thanked Daines for helping push through the Senate's 30th-anniversary resolution.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu cam on Thuong nghi si Daines da thuc day nghi quyet ky niem 30 nam quan he"
        " ngoai giao",
        SUPPORTED,
    ),
    (
        "Daines thanked Lam for helping push through the Senate's 30th-anniversary resolution.",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), THANKS)
def test_thanks_to_another_needs_the_occasion(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_thanks_on_that_day_names_who_was_thanked(checker: Checker) -> None:
    judgement = checker.check(
        "On Feb 18, Lam thanked Hagerty for pushing the Senate resolution on 30 years of ties."
    )
    assert "Steve Daines" in judgement.explanation


READINESS = [
    # the reviewer's statements: readiness is no plan
    ("Shehbaz Sharif will visit Vietnam.", NEI),
    ("Thủ tướng Shehbaz Sharif sẽ thăm Việt Nam.", NEI),
    ("Tổng Bí thư Tô Lâm sẽ thăm Pakistan.", NEI),
    # paraphrases of the plan
    ("Pakistani PM Shehbaz Sharif plans to visit Vietnam.", NEI),
    ("Tong Bi thu To Lam se tham Pakistan.", NEI),
    ("Thu tuong Shehbaz Sharif se tham Viet Nam", NEI),
    ("To Lam is going to visit Pakistan.", NEI),
    # readiness bears out readiness
    ("Việt Nam và Pakistan sẵn sàng thăm lẫn nhau vào thời điểm phù hợp.", SUPPORTED),
    ("Viet Nam va Pakistan san sang tham lan nhau vao thoi diem phu hop", SUPPORTED),
    ("Vietnam and Pakistan are ready to visit each other at a suitable time.", SUPPORTED),
    ("Shehbaz Sharif is ready to visit Vietnam.", SUPPORTED),
    ("Thủ tướng Shehbaz Sharif sẵn sàng thăm Việt Nam.", SUPPORTED),
    # readiness ruled out is refuted; a plan still bears out readiness
    ("Pakistan's Shehbaz Sharif and To Lam ruled out exchanging visits for now.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm và Thủ tướng Shehbaz Sharif gạt bỏ khả năng thăm lẫn nhau.", CONTRADICTED),
    ("Việt Nam sẵn sàng tham gia Hội đồng Hòa bình với tư cách thành viên sáng lập.", SUPPORTED),
    # the other "will visit" statements stay open as before
    ("Hagerty will visit Vietnam.", NEI),
    ("Pashinyan will visit Vietnam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), READINESS)
def test_readiness_is_not_a_plan(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

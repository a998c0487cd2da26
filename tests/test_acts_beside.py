"""An act told before a speaker's verb, in the words that name him (session 32, speakers and
occasions): "To Lam spoke with Bill Hagerty and thanked him for ...", "Tô Lâm điện đàm với ông
Hagerty và cảm ơn ...". The call is no content of the thanks (stance.acts_beside):

- the speaker answers only for the facts his words say: the call's parties do not make the
  Senate's resolution his words (accounting.unsaid_speaker, accounting.said_parts), so a fact
  alone no longer bears out a thanks the sources give on another call;
- the one named only as the call's party is not the one thanked: a praise of a deed that names
  no one it went to ("đánh giá cao việc Thượng viện thông qua nghị quyết ...") is not refuted
  by the thanks the sources give Daines for it (assess.other_thanked); "thanked him", the
  pronoun bound to Hagerty, still is.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics, with the
traps that must stay as they are."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the thanks after a bare "and": the Senate's adopting the resolution is a fact no one
        # is said to have thanked Hagerty for on his call
        ("To Lam spoke with Bill Hagerty and thanked him for pushing the Senate resolution.", NEI),
        (
            "Tô Lâm điện đàm với ông Hagerty và cảm ơn ông vì Thượng viện đã thông qua nghị quyết.",
            NEI,
        ),
        (
            "To Lam dien dam voi ong Hagerty va cam on ong vi Thuong vien da thong qua nghi quyet.",
            NEI,
        ),
        # a praise of the deed naming no one it went to: open, not Daines' thanks turned round
        (
            "To Lam spoke with Hagerty and praised the efforts to get the Senate to pass the"
            " 30th-anniversary resolution.",
            NEI,
        ),
        (
            "Tô Lâm điện đàm với ông Hagerty và đánh giá cao việc Thượng viện thông qua nghị quyết"
            " kỷ niệm 30 năm quan hệ ngoại giao.",
            NEI,
        ),
        (
            "To Lam dien dam voi ong Hagerty va hoan nghenh viec Thuong vien thong qua nghi quyet"
            " ky niem 30 nam.",
            NEI,
        ),
        # traps: the thanks given to Hagerty himself stays refuted, after "and" or alone
        (
            "To Lam spoke with Hagerty and thanked him for helping push through the Senate's"
            " 30th-anniversary resolution.",
            CONTRADICTED,
        ),
        (
            "Tô Lâm điện đàm với ông Hagerty và cảm ơn ông đã thúc đẩy Thượng viện thông qua nghị"
            " quyết kỷ niệm 30 năm.",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu dien dam voi ong Hagerty va cam on ong da thuc day Thuong vien thong qua"
            " nghi quyet ky niem 30 nam.",
            CONTRADICTED,
        ),
        (
            "Lam thanked Hagerty for helping push through the Senate's 30th-anniversary"
            " resolution.",
            CONTRADICTED,
        ),
        # traps: the speaker's verb that is the act itself, and the thanks the sources give
        (
            "To Lam asked Congress to keep funding the dioxin cleanup at Bien Hoa airport.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực cho dự án tẩy độc dioxin tại"
            " sân bay Biên Hòa.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu de nghi Quoc hoi My tiep tuc danh nguon luc cho du an tay doc dioxin tai"
            " san bay Bien Hoa.",
            SUPPORTED,
        ),
        (
            "To Lam spoke with Steve Daines and thanked him for pushing the Senate to pass the"
            " resolution.",
            SUPPORTED,
        ),
        (
            "Tô Lâm điện đàm với Thượng nghị sĩ Steve Daines và cảm ơn ông đã thúc đẩy Thượng viện"
            " thông qua nghị quyết.",
            SUPPORTED,
        ),
        (
            "To Lam dien dam voi Thuong nghi si Steve Daines va cam on ong da thuc day Thuong vien"
            " thong qua nghi quyet.",
            SUPPORTED,
        ),
    ],
)
def test_an_act_told_beside_the_speakers_words(
    real_checker: Checker, statement: str, verdict: str
) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Session 31, from the review: an unnamed companion in Vietnamese ("Tổng Bí thư Tô Lâm cùng phu
nhân dự cuộc họp ...", "và phu nhân thăm Mỹ") was supported by the act alone, though no source
says his wife came; the English "To Lam and his wife" already stayed open. Each word of "phu nhân"
was found alone in the deciding claims' sentences ("nhân" of "nhân dịp"). A noun naming someone
by a relation (statements.yaml `relations`) of several words is now said only whole
(index.whole_phrases), as compounds are. Traps kept: the act without the companion."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Tổng Bí thư Tô Lâm cùng phu nhân dự cuộc họp khai mạc Hội đồng Hòa bình về Gaza.", NEI),
        ("Tong Bi thu To Lam cung phu nhan du cuoc hop khai mac Hoi dong Hoa binh ve Gaza.", NEI),
        ("Tổng Bí thư Tô Lâm và phu nhân thăm Mỹ từ ngày 18 - 20/2.", NEI),
        ("Tong Bi thu To Lam va phu nhan tham My tu ngay 18 - 20/2.", NEI),
        ("Tổng Bí thư Tô Lâm đi cùng phu nhân tới Washington.", NEI),
        ("To Lam and his wife attended the opening meeting of the Board of Peace.", NEI),
        # kept: the act alone
        ("Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình về Gaza.", SUPPORTED),
        ("Tong Bi thu To Lam tham My tu ngay 18 - 20/2.", SUPPORTED),
        ("To Lam attended the opening meeting of the Board of Peace.", SUPPORTED),
    ],
)
def test_an_unnamed_companion(real_checker: Checker, text: str, verdict: str) -> None:
    assert real_checker.check(text).verdict == verdict

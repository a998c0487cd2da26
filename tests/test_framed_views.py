"""Session 29, acts inside an occasion: an occasion that frames what a view is about.

"Lam thanked Hun Sen for the warm welcome during his visit to Cambodia" sets the welcome in the
visit, not the words of thanks, which were said on 19 February in Washington (check.frames).
The frame is the view's where it follows the view's words, or them and what they are done to
("đón tiếp trọng thị Đoàn Việt Nam trong chuyến thăm ...": the delegation welcomed), with no
act's word or clause break between. What was thanked for is then set on that occasion, which
only the view's own source sentence can tell: the thanks are borne out where that sentence tells
of the framing occasion (Tô Lâm's early-February visit to Cambodia), and left open for any other
occasion a claim bears out on its own (his visit to the United States, where he said the
thanks, is not where Hun Sen welcomed him). Written for these tests, in English, Vietnamese and
Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VIEW_FRAMES = [
    # the occasion the source sentence of the thanks gives the welcome
    (
        "To Lam thanked Chairman Hun Sen for the warm reception during his visit to Cambodia.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị trong chuyến thăm Campuchia.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu cam on Chu tich Hun Sen da don tiep trong thi trong chuyen tham Campuchia.",
        SUPPORTED,
    ),
    # what the welcome was given to, named between the view's words and the frame
    (
        "Lam thanked Chairman Hun Sen for the warm reception of To Lam during his visit to "
        "Cambodia.",
        SUPPORTED,
    ),
    (
        "Gap Thu tuong Hun Manet, Tong Bi thu cam on Chu tich Hun Sen da don tiep trong thi Doan "
        "Viet Nam trong chuyen tham Campuchia dau thang 2/2026.",
        SUPPORTED,
    ),
    (
        "Gặp Thủ tướng Hun Manet, Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị Đoàn "
        "Việt Nam trong chuyến thăm Campuchia đầu tháng 2/2026.",
        SUPPORTED,
    ),
    # traps: another occasion the claims bear out on its own is not where Hun Sen welcomed him
    (
        "To Lam thanked Chairman Hun Sen for the warm reception "
        "during his visit to the United States.",
        NEI,
    ),
    ("Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị trong chuyến thăm Mỹ.", NEI),
    ("Tong Bi thu cam on Chu tich Hun Sen da don tiep trong thi trong chuyen tham My.", NEI),
    (
        "Gặp Thủ tướng Hun Manet, Tổng Bí thư cảm ơn Chủ tịch Hun Sen đã đón tiếp trọng thị Đoàn "
        "Việt Nam trong chuyến thăm Mỹ.",
        NEI,
    ),
    (
        "Gap Thu tuong Hun Manet, Tong Bi thu cam on Chu tich Hun Sen da don tiep trong thi Doan "
        "Viet Nam trong chuyen tham My.",
        NEI,
    ),
    (
        "Lam thanked Chairman Hun Sen for the warm reception of To Lam during his visit to "
        "the United States.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VIEW_FRAMES)
def test_an_occasion_framing_what_a_view_is_about(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""A reading of a verb that fits the occasion the statement sets it in (session 32, speakers and
occasions): "In a reply letter, To Lam accepted and said Vietnam stood ready to join as a
founding member state". "Join", "tham gia" say either attending a meeting or becoming a member
(Judge._either, `either` in lexicon/world/readings.yaml); the frame "in a reply letter" left the
attendance open (no claim puts it in the letter) and with it the statement, though the
membership the letter pledged is borne out there. A reading the frame leaves open now stands
down where another reading of the verb is borne out (judge._framed_readings); with no reading
borne out on the occasion the statement stays open.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "In a reply letter, To Lam accepted and said Vietnam stood ready to join as a founding"
            " member state.",
            SUPPORTED,
        ),
        (
            "Trong thư hồi đáp, Tổng Bí thư Tô Lâm nhận lời và cho biết Việt Nam sẵn sàng tham gia"
            " với tư cách quốc gia thành viên sáng lập.",
            SUPPORTED,
        ),
        (
            "Trong thu hoi dap, To Lam nhan loi va noi Viet Nam san sang tham gia voi tu cach quoc"
            " gia thanh vien sang lap.",
            SUPPORTED,
        ),
        # traps: no reading borne out on the occasion set
        ("In his letter, To Lam said he would attend the Board of Peace meeting.", NEI),
        ("During his call with Leahy, To Lam joined the Board of Peace.", NEI),
        ("During his visit to Cambodia, To Lam joined the Board of Peace meeting.", NEI),
        ("Trong cuộc điện đàm với ông Leahy, Tô Lâm tham gia Hội đồng Hòa bình.", NEI),
        (
            "Trong thư hồi đáp, Tổng Bí thư Tô Lâm nhận lời và cho biết sẽ tham gia phiên họp khai"
            " mạc.",
            NEI,
        ),
        ("Trong thu hoi dap, To Lam nhan loi va noi se tham gia phien hop khai mac.", NEI),
    ],
)
def test_the_reading_the_occasion_fits(real_checker: Checker, statement: str, verdict: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

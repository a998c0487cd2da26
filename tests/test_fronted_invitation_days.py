"""The days of a trip said after an invitation named by its noun and doer that fronts the
statement (session 30, dates and days): "Theo lời mời của Tổng thống Donald Trump, Tổng Bí thư Tô
Lâm thăm Mỹ từ 18 đến 20/2" gave the trip's days to the invitation, whose claims the sources date
only as before 17 February ("gives no year") or on 16 January: not enough info. The visit after
the comma was read as the invitation's content, and a date inside a content dates the act whose
content it is ("invited Lam to join the Board of Peace on Jan 16"). An act said by its noun with
its doer ("at the invitation of Trump", "theo lời mời của") frames the act the statement says was
done; it sets no time of its own, so the date is the visit's (scope._given_only). Traps: days
another trip may have had (open), the event named with another month (refuted, as before), and
the invitation said by its verb, whose content's date stays the invitation's. Our own wording, in
English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the trip's own days, after the invitation that frames it
        (
            "At the invitation of President Donald Trump, To Lam visited the US from Feb. 18 "
            "to 20.",
            SUPPORTED,
        ),
        (
            "Theo lời mời của Tổng thống Donald Trump, Tổng Bí thư Tô Lâm thăm Mỹ từ 18 đến 20/2.",
            SUPPORTED,
        ),
        (
            "Theo loi moi cua Tong thong Donald Trump, Tong Bi thu To Lam tham My tu 18 den 20/2.",
            SUPPORTED,
        ),
        # other days: maybe another trip
        (
            "At the invitation of President Donald Trump, To Lam visited the US from March 18 "
            "to 20.",
            NEI,
        ),
        (
            "Theo lời mời của Tổng thống Donald Trump, Tổng Bí thư Tô Lâm thăm Mỹ từ 18 đến 20/3.",
            NEI,
        ),
        ("Theo loi moi cua Tong thong Trump, Tong Bi thu To Lam tham My ngay 16/2.", NEI),
        # the occasion named, another month: refuted
        (
            "At the invitation of President Donald Trump, To Lam attended the Board of Peace "
            "inaugural meeting in March 2026.",
            CONTRADICTED,
        ),
        (
            "Theo loi moi cua Tong thong Donald Trump, Tong Bi thu To Lam du cuoc hop khai mac "
            "Hoi dong Hoa binh thang 3/2026.",
            CONTRADICTED,
        ),
        # the invitation said by its verb: the date in its content is the invitation's
        ("Trump invited To Lam to visit the US from Feb. 18 to 20.", NEI),
        ("Ông Trump mời Tổng Bí thư Tô Lâm sang thăm Mỹ từ 18 đến 20/2.", NEI),
        ("Trump invited To Lam on Jan. 26 to join the Board of Peace.", CONTRADICTED),
    ],
)
def test_the_days_of_a_trip_after_an_invitation_by_its_noun(
    real_checker: Checker, text: str, verdict: str
) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation

"""Whose length of stay it is (issue 10): a figure in days said of an act's verb ("during a
three-day visit", "trong chuyến thăm kéo dài ba ngày") is that act's, borne out only where
every claim deciding the act spans it, never by the days of another act the statement names
(the meeting's claims) or of one visit among several its words may be. A length no claim of
the act gives keeps the statement open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    # no source gives the length of the defence secretary's visit
    ("On a three-day trip to Hanoi, Hegseth was received by party chief To Lam.", NEI),
    ("Trong chuyến thăm ba ngày tới Hà Nội, Bộ trưởng Hegseth hội kiến Tổng Bí thư Tô Lâm.", NEI),
    ("Trong chuyen tham keo dai ba ngay, Bo truong Hegseth gap TBT To Lam", NEI),
    # the party chief's US trip spans 18 to 20 February: three days
    ("Party chief To Lam wrapped up a three-day visit to the United States.", SUPPORTED),
    ("Chuyến công tác Mỹ kéo dài ba ngày của Tổng Bí thư Tô Lâm", SUPPORTED),
    ("Chuyen cong tac ba ngay tai My cua Tong Bi thu To Lam", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_stay_length_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

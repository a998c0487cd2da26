"""Session 34, coverage: "now" said right before the verb, in Vietnamese.

"Mỹ nay là đối tác thương mại lớn thứ hai của Việt Nam", "Hungary nay đã thông qua ...": "nay"
right before the verb sets what follows at the time of writing, as English "now" and the
Vietnamese "giờ đây" do (lexicon/vi/fillers.yaml): it fixes nothing the claims must say, and
what follows is still weighed. Only "nay là", "nay đã": "nay" alone is also the day of "hôm nay",
a time frame of "năm nay", which stay for the claims. Without diacritics "nay" is "này" (this),
a filler already.

In English, Vietnamese and Vietnamese without diacritics, with traps: another rank, another
speaker, a time frame.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


RANK = "daines-glad-us-second-largest-trading-partner-2026-02-18"
ODA = "hu-oda-400m-usd"

ROWS = [
    ("According to Sen. Daines, America is now Vietnam's No. 2 trading partner.", SUPPORTED, RANK),
    (
        "Theo TNS Daines, Hoa Kỳ nay là đối tác thương mại lớn thứ hai của Việt Nam.",
        SUPPORTED,
        RANK,
    ),
    ("Theo TNS Daines, Hoa Ky nay la doi tac thuong mai lon thu hai cua Viet Nam", SUPPORTED, RANK),
    ("Budapest nay đã thông qua khoản ODA 400 triệu USD cho Việt Nam.", SUPPORTED, ODA),
    # the rank is still weighed
    (
        "Theo TNS Daines, Hoa Kỳ nay là đối tác thương mại lớn thứ ba của Việt Nam.",
        CONTRADICTED,
        RANK,
    ),
    # traps: another speaker, a time frame
    ("Theo ông Leahy, Hoa Kỳ nay là đối tác thương mại lớn thứ hai của Việt Nam.", NEI, None),
    ("Hungary sẽ thông qua khoản ODA 400 triệu USD cho Việt Nam trong năm nay.", NEI, None),
]


@pytest.mark.parametrize(("statement", "verdict", "claim"), ROWS)
def test_now_before_the_verb(
    checker: Checker, statement: str, verdict: str, claim: str | None
) -> None:
    # a row with no claim (not enough info) is held to its verdict alone
    assert_judged(checker, statement, verdict, claim or "")

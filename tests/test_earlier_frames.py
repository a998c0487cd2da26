"""Session 27, "earlier" and "trước đó": a frame of all the time before the present's day.

"Lam visited Cambodia earlier in February", "Trước đó, Tổng Bí thư thăm Campuchia hồi đầu tháng
2" say the act came before the time the text speaks of. As "this week" and "last year" are
(`present_frames`, `past_frames` in lexicon/<lang>/dates.yaml; windows.present_frames), the
word is accounted for where every act the deciding claims bear out (not the occasion it is set
before or after) ends before the day the latest source was published, and decides nothing
else: an act of that day or later leaves the word for the claims' sentences to say, and a
comparison ("earlier than") stays unread. The statements are written for these tests, in
English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EARLIER = [
    # the visit to Cambodia, in early February, ended before the sources' latest day
    ("Lam visited Cambodia earlier in February.", SUPPORTED),
    ("Earlier, Lam visited Cambodia in early February.", SUPPORTED),
    ("Trước đó, Tổng Bí thư Tô Lâm thăm Campuchia hồi đầu tháng 2.", SUPPORTED),
    ("Truoc do, TBT To Lam tham Campuchia hoi dau thang 2", SUPPORTED),
    # the occasion it is set before (the trip to Washington, to the latest day) is no act the
    # frame dates
    ("Lam visited Cambodia earlier in February, before his trip to Washington.", SUPPORTED),
    ("Trước đó, Tổng Bí thư Tô Lâm thăm Campuchia hồi đầu tháng 2, trước khi sang Mỹ.", SUPPORTED),
    ("Truoc do, TBT To Lam tham Campuchia hoi dau thang 2, truoc khi sang My", SUPPORTED),
]

TRAPS = [
    # the trip to the United States runs to the sources' latest day
    ("Earlier, Lam visited the United States.", NEI),
    ("Trước đó, Tổng Bí thư Tô Lâm sang thăm Mỹ.", NEI),
    ("Truoc do, TBT To Lam sang tham My", NEI),
    # the act itself is the trip, set after the visit to Cambodia
    ("Earlier, Lam visited the United States after visiting Cambodia.", NEI),
    # a comparison is no frame
    ("Lam met Orbán earlier than Tokayev.", NEI),
    # another month of the visit is still another occasion
    ("Lam visited Cambodia earlier in March.", NEI),
    ("Trước đó, Tổng Bí thư Tô Lâm thăm Campuchia hồi cuối tháng 2.", NEI),
    ("Truoc do, TBT To Lam tham Campuchia hoi cuoi thang 2", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), EARLIER + TRAPS)
def test_earlier_is_the_time_before_the_present(
    checker: Checker, statement: str, verdict: str
) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict

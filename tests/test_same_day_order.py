"""Session 27, occasions: an act set after another of the same day, ordered by the parts of the
day the sources give the two.

A statement set after an occasion ("After meeting Orbán, Lam phoned Leahy", "Sau cuộc gặp Thủ
tướng Orbán, ...") was borne out only by a claim of the act dated from a later day than the
occasion's last (rules.done_after). Where both fall on that one day, the sources often say
more: the meetings with the foreign leaders were "sáng 19/2 (giờ địa phương)" in Washington, the
call with Leahy "Chiều 19-2 (theo giờ địa phương)" there. An act whose part of the day, set on
one clock, begins once every act of the occasion that day has ended was done after it
(later.after_anchor, dayparts.part_hours). The same part of the day, an act the source gives
no part, or an act before the occasion's leave the order open: a meeting may be held again, so
the order turned round refutes nothing. Written for these tests, in English, Vietnamese and
Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SAME_DAY = [
    # the meeting with Orbán on the morning of 19 February, the call with Leahy that afternoon,
    # both in Washington's local time
    ("After meeting Orbán, Lam phoned Leahy.", SUPPORTED),
    ("After his meeting with Pashinyan, To Lam held a phone call with Patrick Leahy.", SUPPORTED),
    # a title before the anchor's name says who he is, no other party of the meeting
    ("After meeting Prime Minister Orbán, Lam phoned Leahy.", SUPPORTED),
    ("Sau cuộc gặp Thủ tướng Orbán, Tổng Bí thư Tô Lâm điện đàm với ông Leahy.", SUPPORTED),
    ("Sau khi gặp Thủ tướng Pashinyan, Tổng Bí thư Tô Lâm điện đàm với ông Leahy.", SUPPORTED),
    ("Sau cuoc gap Thu tuong Orban, Tong Bi thu To Lam dien dam voi ong Leahy.", SUPPORTED),
    # traps: the same morning says no order between two meetings
    ("After meeting Orbán, Lam met Pashinyan.", NEI),
    ("Sau cuộc gặp Thủ tướng Orbán, Tổng Bí thư Tô Lâm gặp Thủ tướng Pashinyan.", NEI),
    ("Sau cuoc gap Thu tuong Orban, Tong Bi thu To Lam gap Thu tuong Pashinyan.", NEI),
    # a title alone names no one the claims are read for
    ("After meeting the prime minister, Lam phoned Leahy.", NEI),
    ("Sau cuộc gặp với Thủ tướng, Tổng Bí thư Tô Lâm điện đàm với ông Leahy.", NEI),
    ("Sau cuoc gap voi Thu tuong, Tong Bi thu To Lam dien dam voi ong Leahy.", NEI),
    # the order turned round: the meeting may have been held again, never refuted
    ("After phoning Leahy, Lam met Orbán.", NEI),
    ("Sau cuộc điện đàm với ông Leahy, Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán.", NEI),
    ("Sau cuoc dien dam voi ong Leahy, Tong Bi thu To Lam gap Thu tuong Orban.", NEI),
    # the call with Daines was on the 18th, the day before the meetings
    ("After meeting Orbán, Lam phoned Daines.", NEI),
    ("Sau cuộc gặp Thủ tướng Orbán, Tổng Bí thư Tô Lâm điện đàm với ông Daines.", NEI),
    ("Sau cuoc gap Thu tuong Orban, Tong Bi thu To Lam dien dam voi ong Daines.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), SAME_DAY)
def test_an_act_set_after_one_of_the_same_day(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

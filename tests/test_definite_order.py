"""Session 29, ordering between events: a definite occasion set before another it followed.

"The call with Leahy took place before Lam met Orbán" names the one call with Leahy the claims
know (World.sole_occasion), through a verb that only links it to the order (`relative_links` in
lexicon/<lang>/dates.yaml, as for a date: windows.dated_by_link). The sources put the meeting with
Orbán on the morning of 19 February and the call that afternoon, both in Washington's local
time, so the call followed the meeting (later.after_anchor) and the order said is refuted
(check.earlier, rule `done-after`). An act said with its verb ("Lam phoned Leahy before he met
Orbán") may be another call and stays open, as does an order the claims do not decide (two
meetings of the same morning). Written for these tests, in English, Vietnamese and Vietnamese
without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


DEFINITE_ORDER = [
    # the afternoon call set before the morning meeting
    ("The call with Leahy took place before Lam met Orbán.", CONTRADICTED),
    (
        "Cuộc điện đàm với ông Leahy diễn ra trước khi Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán.",
        CONTRADICTED,
    ),
    (
        "Cuoc dien dam voi ong Leahy dien ra truoc khi Tong Bi thu To Lam gap Thu tuong Orban.",
        CONTRADICTED,
    ),
    # the call with Daines, on the 18th, came before it
    ("The call with Daines took place before Lam met Orbán.", SUPPORTED),
    (
        "Cuộc điện đàm với ông Daines diễn ra trước khi Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán.",
        SUPPORTED,
    ),
    # traps: an act said with its verb may be another call
    ("Lam phoned Leahy before he met Orbán.", NEI),
    ("Tổng Bí thư điện đàm với ông Leahy trước khi gặp Thủ tướng Orbán.", NEI),
    ("Tong Bi thu dien dam voi ong Leahy truoc khi gap Thu tuong Orban.", NEI),
    # ... and two meetings of one morning are in no order the sources give
    ("The meeting with Pashinyan took place before Lam met Orbán.", NEI),
    (
        "Cuoc gap voi Thu tuong Pashinyan dien ra truoc khi Tong Bi thu To Lam gap Thu tuong "
        "Orban.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), DEFINITE_ORDER)
def test_a_definite_occasion_set_before_another(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Session 32, a date opening a sentence dates every act of its clause
(factdb.check.scope.place_values, scope.opening_acts).

A date or a part of the day that opens a sentence ("On Feb 18, ...", "Ngày 18/2, ...", "Sáng 19/2,
...", also after a dateline) was given to the nearest act alone, so a second act joined to it by
"and" / "và" / "rồi" / a comma was judged undated and borne out though it fell on another day or
in another part of the day. It scopes over every act of its clause so joined; an act with a date
of its own keeps that one ("On Feb 18 he phoned Daines and on Feb 19 met Orbán"), and an act said
as another's content ("invited Lam to attend") is not dated by it. The sources: the calls with
Daines and Hagerty on 18 February (001), the meeting with Orbán on the morning of 19 February
(004), the call with Leahy on the afternoon of 19 February, local time (003). Statements are
written for these tests in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# the reviewer's statements and paraphrases: the opening date or part of the day is the second
# act's too, and the sources put that act on another day or in another part of the day
SECOND_ACT_DATED = [
    ("On Feb 18, To Lam phoned Daines and met Orbán.", CONTRADICTED),
    (
        "On February 18, Tô Lâm called Senator Daines and then met Prime Minister Orbán.",
        CONTRADICTED,
    ),
    ("Ngày 18/2, Tô Lâm điện đàm với ông Daines và gặp Thủ tướng Orbán.", CONTRADICTED),
    ("Ngay 18/2, To Lam dien dam voi ong Daines va gap Thu tuong Orban.", CONTRADICTED),
    ("Ngày 18/2, Tô Lâm điện đàm với ông Daines rồi gặp Thủ tướng Orbán.", CONTRADICTED),
    ("Sáng 19/2, Tô Lâm gặp Thủ tướng Orbán và điện đàm với ông Leahy.", CONTRADICTED),
    ("Sang 19/2, To Lam gap Thu tuong Orban va dien dam voi ong Leahy.", CONTRADICTED),
    ("On the morning of Feb 19, To Lam met Orbán and phoned Leahy.", CONTRADICTED),
    ("HANOI (Reuters) - On Feb 18, To Lam phoned Daines and met Orbán.", CONTRADICTED),
    ("Sáng 19/2, Tô Lâm gặp Thủ tướng Orbán rồi điện đàm với ông Leahy.", CONTRADICTED),
    ("Sang 19/2, To Lam gap Thu tuong Orban roi dien dam voi ong Leahy.", CONTRADICTED),
]

# the near versions that keep their verdict
KEPT = [
    # one act, two parties: both calls were on the 18th
    ("On Feb 18, To Lam phoned Daines and Hagerty.", SUPPORTED),
    ("Ngày 18/2, Tô Lâm điện đàm với ông Daines và ông Hagerty.", SUPPORTED),
    ("Ngay 18/2, To Lam dien dam voi ong Daines va ong Hagerty.", SUPPORTED),
    ("Ngày 19/2, Tô Lâm gặp Thủ tướng Hungary và Tổng thống Indonesia", SUPPORTED),
    ("Ngay 19/2, To Lam gap Thu tuong Hungary va Tong thong Indonesia", SUPPORTED),
    # both acts on the opening date
    ("On Feb 19, To Lam met Orbán and phoned Leahy.", SUPPORTED),
    ("Ngày 19/2, Tô Lâm gặp Thủ tướng Orbán và điện đàm với ông Leahy.", SUPPORTED),
    ("Ngay 19/2, To Lam gap Thu tuong Orban va dien dam voi ong Leahy.", SUPPORTED),
    # the second act's own date wins for it
    ("On Feb 18, To Lam phoned Daines and on Feb 19 met Orbán.", SUPPORTED),
    ("On Feb 18, To Lam phoned Daines and met Orbán on Feb 19.", SUPPORTED),
    ("Ngày 18/2, Tô Lâm điện đàm với ông Daines và ngày 19/2 gặp Thủ tướng Orbán.", SUPPORTED),
    ("Ngay 18/2, To Lam dien dam voi ong Daines va ngay 19/2 gap Thu tuong Orban.", SUPPORTED),
    # the first act alone on the opening date is still refuted by it
    ("On Feb 18, To Lam met Orbán.", CONTRADICTED),
    ("Sáng 19/2, Tô Lâm điện đàm với ông Leahy và gặp Thủ tướng Orbán.", CONTRADICTED),
    # each act its own part of the day (tests/test_day_parts_per_act.py)
    ("Sáng 19/2, Tô Lâm gặp Thủ tướng Orbán và chiều cùng ngày điện đàm với ông Leahy.", SUPPORTED),
    # a call the sources date a day apart in another place's time stays open
    ("On Feb 19, To Lam phoned Daines.", NEI),
    # a comma alone joins two acts too
    ("On Feb 19, To Lam met Orbán, phoned Leahy.", SUPPORTED),
    # a word that moves the act off the date, or another clause, leaves it undated as before
    ("On Feb 18, To Lam phoned Daines and later met Orbán.", NEI),
    ("Ngày 18/2, Tô Lâm điện đàm với ông Daines, sau đó gặp Thủ tướng Orbán.", NEI),
    ("Ngay 18/2, To Lam dien dam voi ong Daines, sau do gap Thu tuong Orban.", NEI),
    ("On Feb 18, To Lam phoned Daines, who met Orbán.", NEI),
    # an act said as another's content is not dated by the date of the other
    (
        "On Jan 16, Trump invited To Lam to join the Board of Peace and attend its inaugural"
        " meeting.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), SECOND_ACT_DATED + KEPT)
def test_an_opening_date_dates_every_act_of_its_clause(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

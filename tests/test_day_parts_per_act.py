"""Session 32, a part of the day for each act (factdb.check.dayparts.act_day_part).

A statement may give two acts of one day a part of the day each ("To Lam phoned Leahy on the
afternoon of February 19 and met Orbán in the morning", "Sáng 19/2, Tô Lâm gặp Thủ tướng Orbán
và chiều cùng ngày điện đàm với ông Leahy"). The part said with the date was read as every act's,
so a true statement was refuted (the meeting "in the afternoon"). Where the parts are of more
than one kind, each is the act's whose verb stands before it in its clause, or right after it
where it heads its clause; a part then refutes or bears out only its own act. One kind of part
for every act stays every act's, so a wrong part is still refuted. The statements are written for
these tests, in English, Vietnamese and Vietnamese without diacritics: the meeting with Orbán was
on the morning of 19 February in Washington, the call with Leahy that afternoon.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EACH_ITS_OWN = [
    (
        "To Lam phoned Leahy on the afternoon of February 19 and met Orbán in the morning.",
        SUPPORTED,
    ),
    ("On the morning of Feb. 19 Lam met Orbán, and in the afternoon he phoned Leahy.", SUPPORTED),
    ("Sáng 19/2, Tô Lâm gặp Thủ tướng Orbán và chiều cùng ngày điện đàm với ông Leahy.", SUPPORTED),
    ("Tô Lâm điện đàm với ông Leahy chiều 19/2 và gặp Thủ tướng Orbán vào buổi sáng.", SUPPORTED),
    ("To Lam dien dam voi ong Leahy chieu 19/2 va gap Thu tuong Orban vao buoi sang.", SUPPORTED),
    # each part refutes its own act
    (
        "To Lam phoned Leahy on the morning of February 19 and met Orbán in the afternoon.",
        CONTRADICTED,
    ),
    (
        "Tô Lâm điện đàm với ông Leahy sáng 19/2 và gặp Thủ tướng Orbán vào buổi chiều.",
        CONTRADICTED,
    ),
    (
        "To Lam dien dam voi ong Leahy sang 19/2 va gap Thu tuong Orban vao buoi chieu.",
        CONTRADICTED,
    ),
]

TRAPS = [
    # one kind of part is every act's: the call was not in the morning
    (
        "To Lam met Orbán on the morning of February 19 and phoned Leahy in the morning.",
        CONTRADICTED,
    ),
    ("Sáng 19/2, Tô Lâm điện đàm với ông Leahy và gặp Thủ tướng Orbán.", CONTRADICTED),
    ("Sang 19/2, To Lam dien dam voi ong Leahy va gap Thu tuong Orban.", CONTRADICTED),
    # the afternoon is the call's, the morning the meetings': no longer refuted by the call's
    # afternoon (a confident wrong before), and left open by what else the words say (the
    # nine leaders beside Leahy, which the claims' parties do not count so)
    (
        "To Lam met nine foreign leaders on the morning of February 19 and phoned former Senator"
        " Patrick Leahy in the afternoon.",
        NEI,
    ),
    (
        "Tô Lâm gặp 9 lãnh đạo nước ngoài sáng 19/2 và điện đàm với cựu Thượng nghị sĩ Patrick"
        " Leahy vào buổi chiều.",
        NEI,
    ),
    (
        "To Lam gap 9 lanh dao nuoc ngoai sang 19/2 va dien dam voi cuu Thuong nghi si Patrick"
        " Leahy vao buoi chieu.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), EACH_ITS_OWN + TRAPS)
def test_each_part_of_the_day_is_its_own_acts(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

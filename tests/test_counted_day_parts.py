"""A count of days said with a part of the day ("the next morning he met ...", "sáng hôm sau,
ông gặp ...", "chieu hom sau") is judged by the part the source of the act gives that day, as a
dated part is (factdb.check.dayparts.compare, through relative.said_part and
windows.counted_part): where the days bear the count out, the act's part said by its source
bears it out, another part on that day refutes it, and a source that gives no part leaves it
open (rule `relative-part`). Before, every such count the days bore out was open.

A part in no zone is read on each clock: a morning in Washington is an evening in Hanoi, so an
evening there is no other part. On the clock of the Vietnamese press the count may come to
another day than in the places' own (the call with Hagerty on 18 February in Washington was the
morning of the 19th in Hanoi; the call with Leahy on the afternoon of the 19th there was the
early hours of the 20th in Hanoi): another part then refutes nothing.

The seeds: the meetings with the leaders (Orbán, Prabowo, ...) on the morning of 19 February,
local time, in Washington; the call with Leahy that afternoon; the calls with the two senators
on the 18th, in the morning of the 19th on Hanoi's clock.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ORBAN = "to-lam-met-orban-2026-02-19"
PRABOWO = "to-lam-met-prabowo-2026-02-19"
LEAHY = "to-lam-phone-call-leahy-2026-02-19"
OPEN = "no claim's source fixes that part of the day"

BORNE = [
    (
        "Lam held a phone call with Sen. Daines on Feb. 18. The following morning he sat down"
        " with Hungary's Orban.",
        SUPPORTED,
        ORBAN,
    ),
    (
        "To Lam phones Sen. Hagerty on Feb. 18; the next morning he holds talks with Prabowo.",
        SUPPORTED,
        PRABOWO,
    ),
    (
        "Hôm 18/2, Tổng Bí thư trao đổi qua điện thoại với TNS Hagerty; sáng hôm sau, ông tiếp"
        " xúc Tổng thống Prabowo.",
        SUPPORTED,
        PRABOWO,
    ),
    (
        "Ngay 18/2 TBT To Lam dien dam voi nghi si Daines, sang hom sau hoi kien Thu tuong Orban.",
        SUPPORTED,
        ORBAN,
    ),
    # the call with Leahy was the afternoon of the day after the senators' calls
    (
        "Lam spoke by phone with Hagerty on Feb. 18, and the following afternoon with Leahy.",
        SUPPORTED,
        LEAHY,
    ),
]

REFUTED = [
    (
        "Lam phoned Sen. Daines on Feb. 18; the next afternoon he held talks with Orban.",
        CONTRADICTED,
        ORBAN,
    ),
    (
        "Ngày 18/2, TBT Tô Lâm điện đàm với TNS Daines; chiều hôm sau, ông hội kiến Thủ tướng"
        " Orbán.",
        CONTRADICTED,
        ORBAN,
    ),
    (
        "Ngay 18/2, TBT dien dam voi TNS Hagerty; chieu hom sau, ong gap Tong thong Prabowo.",
        CONTRADICTED,
        PRABOWO,
    ),
    # a part said on the places' own clock is that clock's
    (
        "Lam phoned Hagerty on Feb. 18; the next morning, local time, he rang Leahy.",
        CONTRADICTED,
        LEAHY,
    ),
]

TRAPS = [
    # an evening in no zone may be Hanoi's, where the morning meetings in Washington were held
    ("Lam phoned Daines on Feb. 18; the next evening he met Orban.", NEI, OPEN),
    ("Ngày 18/2, TBT điện đàm với TNS Daines; tối hôm sau, ông gặp ông Orbán.", NEI, OPEN),
    ("Ngay 18/2, TBT dien dam voi TNS Daines; toi hom sau, ong gap ong Orban.", NEI, OPEN),
    # on Hanoi's clock the call with Leahy fell in the early hours of the day after the
    # senators' calls there: a morning may be read so
    ("Lam phoned Hagerty on Feb. 18; the next morning he rang Leahy.", NEI, OPEN),
    ("Lam phoned Hagerty on Feb. 18; the next morning, Hanoi time, he rang Leahy.", NEI, "Leahy"),
    (
        "Ngày 18/2, TBT điện đàm với TNS Hagerty; sáng hôm sau, ông điện đàm với ông Leahy.",
        NEI,
        OPEN,
    ),
    # a part with no other party named may be of others than the sources' leaders
    ("Lam phoned Hagerty on Feb. 18; the next afternoon he met foreign leaders.", NEI, "others"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), BORNE + REFUTED + TRAPS)
def test_a_count_of_days_with_a_part_is_judged_by_the_part_its_source_gives(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

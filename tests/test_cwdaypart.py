"""Session 27, a part of the day told by the day of writing, after a dateline.

"This morning", "this afternoon", "tonight", "yesterday afternoon", "sáng nay", "chiều qua",
"tối nay" (and without diacritics) tell a day and its part by the day the text was written. A
statement gives that day by its dateline or a report date; there the word is that day moved by
its offset, with its part of the day (relative.told_from_report, dayparts.told_parts,
`told_days` and `told_parts` in lexicon/<lang>/dates.yaml), set on the clock of the dateline's
place where it is a city (datelines.read_dateline, ParsedStatement.filed_in, dayparts.zone_of).
The part was dropped, so any part of the day was borne out on the day. The leaders' meetings
were on the morning of 19 February, Washington time (source 004); the call with Leahy in the
afternoon; source 002 gives no part of the day Hegseth was received. With no day of writing the
words date nothing and keep today's verdict. The statements are written for these tests, in
English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


WRONG = [
    # another day on the dateline's clock: met 19/2
    (
        "WASHINGTON, Feb 20 - This morning Tô Lâm met Uzbek President Shavkat Mirziyoyev.",
        CONTRADICTED,
    ),
    # another part of the day, on the dateline's clock (Washington's)
    (
        "WASHINGTON, Feb 19 - This afternoon Tô Lâm met Indonesian President Prabowo Subianto.",
        CONTRADICTED,
    ),
    (
        "WASHINGTON, Feb 19 (Reuters) - Vietnam's To Lam met Kazakh President Tokayev"
        " this afternoon.",
        CONTRADICTED,
    ),
    ("WASHINGTON, Feb 19 - To Lam met Kazakh President Tokayev tonight.", CONTRADICTED),
    (
        "WASHINGTON, Feb 20 - Yesterday afternoon Tô Lâm met Hungarian Prime Minister Orbán.",
        CONTRADICTED,
    ),
    ("WASHINGTON, 20/2 - Chiều qua, Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Orbán.", CONTRADICTED),
    ("WASHINGTON, 20/2 - Chieu qua, Tong Bi thu To Lam gap Thu tuong Hungary Orban", CONTRADICTED),
    (
        "WASHINGTON, 19/2 - Chiều nay, Tổng Bí thư Tô Lâm gặp Thủ tướng Armenia Pashinyan.",
        CONTRADICTED,
    ),
    (
        "WASHINGTON, 19/2 - Chieu nay, Tong Bi thu To Lam gap Thu tuong Armenia Pashinyan.",
        CONTRADICTED,
    ),
    (
        "WASHINGTON, 19/2 - Tối nay, Tổng Bí thư Tô Lâm gặp Thủ tướng Armenia Pashinyan.",
        CONTRADICTED,
    ),
    (
        "WASHINGTON, 19/2 - Toi nay, Tong Bi thu To Lam gap Thu tuong Armenia Pashinyan.",
        CONTRADICTED,
    ),
    ("WASHINGTON, 19/2 - Dem nay, TBT To Lam gap Tong thong Kazakhstan Tokayev", CONTRADICTED),
    (
        "WASHINGTON, 19/2 - Sang nay, Tong Bi thu To Lam dien dam voi nguyen Thuong nghi si"
        " Patrick Leahy.",
        CONTRADICTED,
    ),
    (
        "WASHINGTON, 19/2 - Sáng nay, Tổng Bí thư Tô Lâm điện đàm với nguyên Thượng nghị sĩ"
        " Patrick Leahy.",
        CONTRADICTED,
    ),
    (
        "WASHINGTON, Feb 19 - This morning To Lam held a phone call with former Senator"
        " Patrick Leahy.",
        CONTRADICTED,
    ),
    # the morning of the 20th in Hanoi is the evening of the 19th in Washington
    (
        "HANOI, Feb 20 - This morning Tô Lâm met Indonesian President Prabowo Subianto.",
        CONTRADICTED,
    ),
    # the source gives no part of the day
    ("HANOI, Nov 3 - This evening To Lam received US Secretary of War Pete Hegseth.", NEI),
    ("HA NOI, 3/11 - Toi nay, Tong Bi thu To Lam tiep Bo truong Hegseth.", NEI),
    ("HÀ NỘI, 3/11 - Tối nay, Tổng Bí thư Tô Lâm tiếp Bộ trưởng Chiến tranh Mỹ Pete Hegseth.", NEI),
]

KEPT = [
    # the day and its part agree on the dateline's clock
    (
        "WASHINGTON, Feb 19 - This morning Tô Lâm met Indonesian President Prabowo Subianto.",
        SUPPORTED,
    ),
    (
        "WASHINGTON, 19/2 - Sáng nay, Tổng Bí thư Tô Lâm gặp Tổng thống Indonesia"
        " Prabowo Subianto.",
        SUPPORTED,
    ),
    (
        "WASHINGTON, 19/2 - Sang nay, TBT To Lam gap Tong thong Indonesia Prabowo Subianto",
        SUPPORTED,
    ),
    ("WASHINGTON, 20/2 - Sáng qua, Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Orbán.", SUPPORTED),
    ("WASHINGTON, 20/2 - Sang qua, Tong Bi thu To Lam gap Thu tuong Hungary Orban", SUPPORTED),
    (
        "WASHINGTON, Feb 20 - Yesterday morning Tô Lâm met Hungarian Prime Minister Orbán.",
        SUPPORTED,
    ),
    (
        "WASHINGTON, Feb 19 - This afternoon To Lam held a phone call with former Senator"
        " Patrick Leahy.",
        SUPPORTED,
    ),
    (
        "WASHINGTON, 19/2 - Chieu nay, TBT To Lam dien dam voi nguyen Thuong nghi si Patrick Leahy",
        SUPPORTED,
    ),
    # the evening of the 19th in Hanoi is the morning of the 19th in Washington
    ("HANOI, Feb 19 - This evening Tô Lâm met Indonesian President Prabowo Subianto.", SUPPORTED),
    # a day told alone, and a date with its part, as before
    ("WASHINGTON, Feb 20 - Yesterday Tô Lâm met Hungarian Prime Minister Orbán.", SUPPORTED),
    ("WASHINGTON, Feb 21 - Yesterday Tô Lâm met Uzbek President Shavkat Mirziyoyev.", CONTRADICTED),
    (
        "WASHINGTON, Feb 19 - On the afternoon of Feb 19 Tô Lâm met Indonesian President"
        " Prabowo Subianto.",
        CONTRADICTED,
    ),
    # with no day of writing the words date nothing: today's verdicts
    ("Tonight Tô Lâm met Indonesian President Prabowo Subianto.", NEI),
    ("Chiều nay, Tổng Bí thư Tô Lâm gặp Thủ tướng Armenia Pashinyan.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), WRONG + KEPT)
def test_a_part_of_the_day_told_by_the_dateline(
    checker: Checker, statement: str, verdict: str
) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "part", "clock"),
    [
        ("WASHINGTON, Feb 19 - This afternoon Tô Lâm met Prabowo.", "afternoon", "washington-dc"),
        (
            "WASHINGTON, 20/2 - Chieu qua, TBT To Lam gap Thu tuong Orban",
            "afternoon",
            "washington-dc",
        ),
        ("WASHINGTON, Feb 19 - To Lam met Tokayev tonight.", "night", "washington-dc"),
        ("Reported on Feb 19: this afternoon To Lam met Prabowo.", "afternoon", None),
    ],
)
def test_the_part_is_kept_on_the_datelines_clock(
    checker: Checker, statement: str, part: str, clock: str | None
) -> None:
    parsed = checker.parse(statement)
    assert parsed.report_dates == []
    assert parsed.day_part is not None and parsed.day_part.target == part
    zone = parsed.local_time
    assert (zone.target if zone is not None else None) == clock
    assert not parsed.loose_words

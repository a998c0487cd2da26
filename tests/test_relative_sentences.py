"""A count of days that opens the next sentence, or comes after a part of the day ("Lam phoned
Daines on Feb. 18. A day later, he met Orbán", "...; sáng hôm sau, ông gặp ..."), counts from
the act before it, as one after a semicolon does (relative._clause_before: the sentence before
ends the clause, with the lexicons' abbreviations kept inside it; a part of the day of
`day_parts` in lexicon/<lang>/statements.yaml before the count is the counted day's, and
leaves a count the days bear out open unless the source of the act gives its part that day:
tests/test_counted_day_parts.py). Before,
the act after the count was read as its anchor, and the earlier act as the main event: the days
came out the wrong way round, and true statements were contradicted.

The calls with Daines and Hagerty were on 18 February, the meetings with Orbán and Sharif on
the 19th (in Washington, where the senators' calls are dated too).
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
DAINES = "to-lam-phone-call-daines-2026-02-18"
HAGERTY = "to-lam-phone-call-hagerty-2026-02-18"
PART = "no claim's source fixes that part of the day"

VERDICTS = [
    # the count opens the next sentence
    ("Lam rang Senator Daines on Feb. 18. A day later, he sat down with Orban.", SUPPORTED, ORBAN),
    ("Lam rang Senator Daines on Feb. 18. The next day he sat down with Orban.", SUPPORTED, ORBAN),
    (
        "Lam sat down with Orban on Feb. 19. The day before, he had phoned Hagerty.",
        SUPPORTED,
        HAGERTY,
    ),
    (
        "Ngày 19/2, Tổng Bí thư hội kiến Thủ tướng Orbán. Hôm trước, ông điện đàm với TNS Hagerty.",
        SUPPORTED,
        HAGERTY,
    ),
    (
        "Ngay 19/2, Tong Bi thu hoi kien Thu tuong Orban. Hom truoc, ong dien dam voi TNS Hagerty.",
        SUPPORTED,
        HAGERTY,
    ),
    # a part of the day before the count: the day is borne out, and the part by the source of
    # the meeting ("sáng 19/2 (giờ địa phương)"); an evening there may be Hanoi's
    # (tests/test_counted_day_parts.py)
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với TNS Daines; sáng hôm sau, ông hội kiến ông Orbán.",
        SUPPORTED,
        ORBAN,
    ),
    (
        "Ngay 18/2, Tong Bi thu dien dam voi TNS Daines; toi hom sau, ong hoi kien ong Orban.",
        NEI,
        PART,
    ),
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với TNS Daines; sáng ba ngày sau, ông hội kiến ông Orbán.",
        CONTRADICTED,
        ORBAN,
    ),
    # the same reading refutes a count the sources' days do not bear out
    (
        "Lam rang Senator Daines on Feb. 18. Two days later, he sat down with Orban.",
        CONTRADICTED,
        ORBAN,
    ),
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với TNS Daines. Ba ngày sau, ông hội kiến ông Orbán.",
        CONTRADICTED,
        ORBAN,
    ),
]

# English counts of days the lexicon lacked ("the previous day", "the next morning"): the same
# rules, a part of the day in the phrase itself as before it
PHRASES = [
    ("Lam sat down with Orban on Feb. 19. The previous day he rang Hagerty.", SUPPORTED, HAGERTY),
    ("Lam rang Hagerty on Feb. 18; the next morning he sat down with Orban.", SUPPORTED, ORBAN),
    ("Lam sat down with Orban on Feb. 19; the previous evening he had rung Hagerty.", NEI, PART),
    ("Lam rang Hagerty on Feb. 18; three days later he sat down with Orban.", CONTRADICTED, ORBAN),
    # "đó" points back to the act before: the count heads its clause ("một ngày trước đó,")
    (
        "Sáng 19/2, TBT hội kiến Thủ tướng Orbán; một ngày trước đó, ông điện đàm với TNS Daines.",
        SUPPORTED,
        DAINES,
    ),
    (
        "Sang 19/2, TBT hoi kien Thu tuong Orban; mot ngay truoc do, ong dien dam voi TNS Daines.",
        SUPPORTED,
        DAINES,
    ),
    (
        "Ngày 19/2, TBT hội kiến Thủ tướng Orbán; hai ngày trước đó, ông điện đàm với TNS Daines.",
        CONTRADICTED,
        DAINES,
    ),
]

# An abbreviation's full stop ends no sentence: the count still reads its own anchor ("the day
# after Feb. 18" is a date), and a sentence with no act before the count has nothing to count from.
TRAPS = [
    ("The day after Feb. 18, Lam sat down with Orban.", SUPPORTED, ORBAN),
    ("Lam rang Sen. Daines. The next day, Lam talked with someone.", NEI, "not"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS + PHRASES + TRAPS)
def test_a_count_after_a_sentence_or_a_part_of_the_day_counts_from_the_act_before(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

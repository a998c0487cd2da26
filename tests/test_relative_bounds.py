"""Session 27, a relative date said as a bound: "less than three weeks after visiting Cambodia",
"more than a week after", "chưa đầy ba tuần sau khi", "hơn một tuần sau khi".

A bound (`relative_bounds` in lexicon/<lang>/dates.yaml, each with the side it bounds) is read
with the count it stands before (parse: the cue takes it in), and decided by every day the
claims give each event: the first and last days of the anchor's claims (a visit the source puts
in early February: 1 to 10 February) and of the main event's, widened by a day each way for the
clock the statement may count in (relative.decide_relative). All of them within the bound bear
it out; none refute it; days on both sides of it, or a bound of no side ("about", "khoảng"),
leave it open. The statements are written for these tests, in English, Vietnamese and Vietnamese
without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The visit to Cambodia falls in 1-10 February, the meeting with Hun Manet on 19 February: 9 to
# 18 days after it, 8 to 19 with a day either way for another clock.
BOUNDS = [
    ("Less than three weeks after visiting Cambodia, Lam met Hun Manet in Washington.", SUPPORTED),
    (
        "Chưa đầy ba tuần sau khi thăm Campuchia, Tổng Bí thư Tô Lâm gặp Thủ tướng Campuchia"
        " Hun Manet tại Washington.",
        SUPPORTED,
    ),
    (
        "Chua day ba tuan sau khi tham Campuchia, TBT To Lam gap Thu tuong Hun Manet tai"
        " Washington",
        SUPPORTED,
    ),
    ("More than a week after visiting Cambodia, Lam met Hun Manet in Washington.", SUPPORTED),
    (
        "Hơn một tuần sau khi thăm Campuchia, Tổng Bí thư Tô Lâm gặp Thủ tướng Hun Manet tại"
        " Washington.",
        SUPPORTED,
    ),
    # no day of the claims meets the bound
    ("Lam met Hun Manet in Washington less than a week after visiting Cambodia.", CONTRADICTED),
    (
        "Chưa đầy một tuần sau khi thăm Campuchia, Tổng Bí thư Tô Lâm gặp Thủ tướng Hun Manet"
        " tại Washington.",
        CONTRADICTED,
    ),
    (
        "Chua day mot tuan sau khi tham Campuchia, TBT To Lam gap Thu tuong Hun Manet tai"
        " Washington",
        CONTRADICTED,
    ),
    (
        "More than three weeks after visiting Cambodia, Lam met Hun Manet in Washington.",
        CONTRADICTED,
    ),
]

TRAPS = [
    # days on both sides of two weeks: the visit's own day is not given
    ("Less than two weeks after visiting Cambodia, Lam met Hun Manet in Washington.", NEI),
    (
        "Chưa đầy hai tuần sau khi thăm Campuchia, Tổng Bí thư Tô Lâm gặp Thủ tướng Hun Manet"
        " tại Washington.",
        NEI,
    ),
    ("Chua day hai tuan sau khi tham Campuchia, TBT To Lam gap Thu tuong Hun Manet", NEI),
    # a bound of no side
    ("About three weeks after visiting Cambodia, Lam met Hun Manet in Washington.", NEI),
    (
        "Khoảng ba tuần sau khi thăm Campuchia, Tổng Bí thư Tô Lâm gặp Thủ tướng Hun Manet tại"
        " Washington.",
        NEI,
    ),
    ("Khoang ba tuan sau khi tham Campuchia, TBT To Lam gap Thu tuong Hun Manet", NEI),
    # the calls (18 February) and the meeting (19th) may share a day on another clock
    ("Less than two days after his calls with the two senators, Lam met Prabowo.", NEI),
    (
        "Chưa đầy hai ngày sau khi điện đàm với hai thượng nghị sĩ Mỹ, TBT Tô Lâm gặp Tổng"
        " thống Indonesia Prabowo",
        NEI,
    ),
    (
        "Chua day hai ngay sau khi dien dam voi hai thuong nghi si My, TBT gap Prabowo",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), BOUNDS + TRAPS)
def test_a_bound_is_decided_by_every_day_of_the_claims(
    checker: Checker, statement: str, verdict: str
) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "cue"),
    [
        ("More than a week after visiting Cambodia, Lam met Hun Manet.", "More than a week after"),
        ("Chưa đầy ba tuần sau khi thăm Campuchia, TBT gặp Hun Manet", "Chưa đầy ba tuần sau khi"),
        ("Chua day ba tuan sau khi tham Campuchia, TBT gap Hun Manet", "Chua day ba tuan sau khi"),
    ],
)
def test_the_bound_is_the_cues_own_words(checker: Checker, statement: str, cue: str) -> None:
    parsed = checker.parse(statement)
    rel = parsed.relative
    assert rel is not None and rel.text == cue
    assert not any(rel.start <= s < rel.end for _, s, _ in parsed.loose_words)

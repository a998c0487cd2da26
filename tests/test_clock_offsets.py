"""Session 32, one place's clock set against another's (factdb.check.offsets).

A clause of its own that says how far apart two places' clocks are ("Because Hanoi is 12 hours
ahead of Washington in February, ...", "Vì Hà Nội đi trước Washington 12 tiếng, ...", "Hanoi
and Washington are 12 hours apart") is the clocks' to bear out (lexicon/world/zones.yaml, read
with zoneinfo on the days the clause gives, or else the act's, in the sources' year), not the
claims'. Read whole, its "ahead of" was an order ("before Washington in February") and its
words details no claim says, so a statement the claims bear out stayed open. Borne out, the
clause is set aside and the rest judged alone; clocks not so apart leave the statement open
unless the rest is refuted; a clause with a denial, an act or another name in it is read as it
stands. The statements are written for these tests, in English, Vietnamese and Vietnamese
without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The call with Leahy: the afternoon of 19 February in Washington, the small hours of the 20th in
# Hanoi; the meeting with Orbán: the morning of 19 February in Washington.
BORNE = [
    (
        "Because Hanoi is 12 hours ahead of Washington in February, the To Lam–Leahy call fell"
        " on Feb. 20, Vietnam time.",
        SUPPORTED,
    ),
    (
        "The To Lam–Leahy call fell on Feb. 20, Vietnam time, as Washington is 12 hours behind"
        " Hanoi.",
        SUPPORTED,
    ),
    ("Hanoi and Washington are 12 hours apart, so Lam met Orbán on Feb. 19.", SUPPORTED),
    (
        "Vì Hà Nội đi trước Washington 12 tiếng vào tháng 2, cuộc điện đàm giữa Tô Lâm và Leahy"
        " rơi vào ngày 20/2 giờ Việt Nam.",
        SUPPORTED,
    ),
    (
        "Cuộc điện đàm giữa Tô Lâm và Leahy rơi vào ngày 20/2 giờ Việt Nam, do giờ Washington"
        " chậm hơn giờ Hà Nội 12 giờ.",
        SUPPORTED,
    ),
    (
        "Vi Ha Noi di truoc Washington 12 tieng, cuoc dien dam giua To Lam va Leahy roi vao"
        " ngay 20/2 gio Viet Nam.",
        SUPPORTED,
    ),
    # summer time: eleven hours in July, whatever the act's month
    ("Since Hanoi is 11 hours ahead of Washington in July, Lam met Orbán on Feb. 19.", SUPPORTED),
    # the rest refuted by the claims: the clause decides nothing of the act's day
    (
        "Because Hanoi is 12 hours ahead of Washington in February, the To Lam–Leahy call fell"
        " on Feb. 25, Vietnam time.",
        CONTRADICTED,
    ),
    (
        "Vì Hà Nội đi trước Washington 12 tiếng, cuộc điện đàm giữa Tô Lâm và Leahy diễn ra ngày"
        " 25/2 giờ Việt Nam.",
        CONTRADICTED,
    ),
]

TRAPS = [
    # the clocks are not so apart then: never borne out, whatever the claims say of the act
    (
        "Because Hanoi is 11 hours ahead of Washington in February, the To Lam–Leahy call fell"
        " on Feb. 20, Vietnam time.",
        NEI,
    ),
    (
        "Washington is 12 hours ahead of Hanoi, so the To Lam–Leahy call fell on Feb. 20, Vietnam"
        " time.",
        NEI,
    ),
    (
        "Because Hanoi is 12 hours ahead of Washington in July, the To Lam–Leahy call fell on"
        " Feb. 20, Vietnam time.",
        NEI,
    ),
    (
        "Vì Hà Nội đi trước Washington 11 tiếng vào tháng 2, cuộc điện đàm giữa Tô Lâm và Leahy"
        " rơi vào ngày 20/2 giờ Việt Nam.",
        NEI,
    ),
    (
        "Do Washington nhanh hơn Hà Nội 12 giờ, cuộc điện đàm giữa Tô Lâm và Leahy rơi vào ngày"
        " 20/2 giờ Việt Nam.",
        NEI,
    ),
    (
        "Vi Ha Noi di sau Washington 12 tieng, cuoc dien dam giua To Lam va Leahy roi vao ngay"
        " 20/2 gio Viet Nam.",
        NEI,
    ),
    # the clocks alone are no claim's; nor is a clock the zones do not know ("the US" keeps several)
    ("Hanoi is 12 hours ahead of Washington in February.", NEI),
    ("Hà Nội đi trước Washington 12 tiếng.", NEI),
    ("Vietnam is 12 hours ahead of the US, so Lam met Orbán on Feb. 19.", NEI),
    # a denial in the clause: not read as the clocks', left as it stands
    (
        "Because Hanoi is not 12 hours ahead of Washington, the To Lam–Leahy call fell on Feb. 20,"
        " Vietnam time.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), BORNE + TRAPS)
def test_a_clock_offset_is_the_clocks_to_bear_out(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

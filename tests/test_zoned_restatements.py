"""Issue 10, dates: a moment told again on another clock whose zone a comma sets after the
restated time ("..., which was the evening of Feb. 19, Hanoi time", "..., tức tối 19/2, giờ Hà
Nội", "... rơi vào tối 19/2, giờ Việt Nam"). The zone is that time's clock, not a clause of its
own (clocks._clause_end): cut at its comma, the restated time named no clock, no second reading
was made, and the zone was read as the first time's, so a true statement ("the morning of Feb.
19 in Washington, which was the evening of Feb. 19, Hanoi time") came out contradicted.

Tô Lâm met Orbán on the morning of 19 February 2026 in Washington (local time: the evening of
the 19th in Hanoi) and phoned former Senator Leahy that afternoon (the early hours of the 20th in
Hanoi). Each reading is decided by the rules for one clock: the morning said of Hanoi's clock
still refutes the meeting."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED

ORBAN = "to-lam-met-orban-2026-02-19"
LEAHY = "to-lam-phone-call-leahy-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "Lam sat down with Orban on the morning of Feb. 19 in Washington, which was the "
            "evening of Feb. 19, Hanoi time.",
            ORBAN,
        ),
        (
            "The party chief's talks with the foreign leaders on the morning of Feb 19 in "
            "Washington fell on the evening of Feb 19, Vietnam time",
            ORBAN,
        ),
        (
            "Lam spoke by phone with Leahy on the afternoon of Feb. 19 in Washington, when it was "
            "already Feb. 20, Vietnam time.",
            LEAHY,
        ),
        (
            "Tổng Bí thư gặp Thủ tướng Orbán sáng 19/2 tại Washington, tức tối 19/2, giờ Hà Nội.",
            ORBAN,
        ),
        (
            "Cuộc điện đàm với ông Leahy chiều 19/2 ở Washington rơi vào ngày 20/2, giờ Việt Nam.",
            LEAHY,
        ),
        (
            "Cuoc gap voi Thu tuong Orban sang 19/2 tai Washington roi vao toi 19/2, gio Viet Nam",
            ORBAN,
        ),
    ],
)
def test_a_zone_after_its_comma_is_the_restated_clock(
    checker: Checker, statement: str, claim: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert claim in {c.id for p in judgement.parts for c in p.decisive}
    # both clocks were read: the reason quotes each reading
    assert judgement.explanation.count("in '") + judgement.explanation.count('in "') == 2


@pytest.mark.parametrize(
    "statement",
    [
        "Lam met Orban on the morning of Feb. 19 in Washington, which was the morning of Feb. 19, "
        "Hanoi time.",
        "Tổng Bí thư gặp ông Orbán sáng 19/2 tại Washington, tức sáng 19/2, giờ Hà Nội.",
        "Cuoc gap voi ong Orban sang 19/2 tai Washington roi vao sang 19/2, gio Ha Noi",
    ],
)
def test_the_restated_clock_still_refutes_a_wrong_part(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    # refuted on Hanoi's clock, in the restated reading, not the first time's
    assert (
        "Hanoi time" in judgement.explanation
        or "giờ Hà Nội" in judgement.explanation
        or ("gio Ha Noi" in judgement.explanation)
    )

"""A capacity said with an act, borne out by that act's own source (issue 10, offices), session
33.

"As Senate president pro tempore, Leahy told Lam he had pushed for war-legacy funding", "Khi còn
là Chủ tịch Ủy ban Chuẩn chi Thượng viện, ông Leahy cho biết đã ...": a title set off before the
name gives the capacity the act was done in. The claims give his offices as held "before" a date,
which shows no time (rules `capacity-time`, `held-before`), so the statement stayed open. The
source of the act says it: "trong suốt thời gian giữ cương vị Chủ tịch Thường trực Thượng viện,
Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ, ông đã cùng nhiều nghị sĩ khác thúc đẩy ...". Where the
office claim's span stands inside the span of the act's claim another part bears out, right
after the words of a capacity (`source_capacities` in lexicon/<lang>/statements.yaml), past only
his other offices and their joins, the capacity is borne out (Offices.capacities_borne).

Not a capacity the act's source does not give (his vote to end the war "as a senator": the
vote's source names no office), nor an office its source names only as how he is called
("nguyên Thượng nghị sĩ"). Each in English, Vietnamese and Vietnamese without diacritics, in
wording of these tests' own; the lexicon's `capacity_source_examples` run here too.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PUSH = "leahy-affirmed-push-for-war-legacy-funding-2026-02-19"
CHAIR = "leahy-former-appropriations-chair"
PRO_TEM = "leahy-former-president-pro-tempore"

# (statement, verdict, the office claims the capacity is borne out by)
CAPACITIES = [
    (
        "As Senate president pro tempore, Leahy told To Lam he had pushed for war-legacy funding.",
        SUPPORTED,
        {PRO_TEM},
    ),
    (
        "As Senate president pro tempore and Appropriations Committee chairman, Leahy said he "
        "had pushed for war-legacy funding.",
        SUPPORTED,
        {PRO_TEM, CHAIR},
    ),
    (
        "Khi còn là Chủ tịch Ủy ban Chuẩn chi Thượng viện, ông Leahy cho biết đã cùng nhiều nghị "
        "sĩ khác thúc đẩy ngân sách khắc phục hậu quả chiến tranh tại Việt Nam.",
        SUPPORTED,
        {CHAIR},
    ),
    (
        "Khi con la Chu tich Uy ban Chuan chi Thuong vien, ong Leahy cho biet da cung nhieu nghi "
        "si khac thuc day ngan sach khac phuc hau qua chien tranh tai Viet Nam",
        SUPPORTED,
        {CHAIR},
    ),
    (
        "Khi làm Chủ tịch Thường trực Thượng viện, ông Leahy khẳng định đã thúc đẩy ngân sách "
        "khắc phục hậu quả chiến tranh.",
        SUPPORTED,
        {PRO_TEM},
    ),
    # traps: an office the act's source does not give as its capacity (his seat, which the
    # source names only as how he is called), an act whose source names no office
    (
        "While serving as a senator, Leahy said he had pushed for funding to deal with the "
        "war's legacies in Vietnam.",
        NEI,
        set(),
    ),
    (
        "Khi còn là Thượng nghị sĩ, ông Leahy cho biết đã cùng nhiều nghị sĩ khác thúc đẩy ngân "
        "sách khắc phục hậu quả chiến tranh tại Việt Nam.",
        NEI,
        set(),
    ),
    ("Khi con la Thuong nghi si, ong Leahy da bo phieu cham dut chien tranh Viet Nam", NEI, set()),
    ("As Senate president pro tempore, Leahy voted to end the Vietnam War.", NEI, set()),
    ("Khi làm Chủ tịch Ủy ban Chuẩn chi, ông Leahy bỏ phiếu chấm dứt chiến tranh.", NEI, set()),
]


@pytest.mark.parametrize(("statement", "verdict", "offices"), CAPACITIES)
def test_a_capacity_is_borne_out_by_the_acts_source(
    checker: Checker, statement: str, verdict: str, offices: set[str]
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    borne = {p.decisive[0].id for p in judged.parts if p.rule == "capacity-said"}
    assert borne == offices, judged.explanation
    if verdict == SUPPORTED:
        assert PUSH in judged.explanation and "done in that office" in judged.explanation
    else:
        # the reason says why the office stays open, never that no claim gives him one
        assert "no stored claim says which office" not in judged.explanation


@pytest.mark.parametrize("example", lexicon_examples("statements", "capacity_source_examples"))
def test_capacity_source_examples(checker: Checker, example: dict[str, Any]) -> None:
    judged = checker.check(example["text"])
    assert judged.verdict == example["verdict"], judged.explanation

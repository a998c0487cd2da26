"""Counts of acts said with a named party (issue 10, session 35, fixer A item 2).

A count of calls or meetings said in one stretch with the party they were with ("spoke with
Daines in two calls", "two calls with Daines", "hai cuộc điện đàm với ông Daines") counts that
party's acts alone, not every party's of the day: the senators' two calls are one with each.
Undated, the sources may not list every call with him: not enough info. On the day a source
lists whole, one call each: contradicted. Where a word makes the named party one among those
counted ("including", "trong đó có"), leaves him out ("eight other leaders") or a comma sets the
names apart as the list ("two calls, with Daines and Hagerty"), the count is still of the whole
occasion (`count_members` in lexicon/<lang>/statements.yaml). Statements written for these
tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged, lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


DAINES = "to-lam-phone-call-daines-2026-02-18"

VERDICTS = [
    # undated: open, the count the reason
    ("Vietnam's party chief talked to Senator Daines in two separate phone calls", NEI, "two"),
    ("Tổng Bí thư đã có hai cuộc điện đàm với Thượng nghị sĩ Steve Daines.", NEI, "hai"),
    ("TBT da co hai cuoc dien dam voi TNS Steve Daines", NEI, "hai"),
    # the day a source lists whole: one call with him
    ("On Feb. 18, Lam held two phone calls with Sen. Steve Daines.", CONTRADICTED, DAINES),
    ("Ngày 18/2, Tổng Bí thư Tô Lâm có hai cuộc điện đàm với ông Daines", CONTRADICTED, DAINES),
    ("Ngay 18/2 Tong Bi thu co hai cuoc dien dam voi thuong nghi si Daines", CONTRADICTED, DAINES),
    # traps: the count of the whole day, its names one among them or listed apart
    ("On Feb. 18, Lam held two phone calls, with Daines and Hagerty.", SUPPORTED, DAINES),
    (
        "Ngày 18/2, Tổng Bí thư điện đàm với hai thượng nghị sĩ Mỹ, trong đó có ông Daines",
        SUPPORTED,
        DAINES,
    ),
    (
        "Lam met Orbán and eight other leaders in Washington.",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_bound_count_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    if verdict != CONTRADICTED:
        assert_judged(checker, statement, verdict, why)
        return
    # a refuted count cites no evidence of its own: its reason gives the one call and the claim
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert "name 1, the whole list" in judgement.explanation, judgement.explanation
    assert why in judgement.explanation, judgement.explanation


@pytest.mark.parametrize("example", lexicon_examples("statements", "count_member_examples"))
def test_count_member_examples(checker: Checker, example: dict[str, str]) -> None:
    judgement = checker.check(example["text"])
    assert judgement.verdict == example["verdict"], judgement.explanation

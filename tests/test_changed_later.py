"""A change of state said to come later (issue 10), session 35.

"Later", "subsequently", "has since", "sau đó", "về sau" (`later_changes` in
lexicon/<lang>/statements.yaml) put the change the statement gives at a time after one it leaves
unsaid, which may be later than the sources know: the founding membership the sources give up to
their last day, or the trade deal they give as not yet concluded, refutes no withdrawal or
conclusion said so (check.later.changed_later). The undated change with no such word is read at
the sources' now and stays refuted, and so does one whose "later" belongs to another clause; a
one-day act is done and no later change undoes it. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_judged, lexicon_examples

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

MEMBER = "vietnam-founding-member-board-of-peace"
DEAL = "vn-us-reciprocal-trade-agreement-not-concluded"
LATER = "may have changed by the later time"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the change set at a later time: open, by the time it speaks of
    ("Hanoi eventually withdrew from the Board of Peace.", NEI, LATER),
    ("Vietnam has since withdrawn from Trump's Board of Peace", NEI, LATER),
    ("Vietnam afterwards quit the Board of Peace", NEI, LATER),
    ("Về sau, Việt Nam đã rút khỏi Hội đồng Hòa bình", NEI, LATER),
    ("Hà Nội sau này rút khỏi Hội đồng Hòa bình của ông Trump", NEI, LATER),
    ("Viet Nam ve sau da rut khoi Hoi dong Hoa binh", NEI, LATER),
    ("Hanoi and Washington subsequently concluded their reciprocal trade agreement", NEI, LATER),
    ("Việt Nam và Hoa Kỳ sau đó đã ký kết hiệp định thương mại đối ứng", NEI, LATER),
    ("Viet Nam va Hoa Ky sau do da ky ket hiep dinh thuong mai doi ung", NEI, LATER),
    # traps: undated, read at the sources' now, or "later" of another clause: refuted
    ("Vietnam quit the Board of Peace", CONTRADICTED, MEMBER),
    ("Việt Nam đã rút khỏi Hội đồng Hòa bình", CONTRADICTED, MEMBER),
    ("Viet Nam da rut khoi Hoi dong Hoa binh", CONTRADICTED, MEMBER),
    ("Hanoi and Washington concluded their reciprocal trade agreement", CONTRADICTED, DEAL),
    ("Vietnam quit the Board of Peace; later, Lam flew home", CONTRADICTED, MEMBER),
    # a date after the sources' last day: open by its date
    ("Vietnam withdrew from the Board of Peace in July 2026", NEI, MEMBER),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_changed_later(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)


@pytest.mark.parametrize("example", lexicon_examples("statements", "later_change_examples"))
def test_later_change_examples(checker: Checker, example: dict[str, Any]) -> None:
    assert checker.check(example["text"]).verdict == example["verdict"]

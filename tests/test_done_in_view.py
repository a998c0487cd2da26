"""An act said done inside an expectation is no expectation of the act (issue 10, session 36).

"Hagerty kỳ vọng hiệp định thương mại đối ứng đã hoàn tất" (he expects the deal to have been
completed) was supported by his expectation that it would soon be completed: the mood word read
the content as the act hoped for. A word of the completed aspect right before the act's verb,
after the mood word (`done_in_view` in lexicon/<lang>/statements.yaml: "đã", "has been", "to have
been"), gives the content as done (moods.done_contents): the statement then gives his words as
a fact, which his own words of that exchange, the act still to come, refute as they refute
"Hagerty said the deal had been concluded". The act hoped for, said in the future, stays borne
out."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXPECTS = "hagerty-expects-reciprocal-trade-agreement-soon-2026-02-18"

ROWS = [
    (
        "Senator Hagerty expects the reciprocal trade deal has been concluded.",
        CONTRADICTED,
        EXPECTS,
    ),
    (
        "Thượng nghị sĩ Hagerty kỳ vọng hiệp định thương mại đối ứng đã được hoàn tất.",
        CONTRADICTED,
        EXPECTS,
    ),
    (
        "Thuong nghi si Hagerty ky vong hiep dinh thuong mai doi ung da hoan tat.",
        CONTRADICTED,
        EXPECTS,
    ),
    # traps: the act hoped for, still to come
    ("Senator Hagerty expects the reciprocal trade deal to be concluded soon.", SUPPORTED, EXPECTS),
    (
        "Thượng nghị sĩ Hagerty kỳ vọng hiệp định thương mại đối ứng sẽ sớm hoàn tất.",
        SUPPORTED,
        EXPECTS,
    ),
    (
        "Thuong nghi si Hagerty ky vong hiep dinh thuong mai doi ung se som hoan tat.",
        SUPPORTED,
        EXPECTS,
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_done_content_is_no_expectation(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

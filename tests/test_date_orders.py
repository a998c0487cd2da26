"""Numeric dates valid either way round in English copy (issue 10, session 35, fixer A item 5).

English writers put the month first or the day first, so "12/2" may be 12 February or
2 December. An English statement's numeric date valid both ways is judged both ways
(factdb.check.date_orders): a verdict both readings give stands (a summit date that refutes
either), and where they differ the statement is not enough info, its reason naming the
ambiguity. Another numeric date of the statement that can be read one way only ("2/18", "19/2")
fixes the writer's order. Vietnamese copy writes day first: "12/2" there is 12 February only,
with or without diacritics. Statements written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.date_orders import read_orders
from factdb.check.parse import parse_statement
from factdb.check.rules import CONTRADICTED, NEI

ORBAN = "to-lam-met-orban-2026-02-19"
ATTENDED = "to-lam-attended-bop-meeting"
DATES = "bop-inaugural-meeting-dates"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_the_readings_of_a_pair_valid_both_ways(checker: Checker) -> None:
    orders = read_orders(parse_statement("Orbán and Lam met at the summit on 12/2", checker.vocab))
    assert orders is not None
    assert orders.swapped.endswith("on 2/12") and orders.written == ("12/2",)
    assert [(d.month, d.day) for d in orders.day_first] == [(2, 12)]
    assert orders.convention is None
    # one way only, the same number twice, or Vietnamese: one reading
    for text in ("Lam met Orbán on 2/19", "Lam met Orbán on 2/2", "TBT gặp ông Orbán ngày 12/2"):
        assert read_orders(parse_statement(text, checker.vocab)) is None


VERDICTS = [
    # the readings differ (12 February refuted by the summit's days, 2 December open): open
    ("Lam and Orbán held talks at the Board of Peace summit on 12/2.", NEI, "either way round"),
    # every reading refuted: refuted
    ("Lam took part in the Board of Peace's first meeting on 1/2.", CONTRADICTED, DATES),
    # another date that is month first only fixes the writer's order
    (
        "Lam attended the Board of Peace inaugural meeting on 2/12, after his talks with"
        " Daines on 2/18.",
        CONTRADICTED,
        ATTENDED,
    ),
    # Vietnamese is day first: 12 February, refuted by the summit's days
    (
        "Tổng Bí thư hội đàm với ông Orbán tại cuộc họp Hội đồng Hòa bình ngày 12/2",
        CONTRADICTED,
        ORBAN,
    ),
    ("TBT hoi dam voi ong Orban tai cuoc hop Hoi dong Hoa binh ngay 12/2", CONTRADICTED, ORBAN),
    # traps: dates valid one way only keep their verdicts
    ("Lam met Orbán on 2/19 at the Board of Peace meeting.", "supported", ORBAN),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_date_order_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""Session 35, issue 10: what a senator said he did early in his time in the Senate.

Leahy told Lâm he was among the first senators to oppose the war, and that one of his first
important votes there was to end it ("sớm phản đối chiến tranh", "một trong những lá phiếu quan
trọng đầu tiên của ông tại Thượng viện"). The press puts that time as "his early years in the
Senate", "early in his Senate career", "những năm đầu ở Thượng viện": its 'years', 'career',
'đầu' were details no source word accounted for, so a statement turning his stance round
stayed open. The sources' phrases now gloss them (lexicon/<lang>/glosses.yaml), so the stance
turned round is refuted and the stance as given is borne out. Another senator, another war and
another time of his career stay open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

OPPOSED = "leahy-stressed-early-opposition-to-war-2026-02-19"
VOTED = "leahy-voted-to-end-vietnam-war"

ROWS = [
    # his stance turned round, in his early years there
    (
        "Leahy said he had supported the Vietnam War during his early years in the Senate.",
        CONTRADICTED,
        OPPOSED,
    ),
    (
        "Ông Leahy kể đã ủng hộ cuộc chiến tại Việt Nam trong những năm đầu ở Thượng viện.",
        CONTRADICTED,
        OPPOSED,
    ),
    (
        "Ong Leahy ke da ung ho cuoc chien tai Viet Nam trong nhung nam dau o Thuong vien.",
        CONTRADICTED,
        OPPOSED,
    ),
    # his vote turned round, early in his career there
    (
        "Leahy said he had voted to prolong the Vietnam War early in his Senate career.",
        CONTRADICTED,
        VOTED,
    ),
    # his stance as he gave it
    (
        "Leahy said he had opposed the war in Vietnam in his early years in the Senate.",
        SUPPORTED,
        OPPOSED,
    ),
    # traps: another senator, another war, another time of his career
    (
        "Hagerty said he had backed the Vietnam War in his early years in the Senate.",
        NEI,
        "Bill Hagerty",
    ),
    ("Leahy said he had backed the Iraq war in his early years in the Senate.", NEI, "Iraq"),
    (
        "Leahy said he had backed the Vietnam War in his final years in the Senate.",
        NEI,
        "final years",
    ),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_early_in_his_senate_career(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

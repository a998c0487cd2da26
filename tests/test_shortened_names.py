"""Session 36, issue 10: the trade talks a speaker spoke of, named by their kind alone.

The press shortens the reciprocal trade talks to "the trade talks", "trade negotiations between
Hanoi and Washington", "đàm phán thương mại": never an alias of the agreement (any two countries
hold trade talks), so "trade" was read as the two countries' trade turnover, "talks" as a
meeting, and what the trade representative or a senator told Lâm of the talks' stage bore on no
claim, the right stage and the wrong one alike. In the words given to a speaker, such a phrase
(`shortened_names` in lexicon/<lang>/stances.yaml) now stands for the one agreement his own
claimed words name (factdb.check.shortened). Another speaker, another country named beside the
talks, or no speaker at all leave the words as written. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

DECISIVE = "greer-said-trade-talks-decisive-phase"
PROGRESS = "hagerty-said-important-progress-trade-talks-2026-02-18"

ROWS = [
    # the stage the speaker gave, the talks named by their kind
    ("Greer tells Lam trade talks are entering their decisive phase", SUPPORTED, DECISIVE),
    (
        "Hagerty told Lam the U.S.-Vietnam trade negotiations had made important progress.",
        SUPPORTED,
        PROGRESS,
    ),
    (
        "Ông Hagerty cho biết đàm phán thương mại đã đạt tiến triển quan trọng.",
        SUPPORTED,
        PROGRESS,
    ),
    ("Ong Hagerty noi dam phan thuong mai da dat tien trien quan trong", SUPPORTED, PROGRESS),
    # the opposite stage in the same speaker's mouth
    (
        "Greer told the party chief that the trade negotiations were deadlocked.",
        CONTRADICTED,
        DECISIVE,
    ),
    (
        "Hagerty said trade negotiations between Hanoi and Washington had made little progress",
        CONTRADICTED,
        PROGRESS,
    ),
    (
        "Ông Greer nói với Tổng Bí thư rằng đàm phán thương mại đang bế tắc.",
        CONTRADICTED,
        DECISIVE,
    ),
    (
        "Ong Greer noi voi Tong Bi thu rang dam phan thuong mai van o giai doan dau",
        CONTRADICTED,
        DECISIVE,
    ),
    # traps: a speaker whose words name no such talks, other countries' talks, no speaker,
    # another year
    ("Orbán said the trade talks had stalled.", NEI, "Viktor Orbán"),
    ("Ong Orban noi dam phan thuong mai da be tac", NEI, "Viktor Orbán"),
    ("Greer said trade talks with Hungary had stalled.", NEI, "Hungary"),
    ("Ông Greer nói đàm phán thương mại với Nhật Bản đã bế tắc.", NEI, "Japan"),
    ("Trade talks had stalled, analysts said.", NEI, "no stored claim"),
    ("The trade talks stalled in 2019, Greer said.", NEI, "2019"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_trade_talks_named_by_their_kind(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

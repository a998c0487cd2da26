"""Session 36, issue 10: the election a congratulation was on.

The sources give the congratulations Lâm received as on his re-election, by the 14th-term
Central Committee. The press says the congratulation was on an election: "congratulated Lam on
being elected party general secretary for the first time", "chúc mừng ông Tô Lâm được bầu làm
Tổng Bí thư khóa XIII". Read as his taking office at some time, which the office's claim neither
dates nor numbers, such a statement stayed open, the wrong term as much as the right one. An
election after a congratulation's verb (`elections` in lexicon/<lang>/statements.yaml,
`congratulated_on_terms` in lexicon/world/offices.yaml) is now read as the re-election where a
claim of it decides that reading (factdb.check.elections): the term's count is weighed against
the re-election's words, and "for the first time" is refuted. An election with no congratulation,
a congratulation of another person or another date, and "for the first time" said of the
congratulation stay open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

REELECTED = "to-lam-reelected-general-secretary"

ROWS = [
    # the term the re-election was to
    (
        "Trump congratulated Lam on his election as general secretary of the 14th Central "
        "Committee.",
        SUPPORTED,
        REELECTED,
    ),
    ("Ông Trump chúc mừng ông Tô Lâm được bầu làm Tổng Bí thư khóa XIV.", SUPPORTED, REELECTED),
    ("Ong Trump chuc mung ong To Lam duoc bau lam Tong Bi thu khoa XIV", SUPPORTED, REELECTED),
    # another term, or the first election
    (
        "Trump congratulated Lam on his election as general secretary of the 13th Central "
        "Committee.",
        CONTRADICTED,
        REELECTED,
    ),
    (
        "Hun Manet congratulated Lam on being elected Communist Party general secretary "
        "for the first time.",
        CONTRADICTED,
        REELECTED,
    ),
    (
        "Ông Trump chúc mừng ông Tô Lâm lần đầu tiên được bầu làm Tổng Bí thư.",
        CONTRADICTED,
        REELECTED,
    ),
    ("Ong Trump chuc mung ong To Lam duoc bau lam Tong Bi thu khoa XIII", CONTRADICTED, REELECTED),
    (
        "Ong Trump chuc mung ong To Lam duoc bau lam Tong Bi thu lan dau tien",
        CONTRADICTED,
        REELECTED,
    ),
    # traps: no congratulation, another congratulator, another date, the first congratulation
    ("Lam was elected general secretary for the first time.", NEI, "first"),
    ("Tô Lâm được bầu làm Tổng Bí thư lần đầu tiên.", NEI, "lần đầu tiên"),
    (
        "Biden congratulated To Lam on being elected general secretary for the first time.",
        NEI,
        "Biden",
    ),
    (
        "Trump congratulated Lam on being elected general secretary in August 2024.",
        NEI,
        "August 2024",
    ),
    (
        "For the first time, Trump congratulated Lam on being elected general secretary.",
        NEI,
        "first",
    ),
    ("Ong Hegseth chuc mung ong To Lam duoc bau lam Tong Bi thu lan dau tien", NEI, "lan dau tien"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_election_a_congratulation_was_on(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == expected, judgement.explanation
    # a term's count refuted names the re-election's words in its reason, where no part of the
    # reading is refuted on its own (Judge._judge, `other-ordinal`)
    cited = {c.id for c in judgement.evidence}
    assert why in cited or why in judgement.explanation, judgement.explanation

"""Words of rank the press uses for an ordinal the sources give (session 28, numbers): "earliest",
"sớm nhất" are first in time. Alone they are rank 1 ("his earliest vote", "lá phiếu sớm nhất":
lexicon/<lang>/numbers.yaml `superlatives`), a rank no claim gives; after a word of a set ("one
of his earliest votes", "một trong những lá phiếu sớm nhất": statements.yaml `rank_sets`) they
are no rank but a word the deciding claim's sentence must say, which "đầu tiên" does
(lexicon/<lang>/glosses.yaml)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # one of a set: the source's "một trong những lá phiếu quan trọng đầu tiên"
        (
            "Leahy recalled that one of his earliest important votes in the Senate was cast in"
            " favor of ending the Vietnam War.",
            SUPPORTED,
        ),
        ("Ending the Vietnam War was among the earliest votes Leahy cast in the Senate", SUPPORTED),
        (
            "Ông Leahy kể lại một trong những lá phiếu quan trọng sớm nhất của ông ở Thượng viện"
            " là ủng hộ chấm dứt chiến tranh Việt Nam",
            SUPPORTED,
        ),
        (
            "Ong Leahy ke lai mot trong nhung la phieu quan trong som nhat cua ong o Thuong vien"
            " la ung ho cham dut chien tranh Viet Nam",
            SUPPORTED,
        ),
        # traps: the earliest vote itself is rank 1, which no claim gives
        ("Leahy's earliest vote in the Senate was to end the Vietnam War", NEI),
        ("Lá phiếu sớm nhất của ông Leahy tại Thượng viện là chấm dứt chiến tranh Việt Nam", NEI),
        ("La phieu som nhat cua ong Leahy tai Thuong vien la cham dut chien tranh Viet Nam", NEI),
        # ... and a set's rank the sentence does not say
        ("Leahy said one of his latest votes in the Senate was to end the Vietnam War", NEI),
        (
            "Ông Leahy cho biết một trong những lá phiếu muộn nhất của ông tại Thượng viện là để"
            " chấm dứt chiến tranh Việt Nam",
            NEI,
        ),
        # "earliest" of another act, in a sentence that never says "đầu tiên"
        ("Hegseth was one of the earliest US officials to visit Vietnam in 2025", NEI),
        ("Hegseth là một trong những quan chức Mỹ sớm nhất thăm Việt Nam năm 2025", NEI),
        ("Hegseth la mot trong nhung quan chuc My som nhat tham Viet Nam nam 2025", NEI),
    ],
)
def test_rank_words(real_checker: Checker, statement: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(statement).verdict == verdict

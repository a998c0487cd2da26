"""Progress denied outright is the opposite of a view that progress was made (issue 10): "the
talks have made no progress", "chưa có tiến triển gì", "khong co tien trien nao" say no
progress at all, so a speaker's claim that the talks made important progress refutes them, on
that speaker's occasion (lexicon/<lang>/polarity.yaml `opposites`). Progress said without a
denial ("made some progress") bears out nothing of "important" progress, and the same words
given to another speaker stay open. Each class in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Hagerty told Lam the reciprocal trade talks had made no progress.", CONTRADICTED),
    ("Hagerty said negotiations on the trade pact have yet to make any progress.", CONTRADICTED),
    ("Trade talks with Hanoi have seen no progress, Senator Hagerty said", CONTRADICTED),
    ("Ông Hagerty cho biết đàm phán thương mại chưa đạt được tiến triển nào.", CONTRADICTED),
    ("TNS Hagerty: đàm phán hiệp định thương mại với Hà Nội không có tiến triển gì", CONTRADICTED),
    ("Ong Hagerty noi dam phan thuong mai Viet - My chua co tien trien nao", CONTRADICTED),
    # traps: progress not denied; the words given to someone no claim has say them
    ("Hagerty said the trade talks had made some progress.", NEI),
    ("Orbán said the trade talks had made no progress.", NEI),
    ("Ông Daines cho biết đàm phán thương mại chưa có tiến triển gì.", NEI),
    ("Ong Orban noi dam phan thuong mai chua co tien trien gi", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_denied_progress_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

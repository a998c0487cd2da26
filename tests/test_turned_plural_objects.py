"""A turned stance verb ("chỉ trích", "phê phán") whose object opens with a plural marker ("các",
"những": "chỉ trích các nỗ lực hòa bình của ông Trump") still falls on that object, as "the" does
in English (stances.yaml `turned_openers`): the speaker's praise of the same efforts refutes it.
"những người" (the people who ...) still puts the verb on someone else. Each class in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Party chief To Lam criticised the peace efforts of President Trump.", CONTRADICTED),
    ("Tô Lâm lên án các nỗ lực hòa bình của Tổng thống Trump.", CONTRADICTED),
    ("Tổng Bí thư phê phán những nỗ lực hòa bình của ông Trump.", CONTRADICTED),
    ("Tong Bi thu To Lam chi trich cac no luc hoa binh cua Tong thong Trump", CONTRADICTED),
    # traps: the verb on people who criticise; another speaker no claim has praise them
    ("Tô Lâm lên án những người chỉ trích các nỗ lực hòa bình của ông Trump.", NEI),
    ("Thủ tướng Orbán chỉ trích các nỗ lực hòa bình của ông Trump.", NEI),
    ("Ong Hun Manet chi trich nhung no luc hoa binh cua ong Trump", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_turned_plural_object_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

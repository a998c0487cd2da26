"""A former officeholder speaks of his own country's side as a sitting one does (issue 10):
"Leahy said the war-legacy funding continues to this day" gives the former senator's words on
US funding without naming the United States, as "Daines said ..." would of a sitting senator's
(assess.spoken_for: the countries of the offices the claims give him, held now or before). Any
other country named stays a name the claim must account for, and another speaker's words stay
open. Each class in English, Vietnamese and Vietnamese without diacritics; the statements are
written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Former senator Leahy said the war legacy funding continues to this day.", SUPPORTED),
    ("Leahy told Lam the war-legacy funding had been cut off.", CONTRADICTED),
    (
        "Ông Leahy khẳng định nguồn ngân sách khắc phục hậu quả chiến tranh vẫn được duy trì"
        " đến nay.",
        SUPPORTED,
    ),
    (
        "Cựu thượng nghị sĩ Leahy nói ngân sách khắc phục hậu quả chiến tranh đã bị cắt.",
        CONTRADICTED,
    ),
    (
        "Ong Leahy khang dinh ngan sach khac phuc hau qua chien tranh van duoc duy tri den nay",
        SUPPORTED,
    ),
    ("Ong Leahy noi nguon ngan sach khac phuc hau qua chien tranh da cham dut", CONTRADICTED),
    ("Ex-Sen. Leahy: war legacy funding still maintained today", SUPPORTED),
    (
        "Theo nguyên Thượng nghị sĩ Leahy, chủ trương này vẫn được duy trì đến nay trong"
        " khắc phục hậu quả chiến tranh",
        SUPPORTED,
    ),
    # traps: another country named, another speaker
    ("Daines said the war-legacy funding has been maintained to this day.", NEI),
    ("Ông Hagerty khẳng định chủ trương cấp ngân sách vẫn được duy trì đến nay", NEI),
    ("Leahy said Hungary's war legacy funding continues to this day.", NEI),
    ("Daines said the war legacy funding had been discontinued.", NEI),
    ("Ông Daines nói ngân sách khắc phục hậu quả chiến tranh đã bị cắt.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_former_sides_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

"""Support said with its basis after the one supported (issue 10, paraphrase): "Quốc hội Mỹ ủng
hộ Việt Nam trên cơ sở lưỡng đảng" is the bipartisan support Leahy affirmed ("sự ủng hộ lưỡng
đảng của Quốc hội Mỹ đối với Việt Nam"), as the English "on a bipartisan basis" is. Given to
another speaker it stays open. English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    ("Ông Leahy nói Quốc hội Hoa Kỳ ủng hộ Việt Nam trên cơ sở lưỡng đảng.", SUPPORTED),
    ("Ong Leahy noi Quoc hoi Hoa Ky ung ho Viet Nam tren co so luong dang", SUPPORTED),
    ("Leahy said Congress backs Vietnam on a bipartisan basis.", SUPPORTED),
    ("Ông Daines nói Quốc hội Mỹ ủng hộ Việt Nam trên cơ sở lưỡng đảng.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_bipartisan_basis_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

"""What a plan is to be carried out in line with (issue 10, paraphrase): the UN Charter is a
document the deciding claim's source sentence names in passing ("nhất trí phối hợp triển khai Kế
hoạch Hòa bình Dải Gaza ..., phù hợp với luật pháp quốc tế và Hiến chương Liên hợp quốc"), and
"in line with" / "consistent with" are the press's words for "phù hợp với": the leaders'
agreement to carry out the plan so is borne out. Another relation to the Charter ("in defiance
of", "outside the framework of") is words no source gives: open. English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    (
        "The leaders agreed to coordinate on the Gaza Peace Plan in keeping with the UN Charter.",
        SUPPORTED,
    ),
    (
        "Leaders at the Washington meetings agreed to coordinate on the Gaza peace plan, "
        "consistent with the United Nations Charter and international law.",
        SUPPORTED,
    ),
    (
        "Lãnh đạo các nước nhất trí phối hợp triển khai Kế hoạch Hòa bình Dải Gaza "
        "phù hợp với Hiến chương LHQ.",
        SUPPORTED,
    ),
    (
        "Cac nha lanh dao nhat tri phoi hop trien khai Ke hoach Hoa binh Dai Gaza "
        "phu hop voi Hien chuong Lien hop quoc.",
        SUPPORTED,
    ),
    ("The leaders agreed to implement the Gaza Peace Plan in defiance of the UN Charter.", NEI),
    ("Orbán called for the UN Charter to be rewritten.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_charter_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

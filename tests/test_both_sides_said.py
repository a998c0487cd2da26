"""Words given to both sides of an exchange (issue 10, who said what): "Hai bên vui mừng ...",
"The two sides were glad ...", where the statement names the two countries. A side is borne out
by a claim of one who holds an office in that country where the source itself gives the words
to both sides of his exchange ("Hai bên bày tỏ vui mừng ..." of Tô Lâm's call with Senator
Hagerty: assess.sided), though a senator speaks for no country on his own. Words the source
gives to one side only, or another pair of countries, stay open. English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    ("In the call, both sides welcomed growing Vietnam-US political trust.", SUPPORTED),
    (
        "Hai bên hoan nghênh việc hợp tác kinh tế, thương mại, đầu tư Việt – Mỹ được mở rộng.",
        SUPPORTED,
    ),
    ("Hai ben vui mung khi tin cay chinh tri giua Viet Nam va My tiep tuc tang cuong.", SUPPORTED),
    # one side's words in the source, or another pair of countries
    ("Hai bên vui mừng khi Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam.", NEI),
    ("Hai bên vui mừng vì tin cậy chính trị Việt – Hungary tiếp tục tăng cường.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_both_sides_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

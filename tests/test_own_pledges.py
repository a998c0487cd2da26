"""A speaker's own pledge is not his country's (issue 10, who said what; a reviewer's finding of
session 24): "Senator Daines said the United States would prioritise war-legacy cooperation", of
Daines's word that he personally would, gives the undertaking to a country a senator does not
speak for (lexicon/world/voices.yaml): not enough info. A leader who speaks for his country
still does what it does ("Vietnam accepted Trump's invitation" of Tô Lâm's acceptance), and
what a speaker says his country will do is borne out by a claim of that. English, Vietnamese
and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    ("Sen. Steve Daines said America would make war-legacy cooperation a priority.", NEI),
    ("TNS Daines cho biết Hoa Kỳ sẽ ưu tiên thúc đẩy hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("TNS Daines noi My se uu tien thuc day hop tac khac phuc hau qua chien tranh.", NEI),
    # his own pledge, a country's own undertaking, a leader who speaks for his country
    ("Sen. Steve Daines said he would make war-legacy cooperation a priority.", SUPPORTED),
    (
        "Ông Daines cho biết cá nhân ông sẽ ưu tiên thúc đẩy "
        "hợp tác khắc phục hậu quả chiến tranh.",
        SUPPORTED,
    ),
    ("Vietnam accepted Trump's invitation to the Board of Peace meeting.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_own_pledge_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

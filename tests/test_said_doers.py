"""Who does what a speaker says (issue 10, who said what): the name right after a verb of
saying, or after "that" / "rằng" (stances.yaml `said_openers`), opens the words said and does
their act ("Orbán said Vietnam would ...": Vietnam, not Orbán), unless the verb's object is its
listener ("told Lam ...", `told_whom`). And of an act done to no one, a country right after the
verb is where it goes: "a visit to Hungary" is no trip to Vietnam (assess.unbound). So a trip
or undertaking the sources give the speaker does not bear out the one he gives another. English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.assertions import predications
from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    ("Hungary's Orbán said Vietnam would send a delegation on a visit to Hungary.", NEI),
    ("Thủ tướng Orbán nói rằng Việt Nam sẽ cử đoàn sang thăm Hungary.", NEI),
    ("Thu tuong Pashinyan mong Viet Nam som sang tham Armenia", NEI),
    ("Senator Daines said that Vietnam would make war-legacy work a top priority.", NEI),
    ("Ông Daines cho biết Việt Nam sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", NEI),
    # the speaker's own trip and undertaking, and his listener after "told", stay his
    ("Orbán said he would visit Vietnam.", SUPPORTED),
    ("Thủ tướng Orbán cho biết sẽ sắp xếp thăm Việt Nam.", SUPPORTED),
    ("Pashinyan and Prabowo told Lam they hoped to visit Vietnam soon.", SUPPORTED),
    ("Tổng Bí thư mời Thủ tướng Armenia sang thăm Việt Nam.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_said_doer_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "agent"),
    [
        ("Sen. Daines said Vietnam would prioritize war legacy cooperation.", "vietnam"),
        # (a bare "ưu tiên hợp tác" with no fields after it names no view since session 29:
        # topics.fields_after; the programme's name keeps the act)
        (
            "Ông Daines cho biết rằng Việt Nam sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.",
            "vietnam",
        ),
        ("Daines told Lam he would prioritize war legacy cooperation.", None),
    ],
)
def test_the_name_opening_the_words_said_does_their_act(
    real_checker: Checker, statement: str, agent: str | None
) -> None:
    bound = [p.agent for p in predications(real_checker.parse(statement), real_checker.vocab)]
    # the listener after "told" does nothing of what he is told
    assert agent in bound if agent else "to-lam" not in bound

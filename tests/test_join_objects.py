"""A verb that says one of several acts ("join": a meeting attended or a body's membership,
lexicon/world/readings.yaml) is decided by its object; where the parse binds none, the name
right after the verb, past an article at most, is its object (Judge._either, _objects_after):
"slammed Vietnam's move to join the Board of Peace" is of the membership Daines praised, so it
is refuted, not left open by a meeting Vietnam may have attended; "joined the leaders at the
Board of Peace" binds no body and keeps both readings. Each in English, Vietnamese and
Vietnamese without diacritics, with traps; the statements are written for these tests."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    ("Daines slammed Vietnam's move to join the Board of Peace.", CONTRADICTED),
    ("Daines blasted Vietnam's bid to join the Board of Peace.", CONTRADICTED),
    ("Daines condemned Vietnam for joining the Board of Peace.", CONTRADICTED),
    ("Ong Daines chi trich viec Viet Nam tham gia Hoi dong Hoa binh", CONTRADICTED),
    # traps: a meeting after the verb, or no body right after it, keeps the attendance; another
    # speaker's view is no claim's
    ("Lam joined the other leaders at the Board of Peace in Washington.", SUPPORTED),
    ("Lam joined the Board of Peace meeting in Washington.", SUPPORTED),
    ("Tô Lâm cùng các nhà lãnh đạo tham gia cuộc họp Hội đồng Hòa bình tại Washington.", SUPPORTED),
    ("Leahy slammed Vietnam's move to join the Board of Peace.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_join_object_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

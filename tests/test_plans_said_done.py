"""A plan said done where it was told (polarity by tense, session 34).

The claims give a leader's own plan as he told it at one encounter ("sẽ sắp xếp thăm Việt Nam
trong thời gian tới", at his meeting with the general secretary). A statement that gives the
planned act as done at that encounter, the plan's act named ("his planned trip", "the visit he
promised") or one just done ("had just completed", "vừa", "đã ... xong": `plan_done_markers` in
lexicon/<lang>/statements.yaml), says the plan was kept by then, which his own words then refute
(`assess.plan_said_done`, rule `still-to-come`). The encounter is fixed by who was there, or by
its one speaker. A done act with no such word ("had visited Vietnam": years before, perhaps), of
another date, with no encounter fixed, to another place or of a wish stays open. Each in
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PLAN = "orban-plans-to-visit-vietnam"

VERDICTS = [
    # the planned act given as done at the encounter where the plan was told
    ("Orban told Lam in Washington he had just wrapped up a trip to Vietnam.", CONTRADICTED),
    ("Viktor Orbán says he has just paid an official visit to Vietnam", CONTRADICTED),
    ("Orbán assured Lam he had already made his promised trip to Vietnam.", CONTRADICTED),
    ("Orban told Lam in Washington he had just visited Vietnam.", CONTRADICTED),
    (
        "Thủ tướng Orbán nói với Tổng Bí thư Tô Lâm rằng ông vừa kết thúc chuyến thăm Việt Nam.",
        CONTRADICTED,
    ),
    ("Ông Orbán cho biết đã đi thăm Việt Nam xong.", CONTRADICTED),
    ("Thu tuong Orban noi voi Tong Bi thu To Lam rang ong da tham xong Viet Nam", CONTRADICTED),
    # the plan as he told it
    ("Orbán told Lam he would visit Vietnam in the near future.", SUPPORTED),
    ("Ông Orbán nói sẽ sang thăm Việt Nam trong thời gian tới.", SUPPORTED),
    # traps: no word of the plan's act or of one just done, another date, no encounter fixed,
    # another destination, a wish
    ("Orbán told Lam he had visited Vietnam.", NEI),
    ("Orbán told Lam he had already visited Vietnam.", NEI),
    # the plan named, not said kept; an acceptance just made, not the visit
    ("Orbán told Lam about his planned visit to Vietnam.", NEI),
    ("Orban briefed Lam on his promised trip to Vietnam.", NEI),
    ("Ông Orbán nói với ông Tô Lâm về chuyến thăm Việt Nam mà ông đã hứa.", NEI),
    ("Ông Orbán nói với ông Tô Lâm rằng ông vừa nhận lời mời thăm Việt Nam.", NEI),
    ("Ông Orbán nói với ông Tô Lâm rằng ông đã từng thăm Việt Nam.", NEI),
    ("Orban had just completed a visit to Vietnam in 2018, he told Lam.", NEI),
    ("Orban noi voi To Lam rang ong vua tham Viet Nam nam 2018", NEI),
    ("Orbán has just completed a visit to Vietnam.", NEI),
    ("Thủ tướng Orbán vừa thăm Việt Nam.", NEI),
    ("Orbán told Lam he had just visited Cambodia.", NEI),
    ("Prabowo told Lam he had just visited Vietnam.", NEI),
    ("Tổng thống Prabowo nói với Tổng Bí thư rằng ông vừa thăm Việt Nam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_plan_said_done_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert PLAN in {c.id for c in result.evidence}, result.explanation
        assert "still to come" in result.explanation

"""A word of one's own plan said not given (polarity by verbs, session 34).

The claims give a leader's plan as his own word, told at his one encounter ("cho biết sẽ sắp xếp
thăm Việt Nam", at his meeting with the general secretary), with no speaker but himself. A
statement that he gave no such word ("declined to commit to a visit to Vietnam", "refused to
commit to visiting", "từ chối cam kết sẽ thăm", "không hứa": `denied_approvals: sayings` in
lexicon/<lang>/stances.yaml) is refuted by that plan, as a speaker's claim of giving it refutes
the denied undertaking (`assess.own_plan_told`, rule `unsaid`); what a word undertakes is to
come, so "commit to visiting" names the plan. A plan the sources give as a ministry's
announcement is no word of his; another date, a refusal still to come, another destination and
a wish stay open. In English, Vietnamese and Vietnamese without diacritics; the statements are
written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PLAN = "orban-plans-to-visit-vietnam"

VERDICTS = [
    # his word not given, of his plan told at the meeting
    ("Orban refused to commit to a trip to Vietnam.", CONTRADICTED),
    ("Viktor Orbán did not promise to visit Vietnam", CONTRADICTED),
    ("Thủ tướng Orbán từ chối cam kết sẽ sang thăm Việt Nam.", CONTRADICTED),
    ("Ông Orbán không hứa sẽ đến thăm Việt Nam.", CONTRADICTED),
    ("Ong Orban tu choi cam ket se tham Viet Nam", CONTRADICTED),
    # the word as he gave it
    ("Orbán promised to visit Vietnam.", SUPPORTED),
    ("Ông Orbán hứa sẽ thăm Việt Nam.", SUPPORTED),
    # traps: another date, a refusal still to come, another destination, a wish, a plan the
    # ministry announced
    ("Orbán did not promise to visit Vietnam in 2019.", NEI),
    ("Năm 2019, ông Orbán không hứa sẽ thăm Việt Nam.", NEI),
    ("Orbán will not commit to visiting Vietnam.", NEI),
    ("Orbán declined to commit to a visit to Cambodia.", NEI),
    ("Ong Orban tu choi cam ket se tham Campuchia", NEI),
    ("Prabowo refused to commit to visiting Vietnam.", NEI),
    ("Tổng thống Prabowo từ chối cam kết sẽ thăm Việt Nam.", NEI),
    ("Tô Lâm từ chối cam kết sẽ sang Mỹ.", NEI),
    ("Lam declined to commit to a visit to the United States.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_own_plan_unsaid_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert PLAN in {c.id for c in result.evidence}, result.explanation
        assert "gave no such word" in result.explanation

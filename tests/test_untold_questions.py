"""A denial that falls on a telling of when, how or where ("Orbán did not say when he would
visit Vietnam", "Thủ tướng Pashinyan không cho biết bao giờ sẽ thăm Việt Nam"): the statement
says what was left untold, which no claim fixes, not that the visit was not planned; so the
plans the sources give refute nothing (scope.untold; `telling_verbs` and `question_words` in
lexicon/<lang>/statements.yaml). Before, the denial fell on the visit, and true statements
came out contradicted. A telling denied with no question word ("did not say he would visit")
is still a denial of the words, which the plan refutes.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


UNTOLD = "no stored claim covers the words"
ORBAN_PLAN = "orban-plans-to-visit-vietnam"

VERDICTS = [
    ("Hungary's Orban gave no word on when he would make the trip to Vietnam.", NEI, UNTOLD),
    ("Orban did not say when he would travel to Vietnam, per state media.", NEI, UNTOLD),
    ("Prabowo declined to specify when he would come to Vietnam.", NEI, "Prabowo"),
    ("Prabowo did not disclose when he would pay a visit to Vietnam.", NEI, UNTOLD),
    ("Ông Orbán không nói rõ khi nào sẽ sang thăm Việt Nam.", NEI, UNTOLD),
    ("Thủ tướng Hungary chưa cho biết bao giờ sẽ thăm Việt Nam.", NEI, UNTOLD),
    ("Ông Prabowo không tiết lộ thời điểm nào sẽ thăm Việt Nam.", NEI, UNTOLD),
    ("Ong Orban khong noi ro khi nao se sang tham Viet Nam.", NEI, UNTOLD),
    ("Thu tuong Hungary chua cho biet bao gio se tham Viet Nam.", NEI, UNTOLD),
    # traps: the denial of the plan, or of the words themselves, is still refuted
    ("Orban did not plan to visit Vietnam.", CONTRADICTED, ORBAN_PLAN),
    ("Orban did not say he would visit Vietnam.", CONTRADICTED, ORBAN_PLAN),
    ("Ông Orbán không có kế hoạch thăm Việt Nam.", CONTRADICTED, ORBAN_PLAN),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_a_denied_telling_of_when_leaves_the_act_open(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

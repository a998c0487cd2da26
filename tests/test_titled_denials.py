"""Session 29, a title borne out beside an office its holder is denied.

"Thủ tướng Orbán không phải là Tổng thống Hungary" asserts two offices: the title before the name
(he is prime minister, borne out) and, denied, the office after the copula (he is not president,
which the office rules bear out: a parliamentary republic's head of state is not its head of
government). The denial is that second assertion's (Offices.parts), not the statement's
denial of every office claim it names: it was refuted by the very premiership its title states
(found by the cwnegframe fixer). The same office denied, or a wrong title, still refutes it.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Thủ tướng Orbán không phải là Tổng thống Hungary", SUPPORTED),
        ("Prime Minister Orbán is not the President of Hungary.", SUPPORTED),
        ("Thu tuong Orban khong phai la Tong thong Hungary", SUPPORTED),
        ("PM Orbán is not Hungary's president", SUPPORTED),
        # the office his title gives, denied; a wrong title; a denied act beside a title
        ("Thủ tướng Orbán không phải là Thủ tướng Hungary", CONTRADICTED),
        ("Prime Minister Orbán is not Hungary's prime minister", CONTRADICTED),
        ("Tổng thống Orbán không phải là Thủ tướng Hungary", CONTRADICTED),
        ("Thủ tướng Orbán không gặp Tổng Bí thư Tô Lâm", CONTRADICTED),
        ("Prime Minister Orban did not meet To Lam", CONTRADICTED),
    ],
)
def test_a_denied_office_beside_a_title(
    real_checker: Checker, statement: str, verdict: str
) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

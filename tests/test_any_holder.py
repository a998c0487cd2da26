"""An office said with a word of any holder ("did not call any US senator", "không điện đàm với
thượng nghị sĩ Mỹ nào", "bất kỳ"): any holder at all, as after an indefinite article, so under
a denial no holder, which a claim of the act with one on that occasion refutes
(`any_words` in lexicon/<lang>/statements.yaml, assertions.any_holder). An act no claim gives
with a holder (a meeting in person), another year, or an office of another country stays
open. English, Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    # the call with Senator Daines on 18 February, during the trip
    ("Lam did not call any US senator during the Washington trip.", CONTRADICTED),
    ("Tô Lâm không điện đàm với thượng nghị sĩ Mỹ nào trong chuyến đi Washington.", CONTRADICTED),
    (
        "Tô Lâm không điện đàm với bất kỳ thượng nghị sĩ Mỹ nào trong chuyến đi Washington.",
        CONTRADICTED,
    ),
    ("To Lam khong dien dam voi thuong nghi si My nao trong chuyen di Washington", CONTRADICTED),
    # traps: no claim of a meeting in person with a senator
    ("Lam did not meet any US senator during the Washington trip.", NEI),
    ("Tô Lâm không gặp thượng nghị sĩ Mỹ nào trong chuyến đi Washington.", NEI),
    ("To Lam khong gap thuong nghi si My nao trong chuyen di Washington", NEI),
    # ... another year may be another occasion
    ("Lam did not call any US senator in 2019.", NEI),
    ("Tô Lâm không điện đàm với thượng nghị sĩ Mỹ nào năm 2019.", NEI),
    # ... an office of another country
    ("Lam did not call any Hungarian senator during the Washington trip.", NEI),
    ("To Lam khong dien dam voi thuong nghi si Hungary nao trong chuyen di Washington", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_any_holder_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

"""A question followed by its answer (issue 10, session 36): "Who says Lam never met Orbán?
Lam met him in Washington", "Tô Lâm không gặp Orbán? Sai, ...".

The sentence that asks asserts nothing: its denial, act and date are the question's. The
answer after it is judged alone (check.answers), without the word that answers the question
("No,", "Wrong:", "Sai,": `answer_words` in lexicon/<lang>/statements.yaml), which would
otherwise read as its denial or its label. An answer that leans on the question ("No, he went")
names nothing of its own and stays open, as does a question with no answer. Each in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ORBAN_MET = "to-lam-met-orban-2026-02-19"
LEAHY_CALL = "to-lam-phone-call-leahy-2026-02-19"

VERDICTS = [
    # the question's denial is not asserted: the answer decides
    ("Who says Lam never sat down with Orbán? Lam met Orbán in Washington.", SUPPORTED, ORBAN_MET),
    ("Lam did not ring Leahy? Wrong: Lam called Leahy on Feb 19.", SUPPORTED, LEAHY_CALL),
    (
        "Ai nói ông Tô Lâm không hề gặp ông Orbán? Sai, ông Tô Lâm đã gặp ông Orbán ở Washington.",
        SUPPORTED,
        ORBAN_MET,
    ),
    (
        "Ai bao ong To Lam khong gap ong Orban? Ong To Lam da gap ong Orban tai Washington.",
        SUPPORTED,
        ORBAN_MET,
    ),
    # an answer that denies what the claims bear out refutes the statement
    (
        "Did Lam sit down with Orbán in Washington? No, Lam did not meet Orbán.",
        CONTRADICTED,
        ORBAN_MET,
    ),
    (
        "Tổng Bí thư có gặp ông Orbán không? Không, Tổng Bí thư không gặp ông Orbán.",
        CONTRADICTED,
        ORBAN_MET,
    ),
    (
        "Tong Bi thu co gap ong Orban khong? Khong, Tong Bi thu khong gap ong Orban.",
        CONTRADICTED,
        ORBAN_MET,
    ),
    # traps: an answer leaning on the question, an answer no claim bears on
    ("Did Lam skip the talks with Orbán? No, he showed up.", NEI, "asks"),
    ("Ai bảo Tổng Bí thư không gặp ông Orbán? Gặp rồi.", NEI, "asks"),
    ("Ai bao Tong Bi thu khong gap ong Orban? Gap roi.", NEI, "asks"),
    ("Did Lam meet Orbán? Yes, Lam met Putin too.", NEI, "Putin"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_question_answers(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

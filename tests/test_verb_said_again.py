"""A verb said again after "and" (issue 10, class 4: who congratulated whom), session 34.

"Orbán congratulated Lam on his re-election and congratulated Vietnam on the congress", "các
nhà lãnh đạo chúc mừng ông Tô Lâm tái đắc cử và chúc mừng Việt Nam ...": the joiner right
before the act's verb said again opens a clause of its own, as a comma before it would
(clauses.repeated_verbs), of the first verb's doer, not of the one the first act's content
gives to its object (the re-elected Lâm: assertions._coordinated). Each clause is then judged
alone, so each congratulation needs its own claim: one the doer never sent (Trump's to Vietnam
on the congress) or another party keeps the sentence open. People the statement does not name
("the leaders", "các nhà lãnh đạo") are the subject the second clause takes
(stance.fact_subject, stance.opens_clause). Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SUPPORTED_ROWS = [
    (
        "Orbán congratulated To Lam on his re-election and congratulated Vietnam "
        "on a successful 14th Party Congress.",
        "orban-congratulated-vietnam-14th-congress-2026-02-19",
    ),
    (
        "Thủ tướng Orbán chúc mừng ông Tô Lâm tái đắc cử và chúc mừng Việt Nam "
        "tổ chức thành công Đại hội XIV.",
        "orban-congratulated-vietnam-14th-congress-2026-02-19",
    ),
    (
        "Thu tuong Orban chuc mung ong To Lam tai dac cu va chuc mung Viet Nam "
        "to chuc thanh cong Dai hoi XIV",
        "orban-congratulated-vietnam-14th-congress-2026-02-19",
    ),
    # people the statement does not name, of every leader's claims
    (
        "The leaders congratulated Lam on being re-elected and congratulated Vietnam "
        "on its successful 14th Party Congress.",
        "aliyev-congratulated-vietnam-14th-congress-2026-02-19",
    ),
    (
        "Các nhà lãnh đạo chúc mừng ông Tô Lâm tái đắc cử và chúc mừng Việt Nam "
        "tổ chức thành công Đại hội XIV.",
        "aliyev-congratulated-vietnam-14th-congress-2026-02-19",
    ),
    (
        "Cac nha lanh dao chuc mung ong To Lam tai dac cu va chuc mung Viet Nam "
        "to chuc thanh cong Dai hoi XIV",
        "aliyev-congratulated-vietnam-14th-congress-2026-02-19",
    ),
]


@pytest.mark.parametrize(("statement", "claim"), SUPPORTED_ROWS)
def test_each_act_said_again_is_borne_out(checker: Checker, statement: str, claim: str) -> None:
    result = checker.check(statement)
    assert result.verdict == SUPPORTED, result.explanation
    assert claim in {c.id for c in result.evidence}, result.explanation
    # judged clause by clause, the second of the first verb's doer
    assert result.explanation.count("in '") == 2, result.explanation


TRAPS = [
    # the second congratulation is one the doer never sent
    "Trump congratulated To Lam on his re-election and congratulated Vietnam on a "
    "successful 14th Party Congress.",
    "Ông Trump chúc mừng ông Tô Lâm tái đắc cử và chúc mừng Việt Nam tổ chức thành công "
    "Đại hội XIV.",
    "Ong Trump chuc mung ong To Lam tai dac cu va chuc mung Viet Nam to chuc thanh cong "
    "Dai hoi XIV",
    # another party, another year
    "Orbán congratulated To Lam on his re-election and congratulated Armenia on its election.",
    "Orbán congratulated To Lam on his re-election in 2021 and congratulated Vietnam on a "
    "successful 14th Party Congress.",
    "Năm 2021, ông Orbán chúc mừng ông Tô Lâm tái đắc cử và chúc mừng Việt Nam tổ chức "
    "thành công Đại hội XIV.",
]


@pytest.mark.parametrize("statement", TRAPS)
def test_act_said_again_traps_stay_open(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == NEI, result.explanation

"""No hurry, of an intention to act soon (polarity of a mood, session 34).

"No need to rush to conclude the deal", "in no hurry to", "không cần vội hoàn tất" deny a plan to
do it soon (`negation` and `modality: plan` in lexicon/<lang>/statements.yaml), which the same
speaker's intention refutes only where its own words say soon ("sẽ sớm hoàn tất", "trong thời
gian tới": `unhurried` and `soon_words` there, scope.unhurried); of a plan its source gives no
time for, how soon is a detail no claim fixes. Another speaker and another year stay open. In
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

SOON = {
    "hagerty-expects-reciprocal-trade-agreement-soon-2026-02-18",
    "orban-plans-to-visit-vietnam",
}

VERDICTS = [
    (
        "Hagerty told Lam there was no need to rush to conclude the reciprocal trade deal.",
        CONTRADICTED,
    ),
    ("Orbán said he was in no hurry to visit Vietnam.", CONTRADICTED),
    (
        "Ông Hagerty cho rằng hai nước chưa cần vội hoàn tất hiệp định thương mại đối ứng.",
        CONTRADICTED,
    ),
    ("Ong Hagerty noi hai nuoc chua can voi hoan tat hiep dinh thuong mai doi ung", CONTRADICTED),
    # traps: a plan its words give no time for, another speaker, another year
    ("Tô Lâm nói không cần vội sang Mỹ.", NEI),
    ("To Lam said he was in no hurry to travel to the US.", NEI),
    ("Hun Manet said there was no need to rush to conclude the reciprocal trade deal.", NEI),
    ("Năm 2019, ông Hagerty nói hai bên không cần vội hoàn tất hiệp định thương mại đối ứng.", NEI),
    ("Nam 2019, ong Hagerty noi hai ben khong can voi hoan tat hiep dinh thuong mai doi ung", NEI),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_unhurried_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert SOON & {c.id for c in result.evidence}, result.explanation
        assert "denies it" in result.explanation

"""Denials said of fields (issue 10, session 35, fixer A item 4).

A view of cooperation with its fields ("ưu tiên hợp tác kinh tế, thương mại", "prioritise
cooperation in trade") is borne out only where the deciding claim's sentence says each field.
A denial said of it was weighed without its fields: "the sides did not agree to prioritise
cooperation in defence" was refuted by the agreement on trade, education and transport, though
no source lists defence. A field the claims do not list is now a detail the denial may fall on
(ParsedStatement.fields, scope.denied_fields): open. A denial of a field the sources list is
still refuted. In English, Vietnamese and Vietnamese without diacritics; statements written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

PRIORITIES = "to-lam-agreed-cooperation-priorities-with-"

VERDICTS = [
    # a field no source lists: open, the field the reason
    ("Leaders did not agree to give priority to cooperation in defence.", NEI, "defence"),
    ("Hai bên không nhất trí ưu tiên hợp tác về an ninh, quốc phòng.", NEI, "quốc phòng"),
    ("Hai ben khong nhat tri uu tien hop tac ve an ninh, quoc phong", NEI, "quoc phong"),
    # traps: a field the sources list keeps the denial refuted
    ("The sides did not agree to prioritise cooperation in transport.", CONTRADICTED, PRIORITIES),
    ("Các bên không nhất trí ưu tiên hợp tác chuyển đổi số.", CONTRADICTED, PRIORITIES),
    ("Cac ben khong nhat tri uu tien hop tac thuong mai", CONTRADICTED, PRIORITIES),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_denied_field_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    if verdict == NEI:
        assert_judged(checker, statement, verdict, why)
        return
    # the refuting claim is one of the sides' agreements on priorities, whichever side
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert any(c.id.startswith(why) for c in judgement.evidence), judgement.explanation

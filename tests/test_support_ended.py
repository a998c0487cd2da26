"""Support for an undertaking ended (polarity by verbs, session 34).

"Will stop supporting war legacy cooperation", "sẽ ngừng hỗ trợ khắc phục hậu quả chiến tranh"
end the undertaking to keep working together on it (`committed` antonyms in
lexicon/<lang>/polarity.yaml), as "ngừng hợp tác" does: the speaker's own word on his one
exchange that the US will keep coordinating refutes it, in a quotation given to him after it
too. Another speaker, another year and support no undertaking names stay open. In English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

COORDINATION = "hagerty-said-us-will-keep-war-legacy-coordination-2026-02-18"

VERDICTS = [
    ("Hagerty told Lam Washington would stop supporting war legacy work in Vietnam.", CONTRADICTED),
    ('"We will end support for war legacy cooperation with Vietnam," Hagerty said.', CONTRADICTED),
    (
        "“Mỹ sẽ thôi hỗ trợ khắc phục hậu quả chiến tranh tại Việt Nam”, ông Hagerty nói.",
        CONTRADICTED,
    ),
    ("Ong Hagerty noi My se ngung ho tro khac phuc hau qua chien tranh o Viet Nam", CONTRADICTED),
    # traps: another speaker, another year, support no undertaking names
    ("Ông Orbán nói Hungary sẽ ngừng hỗ trợ khắc phục hậu quả chiến tranh ở Việt Nam.", NEI),
    ("Orbán said Hungary would stop supporting war legacy work in Vietnam.", NEI),
    ("Năm 2019, ông Hagerty nói Mỹ sẽ ngừng hỗ trợ khắc phục hậu quả chiến tranh ở Việt Nam.", NEI),
    ("Nam 2019, ong Hagerty noi My se ngung ho tro khac phuc hau qua chien tranh o Viet Nam", NEI),
    ("Hungary ngừng hỗ trợ ODA cho Việt Nam.", NEI),
    ("Orbán said Hungary would stop supporting Vietnamese students.", NEI),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_support_ended_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert COORDINATION in {c.id for c in result.evidence}, result.explanation
        assert "denies it" in result.explanation

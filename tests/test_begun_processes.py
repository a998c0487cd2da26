"""A procedure said only begun is not done (issue 10): "Hungary has just started the approval
process for the ODA", "mới bắt đầu thủ tục phê duyệt", "vua khoi dong thu tuc phe duyet" deny
the approval, as "still stuck in the approval process" does (statements.yaml `negation`), so
the approval the sources report refutes them; of a package no claim gives, they stay open. Each
class in English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Orbán said Budapest had only just begun the approval process for the ODA.", CONTRADICTED),
    ("Hungary has just started the approval process for its ODA to Vietnam.", CONTRADICTED),
    ("Ông Orbán nói Hungary vừa khởi động thủ tục phê duyệt khoản ODA cho Việt Nam.", CONTRADICTED),
    ("Hungary mới bắt đầu quy trình phê duyệt gói ODA dành cho Việt Nam", CONTRADICTED),
    ("Hungary moi bat dau thu tuc phe duyet khoan ODA cho Viet Nam", CONTRADICTED),
    # traps: a package no claim gives; approval said done
    ("Pakistan has just started the approval process for ODA to Vietnam.", NEI),
    ("Pakistan mới bắt đầu thủ tục phê duyệt khoản ODA cho Việt Nam.", NEI),
    ("Pakistan moi bat dau thu tuc phe duyet khoan ODA cho Viet Nam", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_begun_process_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

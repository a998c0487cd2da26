"""Not yet able is not yet done (polarity by tense, session 34).

"Vẫn chưa thể trở thành hình mẫu", "chưa thể hoàn tất", "cannot yet be called", "has not yet
been able to approve" deny what follows them at the time spoken of (`negation` in
lexicon/<lang>/statements.yaml), as "chưa", "has yet to" do: the speaker's own view on his one
exchange, or the act the sources show done by then, refutes them. "Could not" alone stays a hedge
(`modality: possible`). Another speaker and another year stay open. In English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

VERDICTS = [
    # the speaker's own view, on his one exchange
    ("Leahy argued Vietnam-US ties cannot yet be a model of reconciliation.", CONTRADICTED),
    ("Ông Leahy nhận định quan hệ Việt - Mỹ vẫn chưa thể là hình mẫu về hòa giải.", CONTRADICTED),
    ("Ong Leahy nhan dinh quan he Viet - My van chua the la hinh mau ve hoa giai", CONTRADICTED),
    # the act the sources show done
    ("Budapest has not yet been able to approve the ODA for Hanoi.", CONTRADICTED),
    ("Budapest vẫn chưa thể thông qua khoản ODA cho Hà Nội.", CONTRADICTED),
    # traps: another speaker, another year
    ("Daines argued Vietnam-US ties cannot yet be a model of reconciliation.", NEI),
    ("Ông Daines nhận định quan hệ Việt - Mỹ vẫn chưa thể là hình mẫu về hòa giải.", NEI),
    ("In 2019 Budapest was not yet able to approve ODA for Hanoi.", NEI),
    ("Năm 2019, Budapest chưa thể thông qua khoản ODA cho Hà Nội.", NEI),
    ("Nam 2019, Budapest chua the thong qua khoan ODA cho Ha Noi", NEI),
]

CITED = {"leahy-stressed-model-of-reconciliation-2026-02-19", "hu-oda-400m-usd"}


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_not_yet_able_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert CITED & {c.id for c in result.evidence}, result.explanation
        assert "denies it" in result.explanation

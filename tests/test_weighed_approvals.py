"""An approval still weighed is not given (polarity by verbs, session 34).

"Hungary is only considering the ODA package", "đang xem xét khoản ODA", "mới đang cân nhắc"
say the package is weighed, not approved, at the time spoken of: antonyms of `oda_approved` in
lexicon/<lang>/polarity.yaml, so the approval the claims give by the sources' time refutes them
(told at the encounter where it was announced: "Orbán told Lam Hungary was only weighing ..."). Only
of the approval: "considering more scholarships" says nothing of those granted, "another
package" may be another one, and another year, or a time before the sources', stays open. In
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

ODA = {"hu-oda-400m-usd", "orban-said-hu-oda-400m-usd-2026-02-19"}

VERDICTS = [
    ("Budapest is considering the $400m ODA package for Hanoi.", CONTRADICTED),
    (
        "Orban told Lam that Hungary was only weighing the ODA package of $400 million.",
        CONTRADICTED,
    ),
    (
        "Ông Orbán cho biết Budapest mới đang xem xét khoản ODA 400 triệu USD cho Hà Nội.",
        CONTRADICTED,
    ),
    ("Hungary đang cân nhắc khoản ODA 400 triệu USD cho Việt Nam.", CONTRADICTED),
    ("Hungary dang xem xet khoan ODA 400 trieu USD cho Viet Nam", CONTRADICTED),
    # traps: another package, another act weighed, another year, a time before the sources'
    ("Hungary is considering another ODA package for Vietnam.", NEI),
    ("Hungary is weighing more ODA for Vietnam.", NEI),
    ("Hungary đang xem xét thêm một khoản ODA cho Việt Nam.", NEI),
    ("Hungary is considering increasing scholarships for Vietnamese students.", NEI),
    ("Hungary đang cân nhắc tăng học bổng cho sinh viên Việt Nam.", NEI),
    ("Hungary dang can nhac tang hoc bong cho sinh vien Viet Nam", NEI),
    ("In 2019 Hungary was considering an ODA package for Vietnam.", NEI),
    ("Năm 2019, Hungary đang xem xét khoản ODA cho Việt Nam.", NEI),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_weighed_approval_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert ODA & {c.id for c in result.evidence}, result.explanation
        assert "denies it" in result.explanation

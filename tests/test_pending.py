"""An act said to be still waited for is not done yet (issue 10): "the loan still awaits
approval", "khoản vay vẫn đang chờ phê duyệt" deny the approval as "has yet to approve" does,
so the approval the sources report refutes them; a wait told of the past ("had been awaiting
approval") says nothing of now. Unaccented, "vẫn chờ" is also "vẫn cho" (still gives): only
the marked form is a wait (`same_fold`), unless the awaited approval follows ("van dang cho
phe duyet": no one "gives approval" so). Each class in English, Vietnamese and Vietnamese without
diacritics, with traps (unaccented, no wait is read: "van dang cho" is also "still
gives"); the statements are written for these tests, as wire copy, headlines
and posts put them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    (
        "Budapest's development loan package for Hanoi still awaits approval, officials say",
        CONTRADICTED,
    ),
    ("Hungary's $400 million ODA for Vietnam is awaiting approval.", CONTRADICTED),
    ("The Hungarian ODA package for Vietnam is still waiting for approval.", CONTRADICTED),
    ("Gói ODA 400 triệu USD Hungary dành cho Việt Nam vẫn đang chờ phê duyệt.", CONTRADICTED),
    ("Khoản vay ODA của Hungary cho Việt Nam còn chờ được thông qua", CONTRADICTED),
    # unaccented, a wait for approval is a wait whatever the marks
    ("Khoan ODA 400 trieu USD cua Hungary van dang cho phe duyet", CONTRADICTED),
    ("Tin nong: goi ODA cua Hungary danh cho Viet Nam con dang cho phe duyet", CONTRADICTED),
    ("Khoan vay cua Budapest cho Ha Noi dang cho phe duyet", CONTRADICTED),
    # traps: unaccented, "vẫn cho" gives, so it waits for nothing; a wait told of the past
    # ("had been awaiting", "chờ đợi") denies nothing now
    ("Hungary van cho Viet Nam 200 suat hoc bong moi nam", SUPPORTED),
    ("Hungary van dang cho Viet Nam 200 suat hoc bong moi nam", SUPPORTED),
    ("Hungary approved the ODA for Vietnam, which had awaited approval for months.", NEI),
    ("Hungary approved the $400m ODA for Vietnam that had been awaiting approval.", NEI),
    ("Sau nhiều tháng chờ đợi, Hungary đã thông qua khoản ODA 400 triệu USD cho Việt Nam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_pending_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

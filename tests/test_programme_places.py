"""A place said right after the name of a programme, past a locative ("demining in Vietnam",
"rà phá bom mìn tại Việt Nam") is where the programme is carried out, said of it rather than
of the act: the sentence that tells of the claim's programme accounts for it where it names
the place, for a statement it bears out and for one it refutes, whose denial falls on the
programme and not on the place (scope.programme_places). A place the sentences do not name
may be another programme's; a place after a person is where the act was done. English,
Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    # the claim's sentence: "... hợp tác với Việt Nam trong lĩnh vực khắc phục hậu quả chiến
    # tranh, trong đó có ... rà phá bom mìn ..."
    ("Lam asked the US to keep supporting demining in Vietnam.", SUPPORTED),
    ("Lam asked the US to halt demining in Vietnam.", CONTRADICTED),
    ("Tổng Bí thư đề nghị Mỹ tiếp tục hỗ trợ rà phá bom mìn tại Việt Nam.", SUPPORTED),
    ("Tổng Bí thư đề nghị phía Mỹ dừng rà phá bom mìn tại Việt Nam.", CONTRADICTED),
    ("Tong Bi thu de nghi My tiep tuc ho tro ra pha bom min tai Viet Nam.", SUPPORTED),
    ("Tong Bi thu de nghi phia My dung ra pha bom min tai Viet Nam.", CONTRADICTED),
    # "... nguồn ngân sách cho việc khắc phục hậu quả chiến tranh tại Việt Nam ... chủ trương
    # này được tiếp tục duy trì cho đến hiện nay"
    ("Leahy said US funding for war legacy work in Vietnam had been discontinued.", CONTRADICTED),
    (
        "Ông Leahy cho biết ngân sách khắc phục hậu quả chiến tranh tại Việt Nam đã bị dừng.",
        CONTRADICTED,
    ),
    (
        "Ong Leahy cho biet ngan sach khac phuc hau qua chien tranh tai Viet Nam da bi cat bo.",
        CONTRADICTED,
    ),
    # traps: a place the sentences do not name may be another programme's
    ("Lam asked the US to halt demining in Laos.", NEI),
    ("Lam asked the US to keep supporting demining in Cambodia.", NEI),
    ("Tổng Bí thư đề nghị phía Mỹ dừng rà phá bom mìn tại Lào.", NEI),
    ("Tong Bi thu de nghi My tiep tuc ho tro ra pha bom min tai Campuchia.", NEI),
    # ... and a place after a person is where the act was done, which no claim gives
    ("Lam did not meet Orbán in Vietnam.", NEI),
    ("Tô Lâm không gặp Orbán tại Việt Nam.", NEI),
    ("To Lam khong gap Orban tai Viet Nam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_programme_place_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

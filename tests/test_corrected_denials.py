"""A denial set beside what holds instead ("Hagerty is not a member of the Foreign Relations
Committee but only sits on ...", "không phải ... mà chỉ ...", "chỉ điện đàm chứ không gặp ..."):
the denied clause is a clause of its own, and refuted alone it refutes the statement, whatever
the claims say of what holds instead (`correctives` in lexicon/<lang>/statements.yaml,
Judge._corrected). Where the denied clause alone is open (a place no claim gives, a relative
"mà" that restricts what is denied, a date in the words set aside), the statement stays open.
English, Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    # the denial first, what holds instead after the corrective
    (
        "Hagerty is not a member of the Senate Foreign Relations Committee but only sits on "
        "the Finance Committee.",
        CONTRADICTED,
    ),
    (
        "Thượng nghị sĩ Hagerty không phải là thành viên Ủy ban Đối ngoại Thượng viện mà chỉ "
        "ngồi ở Ủy ban Tài chính.",
        CONTRADICTED,
    ),
    (
        "Thuong nghi si Hagerty khong phai thanh vien Uy ban Doi ngoai Thuong vien ma chi ngoi "
        "o Uy ban Tai chinh",
        CONTRADICTED,
    ),
    # what holds instead first, the denial after the corrective: the subject's
    ("Lam only phoned Prabowo but did not meet Prabowo.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm chỉ điện đàm chứ không gặp Tổng thống Prabowo.", CONTRADICTED),
    ("Tong Bi thu To Lam chi dien dam chu khong gap Tong thong Prabowo", CONTRADICTED),
    # traps: the denied clause alone is open (a place no claim gives), so the statement is
    (
        "Hagerty is not a member of the Senate Armed Services Committee but sits on the "
        "Foreign Relations Committee.",
        NEI,
    ),
    ("Lam did not meet Orbán in a hotel but in the White House.", NEI),
    ("Tô Lâm không gặp Orbán tại khách sạn mà là tại Nhà Trắng.", NEI),
    ("To Lam khong gap Orban tai khach san ma la tai Nha Trang.", NEI),
    # ... a relative "mà" restricts what is denied: no corrective
    ("Tô Lâm không nhận lời mời mà Tổng thống Prabowo gửi.", NEI),
    ("To Lam khong nhan loi moi ma Tong thong Prabowo gui", NEI),
    # ... a date in the words set aside may date the denial too
    ("Lam only phoned Prabowo on February 18 but did not meet Prabowo.", NEI),
    ("Tổng Bí thư Tô Lâm chỉ điện đàm ngày 18/2 chứ không gặp Tổng thống Prabowo.", NEI),
    ("Tong Bi thu To Lam chi dien dam ngay 18/2 chu khong gap Tong thong Prabowo", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_corrected_denial_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

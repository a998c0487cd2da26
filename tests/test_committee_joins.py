"""Session 30, offices: a committee seat said as joining the committee (issue 10).

"Thượng nghị sĩ Bill Hagerty chỉ là thành viên Ủy ban Đối ngoại, không tham gia Ủy ban Chuẩn chi
Thượng viện" was not enough info: "tham gia" read as attending a meeting or becoming a member of
a body (lexicon/world/readings.yaml `either`), never as a seat on a committee, so the denial fell
on nothing a part decides. A seat on a committee is its membership: `committee_member` joins
that group, read where the verb's object is a committee (`objects`), with "tham gia", "gia
nhập", "join" under it in lexicon/<lang>/synonyms.yaml. The seat the claims give then bears out
"joined", and refutes its denial.

Traps: a committee the claims give him no seat on stays open, joined or not; a year the claims
do not date the seat from stays open; a body's membership and a meeting's attendance read as
before.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the seat the claims give, said as joining
        ("Hagerty joined the Senate Appropriations Committee.", SUPPORTED),
        ("Ông Hagerty tham gia Ủy ban Chuẩn chi Thượng viện.", SUPPORTED),
        ("Ong Hagerty tham gia Uy ban Chuan chi Thuong vien.", SUPPORTED),
        # ... and denied, alone or beside what holds instead
        ("Hagerty has not joined the Senate Appropriations Committee.", CONTRADICTED),
        ("Thượng nghị sĩ Bill Hagerty không tham gia Ủy ban Chuẩn chi Thượng viện.", CONTRADICTED),
        ("Thuong nghi si Bill Hagerty khong tham gia Uy ban Chuan chi Thuong vien.", CONTRADICTED),
        (
            "Senator Hagerty only sits on the Foreign Relations Committee and has not joined the "
            "Senate Appropriations Committee.",
            CONTRADICTED,
        ),
        (
            "Ông Hagerty chỉ là thành viên Ủy ban Đối ngoại, không tham gia Ủy ban Chuẩn chi "
            "Thượng viện.",
            CONTRADICTED,
        ),
        # traps: a committee the claims give him no seat on
        ("Hagerty did not join the Senate Finance Committee.", NEI),
        ("Ông Hagerty không tham gia Ủy ban Tài chính Thượng viện.", NEI),
        ("Ong Hagerty khong tham gia Uy ban Tai chinh Thuong vien.", NEI),
        # traps: a year the claims do not date the seat from
        ("Hagerty did not join the Senate Appropriations Committee in 2025.", NEI),
        ("Ông Hagerty không gia nhập Ủy ban Chuẩn chi Thượng viện năm 2025.", NEI),
        ("Ong Hagerty khong gia nhap Uy ban Chuan chi Thuong vien nam 2025.", NEI),
        # a body's membership and a meeting's attendance, as before
        ("Vietnam has joined Trump's Board of Peace.", SUPPORTED),
        ("Việt Nam tham gia Hội đồng Hòa bình.", SUPPORTED),
        ("Tong Bi thu To Lam tham gia phien hop dau tien cua Hoi dong Hoa binh.", SUPPORTED),
    ],
)
def test_committee_join(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"

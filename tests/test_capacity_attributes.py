"""Session 25, a party said as the capacity an act was done in: "Leahy represented Vermont in
the Senate as a Republican", "với tư cách người của đảng Dân chủ" (`attribute_capacities` in
lexicon/<lang>/statements.yaml, Offices._capacity_holder) is the party of the act's doer, the
first name of the clause (or the name a relative clause follows), which his party's claim
bears out or refutes. Said after a title standing alone, or of anyone but the doer, it is no
one's the claims know. In English, Vietnamese and Vietnamese without diacritics, in wording no
corpus uses."""

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
        ("For decades Leahy represented Vermont in the U.S. Senate as a Republican.", CONTRADICTED),
        ("Pat Leahy voted to end the Vietnam War as a Democrat.", SUPPORTED),
        (
            "Ông Leahy đại diện bang Vermont tại Thượng viện với tư cách người của đảng Cộng hòa.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy bỏ phiếu ủng hộ chấm dứt chiến tranh Việt Nam với tư cách là người của"
            " đảng Dân chủ.",
            SUPPORTED,
        ),
        ("Ong Leahy dai dien bang Vermont voi tu cach la nguoi cua dang Cong hoa", CONTRADICTED),
        # a relative clause's doer is the name it follows
        ("Lam phoned Leahy, who represented Vermont as a Republican.", CONTRADICTED),
        ("To Lam rang Pat Leahy, who sat in the Senate as a Democrat for decades.", NEI),
        (
            "Tổng Bí thư điện đàm với ông Leahy, người từng đại diện bang Vermont với tư cách"
            " người của đảng Dân chủ.",
            SUPPORTED,
        ),
        # traps: the doer is another; a title standing alone opens the clause
        ("Lam phoned Leahy as a Republican.", NEI),
        ("Tổng Bí thư điện đàm với ông Leahy với tư cách người của đảng Cộng hòa.", NEI),
        ("Tong Bi thu dien dam voi ong Leahy voi tu cach nguoi cua dang Cong hoa", NEI),
    ],
)
def test_a_party_said_as_the_capacity_of_an_act(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

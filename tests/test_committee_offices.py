"""Office inference (issue 10): a seat on a committee of a chamber is a seat in that chamber, so
"House Foreign Affairs Committee member" calls a senator a representative, which the office
rules contradict; a Senate committee is consistent with a senator. The inference is vocabulary
data (fixtures/vocabulary/roles.yaml, with its reason), in English, Vietnamese and Vietnamese
without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "House Foreign Affairs Committee member Bill Hagerty spoke with Lam by phone",
            CONTRADICTED,
        ),
        (
            "Steve Daines, a member of the House Appropriations Committee, spoke with Lam",
            CONTRADICTED,
        ),
        (
            "Thành viên Ủy ban Đối ngoại Hạ viện Mỹ Steve Daines điện đàm với Tổng Bí thư Tô Lâm",
            CONTRADICTED,
        ),
        (
            "Thanh vien Uy ban Doi ngoai Ha vien My Steve Daines dien dam voi Tong Bi thu To Lam",
            CONTRADICTED,
        ),
        (
            "Senate Foreign Relations Committee member Steve Daines spoke with Lam by phone on "
            "Feb 18",
            SUPPORTED,
        ),
    ],
)
def test_a_committee_seat_is_a_chamber_seat(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_office_a_committee_seat_implies_is_read_as_a_title(checker: Checker) -> None:
    (assertion,) = [
        a
        for a in checker.reading("House Foreign Affairs Committee member Bill Hagerty").assertions
        if a.office is not None
    ]
    assert (assertion.subject, assertion.office) == ("bill-hagerty", "representative")

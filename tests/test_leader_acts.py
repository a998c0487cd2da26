"""A leader does what his country did while he speaks for it (issue 10): "Lam refused to join
the Board of Peace", "Tổng Bí thư Tô Lâm không tham gia Hội đồng Hòa bình" give Vietnam's
founding membership, begun in January 2026 while Tô Lâm was general secretary, to the man who
leads it, as "Vietnam accepted Trump's invitation" gives his acceptance to his country
(assess.leads, the mirror of assess.led). Not a state the claims do not date the beginning of
("Lam joined the EVFTA": Vietnam's party to it on one day, perhaps long before him), nor a
leader of another country. Each class in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("General Secretary To Lam refused to join the Board of Peace.", CONTRADICTED),
    ("Lam declined to join the Board of Peace.", CONTRADICTED),
    ("Party chief To Lam joined the Board of Peace.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm không tham gia Hội đồng Hòa bình.", CONTRADICTED),
    ("Ông Tô Lâm từ chối tham gia Hội đồng Hòa bình do ông Trump lập ra.", NEI),
    ("Tổng Bí thư Tô Lâm đã tham gia Hội đồng Hòa bình.", SUPPORTED),
    ("TBT To Lam tu choi tham gia Hoi dong Hoa binh", CONTRADICTED),
    ("Tong Bi thu To Lam khong tham gia Hoi dong Hoa binh", CONTRADICTED),
    # traps: a state the claims do not date the start of, another country's leader
    ("Lam joined the EVFTA.", NEI),
    ("Tô Lâm không tham gia Hiệp định EVFTA.", NEI),
    ("Orbán refused to join the Board of Peace.", NEI),
    ("Thu tuong Hun Manet khong tham gia Hoi dong Hoa binh", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_leader_acts_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

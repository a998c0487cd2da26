"""Session 30, offices: a party's politician set beside a name (issue 10).

"Cựu thượng nghị sĩ Leahy, chính khách Đảng Dân chủ, ..." left the party unbound and the words
"chính khách" (politician) unaccounted for: the party was no one's, since only "đảng viên", "a",
"is a" and the like tie a party after a name to him (`attribute_links` in
lexicon/<lang>/statements.yaml). A party's politician is its member, as "a Democrat" says: the
words now tie the party to the name, and they are the party predicate's own words
(`party` in lexicon/<lang>/synonyms.yaml), so the party claim accounts for them.

Traps: another party than the claims give is refuted as before; a party given to someone whose
party no claim gives stays open.
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
        ("Leahy, a politician of the Democratic Party, is a close friend of Vietnam.", SUPPORTED),
        (
            "Cựu thượng nghị sĩ Leahy, chính khách Đảng Dân chủ, là người bạn thân thiết của "
            "Việt Nam.",
            SUPPORTED,
        ),
        (
            "Cuu thuong nghi si Leahy, chinh khach Dang Dan chu, la nguoi ban than thiet cua "
            "Viet Nam.",
            SUPPORTED,
        ),
        ("Ông Leahy là chính trị gia Đảng Dân chủ.", SUPPORTED),
        ("Ong Leahy la chinh tri gia Dang Dan chu.", SUPPORTED),
        ("Leahy is a politician of the Democratic Party.", SUPPORTED),
        # traps: another party than the claims give
        (
            "Leahy, a politician of the Republican Party, is a close friend of Vietnam.",
            CONTRADICTED,
        ),
        (
            "Ông Leahy, chính khách Đảng Cộng hòa, là người bạn thân thiết của Việt Nam.",
            CONTRADICTED,
        ),
        (
            "Ong Leahy, chinh khach Dang Cong hoa, la nguoi ban than thiet cua Viet Nam.",
            CONTRADICTED,
        ),
        # traps: a politician of no party named, beside someone whose party no claim gives
        ("To Lam, a politician of the Communist Party of Vietnam, met Orbán.", NEI),
        ("Ông Tô Lâm, chính khách Đảng Dân chủ, gặp ông Orbán.", NEI),
        ("Ong To Lam, chinh khach Dang Dan chu, gap ong Orban.", NEI),
    ],
)
def test_party_politician(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"

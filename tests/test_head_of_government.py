"""Session 32, "head of government" is no prime minister's title alone (issue 10: a confident
wrong verdict is the worst outcome).

"Head of government", "người đứng đầu Chính phủ" were aliases of the prime minister, so the rule
that a country with both offices gives its presidency and its premiership to two people refuted
"người đứng đầu Chính phủ Indonesia, ông Prabowo Subianto": Indonesia's president heads its
government, as a presidential republic's does, which the sources never say. The words are now an
office of their own in general terms (`head-of-government` in fixtures/vocabulary/roles.yaml),
which a prime minister's claim bears out (`titled_as` in lexicon/world/offices.yaml) and a
president's neither bears out nor refutes. "Prime Minister", "Thủ tướng" are still the premiership.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


HEADS = [
    # a president, whose country's government the sources do not say he heads
    ("On February 19 Lam sat down with Indonesian head of government Prabowo Subianto.", NEI),
    ("Ngày 19/2, Tổng Bí thư hội kiến người đứng đầu Chính phủ Indonesia Prabowo Subianto.", NEI),
    ("Ngay 19/2, Tong Bi thu hoi kien nguoi dung dau Chinh phu Indonesia Prabowo Subianto.", NEI),
    # a prime minister heads his government
    ("On February 19 Lam sat down with Hungarian head of government Viktor Orbán.", SUPPORTED),
    ("Ngày 19/2, Tổng Bí thư hội kiến người đứng đầu Chính phủ Hungary Viktor Orbán.", SUPPORTED),
    ("Ngay 19/2, Tong Bi thu hoi kien nguoi dung dau Chinh phu Hungary Viktor Orban.", SUPPORTED),
    # the premiership itself is still refuted by his presidency
    ("On February 19 Lam sat down with Indonesian Prime Minister Prabowo Subianto.", CONTRADICTED),
    ("Ngày 19/2, Tổng Bí thư hội kiến Thủ tướng Indonesia Prabowo Subianto.", CONTRADICTED),
    ("Ngay 19/2, Tong Bi thu hoi kien Thu tuong Indonesia Prabowo Subianto.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), HEADS)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"

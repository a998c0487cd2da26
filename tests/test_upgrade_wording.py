"""Issue 10, class 6 (dates as people give them): ties lifted to a level are upgraded to it, an
act done once on one date, so another date refutes it. The press says "nâng tầm quan hệ lên",
"ties were lifted to", "elevated to" (lexicon/<lang>/synonyms.yaml, partnership_upgraded); the
Vietnam-US upgrade to a comprehensive strategic partnership was in September 2023."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        (
            "Washington and Hanoi lifted bilateral ties to a comprehensive strategic partnership "
            "in September 2023.",
            SUPPORTED,
        ),
        (
            "US-Vietnam relations were elevated to a comprehensive strategic partnership in 2020, "
            "the report said.",
            CONTRADICTED,
        ),
        (
            "Tháng 9/2023, Hà Nội và Washington nâng tầm quan hệ lên Đối tác chiến lược toàn diện.",
            SUPPORTED,
        ),
        (
            "Việt Nam và Hoa Kỳ đã nâng tầm quan hệ lên Đối tác chiến lược toàn diện từ năm 2015.",
            CONTRADICTED,
        ),
        (
            "Viet Nam va Hoa Ky nang tam quan he len Doi tac chien luoc toan dien hoi thang 9/2023",
            SUPPORTED,
        ),
        ("Viet - My nang tam quan he len Doi tac chien luoc toan dien vao nam 2019", CONTRADICTED),
        (
            "Hà Nội đã nâng quan hệ với Washington lên Đối tác chiến lược toàn diện năm 2021.",
            CONTRADICTED,
        ),
        (
            "Viet Nam va Hoa Ky nang quan he len Doi tac chien luoc toan dien thang 9/2023",
            SUPPORTED,
        ),
        # another level is another upgrade ("comprehensive partnership" was 2013's)
        ("Vietnam and the US lifted ties to a comprehensive partnership in 2013.", NEI),
        # a wish to lift ties is no upgrade done
        ("Washington and Hanoi want to lift ties to a higher level.", NEI),
        ("Hai bên mong muốn nâng tầm quan hệ lên tầm cao mới.", NEI),
    ],
)
def test_lifting_ties_is_the_upgrade(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        cited = [c for p in judgement.parts for c in p.decisive]
        assert any(c.predicate == "partnership_upgraded" and c.spans for c in cited)

"""Issue 10, class 6 (dates as people give them): being somewhere is a stay there. "Lam was in
the US from Feb 18 to 20", "Tổng Bí thư đang ở Mỹ" say the visit the claims date, so its days
bear the statement out or, for a stay's other first and last days, refute it; a verb of being
somewhere asserts nothing without the place right after it (lexicon/<lang>/synonyms.yaml
`placed`, check.places.drop_unplaced)."""

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
        # the US stay was 18-20 February 2026, the Cambodia visit 1-10 February 2026,
        # Hegseth's visit to Vietnam in 2025
        ("Vietnam's top leader was in the U.S. between Feb. 18 and Feb. 20, 2026.", SUPPORTED),
        ("Lam stayed in the United States from Feb. 18 to 20, 2026, officials said.", SUPPORTED),
        ("While Lam was in Cambodia in early February 2026, ...", SUPPORTED),
        ("Hegseth was in Vietnam in 2025.", SUPPORTED),
        # a stay's other first and last days, overlapping its own: the same stay misdated
        ("Lam was in the United States from Feb. 15 to Feb. 23, 2026.", CONTRADICTED),
        # another time may be another stay
        ("Hegseth was in Vietnam in 2019.", NEI),
        ("Lam was in Cambodia in June 2026.", NEI),
        # nobody the claims give a stay to
        ("Trump was in Vietnam in 2025.", NEI),
        ("Tổng Bí thư Tô Lâm đang ở Hoa Kỳ để dự họp Hội đồng Hòa bình.", SUPPORTED),
        ("Ông Tô Lâm lưu lại Campuchia vào đầu tháng 2/2026.", SUPPORTED),
        ("Tong Bi thu To Lam dang o Hoa Ky de du hop Hoi dong Hoa binh", SUPPORTED),
        ("Ong To Lam luu lai Hoa Ky tu 16 den 23/2/2026", CONTRADICTED),
        ("Lam was in Hungary from Feb 18 to Feb 20, 2026.", NEI),
    ],
)
def test_being_somewhere_is_a_stay(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        # every verdict cites the stay's claim and its verified span
        stays = [c for p in judgement.parts for c in p.decisive if c.predicate == "visited"]
        assert stays and all(c.spans for c in stays), judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the name before the verb is who is there, not where: no stay
        "Vietnam is in a comprehensive strategic partnership with the United States.",
        "Lam was in talks with Orbán on Feb. 19.",
        "Quan hệ Việt Nam - Hoa Kỳ đang ở giai đoạn phát triển tốt nhất.",
        "Quan he Viet Nam - Hoa Ky dang o giai doan phat trien tot nhat",
    ],
)
def test_no_place_after_is_no_stay(checker: Checker, statement: str) -> None:
    assert "visited" not in checker.parse(statement).predicates

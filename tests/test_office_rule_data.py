"""Issue 10, class 1: the office rules of fixtures/vocabulary/offices.yaml, each with a title
that breaks it (contradicted) and the right title (supported), on the curated base."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED

CASES = [
    # a defence minister is not the foreign minister
    ("Bộ trưởng Ngoại giao Phan Văn Giang hội đàm với Bộ trưởng Hegseth", CONTRADICTED),
    ("Vietnamese Foreign Minister Phan Van Giang held talks with Hegseth", CONTRADICTED),
    ("Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Hegseth", SUPPORTED),
    # a defence minister is not the public security minister (session 15, forms)
    ("Lam praised Hegseth's talks with Public Security Minister Phan Van Giang", CONTRADICTED),
    ("Bộ trưởng Hegseth hội đàm với Bộ trưởng Công an Phan Văn Giang", CONTRADICTED),
    ("Bo truong Hegseth hoi dam voi Bo truong Cong an Phan Van Giang", CONTRADICTED),
    # a bare title names nobody the claims give it to: open
    ("Hegseth held talks with Vietnam's public security minister", "not_enough_info"),
    # the US Secretary of State is not the Secretary of War
    ("US Secretary of State Pete Hegseth visited Vietnam in 2025", CONTRADICTED),
    ("Ngoại trưởng Mỹ Hegseth thăm Việt Nam năm 2025", CONTRADICTED),
    ("US Secretary of War Pete Hegseth visited Vietnam in 2025", SUPPORTED),
    # "TT" is tổng thống or thủ tướng: either office bears it out, and it contradicts neither
    ("TBT gặp TT Indonesia Prabowo", SUPPORTED),
    ("TBT gặp TT Hungary Orbán", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), CASES)
def test_office_rule(real_checker: Checker, statement: str, verdict: str) -> None:
    assert real_checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # "của" makes the title the trip's owner: Mỹ is where the trip went, not the title's
        # country, so the bare title stands for its one holder
        ("Chuyến công tác Mỹ của Tổng Bí thư kéo dài từ 18 đến 20/2/2026", SUPPORTED),
        # a length of stay is borne out only by a stay of exactly that many days (18-20
        # February: three; accounting.stay_lengths), and refuted by none
        ("Chuyến công tác Mỹ của TBT kéo dài tròn một tuần", "not_enough_info"),
        ("Lam made a three-day visit to the US", SUPPORTED),
    ],
)
def test_a_trip_of_the_title_holder(real_checker: Checker, statement: str, verdict: str) -> None:
    assert real_checker.check(statement).verdict == verdict

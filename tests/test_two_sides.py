"""Issue 10, class 6: "the two countries", "hai nước" outside words given to a speaker
("Hegseth visited Vietnam as the two countries marked 30 years of diplomatic relations") are the
countries of the people and countries the statement names, where they are two
(factdb.check.persons): an anniversary of their relations then names both its parties, and a
wrong number of years is contradicted. "dịp" (the occasion) is a filler as "nhân dịp" is; a count
of years right after "nhân dịp" is an anniversary."""

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
        # Hegseth's 2025 visit to Vietnam came in the 30th year of US-Vietnam relations (002)
        (
            "Hegseth visited Vietnam as the two countries marked 30 years of diplomatic ties",
            SUPPORTED,
        ),
        (
            "Hegseth visited Vietnam as the two countries marked 25 years of diplomatic ties",
            CONTRADICTED,
        ),
        (
            "Ông Hegseth thăm Việt Nam năm 2025, dịp hai nước kỷ niệm 30 năm quan hệ ngoại giao.",
            SUPPORTED,
        ),
        (
            "Ông Hegseth thăm Việt Nam năm 2025, dịp hai nước kỷ niệm 25 năm quan hệ ngoại giao.",
            CONTRADICTED,
        ),
        (
            "Ong Hegseth tham Viet Nam nam 2025, dip hai nuoc ky niem 30 nam quan he ngoai giao.",
            SUPPORTED,
        ),
        (
            "Ong Hegseth tham Viet Nam nam 2025, dip hai nuoc ky niem 25 nam quan he ngoai giao.",
            CONTRADICTED,
        ),
        # traps: the two countries of another pair have no anniversary in the claims, and three
        # countries are not two
        ("Orbán visited Vietnam as the two countries marked 25 years of diplomatic relations", NEI),
        ("Thủ tướng Orbán thăm Việt Nam dịp hai nước kỷ niệm 25 năm quan hệ ngoại giao", NEI),
        (
            "Orbán and Hegseth visited Vietnam as the two countries marked 25 years of diplomatic"
            " relations",
            NEI,
        ),
        # press9/dev's class "nhân dịp N năm <event>" (w2num): a count of years after the
        # occasion word is the anniversary the act came on, as after "kỷ niệm" ("nhân dịp" is an
        # anniversary trigger in fixtures/vocabulary/predicates.yaml); Hegseth's 2025 visit came
        # in the 50th year since the war ended (002). English says it with "anniversary" or
        # "years since", which read so already.
        ("Ông Hegseth thăm Việt Nam nhân dịp 45 năm kết thúc chiến tranh Việt Nam.", CONTRADICTED),
        (
            "Nhân dịp 40 năm kết thúc chiến tranh Việt Nam, Bộ trưởng Hegseth đã thăm Hà Nội.",
            CONTRADICTED,
        ),
        (
            "Bo truong Hegseth tham Viet Nam nhan dip 40 nam ket thuc chien tranh Viet Nam.",
            CONTRADICTED,
        ),
        (
            "Nhan dip 50 nam ket thuc chien tranh Viet Nam, ong Hegseth sang tham Viet Nam.",
            SUPPORTED,
        ),
        (
            "Hegseth's trip to Vietnam fell on the 40th anniversary of the end of the Vietnam War.",
            CONTRADICTED,
        ),
        (
            "Hegseth toured Vietnam as it marked 45 years since the end of the Vietnam War.",
            CONTRADICTED,
        ),
        # the count is some year's where nothing dates the marking (the undated-count rule):
        # a rally has no date in the claims
        ("Nhân dịp 40 năm kết thúc chiến tranh Việt Nam, Việt Nam tổ chức mít tinh.", NEI),
        # "sang" with the place after it is a trip since session 23 (`placed_after`), so this is
        # the visit of 2025 as "thăm" says it above
        ("Ông Hegseth sang Việt Nam nhân dịp 45 năm kết thúc chiến tranh Việt Nam.", CONTRADICTED),
        # an occasion with no count of years is no anniversary
        ("Ông Hegseth thăm Việt Nam nhân dịp chuyến công du châu Á.", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

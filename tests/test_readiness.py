"""Readiness is a mood of its own, not a plan (a reviewer's confident wrongs, session 26).

Vietnam and Pakistan are "sẵn sàng thăm lẫn nhau vào thời điểm phù hợp" (004: ready to visit each
other at a suitable time). Readiness bears out "ready / willing / sẵn sàng to visit" but not "will
visit / sẽ thăm / plans to visit"; a plan still bears out readiness ("Vietnam is ready to join the
Board of Peace"). In English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


READINESS = [
    # the reviewer's statements: readiness is no plan
    ("Shehbaz Sharif will visit Vietnam.", NEI),
    ("Thủ tướng Shehbaz Sharif sẽ thăm Việt Nam.", NEI),
    ("Tổng Bí thư Tô Lâm sẽ thăm Pakistan.", NEI),
    # paraphrases of the plan
    ("Pakistani PM Shehbaz Sharif plans to visit Vietnam.", NEI),
    ("Tong Bi thu To Lam se tham Pakistan.", NEI),
    ("Thu tuong Shehbaz Sharif se tham Viet Nam", NEI),
    ("To Lam is going to visit Pakistan.", NEI),
    # readiness bears out readiness
    ("Việt Nam và Pakistan sẵn sàng thăm lẫn nhau vào thời điểm phù hợp.", SUPPORTED),
    ("Viet Nam va Pakistan san sang tham lan nhau vao thoi diem phu hop", SUPPORTED),
    ("Vietnam and Pakistan are ready to visit each other at a suitable time.", SUPPORTED),
    ("Shehbaz Sharif is ready to visit Vietnam.", SUPPORTED),
    ("Thủ tướng Shehbaz Sharif sẵn sàng thăm Việt Nam.", SUPPORTED),
    # readiness ruled out is refuted; a plan still bears out readiness
    ("Pakistan's Shehbaz Sharif and To Lam ruled out exchanging visits for now.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm và Thủ tướng Shehbaz Sharif gạt bỏ khả năng thăm lẫn nhau.", CONTRADICTED),
    ("Việt Nam sẵn sàng tham gia Hội đồng Hòa bình với tư cách thành viên sáng lập.", SUPPORTED),
    # the other "will visit" statements stay open as before
    ("Hagerty will visit Vietnam.", NEI),
    ("Pashinyan will visit Vietnam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), READINESS)
def test_readiness_is_not_a_plan(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

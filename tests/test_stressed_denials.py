"""Polarity (issue 10), session 35: a denial of a view stressed by a word of its own.

"chưa đạt tiến triển nào", "không có tiến triển gì cả", "no progress whatsoever", "no progress
at all" deny what "chưa đạt tiến triển", "no progress" deny, and no more: the stressing word
(`stressers` in lexicon/<lang>/polarity.yaml), after the words that turn the view over and in
their clause, is no detail the claim turned over must say (accounting.unaccounted). So the
speaker's own view of important progress refutes them. Never on the way to support: "chưa ký
hiệp định thương mại nào", "have not signed any trade agreement" say more than one agreement
unsigned, and stay open. Each class in English, Vietnamese and Vietnamese without diacritics;
the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from tests.conftest import assert_judged

PROGRESS = "hagerty-said-important-progress-trade-talks-2026-02-18"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the view turned over, stressed: refuted by the speaker's own view
    (
        "Ông Hagerty nói đàm phán thương mại đối ứng chưa đạt tiến triển nào.",
        CONTRADICTED,
        PROGRESS,
    ),
    ("Ong Hagerty noi dam phan thuong mai doi ung chua dat tien trien nao", CONTRADICTED, PROGRESS),
    (
        "TNS Hagerty: đàm phán thương mại đối ứng vẫn giậm chân tại chỗ, chưa có tiến triển gì cả",
        CONTRADICTED,
        PROGRESS,
    ),
    (
        "Hagerty said the reciprocal trade talks had made no progress whatsoever.",
        CONTRADICTED,
        PROGRESS,
    ),
    ("Hagerty: reciprocal trade talks have made no progress at all", CONTRADICTED, PROGRESS),
    # traps: another speaker, another year, and a stressed denial the claims would only seem
    # to bear out
    ("Greer said the reciprocal trade talks had made no progress whatsoever.", NEI, "Greer"),
    ("Năm 2019, ông Hagerty nói đàm phán thương mại chưa đạt tiến triển nào.", NEI, "Năm 2019"),
    ("Vietnam and the US have not signed any trade agreement.", NEI, "any"),
    ("Việt Nam và Mỹ chưa ký hiệp định thương mại nào.", NEI, "nào"),
    ("Viet Nam va My chua ky hiep dinh thuong mai nao", NEI, "nao"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_stressed_denials(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

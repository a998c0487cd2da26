"""What Tô Lâm told Hegseth the war-legacy cooperation does, each part of his sentence a view
of its own (issue 10): it heals the wounds of the past, builds goodwill and trust, and opens a
future of long-term cooperation (source 002). A statement that denies one of them ("chỉ mang ý
nghĩa nhân đạo, không góp phần củng cố lòng tin") is refuted by his words, as one that says it
is borne out; another speaker's words, or another cooperation's, stay open. Each class in
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("Lam told Hegseth that war legacy cooperation builds goodwill and trust.", SUPPORTED),
    ("Lam said war legacy cooperation does not help build trust.", CONTRADICTED),
    (
        "Lam said war-legacy cooperation is no foundation for long-term cooperation.",
        CONTRADICTED,
    ),
    (
        "Tổng Bí thư nói hợp tác khắc phục hậu quả chiến tranh giúp củng cố thiện chí và lòng tin.",
        SUPPORTED,
    ),
    (
        "Theo Tổng Bí thư, hợp tác khắc phục hậu quả chiến tranh không giúp củng cố lòng tin.",
        CONTRADICTED,
    ),
    (
        "Tổng Bí thư cho rằng hợp tác khắc phục hậu quả chiến tranh mở ra tương lai"
        " hợp tác lâu dài.",
        SUPPORTED,
    ),
    ("Tong Bi thu noi hop tac khac phuc hau qua chien tranh khong cung co long tin", CONTRADICTED),
    (
        "Tong Bi thu cho rang hop tac khac phuc hau qua chien tranh la nen tang cho"
        " hop tac lau dai",
        SUPPORTED,
    ),
    # traps: another speaker, another cooperation
    ("Hagerty said war legacy cooperation does not help build trust.", NEI),
    ("Tổng Bí thư nói hợp tác quốc phòng không giúp củng cố lòng tin.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_legacy_views_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

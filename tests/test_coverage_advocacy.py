"""What a speaker pushed for, said as his advocacy (issue 10, coverage), session 35.

A source that says a senator "thúc đẩy để có nguồn ngân sách" (pushed to secure the funding)
says he championed it, lobbied for it: the press writes "the war-legacy funding he championed",
"nguồn ngân sách mà ông vận động". Those words are the glossary's for "thúc đẩy"
(lexicon/<lang>/glosses.yaml), so the statement is judged on what it says of the funding: kept
up is his own account, cut off refuted by it. Another speaker and another stance towards the
funding ("opposed", "phản đối") stay open. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

CONTINUES = "leahy-affirmed-war-legacy-funding-continues-2026-02-19"

VERDICTS = [
    (
        "Leahy said the funding for war legacies that he championed has been maintained"
        " to this day.",
        SUPPORTED,
        CONTINUES,
    ),
    (
        "Leahy said the war legacy money he championed has since been discontinued.",
        CONTRADICTED,
        CONTINUES,
    ),
    (
        "Ông Leahy cho biết nguồn ngân sách khắc phục hậu quả chiến tranh mà ông vận động"
        " đã bị cắt.",
        CONTRADICTED,
        CONTINUES,
    ),
    (
        "Ong Leahy cho biet nguon ngan sach khac phuc hau qua chien tranh ma ong van dong van duoc"
        " duy tri den nay.",
        SUPPORTED,
        CONTINUES,
    ),
    # traps: another stance towards the funding, another speaker
    ("Leahy said the war legacy funding he opposed has since been discontinued.", NEI, "opposed"),
    (
        "Ông Leahy cho biết nguồn ngân sách khắc phục hậu quả chiến tranh mà ông phản đối"
        " đã bị cắt.",
        NEI,
        "Patrick Leahy",
    ),
    (
        "Ông Daines cho biết nguồn ngân sách khắc phục hậu quả chiến tranh mà ông vận động vẫn được"
        " duy trì tới nay.",
        NEI,
        "Steve Daines",
    ),
    (
        "Hagerty said the war legacy funding he championed has since been discontinued.",
        NEI,
        "Bill Hagerty",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_advocacy_verdicts(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)

"""Epithets of a person's standing are facts only a claim's own span bears out (issue 10,
session 36).

"Long-serving Hungarian leader Viktor Orban met Lam" was supported: the "long" of "long-serving"
(a degree of tenure, read as a word) was taken as said by a deciding claim's source sentence
whose "giải pháp lâu dài" (a lasting solution) is glossed "long-term". An epithet of standing
(`epithets` in lexicon/<lang>/statements.yaml: "long-serving", "veteran", "lâu năm", "kỳ cựu")
is a fact of the person's career: only a deciding claim's own span may say it
(accounting.details), so these statements are open. Other epithets were never dropped so
("Veteran", "Seasoned", "Longtime", "firebrand": each a loose word no source says)."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


MET_ORBAN = "to-lam-met-orban-2026-02-19"
MET_PASHINYAN = "to-lam-met-pashinyan-2026-02-19"

ROWS = [
    ("Hungary's long-serving premier Viktor Orban sat down with To Lam.", NEI, "long"),
    ("To Lam met Orban, Hungary's long-serving prime minister.", NEI, "long"),
    ("Veteran Hungarian premier Orban held a meeting with To Lam.", NEI, "Veteran"),
    ("Long-serving Hungarian leader Orban held talks with To Lam.", NEI, "Long"),
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary lâu năm Viktor Orbán.", NEI, "lâu"),
    ("Chính khách kỳ cựu Viktor Orbán gặp Tổng Bí thư Tô Lâm.", NEI, "kỳ"),
    ("Tong Bi thu To Lam gap Thu tuong Hungary lau nam Viktor Orban.", NEI, "lau"),
    # traps: the same meetings without an epithet
    ("Hungary's premier Viktor Orban sat down with To Lam.", SUPPORTED, MET_ORBAN),
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán.", SUPPORTED, MET_ORBAN),
    ("Tong Bi thu To Lam gap Thu tuong Armenia Nikol Pashinyan.", SUPPORTED, MET_PASHINYAN),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_epithet_needs_its_own_span(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

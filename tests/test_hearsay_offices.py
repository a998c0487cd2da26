"""A current office read through hearsay words (issue 10), session 33.

Words that say who tells a statement, not when its office is held ("reportedly", "according to
reports", "được cho là", "duoc cho la": `hearsay` in lexicon/<lang>/statements.yaml), said
between a name and its copula or office verb, are stepped over by the copula's reading
(assertions._Reader._hearsay), so the tense word after them is read: an office said to be held
still, or now, is refuted by a claim that holds it only before, as it is without them; one the
claims give now is borne out. Where the statement is read into no office assertion at all ("is
said to still be"), a claim of an office held only before bears out no office said to be held
now (assess.now_of_former): it is left open. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (statement, verdict, words of the reason)
VERDICTS = [
    # an office held only before, said of now through hearsay: refuted as without it
    (
        "Patrick Leahy reportedly still chairs the Senate Appropriations Committee.",
        CONTRADICTED,
        "an office held before, not now",
    ),
    ("Leahy, according to media reports, is still a US senator.", CONTRADICTED, "not now"),
    ("Leahy is said to be still a US senator.", CONTRADICTED, "held before, not now"),
    (
        "Patrick Leahy apparently now serves as president pro tempore of the Senate.",
        CONTRADICTED,
        "held before, not now",
    ),
    (
        "Thượng nghị sĩ Leahy được cho là hiện vẫn là Chủ tịch Thường trực Thượng viện Mỹ.",
        CONTRADICTED,
        "held before, not now",
    ),
    (
        "Ông Patrick Leahy, theo tin đưa, hiện giữ chức Chủ tịch Ủy ban Chuẩn chi Thượng viện.",
        CONTRADICTED,
        "held before, not now",
    ),
    (
        "Ong Patrick Leahy duoc cho la van giu chuc Chu tich Thuong truc Thuong vien My.",
        CONTRADICTED,
        "held before, not now",
    ),
    # read into no office assertion ("to still be"): a claim of an office held only before
    # bears out none held now
    ("Patrick Leahy is thought to still be a US senator.", NEI, "bears out none held now"),
    ("Patrick Leahy is said to still be a US senator.", NEI, "bears out none held now"),
    # traps: an office the claims give now, through the same words, stays borne out ...
    (
        "Viktor Orbán reportedly still serves as Hungary's prime minister.",
        SUPPORTED,
        "orban-pm-hungary",
    ),
    ("Ông Orbán được cho là vẫn giữ chức Thủ tướng Hungary.", SUPPORTED, "orban-pm-hungary"),
    ("Ong Orban duoc cho la van giu chuc Thu tuong Hungary.", SUPPORTED, "orban-pm-hungary"),
    # ... and so does an office held before, said so
    ("Leahy reportedly chaired the Senate Appropriations Committee.", SUPPORTED, "leahy-former"),
    (
        "Ông Leahy được cho là nguyên Chủ tịch Ủy ban Chuẩn chi Thượng viện.",
        SUPPORTED,
        "leahy-former",
    ),
    # a speaker's words are no hearsay of an office: "khẳng định" is not stepped over
    ("Ông Leahy khẳng định vẫn là bạn của Việt Nam.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_hearsay_office_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert why in result.explanation

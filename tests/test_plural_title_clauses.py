"""Session 32, plural titles: a plural title is no one name's (issue 10: a confident wrong
verdict is the worst outcome).

"Both prime ministers Lam met on February 19 were ..." puts the name after a plural title as
the subject of a relative clause with no pronoun, as "The prime minister Lam met from Hungary
was ..." does after an article (`relative_heads`): read as a title before a name, it made Lâm a
prime minister, which the rule between Vietnam's general secretary and its prime minister
refuted. A plural title (inflected, counted or after a plural marker) with a single name and a
verb right after it heads such a clause whatever stands before it, a count ("Three", "Ba"), a
quantifier ("Both", "All", "Cả hai") or a plural marker ("Các", "Những"), with or without a
copula later (assertions._Reader._relative_head). A plural title over a list of names is each
name's as before, and a singular title before a name with a verb after it is still his.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


CLAUSES = [
    # the name after the plural title is the clause's subject: Lâm is given no title
    ("Both prime ministers Lam met on February 19 were from Asia.", NEI),
    ("Three prime ministers Lam met on February 19 lead Hungary, Pakistan and Armenia.", NEI),
    ("All prime ministers Lam met on February 19 are heads of government.", NEI),
    ("Ba thủ tướng Tô Lâm gặp ngày 19/2 đều là lãnh đạo châu Á.", NEI),
    ("Các thủ tướng Tô Lâm gặp ngày 19/2 đều là lãnh đạo châu Á.", NEI),
    ("Cac thu tuong To Lam gap ngay 19/2 deu la lanh dao chau A.", NEI),
    ("Hai thu tuong To Lam gap ngay 19/2 deu la lanh dao chau A.", NEI),
]

KEPT = [
    # a plural title over a list is each name's, borne out or refuted by each one's office
    ("Prime Ministers Orbán and Sharif met Lam on February 19.", SUPPORTED),
    ("Các thượng nghị sĩ Daines và Hagerty điện đàm với Tổng Bí thư ngày 18/2.", SUPPORTED),
    ("Prime Ministers Tokayev and Orbán met Lam on February 19.", CONTRADICTED),
    ("Các thủ tướng Tokayev và Orbán gặp Tổng Bí thư ngày 19/2.", CONTRADICTED),
    ("Cac thu tuong Tokayev va Orban gap Tong Bi thu ngay 19/2.", CONTRADICTED),
    # ... and a singular title before a name with a verb after it is his
    ("Prime Minister To Lam met Orbán on February 19.", CONTRADICTED),
    ("Thủ tướng Tô Lâm gặp Thủ tướng Orbán ngày 19/2.", CONTRADICTED),
    ("Thu tuong To Lam gap Thu tuong Orban ngay 19/2.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), CLAUSES + KEPT)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"


@pytest.mark.parametrize("statement", [statement for statement, _ in CLAUSES])
def test_the_name_after_a_plural_title_is_given_no_office(checker: Checker, statement: str) -> None:
    offices = checker.reading(statement).assertions
    assert not any(a.subject == "to-lam" for a in offices), offices

"""Session 23, a plural title said of a list of countries past a relative clause (issue 10).

"The prime ministers Lam met included the leaders of Hungary, Pakistan and Armenia" gives each
country's holder of the office, as "the prime ministers of Hungary, Pakistan and Armenia" does
(assertions.offices_of_places): the list opens at the copula ("included", "gồm"), past words
that head it (`place_list_heads` in lexicon/<lang>/statements.yaml: "the leaders of", "lãnh
đạo"). The name inside the relative clause is its subject, not the title's holder: "the
prime ministers Lam" calls Lam no prime minister. A country whose holder of that office the
claims do not give, or who was not met, leaves the statement open, even where someone of another
office there was met (World.unheld_places: "Armenia" of its prime minister is no president).

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import decompose
from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "The prime ministers Lam met in Washington included the leaders of Hungary, "
            "Pakistan and Armenia.",
            SUPPORTED,
        ),
        (
            "Các thủ tướng mà Tổng Bí thư gặp tại Washington gồm lãnh đạo Hungary, Pakistan và "
            "Armenia.",
            SUPPORTED,
        ),
        (
            "Cac thu tuong ma Tong Bi thu gap tai Washington gom lanh dao Hungary, Pakistan va "
            "Armenia.",
            SUPPORTED,
        ),
        # a country whose prime minister the claims do not show met, or give at all
        (
            "The prime ministers Lam met in Washington included the leaders of Hungary, "
            "Pakistan and Kazakhstan.",
            NEI,
        ),
        ("The presidents Lam met included the leaders of Hungary and Pakistan.", NEI),
        ("Các tổng thống mà Tổng Bí thư gặp gồm lãnh đạo Hungary và Pakistan.", NEI),
        ("Cac tong thong ma Tong Bi thu gap gom lanh dao Hungary va Pakistan.", NEI),
        # a country whose leader met holds another office (Armenia's prime minister) does not
        # bear out the title said of it: never supported
        ("The presidents Lam met included the leaders of Indonesia, Armenia and Kazakhstan.", NEI),
        ("Các tổng thống mà Tổng Bí thư gặp gồm lãnh đạo Indonesia, Armenia và Kazakhstan.", NEI),
        ("Cac tong thong ma Tong Bi thu gap gom lanh dao Indonesia, Armenia va Kazakhstan.", NEI),
        ("Among the presidents To Lam sat down with were those of Kazakhstan and Armenia.", NEI),
        ("Những tổng thống ông Tô Lâm tiếp xúc gồm người đứng đầu Armenia và Indonesia.", NEI),
        ("Nhung tong thong ong To Lam tiep xuc gom nguoi dung dau Armenia va Indonesia.", NEI),
        # ... and the countries whose presidents he met still do
        ("The presidents Lam met included the leaders of Indonesia and Kazakhstan.", SUPPORTED),
        ("Các tổng thống mà Tổng Bí thư gặp gồm lãnh đạo Indonesia và Kazakhstan.", SUPPORTED),
        ("Cac tong thong ma Tong Bi thu gap gom lanh dao Indonesia va Kazakhstan.", SUPPORTED),
    ],
)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"


@pytest.mark.parametrize(
    "statement",
    [
        "The presidents Lam met included the leaders of Indonesia and Kazakhstan.",
        "Các tổng thống Tô Lâm gặp gồm lãnh đạo Indonesia và Kazakhstan.",
        "Cac tong thong To Lam gap gom lanh dao Indonesia va Kazakhstan.",
    ],
)
def test_the_name_in_the_relative_clause_holds_no_title(checker: Checker, statement: str) -> None:
    parsed = checker.parse(statement)
    assert [a for a in decompose(parsed, checker.vocab) if a.subject == "to-lam"] == []

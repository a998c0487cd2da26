"""Session 32, a title set off by commas inside a list of people (issue 10: a confident wrong
verdict is the worst outcome).

"Lam met the Hungarian prime minister, Tokayev, and Sharif on Feb 19" lists three people Lam
met that day (Orbán, Tokayev and Sharif, source 004), yet the title was read as an apposition
of the name after the comma and Tokayev was called prime minister of Hungary: contradicted. A
name listed with other names after it (", and", "and", "," before another name, each maybe
past its own title) is a member of the list, not the apposition of the title before it
(assertions._Reader._named_after asks `_named_list`).

"Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev và Thủ tướng Sharif ngày 19/2" carried the
country of a bare title past the comma to the next member's title ("the statement says
Hungary" of Tokayev's presidency of Kazakhstan). A country set off by a comma before a title is
another member's, not that title's (scope.attached).

Kept: a single apposition closed by a comma before a non-name ("the former prime minister of
Hungary, Viktor Orbán, on February 19", "Hungary's prime minister, Tokayev, on Feb 19"), each
member's own title, a member's own wrong country, and another day. In English, Vietnamese and
Vietnamese without diacritics, lists of two and three names, with and without the serial comma.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# the reviewer's first finding and paraphrases: a bare title, then names listed after a comma
LISTED_NAMES = [
    ("Lam met the Hungarian prime minister, Tokayev, and Sharif on Feb 19.", SUPPORTED),
    ("Lam met the Hungarian prime minister, Tokayev and Sharif on Feb 19.", SUPPORTED),
    (
        "Lam met the prime minister of Hungary, Tokayev, Sharif, and Pashinyan on February 19.",
        SUPPORTED,
    ),
    (
        "Lam met the prime minister of Hungary, Tokayev, Sharif and Pashinyan on February 19.",
        SUPPORTED,
    ),
    ("Tô Lâm gặp Thủ tướng Hungary, ông Tokayev và ông Sharif ngày 19/2.", SUPPORTED),
    ("To Lam gap Thu tuong Hungary, ong Tokayev va ong Sharif ngay 19/2.", SUPPORTED),
    ("Tô Lâm gặp Thủ tướng Hungary, Tokayev, và Sharif ngày 19/2.", SUPPORTED),
    (
        "Tô Lâm gặp Thủ tướng Hungary, ông Tokayev, ông Sharif và ông Pashinyan ngày 19/2.",
        SUPPORTED,
    ),
    (
        "To Lam gap Thu tuong Hungary, ong Tokayev, ong Sharif va ong Pashinyan ngay 19/2.",
        SUPPORTED,
    ),
    # no one holds the bare title in the sources: open, not refuted through Tokayev
    ("Lam met the president of Hungary, Tokayev, and Sharif on Feb 19.", NEI),
]

# the reviewer's second finding and paraphrases: each member's title takes its own country only
OWN_COUNTRY = [
    ("Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev và Thủ tướng Sharif ngày 19/2.", SUPPORTED),
    ("To Lam gap Thu tuong Hungary, Tong thong Tokayev va Thu tuong Sharif ngay 19/2.", SUPPORTED),
    ("Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev, và Thủ tướng Sharif ngày 19/2.", SUPPORTED),
    (
        "Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev, Thủ tướng Sharif và Thủ tướng "
        "Pashinyan ngày 19/2.",
        SUPPORTED,
    ),
    ("Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev ngày 19/2.", SUPPORTED),
    ("To Lam gap Thu tuong Hungary, Tong thong Tokayev ngay 19/2.", SUPPORTED),
    (
        "Lam met the prime minister of Hungary, President Tokayev and Prime Minister Sharif on "
        "Feb 19.",
        SUPPORTED,
    ),
    (
        "Lam met the prime minister of Hungary, President Tokayev, and Prime Minister Sharif on "
        "Feb 19.",
        SUPPORTED,
    ),
]

# near versions that keep their verdict
KEPT = [
    # a single apposition closed by a comma before a non-name
    ("Lam met the former prime minister of Hungary, Viktor Orbán, on February 19.", CONTRADICTED),
    ("Tô Lâm gặp cựu Thủ tướng Hungary, ông Viktor Orbán, ngày 19/2.", CONTRADICTED),
    ("To Lam gap cuu Thu tuong Hungary, ong Viktor Orban, ngay 19/2.", CONTRADICTED),
    ("Lam met Hungary's prime minister, Tokayev, on Feb 19.", CONTRADICTED),
    ("Lam met the prime minister of Hungary, Tokayev, on Feb 19.", CONTRADICTED),
    ("Tô Lâm gặp Thủ tướng Hungary, ông Tokayev, ngày 19/2.", CONTRADICTED),
    ("To Lam gap Thu tuong Hungary, ong Tokayev, ngay 19/2.", CONTRADICTED),
    # every member titled before his name
    (
        "Tô Lâm gặp Thủ tướng Hungary Orbán, Tổng thống Tokayev và Thủ tướng Sharif ngày 19/2.",
        SUPPORTED,
    ),
    (
        "To Lam gap Thu tuong Hungary Orban, Tong thong Tokayev va Thu tuong Sharif ngay 19/2.",
        SUPPORTED,
    ),
    (
        "Lam met the president of Kazakhstan, Tokayev, and the prime minister of Hungary, Orbán, "
        "on Feb 19.",
        SUPPORTED,
    ),
    # a member's own title wrong: his own country, or an office he does not hold
    (
        "Tô Lâm gặp Thủ tướng Hungary, Tổng thống Hungary Tokayev và Thủ tướng Sharif ngày 19/2.",
        CONTRADICTED,
    ),
    (
        "Lam met the prime minister of Hungary, Hungarian President Tokayev and Prime Minister "
        "Sharif on Feb 19.",
        CONTRADICTED,
    ),
    (
        "Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev của Hungary và Thủ tướng Sharif "
        "ngày 19/2.",
        CONTRADICTED,
    ),
    (
        "Tô Lâm gặp Thủ tướng Hungary, Thủ tướng Tokayev và Thủ tướng Sharif ngày 19/2.",
        CONTRADICTED,
    ),
    (
        "To Lam gap Thu tuong Hungary, Thu tuong Tokayev va Thu tuong Sharif ngay 19/2.",
        CONTRADICTED,
    ),
    (
        "Lam met the prime minister of Hungary, Prime Minister Tokayev and Prime Minister Sharif "
        "on Feb 19.",
        CONTRADICTED,
    ),
    # another day: the meetings of the 19th may be another occasion
    ("Lam met the Hungarian prime minister, Tokayev, and Sharif on Feb 21.", NEI),
    ("Tô Lâm gặp Thủ tướng Hungary, Tổng thống Tokayev và Thủ tướng Sharif ngày 21/2.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), LISTED_NAMES + OWN_COUNTRY + KEPT)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"


# a listed name is given no title in apposition; a single one closed by a comma is
APPOSITIONS = [(s, ()) for s, _ in LISTED_NAMES] + [(s, ("apposition",)) for s, _ in KEPT[:7]]


@pytest.mark.parametrize(("statement", "forms"), APPOSITIONS)
def test_apposition(checker: Checker, statement: str, forms: tuple[str, ...]) -> None:
    offices = checker.reading(statement).assertions
    assert tuple(a.form for a in offices if a.form == "apposition") == forms

"""A title said of a list of countries, with the names it is given (issue 10, offices), session 34.

- A plural title after a list of countries and before a list of names ("the Hungarian and
  Cambodian prime ministers, Orbán and Hun Manet") had been given the country nearest it
  ("Cambodian"), so Orbán was called Cambodia's prime minister and the true statement refuted: a
  confident wrong. A title of several countries is no one of them's now (assertions._Reader
  .title): each name is read in its own claims' country, and a wrong holder is still refuted by
  his other office ("... Orbán and Tokayev": Kazakhstan's president).
- A title with its countries after it and the names set off after them ("the prime ministers of
  Hungary and Cambodia, Orbán and Tokayev", "Thủ tướng Hungary và Campuchia, ông Orbán và ông
  Tokayev") had given the names no title at all, and the places stood for their own holders: the
  wrong holder was borne out by his meeting. With as many names as countries, each name holds
  the title (assertions._Reader._named_after_places).
- A former title of a list of countries ("cựu Thủ tướng Hungary và Campuchia", "the former prime
  ministers of Hungary and Cambodia") had let each country stand for its sitting holder, and the
  meeting bore the statement out; the countries stand only for holders in the title's tense now
  (World._listed_holders), so the sitting ones leave it open.

Each in English, Vietnamese and Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (statement, verdict, words the reason or the cited claims must give)
LISTED = [
    # the holders, each of his own country
    (
        "Lam sat down with the Hungarian and Cambodian premiers, Orbán and Hun Manet,"
        " in Washington",
        SUPPORTED,
        "orban-pm-hungary",
    ),
    (
        "Lam talked with Hungary and Cambodia's prime ministers, Orbán and Hun Manet, on Feb. 19",
        SUPPORTED,
        "hun-manet-pm-cambodia",
    ),
    (
        "Lam sat down with the prime ministers of Hungary and Cambodia, Orbán and Hun Manet,"
        " in Washington",
        SUPPORTED,
        "orban-pm-hungary",
    ),
    (
        "Tại Washington, Tổng Bí thư lần lượt gặp Thủ tướng Hungary và Campuchia,"
        " ông Orbán và ông Hun Manet",
        SUPPORTED,
        "orban-pm-hungary",
    ),
    (
        "Tai Washington, Tong Bi thu gap Thu tuong cac nuoc Hungary va Campuchia"
        " la ong Orban va ong Hun Manet",
        SUPPORTED,
        "hun-manet-pm-cambodia",
    ),
    # a president among the names: refuted by his own office
    (
        "Lam sat down with the Hungarian and Cambodian premiers, Orbán and Tokayev, in Washington",
        CONTRADICTED,
        "tokayev-president-kazakhstan",
    ),
    (
        "Lam sat down with the prime ministers of Hungary and Cambodia, Orbán and Tokayev,"
        " in Washington",
        CONTRADICTED,
        "tokayev-president-kazakhstan",
    ),
    (
        "Tại Washington, Tổng Bí thư gặp Thủ tướng Hungary và Campuchia, ông Orbán và ông Tokayev",
        CONTRADICTED,
        "tokayev-president-kazakhstan",
    ),
    (
        "Tai Washington, Tong Bi thu gap Thu tuong Hungary va Campuchia, ong Orban va ong Tokayev",
        CONTRADICTED,
        "tokayev-president-kazakhstan",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), LISTED)
def test_a_title_of_listed_countries_given_to_listed_names(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    cited = {c.id for p in judged.parts for c in p.decisive}
    assert why in cited or why in judged.explanation, judged.explanation
    # no name is given the other country's office
    assert "prime minister of Cambodia ('" not in judged.explanation


# The sitting holders are not former ones: never borne out by their meetings. Named, the former
# title is refuted by the office they hold that day; said of the countries alone, it stands for
# no one the claims give, and the countries stay open.
FORMER = [
    ("Lam met ex-premiers Orbán and Hun Manet of Hungary and Cambodia on Feb. 19", CONTRADICTED),
    ("Lam sat down with the former prime ministers of Hungary and Cambodia in Washington", NEI),
    ("Tại Washington, Tổng Bí thư gặp các cựu Thủ tướng Hungary và Campuchia", NEI),
    ("Tai Washington, Tong Bi thu gap cac cuu Thu tuong Hungary va Campuchia", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), FORMER)
def test_a_former_title_of_listed_countries_is_not_their_sitting_holders(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == NEI:
        assert "Hungary" in judged.explanation
    else:
        assert "not a former office" in judged.explanation

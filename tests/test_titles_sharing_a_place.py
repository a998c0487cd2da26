"""Session 24, a bare title joined to the leaders of one country (issue 10).

"Lam invited the prime minister and senior leaders of Armenia to visit Vietnam" names Armenia's
prime minister: the country after the joined noun of leaders is the title's too, as it is in
"the prime minister of Armenia", so the title stands for its one holder the claims give
(assertions._Reader.title, `place_list_heads` and `leader_ranks` in
lexicon/<lang>/statements.yaml). Only one country, and only past words that head leaders: a
list of countries leaves the title's own place unsaid, and a title of that country whose holder
no claim gives stays open.

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import bare_titles
from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "place"),
    [
        ("Lam invited the prime minister and top leaders of Armenia to Hanoi.", "armenia"),
        ("Lam welcomed the prime minister and other senior leaders of Hungary.", "hungary"),
        ("Ông Tô Lâm mời Thủ tướng cùng các nhà lãnh đạo cấp cao Armenia sang Hà Nội.", "armenia"),
        ("Ong To Lam da gui loi moi Thu tuong va lanh dao cap cao Armenia", "armenia"),
        # a list of countries: no one of them is the title's
        ("Lam met the prime minister and the leaders of Hungary, Armenia and Pakistan.", None),
        ("Tô Lâm gặp Thủ tướng và lãnh đạo các nước Hungary, Armenia và Pakistan.", None),
        # not a noun of leaders between: the country is another part's
        ("Lam met the prime minister and flew to Armenia.", None),
    ],
)
def test_the_title_takes_the_country_of_the_leaders_joined_to_it(
    checker: Checker, statement: str, place: str | None
) -> None:
    parsed = checker.parse(statement)
    places = [t.jurisdiction for t in bare_titles(parsed, checker.vocab)]
    assert places[:1] == [place]


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "To Lam invited the prime minister and other senior leaders of Armenia to pay a "
            "visit to Vietnam.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư Tô Lâm mời Thủ tướng cùng các nhà lãnh đạo cấp cao Armenia sang thăm "
            "Việt Nam.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu To Lam da moi Thu tuong va lanh dao cap cao Armenia sang tham Viet Nam.",
            SUPPORTED,
        ),
        # Armenia's president is no one the claims name; Hungary's prime minister was not
        # invited by any claim, which refutes nothing
        ("To Lam invited the president and senior leaders of Armenia to visit Vietnam.", NEI),
        ("Tổng Bí thư mời Tổng thống và các lãnh đạo cấp cao Armenia thăm Việt Nam.", NEI),
        ("Tong Bi thu moi Thu tuong va cac lanh dao cap cao Hungary tham Viet Nam", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

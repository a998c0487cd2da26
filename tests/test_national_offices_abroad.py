"""An office one country alone names so, given with another country (issue 10, offices),
session 34.

"Secretary of War" and "Trade Representative" are the United States' own offices
(lexicon/world/offices.yaml `national_forms`). The press gives them with another country now and
then ("Bộ trưởng Chiến tranh Anh Hegseth", "Japan's Trade Representative Greer"): read as written,
that title is still one country's department or office, which its holder heads for no other
country at the same time, by a rule of fixtures/vocabulary/offices.yaml. Before, only the
English demonym refuted it ("British War Secretary": the country said of the man); the
Vietnamese "Bộ trưởng Chiến tranh Anh ..." named no rule and stayed open.

Open still: the title of the holder's own country, a title with no country, and a statement dated
after what the sources know. Each in English, Vietnamese and Vietnamese without diacritics, in
wording of these tests' own.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# (statement, verdict, words the reason must give)
ABROAD = [
    # the war department's head, given another country's
    (
        "Bộ trưởng Chiến tranh Anh Pete Hegseth được Tổng Bí thư Tô Lâm tiếp tại Hà Nội",
        CONTRADICTED,
        "war department",
    ),
    ("Bo truong Chien tranh Phap Hegseth hoi kien Tong Bi thu", CONTRADICTED, "war department"),
    ("To Lam hosted Japan's Secretary of War Pete Hegseth", CONTRADICTED, "war department"),
    # the trade office's head, given another country's
    (
        "Trưởng đại diện Thương mại Nhật Bản Jamieson Greer được Tổng Bí thư tiếp",
        CONTRADICTED,
        "trade representative's office",
    ),
    (
        "TBT To Lam tiep Truong dai dien Thuong mai Anh Jamieson Greer",
        CONTRADICTED,
        "trade representative's office",
    ),
    ("Lam hosted Jamieson Greer, the UK trade representative", CONTRADICTED, "trade"),
    # the holder's own country: borne out
    (
        "Bộ trưởng Chiến tranh Mỹ Pete Hegseth được Tổng Bí thư Tô Lâm tiếp",
        SUPPORTED,
        "hegseth-us-secretary-of-war",
    ),
    ("Tong Bi thu tiep Truong dai dien Thuong mai My Greer", SUPPORTED, "greer"),
    ("Lam hosted U.S. Trade Representative Jamieson Greer", SUPPORTED, "greer"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ABROAD)
def test_a_national_office_given_with_another_country(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    assert why.lower() in judged.explanation.lower()


# No country, or a time the sources do not reach: nothing refutes the title.
OPEN = [
    ("Bộ trưởng Chiến tranh Hegseth sẽ sang Anh vào năm 2030", NEI),
    ("Bo truong Chien tranh Hegseth se sang Anh nam 2030", NEI),
    ("In 2030, War Secretary Hegseth will fly to London", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), OPEN)
def test_no_other_country_in_the_title_stays_open(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    assert "trade representative's office" not in judged.explanation
    assert "war department" not in judged.explanation

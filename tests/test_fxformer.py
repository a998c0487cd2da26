"""Session 32, a "former" title set off before a name inside a list (issue 10: a confident wrong
verdict is the worst outcome).

"Lam met the former prime minister of Hungary, Orbán, and Sharif on Feb 19" was supported by
Orbán's premiership on that day: the name is a list member (assertions._Reader._named_after
asks `_named_list`), so no assertion gives him the title, and the holds-office claim was
weighed as any claim whose office stands near its holder (scope.titles_subject), "former"
dropped. A former title no assertion gives to a name (assertions.bare_titles), of an office
the claim gives as held now, is not the holder's title as the claim gives it: the claim does
not bear it out. Open (the title is not tied to him), never supported.

Kept: the same title with no tense word in the list (supported), a single apposition and a
former title before the name (contradicted: rules "still-held"), a former office the claims
give as held before, and an untensed title of one (supported). In English, Vietnamese and
Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# the finding and paraphrases: a former title set off before a name other names follow
FORMER_IN_LISTS = [
    "Lam met the former prime minister of Hungary, Orbán, and Sharif on Feb 19.",
    "Lam met the former Hungarian prime minister, Orbán, and Sharif on Feb 19.",
    "On February 19 Lam met the former premier of Hungary, Viktor Orbán, Sharif and Pashinyan.",
    "Tô Lâm gặp cựu Thủ tướng Hungary, ông Orbán, và ông Sharif ngày 19/2.",
    "Tô Lâm gặp nguyên Thủ tướng Hungary, ông Orbán và ông Sharif ngày 19/2.",
    "To Lam gap cuu Thu tuong Hungary, ong Orban, va ong Sharif ngay 19/2.",
    "To Lam gap nguyen Thu tuong Hungary, ong Orban va ong Sharif ngay 19/2.",
]


@pytest.mark.parametrize("statement", FORMER_IN_LISTS)
def test_a_former_title_in_a_list_is_not_borne_out_by_a_present_office(
    checker: Checker, statement: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict in (NEI, CONTRADICTED), judged.explanation


# the former title before the name, or tied to him alone: refuted as before
TIED = [
    ("Lam met the former prime minister of Hungary, Viktor Orbán, on February 19.", CONTRADICTED),
    ("The former Hungarian PM Orbán and Sharif met Lam on Feb 19.", CONTRADICTED),
    ("Lam met ex-premier Orbán and Sharif on Feb 19.", CONTRADICTED),
    ("Nguyen Thu tuong Hungary Orban va Thu tuong Sharif gap To Lam ngay 19/2.", CONTRADICTED),
    ("Cựu Thủ tướng Hungary Orbán và Thủ tướng Sharif gặp Tô Lâm ngày 19/2.", CONTRADICTED),
    ("Former Senator Bill Hagerty met Lam on Feb. 18, 2026.", CONTRADICTED),
]


# no tense word: the list's member is the title's holder, as before
KEPT = [
    ("Lam met the Hungarian prime minister, Tokayev, and Sharif on Feb 19.", SUPPORTED),
    ("Tô Lâm gặp Thủ tướng Hungary, ông Tokayev và ông Sharif ngày 19/2.", SUPPORTED),
    ("To Lam gap Thu tuong Hungary, ong Tokayev va ong Sharif ngay 19/2.", SUPPORTED),
    (
        "Leahy, former president pro tempore of the Senate and former chairman of the Senate "
        "Appropriations Committee",
        SUPPORTED,
    ),
    # an untensed title of an office the claims give as held before still titles its holder
    ("Patrick Leahy once held the post of Senate president pro tempore.", SUPPORTED),
    ("Ông Leahy từng đảm nhiệm cương vị Chủ tịch Thường trực Thượng viện Mỹ.", SUPPORTED),
    ("Ong Leahy tung dam nhiem cuong vi Chu tich Thuong truc Thuong vien My.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), TIED + KEPT)
def test_tied_untensed_and_former_offices_keep_their_verdict(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

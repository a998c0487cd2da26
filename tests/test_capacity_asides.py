"""Session 24, a capacity aside says a title only where it ends with the title (issue 10).

"Orbán, as president of the Danube summit, met Lam" gives Orbán the chair of a gathering the
base does not know, not Hungary's presidency: the aside ('as', 'với cương vị', session 23's
assertions._Reader._copula) is read as the holder's title only where it closes after the
title and its place, as an apposition is ("Orbán, as Hungary's president, met Lam"). Read
whole, it had called a prime minister a president and refuted the statement.

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import decompose
from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Orbán, as president of the Danube summit, met Lam.", NEI),
        ("Pashinyan, in his capacity as president of a Eurasian forum, greeted To Lam.", NEI),
        ("Ông Orbán, với cương vị chủ tịch hội nghị Danube, gặp Tổng Bí thư.", NEI),
        ("Ong Pashinyan, voi tu cach chu tich dien dan Au-A, gap Tong Bi thu", NEI),
        # closed after the title (and its place): the holder's office, refuted by a rule
        ("Pashinyan, as Armenia's president, met Lam.", CONTRADICTED),
        ("Ông Pashinyan, với cương vị Tổng thống Armenia, gặp Tổng Bí thư.", CONTRADICTED),
        ("Ong Orban, voi cuong vi Tong thong Hungary, gap Tong Bi thu", CONTRADICTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


def test_titles_joined_in_the_aside_still_close_it(checker: Checker) -> None:
    # the last title of the chain closes it: both are his
    parsed = checker.parse(
        "Leahy, as Senate president pro tempore and chairman of the Senate Appropriations "
        "Committee, pushed for the funds."
    )
    offices = {a.office for a in decompose(parsed, checker.vocab)}
    assert offices == {"president-pro-tempore", "committee-chair"}

"""The place of the sources' group on its day (issue 10, dates), session 35.

"The foreign leaders", "lãnh đạo các nước", "các nhà lãnh đạo nước ngoài" name the group the
sources report (assertions.definite_group): on the claims' occasion they are the claims' parties,
and another day already refutes the act as it would with each named (assess.group_unnamed).
Another city does too: on 19 February, in the week of the Washington summit, To Lam met them in
Washington, so "met the foreign leaders in New York on Feb. 19" is refuted, one occasion having
one place (assess.party_conflict).

Traps stay open: some such people ("met foreign leaders", "một số lãnh đạo"), who may be others;
the group with no date, which may be another occasion's; the group in the city the claims give.
Each in English, Vietnamese and Vietnamese without diacritics; the statements are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

MET = "to-lam-met-aliyev-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the sources' group on its day, in another city
    ("On Feb. 19 To Lam sat down with the foreign leaders in New York.", CONTRADICTED, MET),
    ("Ngày 19/2, ông Tô Lâm gặp các nhà lãnh đạo nước ngoài tại New York.", CONTRADICTED, MET),
    ("Chieu 19/2, Tong Bi thu gap lanh dao cac nuoc tai Boston", CONTRADICTED, MET),
    # in the city the claims give
    ("On Feb. 19 To Lam sat down with the foreign leaders in Washington.", SUPPORTED, MET),
    ("Ngày 19/2, ông Tô Lâm gặp các nhà lãnh đạo nước ngoài tại Washington.", SUPPORTED, MET),
    # some such people, who may be others
    ("On Feb. 19 To Lam met foreign leaders in New York.", NEI, "New York"),
    ("Ngày 19/2, ông Tô Lâm gặp một số lãnh đạo nước ngoài tại New York.", NEI, "New York"),
    ("Ngay 19/2, ong To Lam gap mot so lanh dao nuoc ngoai tai New York", NEI, "New York"),
    # no date: another occasion's
    ("To Lam met the foreign leaders in New York.", NEI, "New York"),
    ("Ông Tô Lâm gặp lãnh đạo các nước tại New York.", NEI, "New York"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_group_places(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

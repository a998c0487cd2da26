"""The group the sources report set at another place on their occasion (issue 10), session 35.

"The foreign leaders", "lãnh đạo các nước", "các nhà lãnh đạo nước ngoài" name the group the
sources report (assertions.definite_group): on the claims' occasion they are the claims'
parties, and another day already refutes the act as it would with each named
(assess.group_unnamed). Another city does too, one occasion having one place: the caller weighs
the group once and the place conflict takes it as the key roles said (assess.party_conflict).
The occasion is tied by a day inside it ("met the foreign leaders in New York on Feb. 19",
"Sáng 19/2, tại New York") or by its event ("on the sidelines of the Board of Peace session in
Budapest", "bên lề phiên họp Hội đồng Hòa bình ở Praha"); the doer's acts are read for the
group though no name probes the claims (Judge._judge).

Traps stay open: some such people ("met foreign leaders", "một số lãnh đạo"), who may be others;
the group with no date or tie, which may be another occasion's, or in another year; the group in
the city the claims give is borne out. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests. (The two passes of session 35 that built
this each wrote a file of rows; they are merged here.)"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

MET = "to-lam-met-aliyev-2026-02-19"
PLACE = "bop-inaugural-meeting-location-washington"


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

# the group tied to the occasion by its event, and the occasion's own place said elsewhere
OCCASION_ROWS = [
    # tied to the occasion by its event or a day inside it, set in another city
    (
        "On the sidelines of the Board of Peace session in Budapest, Lam met the foreign leaders",
        CONTRADICTED,
        MET,
    ),
    ("Lam sat down with the foreign leaders in Hanoi on Feb. 19", CONTRADICTED, MET),
    (
        "Sáng 19/2, tại New York, Tổng Bí thư Tô Lâm hội kiến lãnh đạo các nước",
        CONTRADICTED,
        MET,
    ),
    (
        "Bên lề phiên họp Hội đồng Hòa bình ở Praha, ông Tô Lâm gặp lãnh đạo các nước",
        CONTRADICTED,
        MET,
    ),
    ("Sang 19/2 tai New York, Tong Bi thu gap lanh dao cac nuoc", CONTRADICTED, MET),
    ("The Board of Peace session took place in Jakarta", CONTRADICTED, PLACE),
    ("Phiên họp Hội đồng Hòa bình diễn ra ở New York", CONTRADICTED, PLACE),
    # the occasion's own place bears it out
    ("On Feb. 19 in Washington, Lam met the foreign leaders", SUPPORTED, MET),
    ("Sáng 19/2 tại Washington, Tổng Bí thư gặp lãnh đạo các nước", SUPPORTED, MET),
    # traps: some such people, another year, no tie to the occasion, another leader elsewhere
    ("Lam met foreign leaders in New York on Feb. 19", NEI, "no stored claim"),
    ("Năm 2019, Tổng Bí thư gặp lãnh đạo các nước tại New York", NEI, "no stored claim"),
    ("Nam 2019 Tong Bi thu gap lanh dao cac nuoc tai New York", NEI, "no stored claim"),
    ("Lam met the foreign leaders in Budapest", NEI, "no stored claim"),
    ("Lam held talks with Prabowo in Jakarta in 2025", NEI, "no stored claim"),
    ("Tô Lâm gặp ông Prabowo tại Jakarta năm 2025", NEI, "no stored claim"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS + OCCASION_ROWS)
def test_group_places(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

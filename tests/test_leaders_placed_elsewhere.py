"""The group the sources report, met at another place on their occasion (issue 10), session 35.

"The foreign leaders", "lãnh đạo các nước" stand for the claims' parties on their occasion
(assertions.definite_group): tied to it by its event ("on the sidelines of the Board of Peace
session", "bên lề phiên họp Hội đồng Hòa bình") or by a day inside it ("sáng 19/2"), a place
that cannot be Washington refutes the meetings as it would with each leader named
(assess.group_unnamed, party_conflict: one occasion, one place). The doer's acts are read for
them though no name probes the claims (Judge._judge). A bare plural ("foreign leaders"), another
year or no tie to the occasion stays open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

ALIYEV = "to-lam-met-aliyev-2026-02-19"
PLACE = "bop-inaugural-meeting-location-washington"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # tied to the occasion by its event or a day inside it, set in another city
    (
        "On the sidelines of the Board of Peace session in Budapest, Lam met the foreign leaders",
        CONTRADICTED,
        ALIYEV,
    ),
    ("Lam sat down with the foreign leaders in Hanoi on Feb. 19", CONTRADICTED, ALIYEV),
    (
        "Sáng 19/2, tại New York, Tổng Bí thư Tô Lâm hội kiến lãnh đạo các nước",
        CONTRADICTED,
        ALIYEV,
    ),
    (
        "Bên lề phiên họp Hội đồng Hòa bình ở Praha, ông Tô Lâm gặp lãnh đạo các nước",
        CONTRADICTED,
        ALIYEV,
    ),
    ("Sang 19/2 tai New York, Tong Bi thu gap lanh dao cac nuoc", CONTRADICTED, ALIYEV),
    ("The Board of Peace session took place in Jakarta", CONTRADICTED, PLACE),
    ("Phiên họp Hội đồng Hòa bình diễn ra ở New York", CONTRADICTED, PLACE),
    # the occasion's own place bears it out
    ("On Feb. 19 in Washington, Lam met the foreign leaders", SUPPORTED, ALIYEV),
    ("Sáng 19/2 tại Washington, Tổng Bí thư gặp lãnh đạo các nước", SUPPORTED, ALIYEV),
    # traps: some such people, another year, no tie to the occasion, another leader elsewhere
    ("Lam met foreign leaders in New York on Feb. 19", NEI, "no stored claim"),
    ("Năm 2019, Tổng Bí thư gặp lãnh đạo các nước tại New York", NEI, "no stored claim"),
    ("Nam 2019 Tong Bi thu gap lanh dao cac nuoc tai New York", NEI, "no stored claim"),
    ("Lam met the foreign leaders in Budapest", NEI, "no stored claim"),
    ("Lam held talks with Prabowo in Jakarta in 2025", NEI, "no stored claim"),
    ("Tô Lâm gặp ông Prabowo tại Jakarta năm 2025", NEI, "no stored claim"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_group_places(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

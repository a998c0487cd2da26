"""Issue 10, class 6 (session 21): a part of the day told on a clock the statement names by
another place that keeps the same time ("giờ Việt Nam" of a source's "giờ Hà Nội";
lexicon/world/zones.yaml gives both one clock): it is the source's own zone, so the same part
is borne out and another refutes it, as with the source's own name for it (dayparts.compare).

A country naming the clock is no party of the act or the title ("Senator Daines ..., Vietnam
time"): assess.parties leaves it out of the stand-ins (windows.clock_places).

Trap: a country spanning several clocks ("giờ Mỹ") names no one clock, and stays open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Tổng Bí thư Tô Lâm điện đàm với ông Daines vào sáng 19/2 theo giờ Việt Nam.", SUPPORTED),
        ("To Lam phoned Daines on the morning of Feb. 19, Vietnam time.", SUPPORTED),
        (
            "Tong Bi thu To Lam dien dam voi ong Daines vao chieu 19/2 theo gio Viet Nam",
            CONTRADICTED,
        ),
        ("To Lam phoned Senator Daines on the evening of Feb. 19, Vietnam time.", CONTRADICTED),
        # the country's short name ("giờ VN", session 29, reviewer A)
        ("Tong Bi thu dien dam voi TNS Daines sang 19/2 gio VN", SUPPORTED),
        ("Tổng Bí thư điện đàm với TNS Daines tối 19/2 giờ VN", CONTRADICTED),
        # trap: a country of several clocks
        ("Tổng Bí thư điện đàm với ông Daines sáng 19/2 giờ Mỹ.", NEI),
    ],
)
def test_one_clock_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a country that names a clock is no party: not the title's country, nor a stand-in
        ("To Lam phoned Senator Daines on the morning of Feb. 19, Vietnam time.", SUPPORTED),
        ("Tổng Bí thư điện đàm với Thượng nghị sĩ Daines sáng 19/2 giờ Việt Nam.", SUPPORTED),
        ("TBT To Lam dien dam voi TNS Daines sang 19/2 gio Viet Nam", SUPPORTED),
        # the country said of the title itself: one sits in one country's senate at a time
        # (session 30's rule in fixtures/vocabulary/offices.yaml), Daines in the US one
        ("To Lam phoned Vietnamese Senator Daines on Feb. 18.", CONTRADICTED),
        ("To Lam phoned Senator Daines of Vietnam on Feb. 18.", CONTRADICTED),
    ],
)
def test_clock_country_is_no_party(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""A speaker's own undertaking denied, its object read as a view (session 33).

"Lam said Vietnam would scale back cooperation on searches for US MIAs": the denial falls on the
undertaking to cooperate that Lam himself stressed to Daines, and his claim refutes it; but the
English reader takes "cooperation on searches for US MIAs" for the view Hagerty praised, which
no commitment names, so the contradiction was left open for want of cover (it had been refuted
only as Hagerty's words given to Lam, a route session 33 closed: tests/test_sole_exchange.py).
A view whose words wrap the programme of the speaker's own refuted undertaking is that
undertaking's object (`accounting._denied_around`). The fact of the undertaking, said by no
one, covers it for no other speaker and for no plan; another year stays open. English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


OWN = "to-lam-stressed-vietnam-committed-us-mia-search-2026-02-18"

ROWS = [
    ("Lam said Vietnam would scale back cooperation on searches for US MIAs.", CONTRADICTED, OWN),
    (
        "To Lam said Hanoi would wind down cooperation on the search for missing US servicemen.",
        CONTRADICTED,
        OWN,
    ),
    ("Tô Lâm nói Việt Nam sẽ thu hẹp hợp tác tìm kiếm quân nhân Mỹ mất tích.", CONTRADICTED, OWN),
    ("To Lam noi Viet Nam se thu hep hop tac tim kiem quan nhan My mat tich.", CONTRADICTED, OWN),
    # traps: a plan no one is said to give, another year
    (
        "Vietnam will scale back cooperation on searches for US MIAs.",
        NEI,
        "no stored claim covers cooperation on searches for US MIAs",
    ),
    (
        "In 2019, Lam said Vietnam would scale back cooperation on searches for US MIAs.",
        NEI,
        "which may be another occasion",
    ),
    (
        "Năm 2019, Tô Lâm nói Việt Nam sẽ thu hẹp hợp tác tìm kiếm quân nhân Mỹ mất tích.",
        NEI,
        "which may be another occasion",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "reason"), ROWS)
def test_denied_own_undertaking(
    checker: Checker, statement: str, verdict: str, reason: str
) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert reason in result.explanation

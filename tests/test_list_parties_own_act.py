"""A name in an act's list of parties is borne out by that act's own claims (issue 10,
session 35).

"To Lam invited President Trump, the First Lady and Defense Secretary Hegseth to come to
Vietnam" lists three invitees. The list runs past one known by his relation to a name ("his
wife", "Phu nhân": assertions._Reader._named_list), so Hegseth is bound to the invitation; and
a person a verb binds after it must be named by a deciding claim of that verb's act
(accounting.bound_elsewhere): Hegseth's own visit, or the reception at which the invitation was
conveyed, does not make him an invitee, nor does Lam's reception of Greer make Greer a visitor
to Vietnam ("the visits of Greer and Hegseth"). Open, never refuted: the sources may leave the
invitation or the visit unreported. Traps: the invitees and hosts the claims give stay
supported. Each in English, Vietnamese and Vietnamese without diacritics; the statements are
written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


INVITED_TRUMP = "to-lam-invited-trump-visit-vietnam-2025"
INVITED_MELANIA = "to-lam-invited-melania-trump-visit-vietnam-2025"
RECEIVED_GREER = "to-lam-received-greer"

ROWS = [
    # an added invitee, whose claims are of another act
    (
        "To Lam invited President Trump, the First Lady and Defense Secretary Hegseth to come "
        "to Vietnam.",
        NEI,
        "Hegseth",
    ),
    (
        "Tô Lâm mời Tổng thống Trump, Phu nhân và Bộ trưởng Hegseth sang thăm Việt Nam.",
        NEI,
        "Hegseth",
    ),
    (
        "To Lam moi Tong thong Trump, Phu nhan va Bo truong Hegseth sang tham Viet Nam.",
        NEI,
        "Hegseth",
    ),
    # an added visitor, whom the claims give only as received
    ("Lam hailed the visits of Greer and Hegseth to Vietnam.", NEI, "Greer"),
    # traps: the invitees the claims give, the hosts they give
    (
        "Lam invited President Trump and the First Lady to come to Vietnam.",
        SUPPORTED,
        INVITED_MELANIA,
    ),
    ("Tô Lâm mời Tổng thống Trump và Phu nhân sang thăm Việt Nam.", SUPPORTED, INVITED_TRUMP),
    ("To Lam moi Tong thong Trump va Phu nhan sang tham Viet Nam.", SUPPORTED, INVITED_TRUMP),
    ("Lam received Hegseth and Greer.", SUPPORTED, RECEIVED_GREER),
    ("Tổng Bí thư tiếp Bộ trưởng Hegseth và ông Greer.", SUPPORTED, RECEIVED_GREER),
    ("Tong Bi thu tiep Bo truong Hegseth va ong Greer.", SUPPORTED, RECEIVED_GREER),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_list_party_of_its_own_act(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

"""A name in an act's list of parties is borne out by that act's own claims (issue 10,
session 35).

"To Lam invited President Trump, the First Lady and Defense Secretary Hegseth to come to
Vietnam" lists three invitees. The list runs past one known by his relation to a name ("his
wife", "Phu nhân": assertions._Reader._named_list), so Hegseth is bound to the invitation; and
a person a verb binds after it must be named by a deciding claim of that verb's act
(accounting.bound_elsewhere): Hegseth's own visit, or the reception at which the invitation was
conveyed, does not make him an invitee where the invitation's claims name the persons invited,
nor does Lam's reception of Greer make Greer a visitor to Vietnam ("the visits of Greer and
Hegseth"). An act done to a body may be asked of the one it was said to ("urged Senator Daines
and the US Congress", in their call), and the one an announcement says will go is the doer of
what it announces, no party of it. Open, never refuted: the sources may leave the
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
PLANNED_TRIP = "to-lam-plans-visit-us-2026-02"

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
    (
        "To Lam invited President Trump, the First Lady and Defense Secretary Hegseth to pay a "
        "visit to Vietnam.",
        NEI,
        "Hegseth",
    ),
    (
        "Tổng Bí thư mời Tổng thống Trump, bà Melania Trump và ông Hegseth sang thăm Việt Nam.",
        NEI,
        "Hegseth",
    ),
    (
        "Tong Bi thu moi Tong thong Trump, ba Melania Trump va ong Hegseth sang tham Viet Nam.",
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
    # traps: a request to a body, asked in a call; the doer of what was announced
    (
        "To Lam urged Senator Daines and the US Congress to go on funding the Bien Hoa dioxin "
        "cleanup.",
        SUPPORTED,
        "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18",
    ),
    (
        "Vietnam's foreign ministry said To Lam would travel to the US for the Board of Peace "
        "meeting.",
        SUPPORTED,
        PLANNED_TRIP,
    ),
    (
        "Bộ Ngoại giao cho biết Tổng Bí thư Tô Lâm sẽ sang Mỹ dự cuộc họp Hội đồng Hòa bình.",
        SUPPORTED,
        PLANNED_TRIP,
    ),
    (
        "Bo Ngoai giao cho biet Tong Bi thu To Lam se sang My du cuoc hop Hoi dong Hoa binh.",
        SUPPORTED,
        PLANNED_TRIP,
    ),
    ("Tổng Bí thư tiếp Bộ trưởng Hegseth và ông Greer.", SUPPORTED, RECEIVED_GREER),
    ("Tong Bi thu tiep Bo truong Hegseth va ong Greer.", SUPPORTED, RECEIVED_GREER),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_list_party_of_its_own_act(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

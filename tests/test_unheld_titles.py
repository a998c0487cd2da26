"""Session 34, issue 10: a title said of a jurisdiction where no claim gives anyone that office
("Thủ tướng Đảng Cộng sản Việt Nam", a prime minister of a party). The title stood for no
holder (World.bare_holders), but its mention was accounted for by its office's id, which the
other party's title of the same name gave ("... gặp Thủ tướng Orbán": Orbán's office claim), so
the party's General Secretary's meeting bore the statement out. Such a title is an unknown
holder now (World.unheld_titles): only a claim giving that office there accounts for it, and the
statement is not enough info. A title whose one holder the claims give still stands for him.
Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # an office no one holds in that jurisdiction: an unknown holder
    ("Thủ tướng Đảng Cộng sản Việt Nam đã hội đàm với Thủ tướng Viktor Orbán", NEI, "Thủ tướng"),
    ("Thu tuong Dang Cong san Viet Nam da hoi dam voi Thu tuong Viktor Orban", NEI, "Thu tuong"),
    (
        "The Communist Party of Vietnam's prime minister sat down with PM Orbán",
        NEI,
        "prime minister",
    ),
    (
        "The prime minister of the Communist Party of Vietnam met Prime Minister Orbán.",
        NEI,
        "prime minister",
    ),
    ("Tổng thống Đảng Cộng sản Việt Nam gặp Tổng thống Prabowo", NEI, "Tổng thống"),
    # ... also after another's title of the same office, which describes him alone
    ("Tổng thống Prabowo đã gặp Tổng thống Đảng Cộng sản Việt Nam", NEI, "Tổng thống"),
    # traps: a title whose one holder the claims give stands for him
    (
        "Thủ tướng Hungary đã hội đàm với Tổng Bí thư Tô Lâm",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "Thu tuong Hungary da hoi dam voi Tong Bi thu To Lam",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "Hungary's prime minister sat down with the Vietnamese party chief",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    (
        "Tổng Bí thư Đảng Cộng sản Việt Nam gặp Thủ tướng Orbán",
        SUPPORTED,
        "to-lam-met-orban-2026-02-19",
    ),
    # ... and a title said of a person named before it, whom the claims give that office, is
    # his: his office claim decides it
    (
        "Leahy, cựu thượng nghị sĩ bang Vermont, đã điện đàm với Tổng Bí thư Tô Lâm",
        SUPPORTED,
        "leahy-former-us-senator",
    ),
    (
        "Leahy, a former senator from Vermont, spoke by phone with To Lam",
        SUPPORTED,
        "leahy-former-us-senator",
    ),
    (
        "Ông Tô Lâm được bầu lại vào cương vị Tổng Bí thư Ban Chấp hành Trung ương Đảng",
        SUPPORTED,
        "to-lam-reelected-general-secretary",
    ),
]


@pytest.mark.parametrize(("statement", "expected", "why"), VERDICTS)
def test_a_title_no_one_holds_there(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

"""A plural title with no name, standing for the parties who hold it (issue 10, offices),
session 36.

"Lam told the senators ...", "Tổng Bí thư nói với các thượng nghị sĩ ...", "the calls with the
senators": the press sums up the people of an exchange by their office. Read as written, the
title was a word no claim accounts for, so a statement the claims of his talks with the senators
bear out, or refute, stayed open. A plural title that no name takes (assertions.plural_holders)
is accounted for by the deciding claims' parties who hold that office then (World.held: not one
held only before): at least one where no number is said ("the senators"), that many where one is
("the two senators", "hai thượng nghị sĩ").

Traps: a party who holds another office (a prime minister is no senator), one who held it only
before (Leahy, a former senator), a count the claims' parties do not reach. Each in English,
Vietnamese and Vietnamese without diacritics, in wording of these tests' own.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


MIA = "to-lam-stressed-vietnam-committed-us-mia-search-2026-02-18"
DAINES_CALL = "to-lam-phone-call-daines-2026-02-18"

# (statement, verdict, the claim cited, or words of the reason)
PARTIES = [
    # the addressee of his words, a senator then
    (
        "Vietnam remains fully committed to the search for missing US servicemen, To Lam assured "
        "the senators.",
        SUPPORTED,
        MIA,
    ),
    (
        "Tổng Bí thư nói với các thượng nghị sĩ rằng Việt Nam cam kết tiếp tục hợp tác đầy đủ "
        "với Mỹ trong tìm kiếm quân nhân Mỹ mất tích.",
        SUPPORTED,
        MIA,
    ),
    (
        "Tong Bi thu noi voi cac thuong nghi si rang Viet Nam cam ket tiep tuc hop tac day du "
        "voi My trong tim kiem quan nhan My mat tich",
        SUPPORTED,
        MIA,
    ),
    # two holders, as many as the number said
    ("Lam had phone talks with the two senators on Feb. 18.", SUPPORTED, DAINES_CALL),
    # a refutation needs no account of the title: it stays refuted
    ("Lam called the senators from Hanoi on Feb. 18.", CONTRADICTED, DAINES_CALL),
    # the other party of a call, a senator then
    ("Lam held phone talks with the senators on Feb. 18.", SUPPORTED, DAINES_CALL),
    ("Ngày 18/2, Tổng Bí thư điện đàm với các thượng nghị sĩ Mỹ.", SUPPORTED, DAINES_CALL),
    ("Ngay 18/2, Tong Bi thu dien dam voi cac thuong nghi si My", SUPPORTED, DAINES_CALL),
    # traps: parties who hold another office, or held this one only before; a count the
    # claims' parties do not reach
    ("Lam met the senators in Washington on Feb. 19.", NEI, "senators"),
    ("Tổng Bí thư gặp các thượng nghị sĩ tại Washington ngày 19/2.", NEI, "thượng nghị sĩ"),
    ("Tong Bi thu gap cac thuong nghi si tai Washington ngay 19/2", NEI, "thuong nghi si"),
    ("Lam held phone talks with the senators on Feb. 19.", NEI, "senators"),
    (
        "Vietnam remains fully committed to the search for missing US servicemen, To Lam assured "
        "the three senators.",
        NEI,
        "",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), PARTIES)
def test_a_plural_title_stands_for_its_holders(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

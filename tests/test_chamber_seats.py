"""A seat said by its chamber alone, with the verb's tense (issue 10, offices), session 36.

"Leahy, who still serves in the Senate, ...", "Ông Leahy hiện vẫn ngồi ghế Thượng viện": the
press gives a legislator's seat as a verb whose object is the chamber, with no state. Only the
seat for a state ("represents Vermont in the Senate") was read as an office (assertions._seats),
so the chamber was left as a place no claim bears on and the office said of the sources' now
went unread: the statement came out open, or was judged on its other act alone. The chamber
after such a verb (`chamber_verbs` in lexicon/<lang>/statements.yaml) is now that chamber's first
office (`chambers` in lexicon/world/offices.yaml), held when the verb's form or a tense word
before it says: a seat held now is refuted by an office the claims give as held only before, and
borne out by one held on the day they report.

Traps: a verb whose tense says the seat was held at some time ("served in the Senate"), the
chamber as the place of another act ("spoke in the Senate"), a seat given to a sitting senator.
Vietnamese marks no tense on the verb: "ngồi ghế Thượng viện" alone stays open. Each in English,
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


FORMER = "leahy-former-us-senator"
DAINES = "daines-us-senator"

# (statement, verdict, the claim cited, or words of the reason)
SEATS = [
    # a seat held now, of an office held only before
    ("Leahy, who still serves in the Senate, phoned To Lam on Feb. 19.", CONTRADICTED, FORMER),
    ("Leahy still sits in the US Senate, the Vietnamese readout said.", CONTRADICTED, FORMER),
    ("Patrick Leahy currently serves in the Senate.", CONTRADICTED, FORMER),
    (
        "Ông Leahy, người hiện vẫn ngồi ghế Thượng viện, điện đàm với Tổng Bí thư.",
        CONTRADICTED,
        FORMER,
    ),
    ("Ông Patrick Leahy hiện vẫn phục vụ tại Thượng viện Mỹ.", CONTRADICTED, FORMER),
    ("Ong Patrick Leahy hien van phuc vu tai Thuong vien My", CONTRADICTED, FORMER),
    ("ong Leahy van ngoi ghe Thuong vien", CONTRADICTED, FORMER),
    # a seat held now by one who holds it on the day the claims report
    (
        "Daines, who currently serves in the Senate, spoke with To Lam on Feb. 18.",
        SUPPORTED,
        DAINES,
    ),
    ("Daines sits in the US Senate.", SUPPORTED, DAINES),
    ("Ông Daines hiện vẫn ngồi ghế Thượng viện Mỹ.", SUPPORTED, DAINES),
    ("Ong Daines hien van ngoi ghe Thuong vien My", SUPPORTED, DAINES),
    # traps: held at some time, the chamber as another act's place, no tense in Vietnamese
    ("Leahy, who once served in the Senate, phoned To Lam on Feb. 19.", SUPPORTED, FORMER),
    ("Leahy spoke in the Senate about Vietnam.", NEI, ""),
    ("Ông Leahy ngồi ghế Thượng viện.", NEI, ""),
    ("Ong Leahy ngoi ghe Thuong vien", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), SEATS)
def test_a_seat_said_by_its_chamber(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

"""Session 33, polarity: an act denied inside the trip it was done on ("không hề điện đàm với
ông Hagerty trong chuyến thăm Mỹ", "did not speak by phone with Hagerty during his visit to
the United States"). The trip's destination stood after the denial like a place the denial may
fall on ("did not call Lam from Vermont"), which no claim of the call gives, so the call on
that trip left the denial open. A place the claims of an act borne out on the denied claim's
occasion give (the visit the denial is set in) is accounted for (scope.denied_places); a place
that no such claim gives ("from Hanoi", a visit to Cambodia) still leaves it open. English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

HAGERTY_CALL = "to-lam-phone-call-hagerty-2026-02-18"
ORBAN_MEETING = "to-lam-met-orban-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the act denied on the trip it was done on
    ("Tô Lâm không hề điện đàm với ông Hagerty trong chuyến thăm Mỹ.", CONTRADICTED, HAGERTY_CALL),
    (
        "Tong Bi thu To Lam khong dien dam voi ong Hagerty trong chuyen tham My.",
        CONTRADICTED,
        HAGERTY_CALL,
    ),
    (
        "Lam did not speak by phone with Hagerty during his visit to the United States.",
        CONTRADICTED,
        HAGERTY_CALL,
    ),
    ("Tô Lâm không gặp ông Orbán trong chuyến thăm Mỹ.", CONTRADICTED, ORBAN_MEETING),
    ("To Lam khong gap ong Orban trong chuyen tham My.", CONTRADICTED, ORBAN_MEETING),
    # the act as the sources give it, on that trip
    ("Tô Lâm điện đàm với ông Hagerty trong chuyến thăm Mỹ.", SUPPORTED, HAGERTY_CALL),
    # traps: a place no claim gives the act, another trip
    ("Tô Lâm không điện đàm với ông Hagerty từ Hà Nội trong chuyến thăm Mỹ.", NEI, None),
    ("Tô Lâm không hề điện đàm với ông Hagerty trong chuyến thăm Campuchia.", NEI, None),
    ("To Lam khong dien dam voi ong Hagerty trong chuyen tham Campuchia.", NEI, None),
    ("Lam did not phone Hagerty during his visit to Cambodia.", NEI, None),
    ("Tô Lâm không gặp ông Orbán tại Budapest trong chuyến thăm Mỹ.", NEI, None),
]


@pytest.mark.parametrize(("statement", "verdict", "claim"), VERDICTS)
def test_an_act_denied_on_its_trip(
    checker: Checker, statement: str, verdict: str, claim: str | None
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if claim is not None:
        assert claim in {c.id for c in judgement.evidence}
    if verdict == CONTRADICTED:
        assert "the statement denies it" in judgement.explanation
    if verdict == NEI:
        assert "no stored claim covers" in judgement.explanation

"""Several parties put on one occasion of an act (issue 10, session 36): "a joint call with
the two senators", "in the same meeting", "cùng lúc", "đồng thời với", "trong một cuộc gặp".

Each party's claim bears out one act with him, not that it was one act with them all: no claim
names them all, so the statement is open, and refuted where the claims put the parties on days
that share none (`single_occasion` in lexicon/<lang>/statements.yaml, check.one_occasion). The
acts said without the cue, one party in a single meeting, and a time span after the same words
("in a single morning") keep their verdicts. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SHARED = "shared one occasion"
DAINES_CALL = "to-lam-phone-call-daines-2026-02-18"
LEAHY_CALL = "to-lam-phone-call-leahy-2026-02-19"
ORBAN_MET = "to-lam-met-orban-2026-02-19"

VERDICTS = [
    # two senators the claims give a call each, on the same day: one call is not said
    ("To Lam held a joint call with Senators Hagerty and Daines.", NEI, SHARED),
    ("Lam talked to Hagerty and Daines on the same call, Hanoi said.", NEI, SHARED),
    ("Tổng Bí thư cùng lúc điện đàm với hai ông Hagerty và Daines.", NEI, SHARED),
    ("Tong Bi thu cung luc dien dam voi hai ong Hagerty va Daines.", NEI, SHARED),
    # two leaders he met apart on the summit's day
    ("Lam sat down with Pashinyan and Orbán in a joint meeting.", NEI, "joint meeting"),
    ("Tô Lâm gặp ông Orbán và ông Pashinyan trong một cuộc gặp.", NEI, SHARED),
    ("To Lam gap Orban va Pashinyan trong mot cuoc gap", NEI, SHARED),
    # calls the claims put on different days: no one call had both
    ("Lam rang Leahy and Daines in a single call.", CONTRADICTED, LEAHY_CALL),
    ("Tổng Bí thư điện đàm đồng thời với ông Leahy và ông Daines.", CONTRADICTED, DAINES_CALL),
    ("TBT To Lam cung luc dien dam voi ong Leahy va ong Daines.", CONTRADICTED, DAINES_CALL),
    # traps: the acts without the cue, one party in a single meeting, a span of time
    ("Lam phoned Hagerty and Daines.", SUPPORTED, DAINES_CALL),
    ("Tổng Bí thư điện đàm với ông Hagerty và ông Daines.", SUPPORTED, DAINES_CALL),
    ("Lam met Orban in a single meeting.", SUPPORTED, ORBAN_MET),
    ("Tô Lâm gặp ông Orbán trong một cuộc gặp.", SUPPORTED, ORBAN_MET),
    ("Lam met Orbán and Pashinyan in a single day.", SUPPORTED, ORBAN_MET),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_shared_occasion(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""Keeping up delegation exchanges, said as a need (issue 10, coverage), session 35.

A senator who agreed on "tầm quan trọng của duy trì tiếp xúc, trao đổi đoàn các cấp" agreed that
the exchanges must be kept up: the press writes "đồng tình cần duy trì trao đổi đoàn các cấp",
"agreed on the need to keep up delegation exchanges". The exchanges kept up are the view's
aliases (`importance-of-contacts` in fixtures/vocabulary/entities.yaml), and what is important
is needed (lexicon/<lang>/glosses.yaml: "cần", "need" for "tầm quan trọng"). A speaker whose
sentence does not give the exchanges at every level, one with no such words, and a view of
the other party's stay open. Each in English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from tests.conftest import assert_judged

CONTACTS = "daines-said-importance-of-contacts-2026-02-18"

VERDICTS = [
    ("Thượng nghị sĩ Daines đồng tình cần duy trì trao đổi đoàn các cấp.", SUPPORTED, CONTACTS),
    ("Thuong nghi si Daines dong tinh can duy tri trao doi doan cac cap.", SUPPORTED, CONTACTS),
    (
        "Senator Daines agreed on the need to keep up delegation exchanges at all levels.",
        SUPPORTED,
        CONTACTS,
    ),
    # traps: a speaker whose sentence gives no levels, a speaker with no such words
    ("Ông Hagerty đồng tình cần duy trì trao đổi đoàn các cấp.", NEI, "cấp"),
    ("Ong Hagerty dong tinh can duy tri trao doi doan cac cap.", NEI, "cap"),
    ("Ông Leahy đồng tình cần duy trì trao đổi đoàn các cấp.", NEI, "Patrick Leahy"),
    (
        "Leahy agreed on the need to keep up delegation exchanges at all levels.",
        NEI,
        "Patrick Leahy",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_contact_need_verdicts(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)

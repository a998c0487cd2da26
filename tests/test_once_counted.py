"""The word "once" after an act verb counts the act (issue 10, session 36): "met Hun Manet once in
Washington", "visited Vietnam once in 2025".

"Once" is also a word of a former office ("once the Senate's appropriations chief", "once
represented Vermont": `office_tense` in lexicon/en/statements.yaml). After an act verb and the
name it binds, in the same clause, it says how many times the act was done, as "twice" does
(titles.untitled_formers): a count the deciding claims must account for, so the statement
stays open where no claim fixes it, whatever follows ("in Washington", "in 2025"). Vietnamese
says the count apart ("một lần") and keeps its reading. The statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a count of one, whatever follows it
    ("To Lam sat down with Hun Manet once in Washington.", NEI, "once"),
    ("Pete Hegseth went to Vietnam once in 2025.", NEI, "once"),
    ("Lam hosted Greer once during his US trip.", NEI, "occasion"),
    ("Lam met Orbán once.", NEI, "once"),
    ("Tô Lâm gặp ông Hun Manet một lần tại Washington.", NEI, "một lần"),
    ("To Lam gap ong Hun Manet mot lan tai Washington.", NEI, "mot lan"),
    # traps: "once" of an office held before keeps that reading
    ("Leahy once represented Vermont in the Senate.", SUPPORTED, "leahy-represented-vermont"),
    (
        "Lam phoned Leahy, once chairman of the Senate Appropriations Committee.",
        SUPPORTED,
        "to-lam-phone-call-leahy-2026-02-19",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_once_counted(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

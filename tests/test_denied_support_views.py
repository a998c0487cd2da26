"""Support for a view denied in the view's own words (polarity of a view, session 34).

"Does not support the creation of a Palestinian state", "should not involve a Palestinian state",
"không ủng hộ thành lập nhà nước Palestine" say the opposite of the view that a Palestinian state
should coexist beside Israel (`opposites` in lexicon/<lang>/polarity.yaml, the denial the
phrase's own): the speaker's own affirmation of it to Trump refutes it. Another speaker, and the
view given as held, stay as they were. In English, Vietnamese and Vietnamese without diacritics;
the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI

VIEW = "to-lam-affirmed-palestinian-state-beside-israel"

VERDICTS = [
    (
        "Lam told Trump that Hanoi did not support the creation of a Palestinian state.",
        CONTRADICTED,
    ),
    ("Replying to Trump, Lam said peace must not involve a Palestinian state.", CONTRADICTED),
    (
        "Ông Tô Lâm nói với ông Trump rằng Việt Nam không ủng hộ thành lập nhà nước Palestine.",
        CONTRADICTED,
    ),
    (
        "Ong To Lam noi voi ong Trump rang Viet Nam khong ung ho mot nha nuoc Palestine",
        CONTRADICTED,
    ),
    # traps: another speaker
    ("Hun Manet told Lam that Cambodia did not support the creation of a Palestinian state.", NEI),
    ("Ông Hun Manet nói với ông Tô Lâm rằng Campuchia không ủng hộ một nhà nước Palestine.", NEI),
    ("Ong Orban noi Hungary khong ung ho thanh lap nha nuoc Palestine", NEI),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_denied_support_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    if verdict == CONTRADICTED:
        assert VIEW in {c.id for c in result.evidence}, result.explanation
        assert "denies it" in result.explanation

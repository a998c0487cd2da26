"""A refusal right before a name whose first word would lengthen it into another cue (issue 10):
in "declined To Lam's invitation", "declined to" reaches into "To Lam", is not read, and must not
hide the refusal "declined" (parse._short_of_names). Read whole, the refusal denies the wish to
visit that the sources give the invitee, so his wish refutes it; read as nothing, the invitation
alone had supported a statement of an answer no source gives. Where no claim gives the invitee a
wish or a plan to visit, or no visit is named, the refusal stays open. Each class in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    ("President Prabowo declined To Lam's invitation to visit Vietnam.", CONTRADICTED),
    ("Hungarian PM Orban declined To Lam's invitation to visit Vietnam.", CONTRADICTED),
    ("Armenian premier Nikol Pashinyan refused To Lam's invitation to visit Vietnam", CONTRADICTED),
    (
        "Thủ tướng Armenia Nikol Pashinyan khước từ lời mời thăm Việt Nam của Tổng Bí thư Tô Lâm.",
        CONTRADICTED,
    ),
    ("Thu tuong Pashinyan tu choi loi moi cua To Lam sang tham Viet Nam", CONTRADICTED),
    ("Tong thong Indonesia Prabowo tu choi loi moi tham Viet Nam cua TBT To Lam", CONTRADICTED),
    # traps: an answer no source gives, with no wish or plan of the invitee to weigh it
    ("Pashinyan declined To Lam's invitation.", NEI),
    ("Czech Deputy PM Petr Macinka refused To Lam's invitation to visit Vietnam.", NEI),
    ("Kazakh President Tokayev declined To Lam's invitation to visit Vietnam.", NEI),
    ("Thủ tướng Hun Manet từ chối lời mời thăm Việt Nam của Tô Lâm", NEI),
    ("Thu tuong Campuchia Hun Manet tu choi loi moi cua To Lam", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_refusal_before_name_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Prime Minister Nikol Pashinyan declined To Lam's invitation to visit Vietnam.",
        "Orban refused To Lam's invitation to visit Vietnam.",
    ],
)
def test_refusal_read_before_name(checker: Checker, statement: str) -> None:
    parsed = checker.parse(statement)
    assert parsed.negation is not None
    assert "accepted_invitation" in {t.target for t in parsed.triggers if t.kind == "antonym"}

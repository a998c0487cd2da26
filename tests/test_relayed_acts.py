"""Session 34, issue 10: an act passed on by its subject for another, who is named after the
act's noun ("Hegseth conveyed an invitation from Lam to Trump", "Ông Hegseth chuyển lời mời
của Tổng Bí thư"). assertions._given_by made the person after "from"/"của" the act's doer and
dropped the subject, so Lâm's own invitation to Trump bore the statement out: that Hegseth passed
it on is stated nowhere. A verb of passing on (`relay_verbs` in factdb/lexicon/<lang>/
statements.yaml) opening the act's trigger or right before it keeps the act bound to its
subject, which no claim bears out (not enough info). With no other giver named, the subject
passes on his own act and the claim of it bears it out; "theo lời mời của Trump", with no verb
of passing on, is still Trump's invitation. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the subject passes on another's invitation: not stated
    (
        "Defense Secretary Hegseth relayed an invitation from To Lam to President Trump.",
        NEI,
        "Hegseth",
    ),
    ("Hegseth carried an invitation from the Vietnamese party chief to Trump", NEI, "carried"),
    (
        "Bộ trưởng Hegseth chuyển lời mời của Tổng Bí thư Tô Lâm tới Tổng thống Trump.",
        NEI,
        "Hegseth",
    ),
    (
        "Bo truong Hegseth chuyen loi moi cua Tong Bi thu To Lam toi Tong thong Trump",
        NEI,
        "Hegseth",
    ),
    ("Ông Hegseth trao lời mời của Tổng Bí thư cho ông Trump", NEI, "Hegseth"),
    # traps: the subject passes on his own act, as the sources tell
    (
        "Party chief To Lam conveyed an invitation to Trump to visit Vietnam.",
        SUPPORTED,
        "to-lam-invited-trump-visit-vietnam-2025",
    ),
    (
        "Tổng Bí thư Tô Lâm chuyển lời mời Tổng thống Trump thăm Việt Nam.",
        SUPPORTED,
        "to-lam-invited-trump-visit-vietnam-2025",
    ),
    (
        "Tong Bi thu To Lam chuyen loi moi Tong thong Trump tham Viet Nam",
        SUPPORTED,
        "to-lam-invited-trump-visit-vietnam-2025",
    ),
    # ... and an act done at another's invitation, no verb of passing on, is the giver's
    (
        "Lam travelled to Washington at the invitation of President Trump.",
        SUPPORTED,
        "trump-invited-to-lam-bop-meeting",
    ),
    (
        "Tổng Bí thư Tô Lâm sang Mỹ theo lời mời của Tổng thống Trump",
        SUPPORTED,
        "trump-invited-to-lam-bop-meeting",
    ),
]


@pytest.mark.parametrize(("statement", "expected", "why"), VERDICTS)
def test_an_act_passed_on_for_another(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)


@pytest.mark.parametrize(
    "statement",
    [
        "Hegseth delivered an invitation from Lam to Trump.",
        "Ong Hegseth chuyen loi moi cua Tong Bi thu",
    ],
)
def test_the_act_stays_its_subjects(checker: Checker, statement: str) -> None:
    found = [p.agents for p in checker.reading(statement).predications if p.predicate == "invited"]
    assert found == [("pete-hegseth",)], found

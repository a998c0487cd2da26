"""An inviter the base does not know, with his country in his title (session 26, occasions):
"at the invitation of Israeli Prime Minister Benjamin Netanyahu" gives the invitation of the
claims' trip to someone who is not its host, as "at the invitation of Benjamin Netanyahu" did
(factdb.check.doers). The country of a title before a name the base does not know says who he
is, not where the trip went nor a party of it (assess.described, assertions.unknown_holders);
in Vietnamese without diacritics such a name is a run of capitalised words nothing read
(ParsedStatement.names_unread), which the inviter after "theo lời mời của" may be.

Written before the rule, in wire, headline and social wording of our own; traps: the country
visited, a denial, a meeting with him, a name sharing a word with the host's."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # English: wire copy, headline
        "To Lam's trip to Washington comes at the invitation of Israeli Prime Minister "
        "Benjamin Netanyahu.",
        "Lam Travels To Washington At Invitation Of Israeli PM Benjamin Netanyahu",
        # Vietnamese
        "Tô Lâm sang Washington theo lời mời của Thủ tướng Israel Benjamin Netanyahu.",
        # without diacritics, with a title or none
        "To Lam sang Washington theo loi moi cua Thu tuong Israel Benjamin Netanyahu",
        "TBT To Lam sang My theo loi moi cua ong Benjamin Netanyahu",
    ],
)
def test_another_inviter_of_the_trip(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "trump-invited-to-lam-bop-meeting" in judgement.explanation
    assert "Benjamin Netanyahu" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the host, as before
        ("TBT To Lam sang My du hop theo loi moi cua Tong thong Donald Trump", SUPPORTED),
        # the country visited is a party: no claim of a visit there
        ("Tô Lâm thăm Israel theo lời mời của Thủ tướng Benjamin Netanyahu.", NEI),
        ("To Lam visited Israel at the invitation of Prime Minister Benjamin Netanyahu.", NEI),
        # a denial, a meeting, a wish: nothing the host's invitation decides
        ("Lam did not go to Washington at the invitation of Israeli PM Benjamin Netanyahu.", NEI),
        ("Lam met Israeli Prime Minister Benjamin Netanyahu in Washington.", NEI),
        ("Tô Lâm gặp Thủ tướng Israel Benjamin Netanyahu tại Washington.", NEI),
        ("To Lam gap Thu tuong Israel Benjamin Netanyahu tai Washington", NEI),
        ("Israeli Prime Minister Benjamin Netanyahu hopes To Lam will visit Israel.", NEI),
        # a name sharing a word with the host's may be his
        ("To Lam sang Washington theo loi moi cua ong Eric Trump", NEI),
    ],
)
def test_what_the_host_does_not_decide(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Readiness to exchange visits (issue 10, session 23, speakers): "said they were ready to
exchange visits at a suitable time", "sẵn sàng trao đổi chuyến thăm" is readiness for visits
both ways, as "ready to visit each other" is: the readiness word (`ready_verbs` in
lexicon/<lang>/statements.yaml) governs the act after the verb of exchange
(`reciprocal_verbs`), which stood between them and left the visits said as done. The sources
give readiness both ways for Vietnam and Pakistan (source 004), one way only for Hungary (a plan,
which bears readiness out).

Written before the rule, in wording of our own (wire copy, headline, social post), in English,
Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Vietnam and Pakistan stand ready to exchange visits at a suitable time.", SUPPORTED),
        ("Lam and Sharif are willing to exchange visits", SUPPORTED),
        ("Sharif, Lam say they're open to exchanging visits", SUPPORTED),
        ("Vietnam and Hungary are open to exchanging visits", NEI),
        ("Việt Nam và Pakistan sẵn sàng trao đổi chuyến thăm vào thời điểm phù hợp.", SUPPORTED),
        pytest.param(
            "Việt Nam và Pakistan sẵn sàng trao đổi các chuyến thăm vào thời điểm phù hợp.",
            SUPPORTED,
            marks=pytest.mark.xfail(
                reason="the plural 'các' before the visits leaves the act's doers unbound"
                " (check.assertions), with or without the readiness",
                strict=True,
            ),
        ),
        ("Viet Nam va Pakistan san sang trao doi chuyen tham", SUPPORTED),
        # one way only is sourced for Hungary: both ways stay open
        ("Vietnam and Hungary stand ready to exchange visits.", NEI),
        ("Việt Nam và Hungary sẵn sàng trao đổi các chuyến thăm.", NEI),
        ("Viet Nam va Hungary san sang trao doi chuyen tham", NEI),
        # done, not planned: no source says they exchanged visits
        ("Vietnam and Pakistan exchanged visits last month.", NEI),
    ],
)
def test_ready_to_exchange_visits(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Stance verbs in other words (issue 10, class 4), session 34.

To seek something is to want it ("sought closer ties with Vietnam": `wished`), and to press
for it is to call for it ("pressed for tighter connectivity": `proposed`), in
lexicon/en/stances.yaml; the Vietnamese word of a call for it ("đề nghị") was read already,
and is checked beside them. The content is still the claims' to bear out, and
the speaker must be the claim's: another leader, another content or a wish said of a deed stay
open. The statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

PASHINYAN_TIES = "pashinyan-wished-closer-ties-2026-02-19"
LAM_LINKS = "to-lam-proposed-vietnam-cambodia-laos-links-2026-02-19"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


SUPPORTED_ROWS = [
    ("Armenia's prime minister sought closer ties with Vietnam.", PASHINYAN_TIES),
    ("Pashinyan seeks deeper relations with Vietnam", PASHINYAN_TIES),
    ("Lam pressed for closer development links between Vietnam and Cambodia.", LAM_LINKS),
    ("Lam presses for closer development links with Cambodia", LAM_LINKS),
    ("Tổng Bí thư đề nghị tăng cường gắn kết phát triển Việt Nam - Campuchia.", LAM_LINKS),
    ("Tong Bi thu de nghi tang cuong gan ket phat trien Viet Nam - Campuchia", LAM_LINKS),
]


@pytest.mark.parametrize(("statement", "claim"), SUPPORTED_ROWS)
def test_stance_in_other_words_is_borne_out(checker: Checker, statement: str, claim: str) -> None:
    assert_judged(checker, statement, SUPPORTED, claim)


TRAPS = [
    # another speaker, another content
    "Tokayev sought closer ties with Cambodia.",
    "Lam pressed for closer development links between Vietnam and Thailand.",
    "Hun Manet pressed for closer development links with Vietnam in 2019.",
    # a search is no wish of ties
    "Vietnam sought the remains of its missing soldiers.",
]


@pytest.mark.parametrize("statement", TRAPS)
def test_stance_in_other_words_traps_stay_open(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == NEI, result.explanation

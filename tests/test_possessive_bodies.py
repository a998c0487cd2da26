"""Session 25, a body named before its own possessive: "the Cambodian People's Party's Standing
Committee", "the CPV's Politburo" name the body the vocabulary calls "Standing Committee of
the Cambodian People's Party", "Politburo of the Communist Party of Vietnam"
(`possessive_names` in lexicon/en/statements.yaml, parse._possessive_names): one name, read
whole, not the party and a word nothing reads. Vietnamese puts the body first and needs none.
In wording no corpus uses."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "ids"),
    [
        (
            "Talks with the Cambodian People's Party's Standing Committee",
            {"cpp-standing-committee"},
        ),
        ("the Communist Party of Vietnam's Politburo met", {"cpv-politburo"}),
        # a possessive naming no body of the vocabulary keeps both names
        ("the Communist Party of Vietnam's delegation", {"communist-party-of-vietnam"}),
    ],
)
def test_a_possessive_reads_the_bodys_name(checker: Checker, statement: str, ids: set[str]) -> None:
    assert checker.parse(statement).entity_ids() == ids


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Hun Manet spoke highly of the outcome of talks between the Communist Party of"
            " Vietnam's Politburo and the Cambodian People's Party's Standing Committee.",
            SUPPORTED,
        ),
        # the body's talks said of another party's committee: no claim gives them
        (
            "Hun Manet spoke highly of the outcome of talks between the Communist Party of"
            " Vietnam's Politburo and the Democratic Party's Standing Committee.",
            NEI,
        ),
    ],
)
def test_a_possessive_body_meets_its_claims(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

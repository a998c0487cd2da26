"""Issue 10, class 4: who said what.

The lexicon corpora (factdb/lexicon/<lang>/stances.yaml `examples`) check that each way of
attributing words reads as its speaker and stance, and that plain statements read as none; the
verdicts check what the speaker and stance model does against the curated claims.
"""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.stance import BROADER, implies, read_stance
from factdb.ingest.records import STANCES
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXAMPLES = [
    pytest.param(example, id=f"{lang}-{n}")
    for lang in LANGUAGES
    for n, example in enumerate(load(lang, "stances").get("examples", []))
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_stance_corpus(checker: Checker, example: dict[str, Any]) -> None:
    reading = read_stance(checker.parse(example["text"]), checker.vocab)
    if example["speaker"] is None:
        assert reading is None
    else:
        assert reading is not None
        assert (reading.speaker, reading.stance) == (example["speaker"], example["stance"])


def test_every_stance_has_words_in_each_language_and_a_place_among_the_others() -> None:
    assert set(BROADER) == STANCES
    for lang in LANGUAGES:
        assert set(load(lang, "stances")["stances"]) == STANCES, lang
    assert implies("stressed", "said") and implies("wished", "expressed")
    assert not implies("said", "stressed") and not implies("proposed", "praised")

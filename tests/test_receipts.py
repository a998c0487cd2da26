"""Issue 10: a word that says something sent came to hand ("the letter arrived on Jan. 18",
"nhận được thư ngày 18/1", `receipts` in lexicon/<lang>/dates.yaml) dates the arrival, not the
sending: a later day is open, the sending's own day stays borne out and a day before it refuted.
The statements are the lexicons' examples (`receipt_examples`), in English, Vietnamese and
Vietnamese without diacritics."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("dates", "receipt_examples"))
def test_receipt_examples(checker: Checker, example: dict[str, Any]) -> None:
    judgement = checker.check(example["text"])
    assert judgement.verdict == example["verdict"], judgement.explanation

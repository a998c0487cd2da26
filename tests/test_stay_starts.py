"""Issue 10, class 6: a verb that says a stay began ("will fly to the US on Wednesday", "lên
đường sang Mỹ ngày 18/2", `stay_starts` in lexicon/<lang>/dates.yaml) dates the stay's first
day, which a claim of the stay's days (18-20 February) bears out; another day within the stay
stays open, and another year's trip is another trip. The statements are the lexicons' examples
(`stay_start_examples`), in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("dates", "stay_start_examples"))
def test_stay_start_examples(checker: Checker, example: dict[str, Any]) -> None:
    judgement = checker.check(example["text"])
    assert judgement.verdict == example["verdict"], judgement.explanation

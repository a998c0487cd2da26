"""Words that change what a name or a date beside it says (issue 10): relations ("Lam's wife"),
exclusions ("not Tokayev"), parts of the day ("sáng 19/2") and a state's start ("dates from
2024"). The examples are language data: `around_name_examples` in each statement lexicon."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.index import load as load_lexicon

EXAMPLES = [
    pytest.param(example, id=f"{lang}:{example['text']}")
    for lang in LANGUAGES
    for example in load_lexicon(lang, "statements").get("around_name_examples", [])
]


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def test_every_language_has_examples() -> None:
    for lang in LANGUAGES:
        assert load_lexicon(lang, "statements").get("around_name_examples"), lang


@pytest.mark.parametrize("example", EXAMPLES)
def test_around_name_examples(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        parsed = checker.parse(example["text"])
    if "entities" in example:
        assert [m.text for m in parsed.entities] == example["entities"]
    if "unknown" in example:
        assert set(example["unknown"]) <= set(parsed.unknown_names)
    if "excluded" in example:
        assert [m.text for x in parsed.exclusions for m in x.excluded] == example["excluded"]
    if "day_part" in example:
        got = parsed.day_part.text if parsed.day_part else None
        assert got == example["day_part"]
    if "start" in example:
        starts = [parsed.dates[i].text for i in parsed.starts]
        assert starts == ([example["start"]] if example["start"] else [])

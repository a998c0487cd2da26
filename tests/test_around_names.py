"""Words that change what a name, a date or a verb beside it says (issue 10): relations ("Lam's
wife"), exclusions ("not Tokayev"), parts of the day ("sáng 19/2"), a state's start ("dates from
2024"), "only" before a name, an order between events ("before meeting"), questions and verbs
that make a plan ("agreed to upgrade"). The examples are language data: `around_name_examples`
in each statement lexicon."""

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
    for cue in ("only", "ordering", "aside"):
        if cue in example:
            got = getattr(parsed, cue)
            assert (got.text if got else None) == example[cue]
    if "negation" in example:
        assert (parsed.negation.text if parsed.negation else None) == example["negation"]
    if "question" in example:
        assert parsed.question == example["question"]
    if "modality" in example:
        assert parsed.modality == example["modality"]
    if "start" in example:
        starts = [parsed.dates[i].text for i in parsed.starts]
        assert starts == ([example["start"]] if example["start"] else [])

"""The words a statement leaves unread (issue 10, precision): a word no phrase of the
vocabulary or the lexicons reads, no number or date and no filler (`fillers` in each
`lexicon/<lang>/fillers.yaml`) is a detail the deciding claims must account for. The examples
there are the tests of that data."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.lexicon.index import LANGUAGES, fillers, glosses
from factdb.lexicon.index import load as load_lexicon
from factdb.text.tokens import word_keys

EXAMPLES = [
    pytest.param(example, id=f"{lang}:{example['text']}")
    for lang in LANGUAGES
    for example in load_lexicon(lang, "fillers").get("examples", [])
]
# Lexicon lists of words that narrow what is said: a filler must never be one of them.
NARROWING = ("only_words", "distributives", "exclusions", "event_orders", "cessations")


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def test_every_language_has_examples() -> None:
    for lang in LANGUAGES:
        assert load_lexicon(lang, "fillers").get("examples"), lang


@pytest.mark.parametrize("example", EXAMPLES)
def test_filler_examples(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        parsed = checker.parse(example["text"])
    assert parsed.to_dict()["unaccounted"] == example["loose"]


def test_no_filler_narrows_what_is_said() -> None:
    narrowing = {
        word_keys(str(w))
        for lang in LANGUAGES
        for kind in NARROWING
        for w in load_lexicon(lang, "statements").get(kind) or []
    }
    assert not fillers().folded & narrowing


def test_a_glossed_word_is_no_filler() -> None:
    """A word with glosses is a detail its claims' sources must say; as a filler it would be
    passed over everywhere."""
    for lang in LANGUAGES:
        assert not {(key,) for key in glosses(lang)} & fillers().folded, lang


def test_diacritics_keep_a_filler_apart_from_a_detail(checker: Checker) -> None:
    """'đã' (a past marker) is a filler; 'đá' (to kick) is not, though both fold to 'da'. A
    filler phrase is read whole: 'tư cách' (as) is one, 'tư vấn' (advised) holds no filler."""
    with checker.snapshot():
        accented = checker.parse("Tô Lâm đã đá bóng với Orbán").to_dict()
        phrase = checker.parse("Tô Lâm gặp Orbán với tư cách khách mời").to_dict()
        other = checker.parse("Tô Lâm tư vấn cho Orbán").to_dict()
    assert accented["unaccounted"] == ["đá", "bóng"]
    assert "tư" not in phrase["unaccounted"]
    assert other["unaccounted"][:2] == ["tư", "vấn"]

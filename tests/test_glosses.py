"""The glossary of the sources (lexicon/<lang>/glosses.yaml): each source phrase with the words
a statement may use for it. Its examples are paraphrases that must be supported and one-detail
traps that must stay not enough info; its transfer examples were set aside while it was built."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO_ROOT, lexicon_examples
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.lexicon.index import LANGUAGES, glossed
from factdb.lexicon.index import load as load_lexicon
from factdb.text.tokens import word_keys

NEI = "not_enough_info"


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


@pytest.mark.parametrize("example", lexicon_examples("glosses"))
def test_examples(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        assert checker.check(example["text"]).verdict == example["verdict"]


@pytest.mark.parametrize("example", lexicon_examples("glosses", "transfer_examples"))
def test_transfer_examples_are_never_confidently_wrong(
    checker: Checker, example: dict[str, Any]
) -> None:
    """A trap the glossary was not built from stays not enough info; a paraphrase it was not
    built from may be missed (its support is what the report measures), never contradicted."""
    with checker.snapshot():
        verdict = checker.check(example["text"]).verdict
    assert verdict == NEI if example["verdict"] == NEI else verdict != "contradicted"


def test_every_language_has_both_kinds_of_example() -> None:
    for lang in LANGUAGES:
        verdicts = {e["verdict"] for e in load_lexicon(lang, "glosses")["examples"]}
        assert verdicts == {"supported", NEI}, lang


class _Unique(yaml.SafeLoader):
    """Fails on a key given twice in one mapping, which plain YAML silently overwrites: a
    source phrase's second entry would drop the words of its first."""


def _mapping(loader: _Unique, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    return loader.construct_mapping(node)


_Unique.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_source_phrase_once(lang: str) -> None:
    path = REPO_ROOT / "factdb" / "lexicon" / lang / "glosses.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Unique)
    phrases = [p for section in data["glosses"].values() for p in section]
    assert sorted({p for p in phrases if phrases.count(p) > 1}) == []


def _seed_words() -> dict[tuple[str, ...], set[str]]:
    words: dict[tuple[str, ...], set[str]] = {}
    for path in sorted(Path(REPO_ROOT / "seeds").glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").split():
            word = unicodedata.normalize("NFC", raw.strip(".,;:()\"“”'-–/").lower())
            if word:
                words.setdefault(word_keys(word), set()).add(word)
    return words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_one_word_source_phrase_folds_like_another_word_of_the_sources(lang: str) -> None:
    """A claim's sentence is matched folded, so a one-word source phrase would also be said by
    every word of the sources that folds like it: "kiêm" (doubles as) by the "kiếm" of "tìm
    kiếm", which let "double funding" pass. Such a phrase is given with its neighbour."""
    seeds = _seed_words()
    clashes = []
    for section in load_lexicon(lang, "glosses")["glosses"].values():
        for phrase in section:
            written = unicodedata.normalize("NFC", str(phrase).lower())
            if " " not in written and seeds.get(word_keys(written), {written}) - {written}:
                clashes.append(written)
    assert clashes == []


@pytest.mark.parametrize(
    ("lang", "word", "source"),
    [
        ("en", "paperwork", "thủ tục"),
        ("en", "tirelessly", "bền bỉ"),  # a form of "tireless"
        ("en", "wrapped", "hoàn tất"),  # "wrap", by its inflection key
        ("vi", "xong", "hoàn tất"),
        ("vi", "thu xep", "sắp xếp"),  # written without diacritics
    ],
)
def test_the_glossary_is_read_from_the_statement_side(lang: str, word: str, source: str) -> None:
    assert word_keys(source) in glossed(lang, word_keys(word))

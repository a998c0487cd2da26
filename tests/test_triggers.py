"""Trigger words inside longer phrases that mean something else: "tiếp" (received) in "tiếp
tục" (to continue), "thông qua" (adopted) as "through". The exclusions are language data
(`not_triggers` in factdb/lexicon/<lang>/statements.yaml) and their examples are the tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXAMPLES = lexicon_examples("statements", "not_trigger_examples")


@pytest.mark.parametrize("example", EXAMPLES)
def test_not_trigger_corpus(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    if "absent" in example:
        assert example["absent"] not in parsed.predicates
    if "present" in example:
        assert example["present"] in parsed.predicates


def test_each_language_shows_an_exclusion_and_the_trigger_it_spares() -> None:
    for lang in LANGUAGES:
        examples = load(lang, "statements")["not_trigger_examples"]
        assert any("absent" in e for e in examples), lang
        assert any("present" in e and "absent" not in e for e in examples), lang


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # written without diacritics, "dung dip" is "đúng dịp" (at the time of): no denial
        ("Bo truong Hegseth tham VN dung dip hai nuoc ky niem 30 nam quan he ngoai giao", True),
        (
            "Bộ trưởng Hegseth thăm Việt Nam đúng dịp hai nước kỷ niệm 30 năm quan hệ ngoại giao",
            True,
        ),
        # trap: the phrase frees the visit, not a wrong figure beside it
        ("Bo truong Hegseth tham VN dung dip hai nuoc ky niem 40 nam quan he ngoai giao", False),
    ],
)
def test_a_phrase_that_denies_nothing_names_no_denial(
    checker: Checker, statement: str, supported: bool
) -> None:
    """'dung' alone may be 'dừng' (stop), an antonym; inside 'đúng dịp' or 'tận dụng' it is no
    denial and no antonym's act (`not_negation` in lexicon/vi/statements.yaml)."""
    judgement = checker.check(statement)
    assert (judgement.verdict == "supported") == supported, judgement.explanation

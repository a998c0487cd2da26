"""Issue 10, who said what: the persons of words given to a speaker (factdb/check/persons.py).

The corpora (`persons_examples` in factdb/lexicon/<lang>/stances.yaml) say which words are read
as which party; the verdicts check that a quotation in the first person is judged as the same
words with its speaker's name.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.parse import parse_statement
from factdb.check.stance_words import person_cues
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", lexicon_examples("stances", "persons_examples"))
def test_persons_corpus(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        parsed = parse_statement(example["text"], checker.vocab)
        read = checker.parse(example["text"])  # as the judge reads it
        # named once: reading the persons again adds none
        assert checker.judge.as_judged(read).entities == read.entities
    added = [m for m in read.entities if m not in parsed.entities]
    assert sorted([m.text, eid] for m in added for eid in m.ids) == sorted(example["named"])


def test_every_language_names_each_person_and_has_examples() -> None:
    for lang in LANGUAGES:
        data = load(lang, "stances")
        assert set(data["persons"]) == {
            "speaker",
            "addressee",
            "speaker_side",
            "sides",
            "others",
        }, lang
        assert any(e["named"] for e in data["persons_examples"]), lang
        assert any(not e["named"] for e in data["persons_examples"]), lang


def test_person_words_do_not_take_the_words_of_speakers() -> None:
    """'the two countries' names the sides of what is said; 'the two' speaking stays a
    collective speaker (the stance cues are matched apart)."""
    from factdb.check.stance_words import stance_cues as _cues
    from factdb.text.tokens import tokenize

    text = "The two countries welcomed it, the two said."
    tokens = tokenize(text)
    assert [c[0] for c in person_cues(text, tokens)] == ["sides"]
    assert "collective" in [c[0] for c in _cues(text, tokens)]


VERDICTS = [
    # the first person of a quotation is its speaker; "we" the speaker's country
    ('"I hope to visit Vietnam soon," Hagerty said.', SUPPORTED),
    ("“Tôi mong sớm thăm lại Việt Nam”, ông Hagerty nói với Tổng Bí thư.", SUPPORTED),
    (
        '"We are pleased the US is now Vietnam\'s second-biggest trade partner," Daines told Lam.',
        SUPPORTED,
    ),
    (
        '"We are pleased the US is now Vietnam\'s fourth-biggest trade partner," Daines told Lam.',
        CONTRADICTED,
    ),
    # the two sides of the exchange
    (
        "Lam told Hegseth defence cooperation was now a pillar of ties between the two countries.",
        SUPPORTED,
    ),
    # someone else's first person is not the claim's speaker's
    ('"I hope to visit Vietnam soon," Leahy said.', NEI),
    # a third person in the quotation is someone it does not name, never its speaker, though
    # the glossary accounts for every other word ("pushing": "thúc đẩy")
    ('"They hope to visit Vietnam soon," Hagerty said.', NEI),
    ("“Họ đã cảm ơn Thượng nghị sĩ Daines vì đã thúc đẩy nghị quyết”, Tổng Bí thư Tô Lâm nói", NEI),
    ("“Ong ay mong som tham lai Viet Nam”, ong Hagerty noi voi Tong Bi thu.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_person_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

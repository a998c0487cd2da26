"""Stage 1 of checking (factdb.check.parse), the small readings of wording that its passes
share: the folded words of a gap between two phrases, the words of a list of filler phrases, a
language's list joiners, the possessive marks, what ends the words around a name, a mention's
entity type, whether folded words end with a listed phrase, a span's text with others left
out, and taking triggers back out of a reading.
"""

from __future__ import annotations

from functools import lru_cache

from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import Vocabulary
from factdb.text.fold import fold
from factdb.text.sentences import BRACKETS, CLAUSE_BREAKS, SENTENCE_ENDS

# The possessive marks after a name: "Lam's", "Lam’s".
POSSESSIVES = ("'s", "’s")

# What ends the words around a name: a clause's or a sentence's end, a bracket, a quotation.
AROUND_NAME_BREAKS = CLAUSE_BREAKS | SENTENCE_ENDS | BRACKETS | {'"'}


def entity_type(m: Mention, vocab: Vocabulary) -> str:
    """The type of the one entity a mention names, or "" where it names none or several."""
    known = len(m.ids) == 1 and m.ids[0] in vocab.entities
    return vocab.entities[m.ids[0]].type if known else ""


Key = tuple[str, ...]  # a phrase's folded words


def gap_words(gap: str) -> list[str]:
    return [w for w in fold(gap.replace("'", " ").replace("’", " ")).split() if w]


@lru_cache(maxsize=8)
def phrase_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The words of a language's title fillers, cut once rather than for every statement."""
    return frozenset(w for f in phrases for w in gap_words(f))


def drop_triggers(parsed: ParsedStatement, dropped: list[Cue]) -> None:
    """Takes `dropped` out of the triggers, and a predicate only they named out of the
    candidates."""
    parsed.triggers = [t for t in parsed.triggers if t not in dropped]
    kept = {t.target for t in parsed.triggers}
    for t in dropped:
        if t.target not in kept and parsed.predicates.get(t.target, "").startswith("trigger"):
            del parsed.predicates[t.target]


@lru_cache(maxsize=8)
def list_joiners(lang: str) -> frozenset[tuple[str, ...]]:
    """A language's list joiners ("and", "as well as"), as folded word keys: the one reading of
    the list every stage that splits a list uses."""
    return frozenset(phrase_keys("statements", "list_joiners", (lang,)))


def ends_with_phrase(keys: tuple[str, ...], key: str, lang: str) -> bool:
    """Whether the folded words `keys` end with a phrase of the `key` list of statements.yaml."""
    return any(p and keys[-len(p) :] == p for p in phrase_keys("statements", key, (lang,)))


def blank_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with the parts that `spans` cover left out."""
    return "".join(
        c for i, c in enumerate(text[start:end], start) if not any(s <= i < e for s, e in spans)
    )

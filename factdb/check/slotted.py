"""Predicates said with the party inside the phrase: "sent Lam an invitation", "gave Daines a
call", "paid Hungary a visit", "gửi Tổng Bí thư lời mời".

A light verb and the act's noun, with the party named between them, say the act the noun
names; neither word alone does ("sent" is no invitation, and "a call" alone may be a request).
The phrases are language data, per predicate, with `_` where the names go (`slotted` in
factdb/lexicon/<lang>/synonyms.yaml, whose `slotted_examples` are the tests). The slot holds
names only (with their titles and the joiners of a list): "sent him an invitation" names no
one and is not read. The verb is then read as the predicate's trigger, so that who does it is
before it and the party right after it (check.assertions.Predication), and the noun with it
(check.parse reads them in).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable

from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import Vocabulary
from factdb.records import dataclass
from factdb.text.covered import within
from factdb.text.tokens import Tokens, word_keys

SLOT = " _ "
# The lexicon key of the phrases of acts said with their party inside.
SLOTTED = "slotted"
# How many words the names of the slot may take.
SLOT_REACH = 8


@dataclass(frozen=True)
class _Phrase:
    predicate: str
    head: tuple[str, ...]  # keys of the verb, inflected to the inflection's base
    tail: tuple[str, ...]  # keys of the noun, inflected likewise


def _phrases(
    lang: str, vocab: Vocabulary, key: str = SLOTTED
) -> tuple[dict[str, list[_Phrase]], frozenset[str], frozenset[str]]:
    """The slotted phrases of `lang` whose predicate the vocabulary has, by the first key of
    their verb, the words that may stand between the slot and the noun (articles,
    possessives, classifiers), and those that may stand in the slot beside a name for its
    country's people (`slot_people`: "Lam and the Vietnamese people"). Made once for a
    vocabulary (Vocabulary.slotted), not for every statement."""
    cached = lang if key == SLOTTED else f"{lang}:{key}"
    made = vocab.slotted.get(cached)
    if made is not None:
        return made
    data = load_lexicon(lang, "synonyms")
    inflection = vocab.inflections.get(lang)

    def keyed(words: str) -> tuple[str, ...]:
        keys = word_keys(words)
        return inflection.key(keys) if inflection else keys

    found: dict[str, list[_Phrase]] = {}
    for pid, phrases in (data.get(key) or {}).items():
        if key == SLOTTED and pid not in vocab.predicates:
            continue
        for phrase in phrases:
            head, _, tail = str(phrase).partition(SLOT)
            p = _Phrase(pid, keyed(head), keyed(tail))
            found.setdefault(p.head[0], []).append(p)
    determiners = frozenset(
        k for w in phrase_keys("synonyms", "slot_determiners", (lang,)) for k in w
    )
    people = frozenset(k for w in data.get("slot_people") or [] for k in keyed(str(w)))
    made = vocab.slotted[cached] = (found, determiners, people)
    return made


class Slotted(namedtuple("Slotted", ["predicate", "verb", "noun"])):
    """A predicate said with its party inside: `verb` and `noun` are the character offsets of
    the light verb and of the act's noun with its determiners. (collections' namedtuple, as
    typing.NamedTuple makes it: typing is 3 ms of a fresh check's start.)"""

    __slots__ = ()
    predicate: str
    verb: tuple[int, int]
    noun: tuple[int, int]


def find_slotted(
    lang: str,
    vocab: Vocabulary,
    doc: Tokens,
    names: list[tuple[int, int]],
    joiners: list[tuple[int, int]],
    key: str = SLOTTED,
) -> list[Slotted]:
    """The slotted phrases of a statement in `lang`, given its tokens, the spans of its names
    (titles included) and of the grammar cues that may join them; those of another list of
    phrases with a slot in lexicon/<lang>/synonyms.yaml where `key` names it (`go_betweens`),
    each under the id its list gives."""
    phrases, determiners, people = _phrases(lang, vocab, key)
    if not phrases:
        return []
    toks = doc.words()
    keys = doc.inflected(lang, vocab.inflections.get(lang))

    def named(start: int, end: int) -> bool:
        return within(start, end, names)

    def in_slot(j: int) -> bool:
        _, start, end = toks[j]
        return named(start, end) or within(start, end, joiners) or keys[j] in people

    found = []
    for i, key in enumerate(keys):
        for p in phrases.get(key, ()):
            if keys[i : i + len(p.head)] != p.head:
                continue
            first = i + len(p.head)
            # the noun is sought after each word of the slot, the nearest first: a filler the
            # slot may hold can open the noun ("dành cho Bộ trưởng Hegseth sự đón tiếp")
            for noun in range(first + 1, min(len(toks), first + SLOT_REACH) + 1):
                if not in_slot(noun - 1):
                    break
                if not any(named(s, e) for _, s, e in toks[first:noun]):
                    continue  # no name in the slot: "sent him an invitation"
                if noun < len(toks) and named(toks[noun][1], toks[noun][2]):
                    continue  # inside a name: the "thu" of "Tong Bi thu" is no letter
                j = noun
                while j < len(toks) and keys[j] in determiners:
                    j += 1
                if keys[j : j + len(p.tail)] == p.tail:
                    verb = (toks[i][1], toks[first - 1][2])
                    found.append(
                        Slotted(p.predicate, verb, (toks[noun][1], toks[j + len(p.tail) - 1][2]))
                    )
                    break
    return found


def _slot_end(
    toks: list[tuple[str, int, int]], first: int, in_slot: Callable[[int, int], bool]
) -> int:
    """The index of the first word from `first` on that `in_slot` does not hold, within reach."""
    j = first
    while j < len(toks) and j - first < SLOT_REACH and in_slot(toks[j][1], toks[j][2]):
        j += 1
    return j


def find_namings(
    lang: str,
    vocab: Vocabulary,
    doc: Tokens,
    names: list[tuple[int, int]],
    verbs: list[tuple[int, int]],
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Of the `verbs` (spans of triggers), the ones that name or describe what their object is
    ("called Lam a close friend", "calling it a milestone"), each with that object's span: a
    `naming` verb of lexicon/<lang>/synonyms.yaml, then only names or `naming_objects`, then a
    `naming_determiners` word that opens no time (`naming_times`: "called Lam the same day", "a
    day later" are calls)."""
    data = load_lexicon(lang, "synonyms")
    inflection = vocab.inflections.get(lang)

    def keyed(words: str) -> tuple[str, ...]:
        keys = word_keys(words)
        return inflection.key(keys) if inflection else keys

    heads = {keyed(str(w)) for ws in (data.get("naming") or {}).values() for w in ws}
    if not heads:
        return []
    objects = {k for w in phrase_keys("synonyms", "naming_objects", (lang,)) for k in w}
    determiners = {k for w in phrase_keys("synonyms", "naming_determiners", (lang,)) for k in w}
    times = {k for w in phrase_keys("synonyms", "naming_times", (lang,)) for k in w}
    toks = doc.words()
    keys = doc.inflected(lang, inflection)
    ends = {e: i for i, (_, _, e) in enumerate(toks)}

    def in_slot(start: int, end: int) -> bool:
        return within(start, end, names)

    found = []
    for verb in verbs:
        last = ends.get(verb[1])
        if last is None or not any(keys[last - len(h) + 1 : last + 1] == h for h in heads):
            continue
        first = last + 1
        j = _slot_end(toks, first, in_slot)
        if j == first and j < len(toks) and keys[j] in objects:
            j += 1
        if j == first or j >= len(toks) or keys[j] not in determiners:
            continue
        if j + 1 < len(toks) and keys[j + 1] in times:
            continue
        found.append((verb, (toks[first][1], toks[j - 1][2])))
    return found

"""Stage 1 of checking (factdb.check.parse), a party or a state said of a person, and short
forms: a party's letter or a clipped country joined to a name by a dash ("R-Vt.", "Việt - Mỹ"),
a party's adjective beside a title or a name ("Democratic Senator Hagerty"), a party or a state
beside a noun of a group (the group's, not the subject's), and what ties an attribute to its
person. Its dash patterns are kept as text and compiled on first use (re.compile's own cache
then): compiling them cost every fresh check's start.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factdb.check.statement import Mention, ParsedStatement, phrases_at
from factdb.check.wording import entity_type
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import (
    COUNTRY,
    OFFICE_TENSES,
    PERSON,
    PERSON_ATTRIBUTES,
    ROLE_TYPE,
    US_STATE,
    Vocabulary,
)
from factdb.text.covered import overlaps
from factdb.text.fold import fold
from factdb.text.tokens import word_keys


def dash_forms(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], vocab: Vocabulary
) -> list[Mention]:
    """A short form that names something only where a dash joins it to a name (`dash_forms`
    in lexicon/<lang>/statements.yaml): a party's letter before the state a US lawmaker sits
    for ("Sen. Patrick Leahy, R-Vt.": the party, as "Republican Sen. Leahy"), a country
    clipped beside another ("Việt - Mỹ", "Viet-US ties": Vietnam). A space alone joins it to
    a name of its own kind only, which makes the two a pair ("quan hệ Việt Mỹ", "Viet My":
    the two countries); beside a name of another kind it names nothing."""
    forms = _dash_words(parsed.lang)
    text = parsed.text
    names = [(m.start, m.end, entity_type(m, vocab)) for m in parsed.entities]
    found = []
    for _, start, end in toks:
        target = forms.get(text[start:end])
        if target is None or any(s <= start < e for s, e, _ in names):
            continue
        kind = vocab.entities[target].type if target in vocab.entities else ""
        after = re.compile(DASH_AFTER).match(text, end)
        before = re.compile(DASH_BEFORE).search(text, 0, start)
        spaced = re.compile(PAIR_SPACE).match(text, end)
        if (
            (after and any(s == after.end() for s, _, _ in names))
            or (before and before.end() == start and any(e == before.start() for _, e, _ in names))
            or (spaced and kind and any(s == spaced.end() and k == kind for s, _, k in names))
        ):
            found.append(Mention(text[start:end], start, end, (target,)))
    return found


def party_adjectives(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], vocab: Vocabulary
) -> list[Mention]:
    """A party's adjective that names the party only right beside a title, a person's name or
    a leader's noun (`party_adjectives` in lexicon/<lang>/statements.yaml): "Democratic Senator
    Hagerty", "a Democratic senator", "Thượng nghị sĩ Dân chủ Steve Daines" say his party, which
    a claim must then bear out; "lãnh đạo Cộng hòa", "the Republican leader" (`leader_nouns`)
    a leader's, which is checked, not dropped. Beside a noun of a group it stays a word the
    claims must say ("two Democratic lawmakers, Leahy and Hagerty": each one's, which no
    claim gives of both). Elsewhere the words are no party ("Lao People's Democratic Republic",
    "Cộng hòa Séc" are read as the countries' names before this)."""
    forms = _party_words(parsed.lang)
    text = parsed.text
    held = [(m.start, m.end) for m in parsed.entities]
    people = [
        (m.start, m.end)
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in (PERSON, ROLE_TYPE)
    ]
    people += phrases_at(parsed, "statements", "leader_nouns")
    # A title's tense word and the place of its office are the title's: "Democratic former
    # senator Leahy", "a Democratic ex-senator", "Republican former Vermont senator Leahy" say
    # his party as "former Democratic senator" does.
    titled = [(c.start, c.end) for c in parsed.grammar if c.kind in OFFICE_TENSES] + [
        (m.start, m.end)
        for m in parsed.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in (COUNTRY, US_STATE)
    ]
    # each next to the title or what was joined to it, spaces or a hyphen between: looked up by
    # where the words around it end and start, not by comparing every pair (a long statement
    # has hundreds of both)
    starts, ends = {s for s, _ in people}, {e for _, e in people}
    for start, end in sorted(titled, reverse=True):
        after = len(text) - len(text[end:].lstrip(" -"))
        before = len(text[:start].rstrip(" -"))
        if after in starts or before in ends:
            starts.add(start)
            ends.add(end)
            people.append((start, end))
    found = []
    # The words' keys are folded already (Tokens.words): a form is looked up by them, and only
    # where its first word stands (most words begin none).
    keys = tuple(key for key, _, _ in toks)
    sizes = {len(words) for words in forms}
    firsts = {words[0] for words in forms if words}
    for i, (key, start, _) in enumerate(toks):
        if key not in firsts:
            continue
        for size in sizes:
            if i + size > len(toks):
                continue
            end = toks[i + size - 1][2]
            target = forms.get(keys[i : i + size])
            if target is None or overlaps(start, end, held):
                continue
            if beside(text, start, end, people):
                found.append(Mention(text[start:end], start, end, (target,)))
    return found


# What may set a plural title off from the names it is given to: "senators, Daines and Leahy",
# "các nghị sĩ Cộng hòa Leahy và Hagerty".
LIST_OPENER = re.compile(r"\s*[,:(]?\s*")


def group_attributes(parsed: ParsedStatement, vocab: Vocabulary) -> set[tuple[int, int]]:
    """The (start, end) of each party or state named right beside a noun of a group
    (`group_nouns` in lexicon/<lang>/statements.yaml), nothing but spaces between, on either
    side (English writes it before the noun, Vietnamese after): the group's, not the party or
    state of whoever the sentence is about ("Leahy chats with GOP lawmakers" says nothing of
    Leahy's party). It is a detail of the group, which the deciding claims' sources must say
    ("các nghị sĩ của cả hai đảng Dân chủ và Cộng hòa"). Beside a title or a name, or set off
    as an apposition ("Leahy, a Republican"), it stays that person's (Offices.titled)."""
    text = parsed.text
    people = [
        m.start
        for m in parsed.entities
        if any(eid in vocab.entities and vocab.entities[eid].type == PERSON for eid in m.ids)
    ]
    groups: list[tuple[int, int]] | None = None  # looked for once a party or state is named
    found = set()
    for m in parsed.entities:
        if not any(
            eid in vocab.entities and vocab.entities[eid].type in PERSON_ATTRIBUTES for eid in m.ids
        ):
            continue
        if groups is None:
            groups = phrases_at(parsed, "statements", "group_nouns")
        near = [g for g in groups if beside(text, m.start, m.end, [g])]
        # "two Republican senators, Daines and Leahy": a plural title before the names it gives
        # to each (assertions.plural) is theirs, not an unnamed group's
        listed = any(
            (gap := LIST_OPENER.match(text, max(e, m.end))) and gap.end() in people for _, e in near
        )
        if near and not listed:
            found.add((m.start, m.end))
    return found


def beside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the words at [start, end) stand right before or after one of `spans`, with
    nothing but spaces between."""
    return any(
        (s >= end and not text[end:s].strip()) or (e <= start and not text[e:start].strip())
        for s, e in spans
    )


@lru_cache(maxsize=4)
def _party_words(lang: str) -> dict[tuple[str, ...], str]:
    forms = load_lexicon(lang, "statements").get("party_adjectives") or {}
    return {
        tuple(fold(str(form)).split()): target for target, words in forms.items() for form in words
    }


# A dash joining two names, with or without spaces ("R-Vt.", "Việt - Mỹ", "US–Viet").
DASH_AFTER = r"\s?[-–—]\s?"

DASH_BEFORE = r"\.?\s?[-–—]\s?"

# One space, no more, between a short form and the name that makes it one of a pair.
PAIR_SPACE = r" "


@lru_cache(maxsize=4)
def _dash_words(lang: str) -> dict[str, str]:
    forms = load_lexicon(lang, "statements").get("dash_forms") or {}
    return {str(word): target for target, words in forms.items() for word in words}


def linked(gap: str) -> bool:
    """Whether the words between a person's name and an attribute after it tie the attribute to
    him (`attribute_links` in lexicon/<lang>/statements.yaml): an apposition's article or a
    copula ("Leahy, a Democrat", "Leahy is a Democrat", "Leahy là đảng viên Dân chủ"), or
    nothing but punctuation ("a Vermont Democrat": the state's, then the party's)."""
    keys = word_keys(gap)
    return not keys or keys in set(phrase_keys("statements", "attribute_links"))

"""A leader's description read as the one person the statement names who fits it (issue 10).

The press names a person again by his country and a leader's noun: "Trump sent his
congratulations to To Lam after the Vietnamese leader was re-elected", "Prabowo told Lam he
hoped to visit Vietnam at the Vietnamese leader's invitation", "Ông Orbán gặp ông Tô Lâm; nhà
lãnh đạo Hungary mời ...". Read as written, the words name a country, which is no party of the
claims of the act, and the act stayed open. This module reads such a description (a country
joined to a noun of `leader_nouns`, by `description_joiners` at most, in
factdb/lexicon/<lang>/statements.yaml) as a mention of the person it stands for, before the
statement is judged: the one person the same statement names who holds or held an office of
one holder at a time in that country (`led`, World.led: a senator does not lead his country).

Where two people named fit, or none does ("Lam met the Hungarian leader" with no Hungarian
named), the description stays as written: one resolved to the wrong person could contradict.
A description beside a name ("Vietnamese leader To Lam", "Lam, the Vietnamese leader,") is that
name's own, read already as describing him; one after an indefinite article or a plural marker
("a Vietnamese leader", "các nhà lãnh đạo Việt Nam") stands for no one person.
"""

from __future__ import annotations

from collections.abc import Callable

from factdb.check.persons import with_mentions
from factdb.check.statement import Mention, ParsedStatement, phrases_at
from factdb.check.wording import ends_with_phrase
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import COUNTRY, PERSON, ROLE_TYPE, Vocabulary
from factdb.records import replace
from factdb.text.covered import overlaps

# Marks that end a clause or open a quotation: words on either side are no one description.
_APART = ';:.()"\u201c\u201d'


def with_descriptions(
    parsed: ParsedStatement, vocab: Vocabulary, led: Callable[[str], set[str]]
) -> ParsedStatement:
    """`parsed` with each leader's description it holds read as the one person it names who
    leads that country (see the module docstring); unchanged when it has none. `led` gives
    the countries a person holds or held an office of one holder at a time in."""
    found = phrases_at(parsed, "statements", "leader_nouns")
    # the longest noun only: "lãnh đạo" of "các nhà lãnh đạo" is past no plural marker; and
    # none inside a title, whose words say an office ("Armenia's head of government")
    titles = [(m.start, m.end) for m in parsed.entities if _kind(vocab, m) == ROLE_TYPE]
    leaders = [
        a
        for a in found
        if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in found)
        and not overlaps(*a, titles)
    ]
    people = {m.ids[0] for m in parsed.entities if _kind(vocab, m) == PERSON}
    if not leaders or not people:
        return parsed
    words = parsed.tokens.words()
    added: list[Mention] = []
    dropped: list[Mention] = []
    for m in parsed.entities:
        if _kind(vocab, m) != COUNTRY:
            continue
        span = _described(parsed, words, m, leaders)
        if span is None or _beside_name(parsed, vocab, words, span):
            continue
        fits = {p for p in people if m.ids[0] in led(p)}
        if len(fits) == 1:
            start, end = span
            added.append(Mention(parsed.text[start:end], start, end, (fits.pop(),)))
            dropped.append(m)
    if not added:
        return parsed
    kept = [m for m in parsed.entities if m not in dropped]
    return with_mentions(replace(parsed, entities=kept), added)


def _kind(vocab: Vocabulary, m: Mention) -> str:
    """The type of a mention's one entity; "" where it may be several."""
    info = vocab.entities.get(m.ids[0]) if len(m.ids) == 1 else None
    return info.type if info is not None else ""


def _described(
    parsed: ParsedStatement,
    words: list[tuple[str, int, int]],
    country: Mention,
    leaders: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The span of the country's mention and a leader's noun right before or after it, with
    nothing but joiners between ("Vietnamese leader", "Vietnam's leader", "nhà lãnh đạo Việt
    Nam"), past no indefinite article or plural marker; None where it is in no description."""
    joiners = set(phrase_keys("statements", "description_joiners", (parsed.lang,)))
    for start, end in leaders:
        first, last = min(start, country.start), max(end, country.end)
        gap = (country.end, start) if country.end <= start else (end, country.start)
        between = tuple(w for w, s, e in words if gap[0] <= s and e <= gap[1])
        if gap[0] > gap[1] or (between and between not in joiners):
            continue
        if any(ch in _APART + "," for ch in parsed.text[gap[0] : gap[1]]):
            continue
        before = tuple(w for w, _, e in words if e <= first)
        if ends_with_phrase(before, "indefinite_articles", parsed.lang) or ends_with_phrase(
            before, "plural_markers", parsed.lang
        ):
            continue
        return first, last
    return None


def _beside_name(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    words: list[tuple[str, int, int]],
    span: tuple[int, int],
) -> bool:
    """Whether a person's name stands right after the description, or right before it past
    a definite article at most ("Vietnamese leader To Lam", "Lam, the Vietnamese leader"):
    the name's own description, which the name already says."""
    articles = set(phrase_keys("statements", "definite_groups", (parsed.lang,)))
    for m in parsed.entities:
        if _kind(vocab, m) != PERSON:
            continue
        gap = (span[1], m.start) if span[1] <= m.start else (m.end, span[0])
        # a clause's end or a quotation between them sets the description apart
        if gap[0] > gap[1] or any(ch in _APART for ch in parsed.text[gap[0] : gap[1]]):
            continue
        between = tuple(w for w, s, e in words if gap[0] <= s and e <= gap[1])
        if not between or (span[1] > m.start and between in articles):
            return True
    return False

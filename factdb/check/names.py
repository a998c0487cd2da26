"""Stage 1 of checking (factdb.check.parse), how the phrase matches become names: a name
running past an earlier one makes it longer, a title or a person stands beside other names and
never inside them, a cue reaching into a name hides nothing, names listed before a plural head
they share ("the Foreign Relations and Appropriations committees"), a name turned round after
its possessive ("the Cambodian People's Party's Standing Committee"), and an event's name with
its body's owner said inside it. Titles are read in factdb.check.titles, a person's party or
state in factdb.check.attributes, capitals that are no known name in factdb.check.unknown_names.
"""

from __future__ import annotations

from functools import lru_cache

from factdb.check.statement import Mention, ParsedStatement
from factdb.check.topics import fielded
from factdb.check.wording import POSSESSIVES, drop_triggers, list_joiners
from factdb.lexicon.index import Entry
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import EVENT, GRAMMAR_KINDS, PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import within
from factdb.text.fold import fold
from factdb.text.tokens import word_keys

# Entity types that are never part of a longer name: a title and a person stand beside other
# names ("Chủ tịch Ủy ban Đối ngoại", "Thượng nghị sĩ Bill Hagerty"), not inside them.
UNNESTED_TYPES = frozenset({ROLE_TYPE, PERSON})


@lru_cache(maxsize=8)
def _heads(lang: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """A language's shared heads by their folded plural: the singular as written, and its folded
    words. Made once, not for every statement."""
    lex = load_lexicon(lang, "statements")
    named = {fold(k): v for k, v in (lex.get("shared_heads") or {}).items()}
    return named, {k: tuple(fold(v).split()) for k, v in named.items()}


def head_nouns(lang: str) -> dict[str, str]:
    """A language's shared heads, folded, plural to singular ("parties": "party"): a noun that
    heads the names beside it, no word of its own."""
    named, _ = _heads(lang)
    return {plural: fold(singular) for plural, singular in named.items()}


def _read_in_place(
    found: list[tuple[str, int, int, list[Entry]]], added: list[tuple[str, int, int, list[Entry]]]
) -> list[tuple[str, int, int, list[Entry]]]:
    """The names read whole (`added`) in place of the shorter names and triggers inside them."""
    if not added:
        return found
    spans = [(s, e) for _, s, e, _ in added]
    kept = [f for f in found if not (f[0] in ("entity", "trigger") and within(f[1], f[2], spans))]
    return kept + added


def shared_heads(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
    accented: bool,
) -> list[tuple[str, int, int, list[Entry]]]:
    """Names listed before a plural head they share ("the Senate Foreign Relations and
    Appropriations committees"): each item is read with the head ("Appropriations Committee"),
    where that names an entity, in place of the shorter names inside it ("Senate"). The heads
    are language data (`shared_heads` in lexicon/<lang>/statements.yaml)."""
    named, heads = _heads(lang)
    if not heads or not any(w in heads for w, _, _ in toks):
        return found
    lex = load_lexicon(lang, "statements")
    joiners = list_joiners(lang)
    stops = {fold(w) for w in lex.get("shared_head_stops", [])}
    articles = {fold(w) for w in lex.get("shared_head_articles", [])}
    words = [w for w, _, _ in toks]

    def joined(i: int) -> tuple[str, ...] | None:
        """The joiner ("and", "or") that ends at word i, if any."""
        for j in joiners:
            if len(j) <= i + 1 and tuple(words[i - len(j) + 1 : i + 1]) == j:
                return j
        return None

    added: list[tuple[str, int, int, list[Entry]]] = []
    for h, (word, _, _) in enumerate(toks):
        if word not in heads:
            continue
        items: list[list[int]] = [[]]
        i = h - 1
        while i >= 0:
            if words[i] in stops:
                # "the Foreign Relations and the Appropriations committees": an article after a
                # joiner opens a later item, not the list
                if not (words[i] in articles and items[-1] and joined(i - 1)):
                    break
                i -= 1
                continue
            joiner = joined(i)
            if joiner is not None or "," in text[toks[i][2] : toks[i + 1][1]]:
                if not items[-1]:
                    break
                items.append([])
                if joiner is not None:
                    i -= len(joiner)
                    continue
            items[-1].insert(0, i)
            i -= 1
        if len([item for item in items if item]) < 2:
            continue
        for item in items:
            if not item:
                continue
            keys = tuple(words[i] for i in item) + heads[word]
            start, end = toks[item[0]][1], toks[item[-1]][2]
            hits = [
                e
                for e in vocab.phrases.entries.get(keys, [])
                if e.kind == "entity"
                and e.stands_as(
                    f"{text[start:end]} {named[word]}",
                    lang,
                    accented,
                )
            ]
            if hits:
                added.append(("entity", start, end, hits))
    return _read_in_place(found, added)


# How many words a committee's own name may have where it is said without its chamber
# ("Appropriations", "Foreign Relations").
SHORTHAND_REACH = 3


def chamber_shorthands(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A committee named by its own words alone right before a title's head, in a list of
    titles whose earlier one names the chamber ("as Senate president pro tempore and
    Appropriations chairman"): the words are read with that chamber ("Senate Appropriations"),
    where that names a committee, so the head after them is its chair (titles.body_heads).
    Alone, "Appropriations" names no committee: the House has one too. The heads are language
    data (`body_heads` in lexicon/<lang>/statements.yaml), the chambers world data (`chambers`
    in lexicon/world/offices.yaml)."""
    lex = load_lexicon(lang, "statements")
    heads = {fold(k) for k in lex.get("body_heads") or {}}
    chambers = load_lexicon("world", "offices").get("chambers") or {}
    if not heads or not chambers:
        return found
    words = [w for w, _, _ in toks]
    names = [(s, e) for kind, s, e, _ in found if kind == "entity"]
    added: list[tuple[str, int, int, list[Entry]]] = []
    for h, word in enumerate(words):
        if word not in heads:
            continue
        for first in range(h - 1, max(h - 1 - SHORTHAND_REACH, 0), -1):
            start, end = toks[first][1], toks[h - 1][2]
            if any(s < end and start < e for s, e in names):
                break
            chamber = _chamber_before(names, toks, first, text, vocab, lang, chambers)
            if chamber is None:
                continue
            keys = chamber + tuple(words[first:h])
            hits = [
                e
                for e in vocab.phrases.entries.get(keys, [])
                if e.kind == "entity"
                and e.target in vocab.entities
                and vocab.entities[e.target].type == "committee"
            ]
            if hits:
                added.append(("entity", start, end, hits))
                break
    return found + added


def _chamber_before(
    names: list[tuple[int, int]],
    toks: list[tuple[str, int, int]],
    at: int,
    text: str,
    vocab: Vocabulary,
    lang: str,
    chambers: dict[str, object],
) -> tuple[str, ...] | None:
    """The words of the chamber that open the name joined by "and" right before word `at`
    ("Senate" of "Senate president pro tempore and ..."), or None."""
    words = [w for w, _, _ in toks]
    for joiner in list_joiners(lang):
        opens = at - len(joiner)
        if opens < 1 or tuple(words[opens:at]) != joiner:
            continue
        joined = toks[opens][1]
        prior = next((s for s, e in names if e <= joined and not text[e:joined].strip()), None)
        if prior is None:
            continue
        said = word_keys(text[prior : toks[opens - 1][2]])
        for n in range(len(said) - 1, 0, -1):
            if any(
                e.kind == "entity" and e.target in chambers
                for e in vocab.phrases.entries.get(said[:n], [])
            ):
                return said[:n]
    return None


# How many words after a possessive may name what it owns ("Standing Committee").
POSSESSED_REACH = 4


def possessive_names(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
    accented: bool,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A name before its possessive and the words after it that name, turned round, an entity
    of the vocabulary ("the Cambodian People's Party's Standing Committee": "Standing Committee
    of the Cambodian People's Party"): that entity, read whole in place of the owner's name and
    the words after it. The possessive marks and the links of the name turned round are
    language data (`possessive_names` in lexicon/<lang>/statements.yaml)."""
    lex = load_lexicon(lang, "statements").get("possessive_names") or {}
    marks = {fold(m) for m in lex.get("marks") or ()}
    links = [word_keys(str(k)) for k in lex.get("links") or ()]
    if not marks or not links:
        return found
    words = [w for w, _, _ in toks]
    starts = {s: i for i, (_, s, _) in enumerate(toks)}
    added: list[tuple[str, int, int, list[Entry]]] = []
    for kind, start, end, hits in found:
        i = starts.get(start)
        if kind != "entity" or i is None or fold(text[end : end + 2]) not in marks:
            continue
        owner = [j for j, (_, s, e) in enumerate(toks) if start <= s and e <= end]
        after = next((j for j, (_, s, _) in enumerate(toks) if s >= end + 2), len(toks))
        names = {tuple(words[j] for j in owner)}
        names |= {
            word_keys(vocab.entities[e.target].name_en) for e in hits if e.target in vocab.entities
        }
        for n in range(min(POSSESSED_REACH, len(toks) - after), 0, -1):
            body = tuple(words[after : after + n])
            stop = toks[after + n - 1][2]
            said = f"{text[end + 2 : stop].strip()} of {text[start:end]}"
            turned = [
                e
                for name in names
                for link in links
                for e in vocab.phrases.entries.get(body + link + name, [])
                if e.kind == "entity" and e.stands_as(said, lang, accented)
            ]
            if turned:
                added.append(("entity", start, stop, turned))
                break
    return _read_in_place(found, added)


def unnested(hits: list[Entry], vocab: Vocabulary) -> bool:
    return any(
        h.target in vocab.entities and vocab.entities[h.target].type in UNNESTED_TYPES for h in hits
    )


@lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    """The levels a relation is named at (factdb/lexicon/world/levels.yaml): values, whose names
    no longer name swallows."""
    return frozenset(load_lexicon("world", "levels").get("levels") or {})


def _a_level(hits: list[Entry]) -> bool:
    return any(h.target in _levels() for h in hits)


def _of_type(hits: list[Entry] | None, vocab: Vocabulary, kind: str) -> bool:
    """Whether every entity a name's phrase hits is of the entity type `kind`."""
    return bool(hits) and all(
        h.target in vocab.entities and vocab.entities[h.target].type == kind for h in hits or ()
    )


# Cue kinds read only clear of a name (parse_statement's loop drops them where they overlap
# one); a time zone ("giờ Hà Nội"), a bound or a view's opposite is read over a name
_CLEAR_OF_NAMES = frozenset({"negation", "negation_after", "plan", "wish", *GRAMMAR_KINDS})


def short_of_names(
    found: list[tuple[str, int, int, list[Entry]]],
    hidden: list[tuple[str, int, int, list[Entry]]],
    names: list[tuple[int, int]],
) -> list[tuple[str, int, int, list[Entry]]]:
    """A cue reaching into a name from before it is not read (_CLEAR_OF_NAMES), so it hides no
    shorter cue of its kind at its start, as a trigger does not: in "declined To Lam's
    invitation", "declined to" takes the name's first word, and "declined" is the refusal read
    in its place."""
    kept: list[tuple[str, int, int, list[Entry]]] = []
    for kind, start, end, hits in found:
        into = [s for s, e in names if start < s < end <= e]
        # the longest first: the matching loop tries the lengths longest first
        short = next(
            (
                h
                for h in hidden
                if kind in _CLEAR_OF_NAMES and into and h[:2] == (kind, start) and h[2] <= into[0]
            ),
            None,
        )
        kept.append(short or (kind, start, end, hits))
    return kept


def extend_name(
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    found: list[tuple[str, int, int, list[Entry]]],
    vocab: Vocabulary,
    text: str = "",
    hits: list[Entry] | None = None,
) -> None:
    """A name starting inside an earlier one and running past it makes the earlier one longer:
    in "the opening meeting of the Board of Peace on Gaza", "Board of Peace on Gaza" is a name
    inside the meeting's, so "Gaza" is part of that name, not a place of its own; the longer
    name is the event's where one of the two is an event ("the Gaza peace board's first
    meeting"). A title keeps
    only its words before the name, which is read whole: in "Chủ tịch Ủy ban Chuẩn chi Thượng
    viện Mỹ" the chair's title and the committee share "Ủy ban", which names the committee.
    So does any name before a relation's level (lexicon/world/levels.yaml), which is a value:
    in "coi trọng quan hệ Đối tác toàn diện" the view keeps "coi trọng", the level is read
    whole. A view of cooperation in fields (lexicon/world/fields.yaml) is no name there at all:
    the name after it says what the cooperation is on."""
    for j, (s, e) in enumerate(spans):
        if s < start < e < end:
            k = next(k for k, f in enumerate(found) if f[0] == "entity" and f[1:3] == (s, e))
            if _a_level(found[k][3]):
                return  # a level is read whole; what overlaps its end is not part of it
            # a view of cooperation in fields gives way to the name of what the cooperation is
            # on ("ưu tiên hợp tác khắc phục hậu quả chiến tranh": the war legacies' own)
            if {h.target for h in found[k][3]} <= fielded():
                del spans[j], found[k]
                spans.append((start, end))
                found.append(("entity", start, end, hits or []))
                return
            if unnested(found[k][3], vocab) or (hits is not None and _a_level(hits)):
                if hits is None or not text[s:start].strip():
                    return
                cut = s + len(text[s:start].rstrip())
                spans[j] = (s, cut)
                found[k] = ("entity", s, cut, found[k][3])
                spans.append((start, end))
                found.append(("entity", start, end, hits))
                return
            # the event of the two is the whole ("the Gaza peace board's first meeting": the
            # board's name inside the meeting's), as the name of an event holds its body's
            event = _of_type(hits, vocab, EVENT)
            kept = hits if event and not _of_type(found[k][3], vocab, EVENT) else found[k][3]
            spans[j] = (s, end)
            found[k] = ("entity", s, end, kept)
            return


# How many words of an event's name may stand before the body's owner ("the inaugural meeting
# of President Trump's Board of Peace": "inaugural meeting of").
OWNED_NAME_WORDS = 5


def read_owned_names(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> None:
    """An event's name with the owner of its body said inside it, as a possessive before the
    body ("the inaugural meeting of President Trump's Board of Peace" for "the inaugural
    meeting of the Board of Peace"): the whole is the event's name, the words of which name no
    act of their own ("meeting"), and the owner (with his titles) is said of the body, which
    the claims must bear out (assertions.affiliations)."""
    text = parsed.text
    mentions = sorted(parsed.entities, key=lambda m: m.start)
    starts = [s for _, s, _ in toks]
    for n, body in enumerate(mentions):
        if len(body.ids) != 1 or n == 0 or not text[: body.start].rstrip().endswith(POSSESSIVES):
            continue
        # the owner: a name right before the possessive, and any titles right before it
        k = n - 1
        owner = mentions[k]
        if text[owner.end : body.start].strip() not in POSSESSIVES:
            continue
        while k > 0 and not text[mentions[k - 1].end : mentions[k].start].strip():
            k -= 1
        first = starts.index(mentions[k].start) if mentions[k].start in starts else None
        if first is None:
            continue
        words = tuple(w for w, s, e in toks if body.start <= s and e <= body.end)
        # the body's name as the event's alias gives it, or a shorter form the mention holds
        # ("Board of Peace on Gaza" of "the inaugural meeting of the Board of Peace")
        keys = [
            (back, (*(w for w, _, _ in toks[first - back : first]), "the", *words[:size]))
            for back in range(min(OWNED_NAME_WORDS, first), 0, -1)
            for size in range(len(words), 0, -1)
        ]
        for back, key in keys:
            events = {
                e.target
                for e in vocab.phrases.entries.get(key, ())
                if e.kind == "entity"
                and e.target in vocab.entities
                and vocab.entities[e.target].type == EVENT
            }
            if len(events) == 1:
                start = toks[first - back][1]
                parsed.entities.append(
                    Mention(text[start : body.end], start, body.end, tuple(events))
                )
                # its words and numbers are the name's ("the first meeting of Trump's ...")
                named = [(start, body.end)]
                inside = [t for t in parsed.triggers if within(t.start, t.end, named)]
                drop_triggers(parsed, inside)
                parsed.quantities = [
                    q for q in parsed.quantities if not within(q.start, q.end, named)
                ]
                parsed.counts = [
                    c for c in parsed.counts if not within(c[0].start, c[0].end, named)
                ]
                break

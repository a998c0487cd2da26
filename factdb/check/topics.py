"""A view's topic said in other words (issue 10, recall on press phrasing).

A view with no predicate of its own is curated as `stated` with a topic whose aliases are the
view's key phrase ("economic, trade and investment cooperation keeps expanding"). The press
seldom writes the phrase word for word: it puts the two parties inside it ("cooperation between
Vietnam and the US keeps expanding"), reorders the direction words ("độc lập, tự cường, thịnh
vượng và vững mạnh"), inflects them ("expands") or says them with a synonym ("continues to
widen", "tiếp tục mở rộng"). This module finds a topic whose key phrase is stated that way.

A key phrase is read as a set of units: its words other than fillers, each a word's inflection
key, a group of synonyms standing as one unit ("keep", "continue", "go on"). A topic is named
where one stretch of the statement holds every unit of one of its phrases, and nothing else but
fillers and names (the parties the claim keys apart). Any other word in between breaks the
stretch: a denial ("không", "no longer"), an opposite direction word ("eroded", "thu hẹp") or a
word of another view, so an opposite or another view names no topic and stays not enough info.

A key phrase may hold the name of something else the vocabulary knows ("active cooperation in
the search for missing US servicemen" holds the programme "search for missing US servicemen"):
that name is one unit then, the thing named, where the phrase keeps two words of its own
besides; the statement may name the thing by any of its aliases ("... in the search for missing
American troops"), and the name's words are the view's then, no party of it.

The fillers and the synonym groups are language data (factdb/lexicon/<lang>/topics.yaml), with
an example corpus each that tests/test_topics.py runs; the code here never knows a word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence

from factdb.lexicon.index import LANGUAGES, Fillers, prepare_fillers, reach
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.kept import kept
from factdb.lexicon.vocabulary import EVENT, PERSON, PERSON_ATTRIBUTES, ROLE_TYPE, Vocabulary
from factdb.records import dataclass
from factdb.text.covered import overlaps, within
from factdb.text.fold import has_marks, nfc
from factdb.text.tokens import Tokens, word_keys

# A phrase of one unit is a word the exact alias match already reads: nothing to widen.
MIN_UNITS = 2
# What marks a unit that is a thing named inside a key phrase (its id follows), not a word.
NAMED = "@"
# The kinds of thing a deed furthers, which a thanks may name for the deed ("thanked Daines for
# the resolution"): not a party, who may be thanked, nor a view.
DEED_THINGS = frozenset({"document", "programme", "agreement", EVENT})
# The kinds of thing that name someone: their words say who, not what a view says.
_SOMEONE = frozenset({PERSON, ROLE_TYPE})
# What ends a clause, and with it a list of fields: a list's commas and dashes do not.
CLAUSE_ENDS = frozenset(".;:!?\n")


@dataclass(frozen=True)
class _Lexicon:
    # Fillers as written (lower case) and folded: in text that writes diacritics a filler must
    # be written as listed, since folding makes other words of it ("đang" is "is -ing", "đảng"
    # a party; "mối" a filler, "mới" new).
    fillers: Fillers
    # Every word of a folded filler: text without diacritics passes each word of a filler of
    # several words ("tro thanh"), where written text passes only a filler of one word.
    folded_words: frozenset[str]
    # The fillers written without marks: an alias (kept folded) holding one of them holds that
    # word, so the alias need not be said with it ("has been maintained to this day"); a marked
    # filler's fold is other words too ("đang", "đảng"), so an alias keeps those.
    plain_fillers: frozenset[str]
    # A synonym's words (folded, or their inflection keys) -> the unit its group stands as.
    synonyms: dict[tuple[str, ...], str]
    # The longest synonym each first word starts (lexicon.index.reach): most words start none.
    reach: dict[str, int]
    # The words that make a verb a noun (folded: "su" of "sự"): a key phrase they open may be
    # said by its verb as the deed a thanks is for ("cảm ơn ... đã đón tiếp trọng thị").
    nominalizers: frozenset[str] = frozenset()
    # The words that name an act's result, each folded ("outcome of", "kết quả"): a key phrase
    # they open may be said by the act alone as what a praise is for ("praised the talks").
    outcomes: frozenset[tuple[str, ...]] = frozenset()
    # The words between the thanked one and the deed ("vì" of "cảm ơn ông vì đã đón tiếp").
    deed_openers: frozenset[str] = frozenset()
    # The words of furthering a thing (folded): "helping steer", "backing", "vận động", which a
    # thanks for a deed may say before the thing the deed furthered, whose key phrase it is.
    furthering: frozenset[str] = frozenset()
    # The words naming the course of what a key phrase names ("đà", "momentum"): said right
    # before it (past fillers) or right after it, they are the phrase's words.
    heads: Fillers = prepare_fillers(())
    # The words a key phrase's fields follow ("cooperation", "hợp tác"), folded, and the words
    # that may open the fields after them ("especially", "về"): see `fields_after`.
    field_heads: frozenset[tuple[str, ...]] = frozenset()
    field_openers: frozenset[tuple[str, ...]] = frozenset()

    def filler(self, written: str, folded: str, loose: bool) -> bool:
        return folded in self.folded_words if loose else (written,) in self.fillers.written


def _lexicon(lang: str) -> _Lexicon:
    return _lexicons()[lang]


@kept
def _lexicons() -> dict[str, _Lexicon]:
    """Each language's topic lexicon, kept between runs: every fresh check made its own
    language's again (0.5 ms)."""
    return {lang: _made(lang) for lang in LANGUAGES}


def _made(lang: str) -> _Lexicon:
    data = load_lexicon(lang, "topics")
    synonyms: dict[tuple[str, ...], str] = {}
    for n, group in enumerate(data.get("synonyms") or []):
        for phrase in group:
            synonyms[word_keys(str(phrase))] = f"~{lang}{n}"
    fillers = [nfc(str(w)).lower() for w in data.get("fillers") or []]
    prepared = prepare_fillers(fillers)
    return _Lexicon(
        prepared,
        frozenset(k for phrase in prepared.folded for k in phrase),
        frozenset(k for w in fillers if not has_marks(w) for k in word_keys(w)),
        synonyms,
        reach(synonyms),
        frozenset(k for w in data.get("nominalizers") or [] for k in word_keys(str(w))),
        frozenset(word_keys(str(w)) for w in data.get("outcomes") or []),
        frozenset(k for w in data.get("deed_openers") or [] for k in word_keys(str(w))),
        frozenset(k for w in data.get("furthering") or [] for k in word_keys(str(w))),
        prepare_fillers(nfc(str(w)).lower() for w in data.get("heads") or []),
        frozenset(word_keys(str(w)) for w in data.get("field_heads") or []),
        frozenset(word_keys(str(w)) for w in data.get("field_openers") or []),
    )


def _units(
    words: Sequence[str], keys: tuple[str, ...], lex: _Lexicon
) -> list[tuple[str, int, int]]:
    """Each unit of `words` (folded; `keys` their inflection keys) with the positions it spans:
    a synonym group's unit, else a word's inflection key."""
    found: list[tuple[str, int, int]] = []
    reach, synonyms, count = lex.reach, lex.synonyms, len(words)
    i = 0
    while i < count:
        # most words start no synonym: their unit is their key, with no probe at all
        longest = reach.get(words[i], 0)
        longest = max(longest, reach.get(keys[i], 0)) if keys[i] != words[i] else longest
        for n in range(min(longest, count - i), 0, -1) if longest else ():
            unit = synonyms.get(tuple(words[i : i + n])) or synonyms.get(keys[i : i + n])
            if unit:
                found.append((unit, i, i + n))
                i += n
                break
        else:
            found.append((keys[i], i, i + 1))
            i += 1
    return found


@dataclass(frozen=True)
class _Phrase:
    topic: str
    units: frozenset[str]


def _named_within(
    keys: tuple[str, ...], vocab: Vocabulary, topics: frozenset[str]
) -> tuple[str, ...]:
    """`keys` (a topic phrase's folded words) with each name of one thing other than a topic
    inside it, longest first, as that thing's unit (NAMED + its id)."""
    entries, longest = vocab.phrases.entries, vocab.phrases.longest
    found: list[str] = []
    i, named = 0, False
    while i < len(keys):
        for n in range(min(longest, len(keys) - i), 0, -1):
            targets = {
                e.target
                for e in entries.get(keys[i : i + n]) or ()
                if e.kind == "entity" and e.target not in topics
            }
            if len(targets) == 1:
                found.append(NAMED + targets.pop())
                i, named = i + n, True
                break
        else:
            found.append(keys[i])
            i += 1
    return tuple(found) if named else keys


@dataclass(frozen=True)
class _Phrases:
    ordered: tuple[_Phrase, ...]  # longest first
    # Each phrase's position in `ordered` under its rarest unit: a statement tries only the
    # phrases one of its own words can complete, not every topic's.
    by_unit: dict[str, tuple[int, ...]]
    topics: frozenset[str]  # every topic, of any language and length
    # The phrases a nominalizer opens, as their verb says them (its words after it), under
    # their first word, longest first: the deeds a thanks may be for (_deed).
    deeds: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # Each thing (DEED_THINGS) named inside one topic's phrases alone -> that topic: the deed a
    # thanks for the thing is for (_furthered). A thing of several topics decides none.
    things: dict[str, str]
    # Each topic -> the things its phrases name inside them ("the Senate" of "get the Senate to
    # pass the 30th-anniversary resolution"): the names a deed said with its thing may hold.
    holds: dict[str, frozenset[str]]


def _phrases(vocab: Vocabulary, lang: str) -> _Phrases:
    """The topics' phrases of `lang` as units; kept on the vocabulary, which is compiled once
    for a state of the base."""
    cached = vocab.topic_units
    if lang not in cached:
        lex, inflection = _lexicon(lang), vocab.inflections.get(lang)
        topics = frozenset(topic for topic, _, _ in vocab.topic_phrases)

        def units(keys: tuple[str, ...]) -> frozenset[str]:
            inflected = inflection.key(keys) if inflection else keys
            # a name's unit is its thing, not a word to inflect
            inflected = tuple(
                k if k.startswith(NAMED) else i for k, i in zip(keys, inflected, strict=True)
            )
            return frozenset(
                u
                for u, i, j in _units(keys, inflected, lex)
                if j - i > 1 or keys[i] not in lex.plain_fillers
            )

        found = set()
        holders: dict[str, set[str]] = {}
        held: dict[str, set[str]] = {}
        for topic, phrase_lang, keys in vocab.topic_phrases:
            if phrase_lang != lang:
                continue
            found.add(_Phrase(topic, units(keys)))
            named = units(_named_within(keys, vocab, topics))
            for thing in (u.removeprefix(NAMED) for u in named if u.startswith(NAMED)):
                held.setdefault(topic, set()).add(thing)
                if _typed(vocab, thing, DEED_THINGS):
                    holders.setdefault(thing, set()).add(topic)
            # the view's own words hold its direction ("active", "pushed for"): with the name
            # read as a thing, as many of them as a phrase of words alone must have
            if sum(not u.startswith(NAMED) for u in named) >= MIN_UNITS:
                found.add(_Phrase(topic, named))
        ordered = tuple(
            sorted(
                (p for p in found if len(p.units) >= MIN_UNITS),
                key=lambda p: (-len(p.units), p.topic, sorted(p.units)),
            )
        )
        counts = Counter(u for p in ordered for u in p.units)
        by_unit: dict[str, list[int]] = {}
        for n, phrase in enumerate(ordered):
            rarest = min(phrase.units, key=lambda u: (counts[u], u))
            by_unit.setdefault(rarest, []).append(n)
        deeds: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for topic, phrase_lang, keys in vocab.topic_phrases:
            if phrase_lang == lang and (said := _said_by_deed(keys, lex)):
                deeds.setdefault(said[0], []).append((said, topic))
        cached[lang] = _Phrases(
            ordered,
            {u: tuple(ns) for u, ns in by_unit.items()},
            topics,
            {w: tuple(sorted(ds, key=lambda d: -len(d[0]))) for w, ds in deeds.items()},
            {thing: ts.pop() for thing, ts in holders.items() if len(ts) == 1},
            {topic: frozenset(ids) for topic, ids in held.items()},
        )
    return cached[lang]


def _said_by_deed(keys: tuple[str, ...], lex: _Lexicon) -> tuple[str, ...]:
    """The words by which a thanks or a praise may say the key phrase `keys` (folded) as its
    deed: past its nominalizer, the verb that makes the noun ("sự đón tiếp" by "đón tiếp"); past
    an outcome word and the fillers after it, the act whose result it names ("the outcome of
    the talks" by "talks"). None (empty) for a phrase neither opens."""
    if len(keys) > MIN_UNITS and keys[0] in lex.nominalizers:
        return keys[1:]
    for opener in lex.outcomes:
        if keys[: len(opener)] == opener:
            rest = keys[len(opener) :]
            while rest and rest[0] in lex.plain_fillers:
                rest = rest[1:]
            return rest
    return ()


def prepare(vocab: Vocabulary) -> None:
    """Every language's phrases, made now: a vocabulary kept between runs keeps them with it
    (factdb.lexicon.stored), where each fresh check made them again (7 ms)."""
    for lang in LANGUAGES:
        _phrases(vocab, lang)


def stated_topics(
    text: str,
    doc: Tokens,
    lang: str,
    names: dict[tuple[int, int], tuple[str, ...]],
    vocab: Vocabulary,
    deeds: Sequence[int] = (),
    titles: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, tuple[str, ...], tuple[tuple[int, int], ...]]]:
    """(start, end, topic ids, the names it takes) of each stretch of a statement stating a
    topic's key phrase in other words (see the module docstring). `doc` is `text` cut into
    tokens, `names` its names read so far (span -> ids); a topic named word for word is not
    read again. The names taken are those the phrase holds as its own units: their words are
    the view's, no party of it. `deeds` are where the words of a thanks or a praise end: a
    phrase a nominalizer opens may be said by its verb right after them, past names, the small
    words of their `titles` ("ông") and fillers ("cảm ơn ông Hun Sen đã đón tiếp trọng thị" is
    thanks for "sự đón tiếp trọng thị"); anywhere else its verb says an act, which the
    predicates read. There, where no key phrase is read over them, the words may also say the
    deed by the thing it furthered (`_furthered`: "thanked Daines for the resolution")."""
    if lang not in LANGUAGES or not vocab.topic_phrases:
        return []
    lex = _lexicon(lang)
    toks, loose = doc.words(), doc.loose
    units = _units([w for w, _, _ in toks], doc.inflected(lang, vocab.inflections.get(lang)), lex)
    at = {(start, end): i for i, (_, start, end) in enumerate(toks)}
    spans = {}  # a name's word positions -> its span
    someone: list[range] = []  # the word positions of each name of someone: a person, an office
    for start, end in names:
        inside = [i for (s, e), i in at.items() if start <= s and e <= end]
        if inside:
            spans[(min(inside), max(inside) + 1)] = (start, end)
            units += [(NAMED + eid, min(inside), max(inside) + 1) for eid in names[(start, end)]]
            if all(_typed(vocab, eid, _SOMEONE) for eid in names[(start, end)]):
                someone.append(range(min(inside), max(inside) + 1))
    units.sort(key=lambda u: (u[1], -u[2]))
    present = {u for u, _, _ in units}
    named = {eid for ids in names.values() for eid in ids}

    # A filler of several words stands inside a phrase only whole ("trên cơ sở", where "cơ"
    # alone is a word of "cơ chế"); without diacritics each of its words does (Lexicon.filler).
    written = [nfc(text[s:e]).lower() for _, s, e in toks]
    whole = _whole_fillers(written, lex.fillers)

    def filled(i: int) -> bool:
        """Whether the word at `i` is a filler."""
        return i in whole or lex.filler(written[i], toks[i][0], loose)

    def passed(i: int) -> bool:
        """Whether the word at `i` may stand inside a phrase: a filler, or a word of a name (a
        party standing in the phrase)."""
        return filled(i) or within(toks[i][1], toks[i][2], names)

    def named_as(run: Sequence[int]) -> bool:
        """Whether the words at `run` name by themselves something other than someone (the
        country of "US senators")."""
        found = vocab.phrases.entries.get(tuple(toks[k][0] for k in run)) or ()
        return any(e.kind == "entity" and not _typed(vocab, e.target, _SOMEONE) for e in found)

    found: dict[tuple[int, int], set[str]] = {}
    took: dict[tuple[int, int], set[tuple[int, int]]] = {}
    # The stretches of views already read: those named word for word first, whose words are
    # theirs ("continue to develop positively" is not also "relations continue to develop").
    phrases = _phrases(vocab, lang)
    views = [span for span, ids in names.items() if any(e in phrases.topics for e in ids)]
    taken: list[tuple[int, int]] = []
    keys = [k for k, _, _ in toks]
    starts = [start for _, start, _ in toks]
    # a name's first word position -> (past its last, its ids)
    named_at: dict[int, tuple[int, tuple[str, ...]]] = {}
    for (i, j), span in spans.items():
        if j > named_at.get(i, (0, ()))[0]:
            named_at[i] = (j, names[span])

    def past(i: int) -> bool:
        """Whether the word at `i` may stand before a deed: `passed`, or a title's small word."""
        return passed(i) or within(*toks[i][1:], titles)

    # deeds said by the thing they furthered, read only where no key phrase is said otherwise
    furthered: list[tuple[tuple[int, int], str, set[tuple[int, int]]]] = []
    for end in deeds:
        at = bisect_left(starts, end)
        deed = _deed(keys, phrases, lex, at, past)
        if deed is not None:
            first, last, topic = deed
            span = (toks[first][1], toks[last - 1][2])
            found.setdefault(span, set()).add(topic)
            took.setdefault(span, set())
            taken.append(span)
        elif (thing := _furthered(keys, phrases, lex, at, past, named_at)) is not None:
            first, last, topic = thing
            span = (toks[first][1], toks[last - 1][2])
            inner = {spans[(i, j)] for i, (j, _) in named_at.items() if first <= i < last}
            furthered.append((span, topic, inner))
    tried = sorted({n for u in present for n in phrases.by_unit.get(u, ())})
    for phrase in (phrases.ordered[n] for n in tried):
        if not phrase.units <= present:
            continue
        span = _stretch(units, phrase.units, passed)
        if span is None or _cuts_someone(span, phrase.units, units, someone, filled, named_as):
            continue
        start, end = toks[span[0]][1], toks[span[1] - 1][2]
        # A topic named word for word by a shorter alias is read again only where a longer
        # phrase of it holds that name and more words ("duy trì các cơ chế đối thoại song
        # phương định kỳ" over "duy trì các cơ chế đối thoại"): the words past the name are
        # the view's too, not details no claim says. The name is then the longer phrase's.
        widened = [
            v
            for v in views
            if phrase.topic in names[v] and within(*v, [(start, end)]) and v != (start, end)
        ]
        if phrase.topic in named and not widened:
            continue
        # ... over words of its own: a party beside the name stays a party ("... bên cạnh
        # Israel" past "nhà nước Palestine cùng tồn tại hòa bình bên cạnh")
        if widened and any(
            u not in phrase.units and not within(*spans[(i, j)], widened)
            for u, i, j in units
            if u.startswith(NAMED) and span[0] <= i and j <= span[1]
        ):
            continue
        # ... nor into a name that runs past it ("coi trọng quan hệ" of "coi trọng quan hệ Đối
        # tác toàn diện": the level's words are the level's)
        if widened and any(
            u.startswith(NAMED) and (i < span[0] < j or i < span[1] < j) for u, i, j in units
        ):
            continue
        # The longest phrase read over a stretch holds it: a shorter one inside it is the same
        # words read again, another topic only if it is the same stretch (ambiguous then).
        if (start, end) not in found and within(start, end, taken):
            continue
        if overlaps(start, end, [v for v in views if v not in widened]):
            continue
        found.setdefault((start, end), set()).add(phrase.topic)
        took.setdefault((start, end), set()).update(widened)
        took[(start, end)].update(
            spans[(i, j)]
            for u, i, j in units
            if span[0] <= i
            and j <= span[1]
            and (
                (u in phrase.units and u.startswith(NAMED))
                # a party inside the phrase describes its people ("lawmakers from both the
                # Democratic and Republican parties"): the view's words, no one's membership
                or (u.startswith(NAMED) and _attribute(vocab, u.removeprefix(NAMED)))
            )
        )
        taken.append((start, end))
    for span, topic, inner in furthered:
        if not overlaps(*span, list(found)):
            found[span], took[span] = {topic}, inner
    named_views = {
        v: tuple(e for e in names[v] if e in phrases.topics)
        for v in views
        if not within(*v, list(found))
    }
    bounds = (starts, [e for _, _, e in toks])
    _take_heads(written, keys, loose, lex, passed, bounds, found, took, named_views)
    return [
        (start, end, tuple(sorted(ids)), tuple(sorted(took[(start, end)])))
        for (start, end), ids in sorted(found.items())
    ]


@kept
def fielded() -> frozenset[str]:
    """The topics read only with their fields (factdb/lexicon/world/fields.yaml)."""
    return frozenset(load_lexicon("world", "fields").get("fielded") or {})


@kept
def fielded_acts() -> dict[str, str]:
    """Each topic read with its fields -> the act it names where it is a statement's only verb
    (factdb/lexicon/world/fields.yaml `acts`)."""
    acts = load_lexicon("world", "fields").get("acts") or {}
    return {tid: str(act["predicate"]) for tid, act in acts.items()}


def fields_after(
    text: str,
    doc: Tokens,
    lang: str,
    views: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int]],
) -> dict[tuple[int, int], tuple[int, int]]:
    """The stretch of fields said after each view of `views` (a key phrase's span) that ends in
    a field head ("closer cooperation with Vietnam in trade, transport and education", "tăng
    cường hợp tác với Việt Nam về kinh tế, thương mại"): past fillers and `names` (the
    parties), and a field opener if any, to the end of the clause. A field is what the view is
    about, so a predicate's trigger there ("trade") names no act of trade; its words stay ones
    the deciding claim's sentence must say."""
    if lang not in LANGUAGES:
        return {}
    lex = _lexicon(lang)
    if not lex.field_heads:
        return {}
    toks, loose = doc.words(), doc.loose
    keys = [k for k, _, _ in toks]
    written = [nfc(text[s:e]).lower() for _, s, e in toks]
    whole = _whole_fillers(written, lex.fillers)
    ends = [e for _, _, e in toks]
    longest = max(len(w) for w in lex.field_heads | lex.field_openers)
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for start, end in views:
        last = bisect_left(ends, end)  # the view's last word
        heads = (tuple(keys[last - n + 1 : last + 1]) for n in range(1, longest + 1))
        if not any(h in lex.field_heads for h in heads):
            continue
        at = last + 1
        while at < len(toks) and (
            at in whole
            or lex.filler(written[at], keys[at], loose)
            or within(toks[at][1], toks[at][2], names)
        ):
            at += 1
        at += next(
            (n for n in range(longest, 0, -1) if tuple(keys[at : at + n]) in lex.field_openers), 0
        )
        if at >= len(toks):
            continue
        first = toks[at][1]
        # the clause ends at a stop that is not a list's comma or dash
        stop = next((i for i in range(first, len(text)) if text[i] in CLAUSE_ENDS), len(text))
        found[(start, end)] = (first, stop)
    return found


def _whole_fillers(written: Sequence[str], fillers: Fillers) -> set[int]:
    """The positions of `written` (a statement's words, lower case with their marks) that a
    filler of several words covers whole."""
    covered: set[int] = set()
    for i, word in enumerate(written):
        for n in range(min(fillers.written_reach.get(word, 0), len(written) - i), 1, -1):
            if tuple(written[i : i + n]) in fillers.written:
                covered.update(range(i, i + n))
                break
    return covered


def _take_heads(
    written: Sequence[str],
    keys: Sequence[str],
    loose: bool,
    lex: _Lexicon,
    passed: Callable[[int], bool],
    spans: tuple[Sequence[int], Sequence[int]],
    found: dict[tuple[int, int], set[str]],
    took: dict[tuple[int, int], set[tuple[int, int]]],
    views: dict[tuple[int, int], tuple[str, ...]],
) -> None:
    """Widen each view's stretch in `found` (and each of `views`, named word for word) over a
    head said right before it, past fillers and names ("đà tăng trưởng kinh tế", "the momentum
    of Vietnam's economic growth"), or right after it ("economic growth momentum"): the course
    of what the view names is what was said of it, not a detail no claim says. A view named
    word for word and so widened is the widened stretch's name (`took`). `written` and `keys`
    are the statement's words (lower case with their marks, folded), `spans` their starts and
    ends."""
    heads = lex.heads
    if not heads.written:
        return

    def head(i: int, j: int) -> bool:
        """Whether words i..j-1 are a head; without diacritics, not one that folds like a
        filler ("da": "đã"), which is that filler."""
        if i < 0 or j > len(keys) or i >= j:
            return False
        if not loose:
            return tuple(written[i:j]) in heads.written
        folded = tuple(keys[i:j])
        return folded in heads.folded and folded not in lex.fillers.folded

    longest = max(len(h) for h in heads.written)
    starts, ends = spans
    for span in [*found, *views]:
        first, last = bisect_left(starts, span[0]), bisect_left(ends, span[1]) + 1
        at = first - 1
        while (
            at >= 0
            and passed(at)
            and not any(head(at - n + 1, at + 1) for n in range(1, longest + 1))
        ):
            at -= 1
        first = next((at - n + 1 for n in range(longest, 0, -1) if head(at - n + 1, at + 1)), first)
        last = next((last + n for n in range(longest, 0, -1) if head(last, last + n)), last)
        wide = (starts[first], ends[last - 1])
        if wide == span or wide in found:
            continue
        if span in found:
            found[wide], took[wide] = found.pop(span), took.pop(span)
        else:
            found[wide], took[wide] = set(views[span]), {span}


def _deed(
    keys: Sequence[str],
    phrases: _Phrases,
    lex: _Lexicon,
    at: int,
    passed: Callable[[int], bool],
) -> tuple[int, int, str] | None:
    """(first word, past the last, topic) of the key phrase a nominalizer opens, said by its
    verb as the deed a thanks or a praise is for: word for word, its nominalizer left out,
    from word `at` on past names, fillers and `deed_openers`; the longest such phrase. None if
    none is."""
    while at < len(keys) and (passed(at) or keys[at] in lex.deed_openers):
        at += 1
    if at == len(keys):
        return None
    for words, topic in phrases.deeds.get(keys[at], ()):
        if tuple(keys[at : at + len(words)]) == words:
            return at, at + len(words), topic
    return None


def _furthered(
    keys: Sequence[str],
    phrases: _Phrases,
    lex: _Lexicon,
    at: int,
    passed: Callable[[int], bool],
    named_at: dict[int, tuple[int, tuple[str, ...]]],
) -> tuple[int, int, str] | None:
    """(first word, past the last, topic) of a deed said by the thing it furthered, after the
    words of a thanks or a praise and the one thanked: "thanked Daines for (helping steer) the
    30th-anniversary resolution" is thanks for his part in it, the topic whose phrases alone
    name that thing (`_Phrases.things`). From word `at` on: the one thanked first (a name), then
    only fillers, `deed_openers`, words of furthering (`furthering`) and names the topic's
    phrases hold, up to the thing. None where any other word stands before it ("for blocking
    the resolution", a denial): a deed of another kind, which no key phrase says."""
    thanked, closed, first = False, False, None
    between: set[str] = set()  # what is named past the one thanked, before the thing
    i = at
    while i < len(keys):
        if i in named_at:
            end, ids = named_at[i]
            deeds = {phrases.things.get(eid) for eid in ids}
            topic = deeds.pop() if len(deeds) == 1 else None
            if thanked and topic is not None:
                if not between <= phrases.holds[topic]:
                    return None  # someone or something else the deed is said with
                return (i if first is None else first), end, topic
            if closed:
                between.update(ids)
                first = i if first is None else first
            thanked = True
            i = end
            continue
        # any word past the one thanked ends his name ("Sen. Steve Daines | for the Senate")
        closed = thanked
        if keys[i] in lex.furthering and thanked:
            first = i if first is None else first
        elif keys[i] not in lex.deed_openers and not passed(i):
            return None
        i += 1
    return None


def named_within(phrase: str, vocab: Vocabulary) -> frozenset[str]:
    """The things other than topics a view's phrase as the statement says it names inside it
    ("push through the 30th-anniversary resolution" names the resolution): the parse reads the
    phrase as the view alone, whose words these names are."""
    topics = frozenset(topic for topic, _, _ in vocab.topic_phrases)
    units = _named_within(word_keys(phrase), vocab, topics)
    return frozenset(u.removeprefix(NAMED) for u in units if u.startswith(NAMED))


def _attribute(vocab: Vocabulary, eid: str) -> bool:
    """Whether the name is a person's attribute (a party, a state: PERSON_ATTRIBUTES)."""
    return _typed(vocab, eid, PERSON_ATTRIBUTES)


def _typed(vocab: Vocabulary, eid: str, types: frozenset[str]) -> bool:
    """Whether the name is of one of `types`."""
    return eid in vocab.entities and vocab.entities[eid].type in types


def _cuts_someone(
    span: tuple[int, int],
    wanted: frozenset[str],
    units: list[tuple[str, int, int]],
    someone: list[range],
    filled: Callable[[int], bool],
    named_as: Callable[[Sequence[int]], bool],
) -> bool:
    """Whether the phrase read over `span` takes some words of a name of someone and leaves
    others that are neither fillers nor by themselves the name of a place or a body: "party"
    of "the party chief backed ..." is the title's, which says nothing of backing from a party;
    "senators" of "US senators" may be a view's words ("among the first US senators to oppose
    the war"), the country being a name of its own. `filled` says whether a word is a filler,
    `named_as` whether words name something other than someone."""
    taken = {k for u, i, j in units if u in wanted and span[0] <= i < span[1] for k in range(i, j)}
    for name in someone:
        if taken.isdisjoint(name):
            continue
        runs: list[list[int]] = [[]]  # the words of the name the phrase leaves, run by run
        for k in name:
            if k in taken or filled(k):
                runs.append([])
            else:
                runs[-1].append(k)
        if any(run and not named_as(run) for run in runs):
            return True
    return False


def _stretch(
    units: list[tuple[str, int, int]],
    wanted: frozenset[str],
    passed: Callable[[int], bool],
) -> tuple[int, int] | None:
    """The first stretch of word positions holding every unit of `wanted` and nothing but
    words `passed` besides, trimmed to its first and last wanted unit; or None."""
    run: list[tuple[str, int, int]] = []  # the wanted units of the current stretch
    for unit, start, end in units:
        if unit in wanted:
            run.append((unit, start, end))
            if {u for u, _, _ in run} == wanted:
                return _tightest(run, wanted)
        elif not all(passed(i) for i in range(start, end)):
            run = []  # a word of something else: the stretch ends here
    return None


def _tightest(run: list[tuple[str, int, int]], wanted: frozenset[str]) -> tuple[int, int]:
    """The shortest end of `run` (which just completed `wanted`) that still holds every unit."""
    seen: set[str] = set()
    for unit, start, _ in reversed(run):
        seen.add(unit)
        if seen == wanted:
            return start, run[-1][2]
    return run[0][1], run[-1][2]

"""Stage 1 of checking (factdb.check.parse), where a title or an office in a statement is
read: an office phrase opening with a tense word ("nguyên Thủ tướng"), a title in general terms
before a person's name ("lawmaker Hagerty"), a title written after the body it heads ("Senate
Appropriations Committee chairman"), a "former" word with no title near it, the words that name
the department of a title head ("Minister for Home Affairs"), and a title's tense words ("current
and former senators"). The offices a claim holds are weighed by factdb.check.offices.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from factdb.check.statement import Mention, ParsedStatement, phrases_at
from factdb.check.wording import (
    ends_with_phrase,
    entity_type,
    gap_words,
    list_joiners,
    phrase_words,
)
from factdb.lexicon.index import Entry, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import (
    CITY,
    COUNTRY,
    OFFICE_TENSES,
    PERSON,
    ROLE_TYPE,
    PhraseIndex,
    Vocabulary,
    is_role,
)
from factdb.text.covered import overlaps
from factdb.text.fold import fold
from factdb.text.sentences import CLAUSE_BREAKS, SENTENCE_ENDS
from factdb.text.tokens import phrase_spans, phrase_starts, word_keys

# How many words from a "former" word a name or a title may stand for the word to say when
# that title was held ("cựu Chủ tịch", "Orbán đã từ chức", "nguyên là Thủ tướng"), not counting
# the title's place and small words between ("former U.S. Sen. Leahy").
FORMER_REACH = 2


def untitled_formers(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The "former" words (office_tense in lexicon/<lang>/statements.yaml) with no title near
    them, dropped from the grammar words: beside none they say no office ended, and are words
    the claims must account for. Written without marks, "cựu" (former) is also "cứu"
    (rescue, of "Đảng Cứu quốc Campuchia", another party's name), which was read as a tense and
    left the party's name unchecked."""
    formers = [c for c in parsed.grammar if c.kind == "former"]
    if not formers:
        return []

    def typed(types: frozenset[str]) -> list[tuple[int, int]]:
        return [
            (m.start, m.end)
            for m in parsed.entities
            if any(eid in vocab.entities and vocab.entities[eid].type in types for eid in m.ids)
        ]

    titles = typed(frozenset({ROLE_TYPE}))
    names = typed(frozenset({PERSON}))
    # the title's place, or the body whose name stands before the title that heads it
    # ("former Senate Appropriations Committee chairman Leahy": body_heads)
    passed = typed(frozenset({COUNTRY, CITY}) | _HEADED_BODIES)
    passed += [(c.start, c.end) for c in parsed.grammar if c.kind == "title_filler"]
    starts = [s for _, s, _ in toks]
    ends = [e for _, _, e in toks]

    # "former Hungarian leader Orbán": a leader noun names no office a claim could check, so
    # the word is his description's, which the claims must account for
    leaders = phrase_spans(toks, phrase_keys("statements", "leader_nouns", (parsed.lang,)))

    def titled(words: list[tuple[str, int, int]], back: bool, clause_goes_on: bool) -> bool:
        """Whether a title comes within FORMER_REACH of `words`, nearest first (a name after
        the word passed on the way: "Previously, Leahy was a senator"), or a name before it
        whose clause goes on past the word (`clause_goes_on`: "Leahy formerly served as a
        senator", "Leahy once represented Vermont"), and no leader noun before it. A name with
        the word alone set off after it is no title ("Daines, now retired, ...": no office a
        claim could check), nor one after it ("Former Daines"), and one titled right before it
        takes no tense from a word after it ("Senator Daines, retired, ...", "Thượng nghị sĩ
        Daines đã về hưu")."""
        left = FORMER_REACH
        for _, s, e in words:
            if overlaps(s, e, leaders):
                return False
            if overlaps(s, e, titles):
                return True
            if overlaps(s, e, names):
                if not back:
                    continue  # "Previously, Leahy was a senator": the title past the name
                return clause_goes_on and not titled_name(s, e)
            if not overlaps(s, e, passed):
                left -= 1
                if not left:
                    return False
        return False

    def titled_name(start: int, end: int) -> bool:
        name = next((n for n in names if n[0] <= start < n[1]), (start, end))
        return any(not parsed.text[e : name[0]].strip() for _, e in titles if e <= name[0])

    untitled = []
    for cue in formers:
        first, last = bisect_left(starts, cue.start), bisect_right(ends, cue.end) - 1
        after = toks[last + 1 :]
        led = any(overlaps(s, e, leaders) for _, s, e in after[: FORMER_REACH + 1])
        rest = parsed.text[cue.end :]
        clause = rest[: next((k for k, ch in enumerate(rest) if ch in CLAUSE_BREAKS), len(rest))]
        later = any(ch.isalnum() for ch in clause)
        # "met Hun Manet once in Washington": after an act verb and the name it binds, the word
        # counts the act, as "twice" would, and says nothing of the name's office
        opens = max(
            (k + 1 for k, ch in enumerate(parsed.text[: cue.start]) if ch in CLAUSE_BREAKS),
            default=0,
        )
        acted = later and any(
            t.kind == "trigger" and opens <= t.start and t.end <= cue.start for t in parsed.triggers
        )
        if led or not (
            titled(after, False, later) or titled(toks[:first][::-1], True, later and not acted)
        ):
            untitled.append((cue.start, cue.end))
    parsed.grammar = [c for c in parsed.grammar if (c.start, c.end) not in untitled]
    return untitled


# The bodies a title may head: "the Appropriations Committee chairman", "Board of Peace chair".
_HEADED_BODIES = frozenset({"committee", "organisation"})


def body_heads(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A title written right after the name of the body it heads ("a former Senate
    Appropriations Committee chairman"): the word is read as the phrase it stands for there
    ("committee chairman"), so that the title is the body's as "chairman of the Senate
    Appropriations Committee" is. Only after a body's name: bare, before a name, "Chairman" is
    an honorific ("Chairman Hun Sen") that the name's own alias reads. The words are language
    data (`body_heads` in lexicon/<lang>/statements.yaml)."""
    heads = load_lexicon(lang, "statements").get("body_heads") or {}
    if not heads:
        return found
    named = {fold(k): v for k, v in heads.items()}
    body_ends = {
        e
        for kind, _, e, hits in found
        if kind == "entity"
        and len({h.target for h in hits}) == 1
        and hits[0].target in vocab.entities
        and vocab.entities[hits[0].target].type in _HEADED_BODIES
    }
    spans = [(s, e) for kind, s, e, _ in found if kind == "entity"]
    added: list[tuple[str, int, int, list[Entry]]] = []
    for word, start, end in toks:
        phrase = named.get(word)
        # right after the body's name, across spaces only
        if phrase is None or overlaps(start, end, spans):
            continue
        if len(text[:start].rstrip()) not in body_ends:
            continue
        hits = _phrase_entities(vocab, phrase)
        if hits:
            added.append(("entity", start, end, hits))
    return found + added


def _past_spaces(text: str, at: int) -> int:
    """The offset of the first character from `at` on that is no space."""
    return len(text) - len(text[at:].lstrip())


def _phrase_entities(vocab: Vocabulary, phrase: str) -> list[Entry]:
    """The entities a lexicon phrase names, as a word read in its place stands for them."""
    return [e for e in vocab.phrases.entries.get(word_keys(phrase), []) if e.kind == "entity"]


def name_titles(
    found: list[tuple[str, int, int, list[Entry]]],
    toks: list[tuple[str, int, int]],
    text: str,
    vocab: Vocabulary,
    lang: str,
) -> list[tuple[str, int, int, list[Entry]]]:
    """A title in general terms written right before a known person's name ("lawmaker
    Hagerty", "nghị sĩ Hagerty"): the words are read as the office they stand for there, so
    that the title is an assertion of it. Elsewhere they are a group's noun ("lawmakers of both
    parties", "các nghị sĩ"), words the claims' sources account for, not an office. The words
    are language data (`name_titles` in lexicon/<lang>/statements.yaml)."""
    titles = load_lexicon(lang, "statements").get("name_titles") or {}

    def typed(kind: str) -> dict[int, int]:
        # the entity mentions all of whose readings are of `kind`: start -> end
        return {
            s: e
            for k, s, e, hits in found
            if k == "entity"
            and hits
            and all(
                h.target in vocab.entities and vocab.entities[h.target].type == kind for h in hits
            )
        }

    people, countries = typed(PERSON), typed(COUNTRY)
    spans = [(s, e) for kind, s, e, _ in found if kind == "entity"]
    keys = [w for w, _, _ in toks]
    added: list[tuple[str, int, int, list[Entry]]] = []
    for words, phrase in titles.items():
        hits = _phrase_entities(vocab, phrase)
        size = len(word_keys(words))
        for i in phrase_starts(keys, word_keys(words)) if hits else ():
            start, end = toks[i][1], toks[i + size - 1][2]
            if overlaps(start, end, spans):
                continue  # part of a longer name ("thượng nghị sĩ", "nghị sĩ Bill Hagerty")
            if ends_with_phrase(tuple(keys[:i]), "plural_markers", lang):
                continue  # a group's noun before its names ("hai nghị sĩ Daines và Hagerty")
            # right before the name, across spaces and the title's country only ("nghị sĩ
            # Hungary Hagerty", as "Thủ tướng Hungary Orbán")
            at = _past_spaces(text, end)
            if _past_spaces(text, countries.get(at, at)) in people:
                added.append(("entity", start, end, hits))
    return found + added


def crossed_title(
    hits: list[Entry],
    i: int,
    length: int,
    keyed: tuple[str, ...],
    index: PhraseIndex,
    vocab: Vocabulary,
) -> bool:
    """Whether an office phrase of these words starts with a word of an office's tense and ends
    inside a longer office phrase that begins after it: folded, "nguyên Thủ tướng" (former
    prime minister) holds "nguyên thủ" (head of state), whose last word begins the title. The
    title read whole leaves the tense word before it to say when it was held."""
    if not all(is_role(vocab.entities.get(h.target)) for h in hits):
        return False
    end = i + length
    tenses = set(phrase_keys("statements", "office_tense", sub="former"))
    for j in range(i + 1, end):
        if keyed[i:j] not in tenses:
            continue
        for n in range(index.reach.get(keyed[j], 0), end - j, -1):
            found = index.entries.get(keyed[j : j + n]) or ()
            if any(e.kind == "entity" and is_role(vocab.entities.get(e.target)) for e in found):
                return True
    return False


# How many words may name the department of a title head ("Bộ trưởng An ninh nội địa",
# "Minister for Home Affairs"): more is a clause, no title.
QUALIFIER_REACH = 4


def title_qualifiers(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    toks: list[tuple[str, int, int]],
    filled: list[bool],
) -> list[bool]:
    """`filled` (which words a filler holds) without the words that name the department of a
    title head before its holder (`title_heads` in lexicon/<lang>/statements.yaml): "Nội an" of
    "Bo truong Noi an My Pete Hegseth" ("noi" folds to the filler "nói"), "Cooperation" of "US
    Cooperation Minister Pete Hegseth". They name an office the vocabulary does not read, a
    detail only a claim giving it accounts for. The qualifier opens with a capital after the
    head (title fillers between: "Minister of Cooperation"), or stands in capitals between a
    name and the head, and reaches the holder, his country's name between at most; or the title
    is set off after its holder and closes there ("Ông Pete Hegseth, Bộ trưởng Hợp tác Mỹ, ...",
    "Pete Hegseth, the US Cooperation Minister, ...")."""
    heads = phrases_at(parsed, "statements", "title_heads")
    if not heads:
        return filled
    text = parsed.text
    joins = phrase_words(tuple(load_lexicon(parsed.lang, "statements").get("title_fillers", [])))
    names = sorted(parsed.entities, key=lambda m: m.start)
    # names, and tense words, which say when the office is held, not which it is ("Bộ trưởng
    # đương nhiệm", "the current secretary")
    held = [(m.start, m.end) for m in names]
    held += [(c.start, c.end) for c in parsed.grammar if c.kind in OFFICE_TENSES]

    def joined(a: int, b: int) -> bool:
        """Nothing but spaces and title fillers from a to b."""
        return a <= b and all(w in joins for w in gap_words(text[a:b]))

    def holder_at(pos: int) -> bool:
        """Whether a person's name, his country's name before it at most, starts at pos."""
        first = next((m for m in names if m.start == pos), None)
        if first is None or entity_type(first, vocab) == PERSON:
            return first is not None
        after = next((m for m in names if m.start >= first.end), None)
        return (
            entity_type(first, vocab) == COUNTRY
            and after is not None
            and entity_type(after, vocab) == PERSON
            and joined(first.end, after.start)
        )

    def spaced(pos: int) -> int:
        """Where the next word after pos starts."""
        return len(text) - len(text[pos:].lstrip())

    def capital(i: int) -> bool:
        """Whether word i opens with a capital or is a title filler."""
        return text[toks[i][1]].isupper() or toks[i][0] in joins

    def apposed(pos: int) -> bool:
        """Whether the title opening at pos, its country's name before it at most, follows a
        person's name across a comma, title fillers between at most."""
        country = next(
            (m for m in names if entity_type(m, vocab) == COUNTRY and joined(m.end, pos)), None
        )
        pos = pos if country is None else country.start
        person = next((m for m in reversed(names) if m.end <= pos), None)
        if person is None or entity_type(person, vocab) != PERSON:
            return False
        gap = text[person.end : pos]
        return gap.lstrip().startswith(",") and joined(person.end + gap.index(",") + 1, pos)

    def closes(pos: int) -> bool:
        """Whether an apposed title ends at pos, its country's name past it at most: at a
        clause break, a sentence's end or the text's."""
        at = spaced(pos)
        country = next(
            (m for m in names if m.start == at and entity_type(m, vocab) == COUNTRY), None
        )
        at = at if country is None else spaced(country.end)
        return at == len(text) or text[at] in CLAUSE_BREAKS | SENTENCE_ENDS

    found = list(filled)
    for start, end in heads:
        if overlaps(start, end, held):
            continue  # a title the vocabulary reads ("Secretary of State")
        # after the head: "Bộ trưởng Nội vụ Mỹ Hegseth", "Minister of Cooperation Hegseth"
        run: list[int] = []
        last = end
        for i in [i for i, (_, s, _) in enumerate(toks) if s >= end][:QUALIFIER_REACH]:
            _, s, e = toks[i]
            if text[last:s].strip() or overlaps(s, e, held):
                break
            if run or toks[i][0] not in joins:
                run.append(i)
            last = e
        after = run and (
            (capital(run[0]) and holder_at(spaced(toks[run[-1]][2])))
            or (apposed(start) and closes(toks[run[-1]][2]))
        )
        # before it, a name opening the run: "US Cooperation Minister Pete Hegseth"
        # (in capitals, but for a title set off after its holder: its commas bound it, and the
        # press writes it in lower case there, "Petr Macinka, the Czech minister of ...")
        words: list[int] = []
        for i in reversed([i for i, (_, _, e) in enumerate(toks) if e <= start]):
            _, s, e = toks[i]
            gap = text[e : toks[words[0]][1] if words else start]
            if len(words) == QUALIFIER_REACH or gap.strip() or overlaps(s, e, held):
                break
            words.insert(0, i)
        if words and apposed(toks[words[0]][1]) and closes(end):
            before = True
        else:
            lower = [k for k, i in enumerate(words) if not capital(i)]
            words = words[lower[-1] + 1 :] if lower else words
            opened = bool(words) and any(joined(m.end, toks[words[0]][1]) for m in names)
            before = opened and holder_at(spaced(end))
        for named in (run if after else [], words if before else []):
            own = [i for i in named if toks[i][0] not in joins]
            for i in own:
                found[i] = False
            if own:
                parsed.title_details.append((toks[own[0]][1], toks[own[-1]][2]))
    return found


# The most characters between a title and a tense word of it ("current and former": " and ").
TENSE_GAP = 16


def tensed_span(parsed: ParsedStatement, title: Mention) -> tuple[int, int]:
    """The title's span with its tense words, each next to it or joined to the next by a list
    joiner: before it ("current and former senators", "sitting senators"), or after it, the
    title said again after the last ("thượng nghị sĩ đương nhiệm và cựu thượng nghị sĩ"). They
    say which holders it speaks of."""
    text, joiners = parsed.text, list_joiners(parsed.lang)
    tenses = [c for c in parsed.grammar if c.kind in OFFICE_TENSES]

    def next_to(a: int, b: int) -> bool:
        # a joiner is a word or two: a longer gap is never one (and a long statement's far
        # words are not read at all)
        gap = text[a:b] if 0 <= b - a <= TENSE_GAP else "-"
        return not gap.strip() or tuple(word_keys(gap)) in joiners

    start, end = title.start, title.end
    for c in sorted(tenses, key=lambda c: c.end, reverse=True):
        if c.end <= start and next_to(c.end, start):
            start = c.start
    for c in sorted(tenses, key=lambda c: c.start):
        if c.start >= end and next_to(end, c.start):
            end = c.end
    again = [
        m.end
        for m in parsed.entities
        if m.ids == title.ids
        and 0 <= m.start - end <= TENSE_GAP
        and not text[end : m.start].strip()
    ]
    return start, (again[0] if again and end > title.end else end)


def chamber_seats(parsed: ParsedStatement) -> list[tuple[int, int, Mention, str]]:
    """Each chamber said as the object of a seat's verb right before it ("who still serves in
    the Senate", "vẫn ngồi ghế Thượng viện": `chamber_verbs` in lexicon/<lang>/statements.yaml,
    `chambers` in lexicon/world/offices.yaml), as (the verb's start, its end, the chamber's
    mention, the verb's tense). The verb reads as that chamber's office (assertions._seats)."""
    verbs = load_lexicon(parsed.lang, "statements").get("chamber_verbs") or {}
    chambers = load_lexicon("world", "offices").get("chambers") or {}
    if not verbs:
        return []
    forms = {tense: {word_keys(str(f)) for f in said} for tense, said in verbs.items()}
    words = parsed.tokens.words()
    found = []
    for m in parsed.entities:
        if len(m.ids) != 1 or m.ids[0] not in chambers:
            continue
        before = [w for w in words if w[2] <= m.start]
        for tense, keys in forms.items():
            said = next(
                (
                    before[-len(key) :]
                    for key in sorted(keys, key=len, reverse=True)
                    if key
                    and len(before) >= len(key)
                    and tuple(k for k, _, _ in before[-len(key) :]) == key
                ),
                None,
            )
            if said and not parsed.text[said[-1][2] : m.start].strip():
                found.append((said[0][1], said[-1][2], m, tense))
                break
    return found

"""Stage 1 of checking (factdb.check.parse), acts said through another verb: a light verb
and an act's noun with the party between ("sent Lam an invitation", factdb.check.slotted), one
asked to pass an act on ("asked Hegseth to pass his regards to Trump"), a verb of an act that
names its object ("called Lam a close friend": a view), and a verb of receiving before an act's
noun ("received a letter from Trump": no reception of a guest).
"""

from __future__ import annotations

from functools import cache

from factdb.check.fillers import held_words
from factdb.check.slotted import find_namings, find_slotted
from factdb.check.statement import Cue, ParsedStatement, inside_act
from factdb.check.wording import drop_triggers
from factdb.lexicon.index import fillers as filler_words
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import PERSON, ROLE_TYPE, Vocabulary
from factdb.text.covered import overlaps, within
from factdb.text.tokens import phrase_spans

# Grammar cues that may stand between the names in the slot of a slotted phrase ("sent Orbán
# and Tokayev invitations", "gave the President of Kazakhstan a call").
_IN_SLOT = frozenset({"title_filler", "list_joiner"})


def read_slotted(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A light verb and an act's noun with the party between ("sent Lam an invitation",
    factdb.check.slotted): the verb becomes the predicate's trigger, any trigger inside the
    verb or the noun is dropped. Returns the spans read, verb and noun."""
    names = [(m.start, m.end) for m in parsed.entities]
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind in _IN_SLOT]
    # a filler noun right after a name is the name's ("wished Lam and the Vietnamese people a
    # happy new year"); the slot still needs a name ("sent him an invitation" is not read)
    toks = parsed.tokens.words()
    held = held_words(toks, parsed.text, parsed.tokens.loose, filler_words())
    joiners += [
        (s, e)
        for i, ((_, s, e), f) in enumerate(zip(toks, held, strict=True))
        if f and i and within(toks[i - 1][1], toks[i - 1][2], names)
    ]
    found = find_slotted(parsed.lang, vocab, parsed.tokens, names, joiners)
    read: list[tuple[int, int]] = []
    for hit in found:
        spans = [hit.verb, hit.noun]
        drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, spans)])
        surface = parsed.text[hit.verb[0] : hit.verb[1]]
        parsed.triggers.append(Cue("trigger", hit.predicate, surface, *hit.verb))
        phrase = parsed.text[hit.verb[0] : hit.noun[1]]
        parsed.predicates.setdefault(hit.predicate, f"trigger {phrase!r}")
        read += spans
    parsed.triggers.sort(key=lambda t: t.start)
    return read


def read_go_betweens(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """One asked to pass an act on ("asked Hegseth to pass his regards to Trump", "nhờ ông
    Hegseth chuyển lời thăm hỏi", `go_betweens` in lexicon/<lang>/synonyms.yaml): the act
    after the phrase is the asker's, done to whom it names, and the one in the slot carries it
    (assertions.predications binds the act so). The asking is no request of its own for a
    claim to bear out, nor a verb of saying, nor is the verb of carrying an act ("pass" is no
    resolution passed): the triggers inside the phrase's words are dropped, one that runs on
    past them ("chuyển lời thăm hỏi") kept. The go-between stays a name of the statement,
    which the deciding claims must account for as any other. Returns the spans read."""
    people = _people(parsed, vocab)
    names = [(m.start, m.end) for m in parsed.entities]
    # "received Hegseth and asked him to pass on ...": the pronoun is the one named before it
    pronouns = phrase_keys("synonyms", "go_between_pronouns")
    names += [
        span
        for span in phrase_spans(parsed.tokens.words(), pronouns)
        if any(end <= span[0] for _, end in people)
    ]
    joiners = [(c.start, c.end) for c in parsed.grammar if c.kind in _IN_SLOT]
    found = find_slotted(parsed.lang, vocab, parsed.tokens, names, joiners, "go_betweens")
    read: list[tuple[int, int]] = []
    for hit in found:
        spans = [hit.verb, hit.noun]
        drop_triggers(parsed, [t for t in parsed.triggers if within(t.start, t.end, spans)])
        said = parsed.text[hit.verb[0] : hit.noun[1]]
        parsed.go_betweens.append(Cue("go_between", "", said, hit.verb[0], hit.noun[1]))
        read += spans
    for carried, (start, end) in _carried_otherwise(parsed, people):
        drop_triggers(
            parsed, [t for t in parsed.triggers if within(t.start, t.end, [(start, end)])]
        )
        said = parsed.text[carried[0] : carried[1]]
        parsed.go_betweens.append(Cue("go_between", "", said, *carried))
        read.append((start, end))
    return read


def _people(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The spans of the statement's names of people, titles with a name included."""
    kinds = (PERSON, ROLE_TYPE)
    return [
        (m.start, m.end)
        for m in parsed.entities
        if any(e in vocab.entities and vocab.entities[e].type in kinds for e in m.ids)
    ]


def _carried_otherwise(
    parsed: ParsedStatement, people: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The asking of a go-between left unnamed, as Vietnamese drops the object ("tiếp Bộ trưởng
    Hegseth, nhờ chuyển lời ...": `go_betweens_elided`), of the person named last before it;
    and the word of the way an act went right before a person ("... thông qua Bộ trưởng
    Hegseth", "via Hegseth": `go_between_via`), never one inside a date or a longer act's word
    ("năm qua", "vượt qua"). Each as the go-between's span, from the one who carries the act
    on for an unnamed asking (assertions._carried binds its act to the one before him), and
    the span of the words read: no act of their own, no approval."""
    words = parsed.tokens.words()
    found = []
    for start, end in phrase_spans(words, phrase_keys("synonyms", "go_betweens_elided")):
        before = [s for s, e in people if e <= start]
        if before:
            found.append(((max(before), end), (start, end)))
    dates = [(d.start, d.end) for d in parsed.dates]
    # a filler may stand between the word and the name ("qua ông Hegseth", "via Mr Hegseth")
    held = held_words(words, parsed.text, parsed.tokens.loose, filler_words())
    fillers = [(s, e) for (_, s, e), f in zip(words, held, strict=True) if f]
    for start, end in phrase_spans(words, phrase_keys("synonyms", "go_between_via")):
        if within(start, end, dates) or inside_act(parsed, start, end):
            continue
        if any(_only_fillers(words, fillers, end, s) for s, _ in people if s >= end):
            found.append(((start, end), (start, end)))
    return found


def _only_fillers(
    words: list[tuple[str, int, int]], fillers: list[tuple[int, int]], start: int, end: int
) -> bool:
    """Whether the words from `start` to `end` are no more than one filler ("ông", "Mr")."""
    between = [(s, e) for _, s, e in words if start <= s and e <= end]
    return len(between) <= 1 and all(within(s, e, fillers) for s, e in between)


def drop_namings(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A verb of an act that names or describes its object ("Leahy called Lam a close friend",
    slotted.find_namings) says a view, not the act: its trigger is dropped, and what was said
    is the stance's to read. Returns the spans of the objects so described."""
    names = [(m.start, m.end) for m in parsed.entities]
    found = find_namings(
        parsed.lang, vocab, parsed.tokens, names, [(t.start, t.end) for t in parsed.triggers]
    )
    verbs = {verb for verb, _ in found}
    drop_triggers(parsed, [t for t in parsed.triggers if (t.start, t.end) in verbs])
    return [described for _, described in found]


@cache
def receipt_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The predicates whose giver is said after their noun or before it as a possessive
    (`given_by`, `given_by_possessive` in lexicon/<lang>/statements.yaml): the acts a verb of
    receiving can name; and the words that may stand between that verb and the noun."""
    lex = load_lexicon(lang, "statements")
    given = frozenset((lex.get("given_by") or {}).keys()) | frozenset(
        lex.get("given_by_possessive") or ()
    )
    determiners = frozenset(
        k for w in phrase_keys("synonyms", "slot_determiners", (lang,)) for k in w
    )
    return given, determiners


def receiving_verbs(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The verbs of receiving the statement says (`receipts` in lexicon/<lang>/synonyms.yaml,
    in any of their forms: "received", "got", "nhận được"), as word indexes [i, j): the one
    named before such a verb is given something, not its giver. A verb that begins a longer
    act's words is that act's ("nhận lời mời": accepting), no receiving."""
    phrases = [k for k in phrase_keys("synonyms", "receipts", (parsed.lang,)) if k]
    if not phrases:
        return []
    inflection = vocab.inflections.get(parsed.lang)
    keys = parsed.tokens.inflected(parsed.lang, inflection)
    toks = parsed.tokens.words()
    # the longest first: "nhận được" before "nhận"
    keyed = sorted({inflection.key(p) if inflection else p for p in phrases}, key=len, reverse=True)
    firsts = {p[0] for p in keyed}  # most words begin no receipt: no phrase is tried there
    found: list[tuple[int, int]] = []
    for i in range(len(toks)):
        if keys[i] not in firsts:
            continue
        phrase = next((p for p in keyed if keys[i : i + len(p)] == p), None)
        if phrase is None:
            continue
        j = i + len(phrase)
        if any(t.start <= toks[i][1] and t.end > toks[j - 1][2] for t in parsed.triggers):
            continue
        found.append((i, j))
    return found


def read_receipts(
    parsed: ParsedStatement, vocab: Vocabulary, toks: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """A verb of receiving with an act's noun right after it ("received a letter from Trump",
    "has received Trump's invitation", "nhận được thư của Tổng thống Trump"; `receipts` in
    lexicon/<lang>/synonyms.yaml): the act is the noun's, not a reception of a guest, so a
    reception trigger on the verb is dropped and the verb kept as a receipt. Only determiners,
    names and a possessive may stand between, and only acts whose giver the words can say
    (`receipt_words`). Returns the verbs' spans, read."""
    if not parsed.triggers:
        return []
    acts, determiners = receipt_words(parsed.lang)
    keys = parsed.tokens.inflected(parsed.lang, vocab.inflections.get(parsed.lang))
    names = [(m.start, m.end) for m in parsed.entities]
    read: list[tuple[int, int]] = []
    for i, j in receiving_verbs(parsed, vocab):
        verb = (toks[i][1], toks[j - 1][2])
        # "a", "Trump's": what may stand between the verb and the noun; a name only as the
        # possessive of the noun ("received Trump invitation" says nothing of whose it is)
        named = False
        while j < len(toks) and (
            keys[j] in determiners
            or within(toks[j][1], toks[j][2], names)
            or (named and keys[j] == "s" and parsed.text[toks[j][1] - 1] in "'’")
        ):
            named = keys[j] != "s" and keys[j] not in determiners
            j += 1
        if j >= len(toks) or named:
            continue
        act = next(
            (
                t
                for t in parsed.triggers
                if t.start == toks[j][1]
                and t.target in acts
                and not overlaps(*verb, [(t.start, t.end)])
            ),
            None,
        )
        if act is None:
            continue
        drop_triggers(parsed, [t for t in parsed.triggers if overlaps(t.start, t.end, [verb])])
        text = parsed.text[verb[0] : verb[1]]
        parsed.receipts.append(Cue("receipt", act.target, text, *verb))
        read.append(verb)
    return read

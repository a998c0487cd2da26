"""What a statement denies, and what a refusal in it falls on.

A denial is read three ways besides a plain "not": a frame around the clause ("It is false that
...", "Không có chuyện ...": `denial_frames` in lexicon/<lang>/statements.yaml), which may turn
a denial inside it back; a verb that denies by its sense ("missed", "snubbed", "cắt giảm":
`antonyms` in lexicon/<lang>/polarity.yaml), which denies its predicate only where it falls on
what the predicate is about; and a refusal ("declined the invitation", "khước từ lời mời"),
which denies the wish to do what it leads to. A delay that puts no act off ("postponed to
March", "long-delayed") denies nothing. parse_statement calls these passes on the phrases it
has found; they live apart so that where a denial is understood is one module's name, and they
read only the statement model, the phrases found and the polarity and statements lexicons. Two
passes of the kind stay in the parser with the helpers they share with its other passes: a
denial undone by a denying verb (parse._undone_denials, through the title fillers' words) and
the acts a refusal drops (parse._drop_refused, as other passes drop triggers).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factdb.check.statement import Cue, ParsedStatement, phrases_at
from factdb.lexicon.index import LANGUAGES, Entry, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import Vocabulary
from factdb.text.covered import overlaps, within
from factdb.text.fold import fold, has_marks
from factdb.text.sentences import CLAUSE_END, SENTENCE_ENDS, SINGLE_QUOTES
from factdb.text.tokens import phrase_spans, phrase_starts, word_keys


def denial_spans(
    parsed: ParsedStatement, found: list[tuple[str, int, int, list[Entry]]], vocab: Vocabulary
) -> list[tuple[int, int]]:
    """(start, end) of each denial of the statement's own language: its `negation` phrases and
    the words read off a negation suffix ("didn't")."""
    denials = [
        (s, e)
        for k, s, e, hits in found
        if k == "negation" and any(h.lang == parsed.lang for h in hits)
    ]
    folded = parsed.tokens.folded
    for _, suffix in vocab.negation_suffixes:
        if suffix in folded:  # "didn't top $1bn"
            denials += [(m.start(), m.end()) for m in suffixed(suffix).finditer(folded)]
    return denials


def _frame_phrase(keys: list[str], at: int, lang: str, sub: str) -> int:
    """How many words the longest phrase of `denial_frames`' `sub` list takes at word `at` of
    the folded words `keys`, or, for `at` below 0, ending the words (0 where none stands)."""
    phrases = phrase_keys("statements", "denial_frames", (lang,), sub)
    if at < 0:
        return max((len(p) for p in phrases if tuple(keys[-len(p) :]) == p), default=0)
    return max((len(p) for p in phrases if tuple(keys[at : at + len(p)]) == p), default=0)


def denial_frame(
    parsed: ParsedStatement,
    found: list[tuple[str, int, int, list[Entry]]],
    vocab: Vocabulary,
    undone: list[tuple[int, int]],
) -> tuple[list[tuple[str, int, int, list[Entry]]], list[tuple[int, int]]]:
    """A frame that opens the statement and denies the clause after it (`denial_frames` of
    lexicon/<lang>/statements.yaml): "It is false that ...", "Không phải (là) ...", "Không có
    chuyện ...", "Nobody can say ...", or holds it ("Reports that ... are false"). Its own
    denying verbs turn it back ("Nobody denies that ...": the clause stands, as after "It is true
    that ..."). Of a frame that denies, a denial in its clause is turned back as well: two
    denials cancel and the clause's act is affirmed (a verb that denies by its sense, "skipped",
    is its predicate's trigger again); with none, the frame is the clause's denial. The frame's
    words are its own (no exclusion, mood or trigger read in them) and read. Where the frame's
    scope is not read with confidence (a frame inside the statement, a closing word with no
    opener, two denials in the clause) the statement is left open (`unread_frame`); a contrast
    right after a name ("Không phải Tô Lâm mà Thủ tướng ...") makes a cleft, no frame. Returns
    `found` without the frame's entries and the clause's denial where the two cancel, and the
    spans to count as undone denials, read."""
    text, words, lang = parsed.text, parsed.tokens.words(), parsed.lang
    if not words:
        return found, []
    keys = [k for k, _, _ in words]
    opening = {
        sub: _frame_phrase(keys, 0, lang, sub) for sub in ("opening", "affirming", "reports")
    }
    size = max(opening.values())
    closing = _frame_phrase(keys, -1, lang, "closing")
    if size and opening["reports"] == size:
        if not closing or len(keys) - closing <= size:
            return found, []  # a report told, not denied
        spans = [(words[0][1], words[size - 1][2]), (words[-closing][1], words[-1][2])]
    elif size and not closing:
        spans = [(words[0][1], words[size - 1][2])]
    else:
        # a frame with no clause read inside it: "Officials said it is false that ...", "...
        # là sai" of no report opening the statement
        inner = phrase_spans(words, phrase_keys("statements", "denial_frames", (lang,), "clausal"))
        if closing or [s for s, _ in inner if s > words[0][1]]:
            parsed.unread_frame = text[words[-closing][1] :] if closing else text[inner[-1][0] :]
        return found, []
    clause = (spans[0][1], spans[-1][0] if len(spans) > 1 else len(text))
    # "Không phải Tô Lâm mà Thủ tướng ... đã gặp", "không phải gặp mà chỉ điện đàm": who did it,
    # or what was done, instead (a contrast word of the clause's own, not one inside a name or
    # a verb: unmarked "chu" of "Chu tich")
    taken = [(s, e) for k, s, e, _ in found if k in ("entity", "trigger")]
    contrasts = phrase_spans(
        words, phrase_keys("statements", "denial_frames", (lang,), "contrasts")
    )
    if any(clause[0] <= s < clause[1] and not overlaps(s, e, taken) for s, e in contrasts):
        return found, []
    # where the frame ends is not read: a clause break before the clause's first act ("Không
    # phải là Thủ tướng, ông Tô Lâm là ..."), or another frame inside it
    # (a word inside a name is none of its own: the "Lam" of "To Lam" is no copula "làm")
    names = [(s, e) for k, s, e, _ in found if k == "entity"]
    words_of = [
        (k, s) for k, s, e, _ in found if clause[0] <= s < clause[1] and not overlaps(s, e, names)
    ]
    acts = ("trigger", "antonym", "negation", "negation_after", "copula")
    first = [s for k, s in words_of if k in acts]
    reach = min(first, default=len(text[: clause[1]].rstrip(" .!?")))
    inner = phrase_spans(words, phrase_keys("statements", "denial_frames", (lang,), "clausal"))
    if CLAUSE_END.search(text, clause[0], reach) or any(s >= clause[0] for s, _ in inner):
        parsed.unread_frame = text[spans[0][0] : spans[0][1]]
        return found, []
    frame_keys = [k for k, s, _ in words if within(s, s + 1, spans)]
    turns = 0 if opening["affirming"] == size and opening["opening"] != size else 1
    denying = phrase_keys("statements", "denying_verbs", (lang,))
    turns += sum(len(list(phrase_starts(frame_keys, p))) for p in denying)
    own = [f for f in found if within(f[1], f[1] + 1, spans)]
    kept = [f for f in found if f not in own]
    if turns % 2 == 0:
        return kept, spans  # the clause stands as it is said
    shielded = [(s, e) for k, s, e, _ in found if k == "not_negation"] + undone
    denials = [
        (s, e)
        for s, e in denial_spans(parsed, kept, vocab)
        + [(s, e) for k, s, e, _ in kept if k in ("antonym", "negation_after")]
        if clause[0] <= s and e <= clause[1] and not overlaps(s, e, shielded)
    ]
    joined: list[tuple[int, int]] = []
    for s, e in sorted(denials):
        if joined and s < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(e, joined[-1][1]))
        else:
            joined.append((s, e))
    if len(joined) > 1:
        parsed.unread_frame = text[spans[0][0] : spans[0][1]]
        return found, []
    if joined:
        # two denials cancel: a verb that denies by its sense names its predicate's act
        kept = [
            ("trigger", *f[1:]) if f[0] == "antonym" and within(f[1], f[2], joined) else f
            for f in kept
        ]
        return kept, spans + joined
    parsed.denied_clause = clause
    inside = {k for k, _ in words_of}
    if "copula" in inside:
        # "It is false that Lam is the prime minister": the office its copula gives is denied
        # (assertions.decompose), not the title its subject is named by; a copula beside an
        # act ("Không phải Tô Lâm là người gặp ...") is not read
        if inside & {"trigger", "antonym"}:
            parsed.unread_frame = text[spans[0][0] : spans[0][1]]
            return found, []
        return kept, spans
    surface = text[spans[0][0] : spans[0][1]]
    denial = Entry("negation", lang, tuple(word_keys(surface)), target=surface)
    return [*kept, ("negation", *spans[0], [denial])], spans[1:]


def framed_restriction(parsed: ParsedStatement) -> None:
    """A frame that denies a clause which restricts what it says ("It is false that Lam met only
    Orbán", "... met Orbán, not Tokayev", "... every leader he met ..."): the restriction is
    judged on its own reading, which the frame would turn; not read, the statement is left open
    (`unread_frame`)."""
    clause = parsed.denied_clause
    if clause is not None and (parsed.only or parsed.exclusions or parsed.universal):
        parsed.unread_frame = parsed.text[: clause[0]].strip()


def bare_delay_denied(parsed: ParsedStatement) -> bool:
    """Without marks, a one-word delay that folds as other words too (`same_fold`: "hoan" is
    "hoãn", "hoàn" or the "hoan" of "hoan nghênh") is no denial of its own, and no source word
    of its fold says it. Left unread right after the statement's denial, before a word that is
    read ("khong hoan chuyen tham", "chua hoan du dinh"), it is the verb the denial falls on:
    no predicate's (scope.denies_an_unread_verb). Before a word no phrase reads ("chua hoan
    thanh", not completed) it may be another word, and the denial stands."""
    cue = parsed.negation
    if cue is None or has_marks(parsed.text):
        return False
    delaying = set(phrase_keys("polarity", "delayers", (parsed.lang,)))
    loose = {(s, e) for _, s, e in parsed.loose_words}
    words = [(k, s, e) for k, s, e in parsed.tokens.words() if s >= cue.end]
    return (
        len(words) > 1
        and (words[0][0],) in delaying
        and (words[0][1], words[0][2]) in loose
        and (words[1][1], words[1][2]) not in loose
    )


def unasserted_delays(
    parsed: ParsedStatement,
    found: list[tuple[str, int, int, list[Entry]]],
    vocab: Vocabulary,
    undone: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The delays (`delayers` of polarity.yaml) that put no act off: one with a date after it in
    its sentence ("postponed the talks to March", "hoãn chuyến thăm sang tháng 3", "pushed back
    from January"), which sets the act at another time or was due at one the claims may not
    give; and one that names what was put off (`delay_namers` right before it, or a hyphen:
    "the delayed resolution was adopted", "long-delayed", "sau nhiều tháng trì hoãn"), which
    says nothing of when the act took place. Neither denies the act; their words stay for the
    claims to account for."""
    delaying = set(phrase_keys("polarity", "delayers", (parsed.lang,)))
    namers = set(phrase_keys("polarity", "delay_namers", (parsed.lang,)))
    words = parsed.tokens.words()
    text = parsed.text
    found_delays = [
        (s, e)
        for s, e in denial_spans(parsed, found, vocab)
        if (s, e) not in undone and tuple(k for k, ws, _ in words if s <= ws < e) in delaying
    ]

    def named(start: int) -> bool:
        before = [k for k, _, e in words if e <= start]
        return text[:start].endswith("-") or any(
            tuple(before[-len(n) :]) == n for n in namers if n and len(before) >= len(n)
        )

    return [
        (s, e)
        for s, e in found_delays
        if named(s)
        or any(d.start >= e and not SENTENCE_ENDS & set(text[e : d.start]) for d in parsed.dates)
    ]


@lru_cache(maxsize=64)
def suffixed(folded_suffix: str) -> re.Pattern[str]:
    """A word ending in a negation suffix, compiled once rather than for every statement."""
    # \b first: without it every position inside one long word restarts \w+, which is
    # quadratic (a 20,000-digit token took 1.4 s).
    return re.compile(r"\b\w+" + re.escape(folded_suffix) + r"\b")


def bind_denials(
    parsed: ParsedStatement, vocab: Vocabulary, found: list[tuple[str, int, int, list[Entry]]]
) -> list[tuple[str, int, int, list[Entry]]]:
    """A word that denies a predicate by its meaning denies it only where it falls on what the
    predicate is about (_falls_on_object): "missed the meeting", "was missing from the summit"
    deny an attendance, "servicemen missing in the war" none; "rejected stronger cooperation"
    refuses no invitation, "reduced tariffs" cuts no scholarship. A word left with no predicate
    of its own that refuses (refusing_verbs) denies the act named after it in its clause, as
    "not" does ("Declines to Meet Orbán"); any other ("stopped in Washington to meet Lam") is
    no denial: it stays unread, a word the claims must account for. One that closes its clause
    with its object left out falls on the act it answers before it ("invited Pashinyan to visit
    Vietnam, but he declined": _answered_before)."""
    acts = [s for kind, s, _, _ in found if kind == "trigger"]
    named = [(s, e, h.target) for kind, s, e, hits in found if kind == "trigger" for h in hits]
    bound = []
    unbound: set[tuple[int, int]] = set()
    for kind, start, end, hits in found:
        if kind == "reply":
            # "has yet to respond to the invitation": no answer was given, which an acceptance
            # refutes; read as the predicate denied where a denial stands right before it and it
            # falls on its object. Said without one ("responded to the invitation") it names
            # no answer in particular, and stays unread, as it does where a name takes its words
            # ("reply to Lam's": "To Lam").
            own = [h for h in hits if _falls_on_object(parsed, vocab, found, h.target, start, end)]
            names = [(s, e) for k, s, e, _ in found if k == "entity"]
            if (
                not own
                or overlaps(start, end, names)
                or not _denied_right_before(parsed, vocab, found, start)
            ):
                continue
            kind, hits = "trigger", own
        elif kind == "antonym":
            own = [
                h
                for h in hits
                if _falls_on_object(parsed, vocab, found, h.target, start, end)
                or _answered_before(parsed, named, h.target, start, end) is not None
            ]
            # a word that denies several predicates is read for the one whose object it falls
            # on, where one does: "snubbed Trump's invitation" refuses the invitation, and says
            # nothing of a meeting, which "snubbed Pashinyan" denies
            bound_objects = [h for h in own if h.target in _binding_predicates()]
            own = bound_objects or own
            refuses = any(h.target in refused_predicates() for h in hits)
            if not own and not (
                refuses
                and any(s >= end and not CLAUSE_END.search(parsed.text, end, s) for s in acts)
            ):
                if refuses:
                    unbound.add((start, end))
                continue
            kind, hits = ("antonym", own) if own else ("negation", hits)
        bound.append((kind, start, end, hits))
    # nor is the plain denial a refusing word may be ("Lam met Orbán, but Orbán declined."):
    # what it refuses no claim is read for; an ender keeps it ("stopped concluding the deal")
    return [f for f in bound if f[0] != "negation" or (f[1], f[2]) not in unbound]


def _denied_right_before(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    found: list[tuple[str, int, int, list[Entry]]],
    start: int,
) -> bool:
    """Whether a denial ends right before `start`, one word at most between ("has not yet
    responded", "vẫn chưa trả lời"), or is read off the suffix of one of the two words before
    it ("hasn't answered", "still hasn't replied to")."""
    if any(
        kind == "negation" and e <= start and len(word_keys(parsed.text[e:start])) <= 1
        for kind, _, e, _ in found
    ):
        return True
    before = fold(parsed.text[:start]).split()[-2:]
    return any(
        suffixed(folded).fullmatch(word) for _, folded in vocab.negation_suffixes for word in before
    )


def _answered_before(
    parsed: ParsedStatement, acts: list[tuple[int, int, str]], pid: str, start: int, end: int
) -> int | None:
    """The end of the act `pid` answers (`answers` in lexicon/<lang>/polarity.yaml: a refusal
    answers an invitation), named last before the refusing word at text[start:end], when that
    word closes its clause with its object left out ("..., but he declined.", "... nhưng ông
    từ chối", "... to visit Vietnam. He declined."); else None. What it refuses is that act: a
    refusal with words after it falls on them (_falls_on_object), never back."""
    answered = (load_lexicon(parsed.lang, "polarity").get("answers") or {}).get(pid)
    if answered is None:
        return None
    text = parsed.text
    close = CLAUSE_END.search(text, end)
    if word_keys(text[end : close.start() if close else len(text)]):
        return None
    return max((e for s, e, t in acts if t == answered and e <= start), default=None)


# How many words, names aside, may stand between a denying verb and what it falls on: "cut back
# its annual scholarships", "rejected the U.S. proposal", "giảm số lượng học bổng"; not "cắt
# giảm thủ tục cấp học bổng" (cut the red tape of granting scholarships) nor "cắt băng khánh
# thành trung tâm học bổng" (cut the ribbon of a scholarship centre).
OBJECT_GAP = 2


def _falls_on_object(
    parsed: ParsedStatement,
    vocab: Vocabulary,
    found: list[tuple[str, int, int, list[Entry]]],
    pid: str,
    start: int,
    end: int,
) -> bool:
    """Whether the denying word at text[start:end] has one of `pid`'s objects in its clause,
    at most OBJECT_GAP words (names aside) after it, or before it for a phrase that takes its
    object first (`objects_first`: "gave the meeting a miss"). Its objects are the phrases
    `denied_objects` lists for it in lexicon/<lang>/polarity.yaml, its own triggers ("cut
    back scholarships") and names of the kinds it is about (an agreement). A predicate
    `denied_objects` does not list is denied whatever follows."""
    if pid not in _binding_predicates():
        return True
    pred = vocab.predicates.get(pid)
    kinds = pred.cue_types if pred is not None else frozenset()
    objects = phrases_at(parsed, "polarity", "denied_objects", pid)
    objects += [
        (s, e)
        for kind, s, e, hits in found
        if (kind == "trigger" and any(h.target == pid for h in hits))
        or (
            kind == "entity"
            and any(
                h.target in vocab.entities and vocab.entities[h.target].type in kinds for h in hits
            )
        )
    ]
    names = [(s, e) for kind, s, e, _ in found if kind == "entity"]
    first = word_keys(parsed.text[start:end]) in phrase_keys("polarity", "objects_first")
    if any(overlaps(s, e, [(start, end)]) for s, e in objects):
        return True  # "downgrade ties with": the phrase names its object
    return any(
        within_object_gap(parsed, names, *((e, start) if first and e <= start else (end, s)))
        for s, e in objects
    )


def within_object_gap(
    parsed: ParsedStatement, names: list[tuple[int, int]], lo: int, hi: int
) -> bool:
    """Whether text[lo:hi], between a denying verb and what it may fall on, is in one clause
    and holds at most OBJECT_GAP words, names, their possessive "'s" and figures aside (the
    count of what is cut: "discontinued its 200 annual scholarships")."""
    text = parsed.text
    between = [
        w
        for w in parsed.tokens.words()
        if lo <= w[1]
        and w[2] <= hi
        and not within(w[1], w[2], names)
        and not w[0].isdigit()
        and not (w[0] == "s" and text[w[1] - 1 : w[1]] in SINGLE_QUOTES)
    ]
    return lo <= hi and len(between) <= OBJECT_GAP and not CLAUSE_END.search(parsed.text, lo, hi)


@cache
def _binding_predicates() -> frozenset[str]:
    """The predicates whose denying verbs must fall on one of their objects (the keys of
    `denied_objects` and the acts of `undone_acts` in lexicon/<lang>/polarity.yaml, of every
    language)."""
    return frozenset(
        pid
        for lang in LANGUAGES
        for key in ("denied_objects", "undone_acts")
        for pid in load_lexicon(lang, "polarity").get(key) or {}
    )


@cache
def refused_predicates() -> frozenset[str]:
    """The acceptances whose refusal leads to acts (`refusals` in lexicon/<lang>/polarity.yaml,
    of every language): their denying verbs refuse what another puts forward."""
    return frozenset(
        pid for lang in LANGUAGES for pid in load_lexicon(lang, "polarity").get("refusals") or {}
    )


@cache
def refusing_verbs() -> frozenset[tuple[str, ...]]:
    """The folded words of every verb that refuses what another puts forward: the denying
    verbs (`antonyms` in lexicon/<lang>/polarity.yaml) of an acceptance that leads to acts
    (`refusals`: "declined", "từ chối", "bác bỏ"), of every language. "Stopped", "rút lại"
    refuse nothing of another's."""
    return frozenset(
        cue for pid in refused_predicates() for cue in phrase_keys("polarity", "antonyms", sub=pid)
    )


def read_refusals(parsed: ParsedStatement) -> None:
    """An act after a refusal of what leads to it ("declined Lam's invitation to visit
    Vietnam", "khước từ lời mời thăm Việt Nam") is not wished: the refusal denies the wish to do
    it, whatever else it says of the invitation. Which refusals take which acts is language
    data (`refusals` in lexicon/<lang>/polarity.yaml): a wish cue is put at the act's trigger,
    the denial being the refusal itself."""
    negation = parsed.negation
    if negation is None:
        return
    refusals = load_lexicon(parsed.lang, "polarity").get("refusals") or {}
    refused = [
        t
        for t in parsed.triggers
        if t.kind == "antonym"
        and t.target in refusals
        and (t.start, t.end) == (negation.start, negation.end)
    ]
    named = [(t.start, t.end, t.target) for t in parsed.triggers if t.kind == "trigger"]
    for head in refused:
        # with its object left out, it refuses the act it answers before it, and what that
        # leads to stands between the two ("invited him to visit Vietnam, but he declined")
        answered = _answered_before(parsed, named, head.target, head.start, head.end)
        for act in parsed.triggers:
            after = head.end <= act.start and not CLAUSE_END.search(
                parsed.text, head.end, act.start
            )
            if act.target in refusals[head.target] and (
                after or (answered is not None and answered <= act.start < head.start)
            ):
                parsed.modality_cues.append(Cue("wish", "refusal", head.text, act.start, act.start))
                parsed.modality = "wish"
                return

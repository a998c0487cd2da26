"""Stage 1 of checking (factdb.check.parse), which of the acts a statement's triggers name
it asserts: one that is the content of another ("asked Prabowo to visit Vietnam"), done at
someone's request ("at the request of the U.S. side"), done again ("a second phone call"), one
a verb that denies by its meaning falls on ("walked away from the talks"), one reading of a
verb of two denied by a phrase beside it ("joined as an observer"), and a verb that adds nothing
to the act after it ("completing the approval").
"""

from __future__ import annotations

from functools import cache, lru_cache

from factdb.check.clauses import breaks_clause, conjunct
from factdb.check.denials import refused_predicates, refusing_verbs, within_object_gap
from factdb.check.statement import Cue, ParsedStatement, phrases_at
from factdb.check.wording import drop_triggers, list_joiners
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import OCCASION, Vocabulary
from factdb.text.covered import within
from factdb.text.sentences import CLAUSE_END
from factdb.text.tokens import word_keys


def cue_types_outside_contents(parsed: ParsedStatement, vocab: Vocabulary, pid: str) -> set[str]:
    """The types of the names that may cue predicate `pid`: not one said inside an act of
    `pid` read in as another's content ("đề nghị Thượng viện Mỹ thông qua nghị quyết ...": the
    resolution is what the request asks to adopt, no adoption the statement asserts of its
    own), or the content's dropped trigger would come back as a part by its name alone."""
    contents = load_lexicon(parsed.lang, "synonyms").get("contents") or {}
    spans = [
        (c.start, c.end)
        for c in parsed.contained
        if pid in contents.get(c.target, ()) and pid not in parsed.predicates
    ]
    return {
        vocab.entities[eid].type
        for m in parsed.entities
        if not within(m.start, m.end, spans)
        for eid in m.ids
        if eid in vocab.entities
    }


# How many words may stand between a verb that adds nothing and the trigger it leads to ("hoàn
# tất việc thông qua", "complete the approval").
TRANSPARENT_REACH = 3


def drop_transparent(parsed: ParsedStatement, toks: list[tuple[str, int, int]]) -> None:
    """A verb that adds nothing to the predicate after it ("hoàn tất việc thông qua": completing
    the approval) is not a trigger of its own ("hoàn tất" an agreement)."""
    verbs = [(c.start, c.end) for c in parsed.grammar if c.kind == "transparent_verb"]
    if not verbs:
        return
    # a figure is one word of the reach, however it is written ("finalise the $400 million ODA
    # package", "hoàn tất khoản 400 triệu USD ODA")
    figures = [(q.start, q.end) for q in parsed.quantities]
    starts = [s for _, s, e in toks if not any(a < s and e <= b for a, b in figures)]

    def leads(t: Cue) -> bool:
        held = [e for s, e in verbs if t.start < e and s < t.end]
        if not held:
            return False
        # reached from the end of the verb's whole phrase ("hoàn tất thủ tục khoản ODA")
        end = max(t.end, *held)
        after = [i for i, s in enumerate(starts) if s >= end][:TRANSPARENT_REACH]
        near = {starts[i] for i in after}
        # a trigger of that predicate itself ("complete the procedures for the ODA") is its
        # verb already, as one inside the verb's phrase is ("hoàn tất thủ tục thông qua")
        return any(
            (u.start in near or u.start < end) and u.start >= t.end and u.target != t.target
            for u in parsed.triggers
        )

    drop_triggers(parsed, [t for t in parsed.triggers if leads(t)])


def drop_refused(parsed: ParsedStatement) -> None:
    """What a verb that denies by its meaning falls on is not an act of its subject: "walked
    away from the talks" held them, "bác bỏ đề nghị hợp tác" rejects a proposal and proposes
    nothing, "turned down the offer of talks" holds no talks. The triggers of other predicates
    than the verb's own after it in its clause are dropped (their words stay read: the claims
    must decide the verb); the acts a refusal leads to stay, read as a wish denied
    (read_refusals). A refusing verb read as a plain denial ("từ chối") falls so only on a
    noun of a thing put forward (`proposals` in lexicon/<lang>/polarity.yaml) right after it:
    "từ chối gặp" denies the meeting, and "không đề nghị" the request."""
    negation = parsed.negation
    if negation is None:
        return
    denied = {
        t.target for t in parsed.triggers if t.kind == "antonym" and t.start == negation.start
    }
    text = parsed.text
    refuses = negation.target in refused_predicates() or (
        word_keys(text[negation.start : negation.end]) in refusing_verbs()
    )
    verb_end = negation.end
    if not refuses:
        # a refusal denied ("did not refuse Lam's request") answers the request all the same:
        # whether it was refused is no act of the request's, nor one a request claim gives
        after = [(k, e) for k, s, e in parsed.tokens.words() if s >= negation.end]
        verb = next(
            (v for v in refusing_verbs() if tuple(k for k, _ in after[: len(v)]) == v), None
        )
        if verb is not None:
            refuses, verb_end = True, after[len(verb) - 1][1]
    names = [(m.start, m.end) for m in parsed.entities]
    if not denied and (
        not refuses
        or not any(
            within_object_gap(parsed, names, verb_end, s)
            for s, _ in phrases_at(parsed, "polarity", "proposals")
        )
    ):
        return
    refusals = load_lexicon(parsed.lang, "polarity").get("refusals") or {}
    kept = denied | {act for pid in denied for act in refusals.get(pid, [])}
    drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if t.kind == "trigger"
            and t.target not in kept
            and t.start >= negation.end
            and not CLAUSE_END.search(text, negation.end, t.start)
        ],
    )


@lru_cache(maxsize=1)
def either_groups() -> dict[str, frozenset[str]]:
    """Each predicate of a group one verb may say without telling which, with the others of
    its group (factdb/lexicon/world/readings.yaml)."""
    groups = [frozenset(g["predicates"]) for g in load_lexicon("world", "readings")["either"]]
    return {pid: group - {pid} for group in groups for pid in group}


@cache
def either_objects() -> dict[str, frozenset[str]]:
    """The entity types each reading of such a verb takes as its object (`objects` of its
    group in factdb/lexicon/world/readings.yaml): "joined" a body is a membership."""
    return {
        pid: frozenset(types)
        for g in load_lexicon("world", "readings")["either"]
        for pid, types in (g.get("objects") or {}).items()
    }


def drop_denied_readings(parsed: ParsedStatement) -> None:
    """A verb that says one of two acts ("joined", "tham gia": a meeting attended or a body's
    membership, either_groups) beside a phrase that names one of them denied ("as an
    observer", "với tư cách quan sát viên": no membership) says the other: the phrase names
    and denies its own act, which the verb then does not also affirm."""
    denied = {t.target: t for t in parsed.triggers if t.kind == "antonym"}
    groups = either_groups()
    dropped = [
        t
        for t in parsed.triggers
        if t.kind == "trigger"
        and t.target in denied
        and any(
            o.target in groups.get(t.target, ()) and (o.start, o.end) == (t.start, t.end)
            for o in parsed.triggers
        )
    ]
    if not dropped:
        return
    drop_triggers(parsed, dropped)
    for t in dropped:
        parsed.predicates[t.target] = f"antonym {denied[t.target].text!r}"


def read_repeats(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """An act said done again ("met Prabowo again", "a second phone call", "lại gặp") is
    another occurrence of it, which no claim of the act gives: the first one's date neither
    bears it out nor refutes it (an `other_acts` cue of each act so said). The words are
    lexicon/<lang>/repeats.yaml: a repeat phrase says it of the acts in its clause, an
    ordinal of the act whose word it stands beside, a word after a name of the act after it."""
    acts = [t for t in parsed.triggers if vocab.predicates[t.target].time_role == OCCASION]
    if not acts:
        return
    data = load_lexicon(parsed.lang, "repeats")
    words = parsed.tokens.words()
    starts = {s: i for i, (_, s, _) in enumerate(words)}
    ends = {e: i for i, (_, _, e) in enumerate(words)}
    names = {ends[m.end] for m in parsed.entities if m.end in ends}
    reach = int(data.get("ordinal_reach") or 0)

    def said(start: int, end: int, of: list[Cue]) -> None:
        text = parsed.text[start:end]
        parsed.other_acts.extend(Cue("other_act", t.target, text, start, end) for t in of)

    for start, end in phrases_at(parsed, "repeats", "repeats"):
        said(start, end, [t for t in acts if not breaks_clause(parsed, *_between(t, start, end))])
    for start, end in phrases_at(parsed, "repeats", "ordinals_before"):
        # "a second phone call", "their third face-to-face meeting"; not "second-largest"
        after = ends[end] + 1
        said(start, end, [t for t in acts if 0 <= starts.get(t.start, -1) - after <= reach])
    for start, end in phrases_at(parsed, "repeats", "ordinals_after"):
        # "cuộc điện đàm thứ hai"
        said(start, end, [t for t in acts if ends.get(t.end) == starts[start] - 1])
    for start, end in phrases_at(parsed, "repeats", "after_doer"):
        # "Tô Lâm lại gặp": after a verb the word is the verb's own ("ghi lại", "rút lại")
        if starts[start] - 1 in names:
            said(start, end, [t for t in acts if starts.get(t.start) == ends[end] + 1])


def _between(t: Cue, start: int, end: int) -> tuple[int, int]:
    """The text between cue `t` and the words from `start` to `end`, whichever comes first."""
    return (end, t.start) if end <= t.start else (t.end, start)


def read_asked_for(parsed: ParsedStatement) -> None:
    """An act done at someone's request ("at the request of the U.S. side", "at Washington's
    request", "theo đề nghị của phía Hungary") says that one asked for that act: a request whose
    asker is the one named after the noun, not the clause's doer, and whose content is the act.
    No request claim gives an act of the statement as what it asks for (their `event` is a
    project or a cooperation), so a claim of another asker or content bears nothing out and
    refutes nothing: an `other_acts` cue of the request leaves it open. The words, per
    predicate, are lexicon/<lang>/statements.yaml's `asked_for` (right before the noun) and
    `asked_for_possessive` (before the name whose "'s" stands right before the noun)."""
    lex = load_lexicon(parsed.lang, "statements")
    pids = set(lex.get("asked_for") or ()) | set(lex.get("asked_for_possessive") or ())
    asks = [t for t in parsed.triggers if t.kind == "trigger" and t.target in pids]
    if not asks:
        return
    text = parsed.text
    words = parsed.tokens.words()
    keys = [w for w, _, _ in words]
    starts = {s: i for i, (_, s, _) in enumerate(words)}

    def opener(i: int, key: str, pid: str) -> int | None:
        """Where a phrase of `key` for `pid` ending right before word `i` starts, if one does."""
        for p in phrase_keys("statements", key, (parsed.lang,), pid):
            if p and i >= len(p) and tuple(keys[i - len(p) : i]) == p:
                return words[i - len(p)][1]
        return None

    for t in asks:
        i = starts.get(t.start)
        if i is None:
            continue
        opened = opener(i, "asked_for", t.target)
        # "at the U.S. side's request": "'s" right before the noun, the opener before the name;
        # a full stop that short a way before the noun ends an abbreviation ("U.S."), no clause.
        # A name ending in "s" may take the apostrophe alone ("at Daines' request").
        apostrophe = i >= 1 and text[words[i - 1][2] : t.start].strip() in ("'", "’")
        possessive = i >= 2 and keys[i - 1] == "s" and text[words[i - 1][1] - 1] in "'’"
        if opened is None and (possessive or (apostrophe and keys[i - 1].endswith("s"))):
            opened = next(
                (
                    at
                    for j in range(i - 1, max(0, i - 1 - _ASKER_REACH), -1)
                    if (at := opener(j, "asked_for_possessive", t.target)) is not None
                    and all(m.group() == "." for m in CLAUSE_END.finditer(text, at, t.start))
                ),
                None,
            )
        if opened is not None:
            said = text[opened : t.end]
            parsed.other_acts.append(Cue("other_act", t.target, said, opened, t.end))


# How many words the asker's name may take in "at the U.S. side's request".
_ASKER_REACH = 6


def drop_contents(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """An act that is the content of another ("asked Prabowo to visit Vietnam", "accepted
    Trump's invitation") is not said to have happened: the statement asserts the request, not a
    visit. Which predicates take which others as their content is language data (`contents` in
    lexicon/<lang>/synonyms.yaml)."""
    contents = load_lexicon(parsed.lang, "synonyms").get("contents") or {}
    heads = [t for t in parsed.triggers if t.target in contents]
    if not heads:
        return
    text = parsed.text
    # "accepted the invitation and attended the meeting": an act joined to the other is its own
    joiners = list_joiners(parsed.lang)
    words = [w for w, _, _ in parsed.tokens.words()]
    starts = [s for _, s, _ in parsed.tokens.words()]

    def joined(u: Cue) -> bool:
        i = starts.index(u.start) if u.start in starts else 0
        return any(tuple(words[max(0, i - len(j)) : i]) == j for j in joiners)

    # "asked Pashinyan to visit Vietnam in 2027": a date after the content may be the content's
    # own, which no claim of the request dates; the visit stays a part to bear out.
    dated = [d.start for d in parsed.dates] + ([parsed.relative.start] if parsed.relative else [])

    # "declined Lam's invitation to visit Vietnam": the visit a refusal denies the wish of is
    # what the statement says (read_refusals), not the invitation's content
    refused = {c.start for c in parsed.modality_cues if c.target == "refusal"}

    # "invited Vietnam to join the Board of Peace on Jan 16": a verb that says one of two acts
    # (lexicon/world/readings.yaml), one of them the invitation's content, is that content,
    # and the date is the invitation's; the other reading stays a part, whoever dates it
    shared = {
        (t.start, t.end)
        for t in parsed.triggers
        for o in parsed.triggers
        if o.target != t.target and (o.start, o.end) == (t.start, t.end)
    }

    def head_of(u: Cue) -> Cue | None:
        """The act `u` is said as the content of, if any."""
        if u.start in refused or joined(u):
            return None
        return head_before(u)

    def read_in(u: Cue) -> bool:
        # a dated content of one reading stays a part to bear out (the date may be its own),
        # yet still the content: its date is one the sources may not know (assess.beyond_sources)
        return (u.start, u.end) in shared or not any(s >= u.end for s in dated)

    def head_before(u: Cue) -> Cue | None:
        """The nearest act before `u` in its clause that takes it as its content."""
        return max(
            (
                t
                for t in heads
                if u.target in contents[t.target]
                and t.end <= u.start
                and not breaks_clause(parsed, t.end, u.start)
            ),
            key=lambda t: t.end,
            default=None,
        )

    carried = set(load_lexicon(parsed.lang, "synonyms").get("carried_contents") or ())

    def outside(u: Cue) -> tuple[Cue, frozenset[str]] | None:
        # "invited Trump to visit Vietnam during a phone call", "conveyed greetings and invited
        # him to visit": the acts outside the invitation's words (before it, or after the
        # content) would be decided by themselves once the visit is read in, by any claim of
        # their kind, so the invitation's claim must share their occasion (Judge._framed);
        # another act's word in the content ("for the first time") keeps the visit a part, as
        # the sources' words for the invitation say nothing of it. The invitation's trigger
        # with those acts' predicates, or None.
        head = max((t for t in heads if t.end <= u.start), key=lambda t: t.start, default=None)
        if head is None:
            return None
        clause = CLAUSE_END.search(text, u.end)
        end = clause.start() if clause else len(text)
        if any(u.start <= c.start < end for c in parsed.other_acts):
            return None
        acts = [t for t in parsed.triggers if vocab.predicates[t.target].time_role == OCCASION]
        # another act of the invitation's own kind ("but did not invite the First Lady") is
        # decided by its own claims, and frames nothing
        outer = [
            t for t in acts if not head.start <= t.start <= u.start and t.target != head.target
        ]
        # only acts of their own, before the invitation and joined to it as another conjunct
        # ("hosted Hegseth and conveyed an invitation", "wrote to Lam on Jan 16, inviting
        # him"): an act after the content, or the invitation's own vehicle ("thư mời", a
        # letter received: _given_by reads its sender), keeps the visit a part
        if parsed.receipts or any(
            t.start >= u.start or not conjunct(parsed, t.end, head.start) for t in outer
        ):
            return None
        return head, frozenset(t.target for t in outer)

    def clause_of(u: Cue) -> tuple[int, int]:
        end = CLAUSE_END.search(text, u.end)
        return u.start, end.start() if end else len(text)

    said = []
    for u in parsed.triggers:
        head = head_of(u)
        if head is not None:
            if read_in(u):
                said.append(u)
            # "accepted Trump's invitation to join ...": the act the statement asserts is the
            # outermost one, of which the invitation is itself the content
            while (outer := head_before(head)) is not None:
                head = outer
            span = clause_of(u)
            parsed.contained.append(Cue("content", head.target, text[span[0] : span[1]], *span))
    # "Lam was asked by Trump to visit Vietnam": the judge reads no direction into a passive, so
    # the request alone would be borne out by Lam's request to Trump; the visit stays a part the
    # claims must bear out (its date is still the request's: `contained` above).
    if parsed.passive:
        return
    framing = {(u.start, u.end): outside(u) for u in said if u.target in carried}
    read_in = [u for u in said if u.target not in carried or framing[(u.start, u.end)] is not None]
    # a visit kept a part is still what the invitation was to: its place is the invitation's
    # own destination, which the visit's claims (a trip he made) do not bear out
    for u in (u for u in said if u.target in carried):
        span = clause_of(u)
        parsed.contents.append(Cue("content", u.target, text[span[0] : span[1]], *span))
        framed = framing[(u.start, u.end)]
        if framed is not None and framed[1]:
            parsed.framed.append(framed)
    drop_triggers(parsed, read_in)

"""What a statement says of a predicate, read from its words: whether a denial or a mood governs
its verb (negation, modality, a change of state, a denial of an unread verb), where a place or a
title attaches (locatives, offices said of a person), which numbers and dates each predicate
reads, and the details a denial may fall on instead of the act.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from itertools import pairwise

from factdb.check import relative, topic_years, windows
from factdb.check.assertions import bare_titles, decompose
from factdb.check.clauses import breaks_clause
from factdb.check.denials import bare_delay_denied
from factdb.check.findings import Context, Part
from factdb.check.later import acts_for, linked_words
from factdb.check.moods import undertakings
from factdb.check.occasion import accounted_by_occasion, denial_foci, origin_before
from factdb.check.rules import OCCASION, Uncovered, is_former
from factdb.check.stance import implies
from factdb.check.stance_words import thanks_words

# Where a phrase of a lexicon list stands is read with the scope by the judge's modules (assess,
# marks); the parser reads it too, so it lives with the statement model.
from factdb.check.statement import Cue, Mention, ParsedStatement, phrases_at
from factdb.check.wording import list_joiners
from factdb.check.world import CITY, PERSON, PLACES, World
from factdb.extract.dates import DateSpan
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import abbreviations, phrase_keys
from factdb.lexicon.index import fillers as filler_words
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import (
    EVENT,
    ORGANISATION,
    PROGRAMME,
    ROLE_TYPE,
    TOPIC,
    PredicateInfo,
    Vocabulary,
)
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps, within
from factdb.text.sentences import CLAUSE_BREAK, sentence_spans
from factdb.text.tokens import holds_phrase, phrase_spans, word_keys

# How many words may stand between an office (or trigger) and the entity it attaches to:
# "Prime Minister of Austria", "Austria's prime minister", "senator from New Hampshire".
ATTACH_GAP = 2
# Tiers of time roles, the first taking a date first: an event's date (one-off or one occasion of
# a repeatable event), then a series' period, then a state's, then predicates carrying no time.
TIME_PREFERENCE = (("value", "occasion"), ("qualifier",), ("state",), ("none",))
# How many of the nearest numbers and dates a predicate reads: a sentence gives one or two; a
# pasted table of figures would otherwise cost numbers × dates × claims.
MAX_READINGS = 3


def _anchors(world: World, pred: PredicateInfo, ctx: Context) -> list[int]:
    """Where the statement speaks of `pred`: its trigger words, or the mentions that cue it."""
    anchors = [t.start for t in ctx.parsed.triggers if t.target == pred.id]
    if not anchors:
        anchors = [
            m.start
            for m in ctx.parsed.entities
            if any(world.type(e) in pred.cue_types for e in m.ids)
        ]
    return anchors or [0]


def place_values(world: World, ctx: Context, pids: list[str]) -> None:
    """Give each predicate the number and the date the statement says of it. What no
    predicate takes is left over and keeps the statement from support (accounting.unaccounted)."""
    preds = [world.vocab.predicates[p] for p in pids]
    anchors = {p.id: _anchors(world, p, ctx) for p in preds}

    def nearest(
        start: int, fits: list[PredicateInfo], own: tuple[int, int] = (0, 0)
    ) -> list[PredicateInfo]:
        """The predicates of `fits` nearest `start`: several where one phrase triggers
        each ("spoke with": a meeting or a call), so the date is each one's. A trigger inside
        the value's `own` words ("Ngày 18/2, ... lên đường sang Mỹ": the date's day word) is
        no verb near it."""
        far = {
            p.id: min(
                (abs(start - a) for a in anchors[p.id] if not own[0] <= a < own[1]),
                default=len(ctx.parsed.text),
            )
            for p in fits
        }
        return [p for p in fits if far[p.id] == min(far.values())]

    # A number may serve several predicates ("lần đầu vượt mốc 1 tỷ USD" is both the year's
    # trade and the milestone); each predicate may read every number it can use, save a
    # figure bound to the noun it counts (`counted`), which is that noun's predicate's alone.
    # One figure alone swaps with none: it stays free for every predicate that can read it ("2025
    # marks 31 years since Vietnam and the United States established diplomatic relations":
    # its "years since" is the relations' anniversary as well).
    several = len(ctx.parsed.quantities) > 1
    counts = {
        id(q): counted(world.vocab, ctx, q) if several else set() for q in ctx.parsed.quantities
    }
    for pred in preds:
        fitting = [q for q in ctx.parsed.quantities if _fits(world.vocab, pred, q)]
        own = [q for q in fitting if pred.id in counts[id(q)]]
        fitting = own or [q for q in fitting if not counts[id(q)]]
        if fitting:
            ctx.quantities[pred.id] = sorted(
                fitting, key=lambda q: min(abs(q.start - a) for a in anchors[pred.id])
            )[:MAX_READINGS]
    # A date is what an event's date predicate asserts, so those take it first; then series,
    # then states, then predicates that carry no time (for which it is an unchecked extra).
    # Of one rank, a verb's predicate nearest it reads it too, beside one an event's name
    # nearer cues: "sẽ dự cuộc họp khai mạc ... từ 18 đến 21/2" dates the attendance as well
    # as the meeting. The date's own words ("từ ngày") are no verb.
    # the year of a topic dates only what was said of it (topic_years)
    topical = topic_years.topic_dated(ctx.parsed, world.vocab)
    # "In 2027, Lam thanked Daines for his push on the resolution": a date before a thanks dates
    # the thanks; the deed thanked for, after its words, was done before it and takes none
    thanks = thanks_words(ctx.parsed.text, ctx.parsed.tokens)
    # the verbs of an event's own dates ("running", "diễn ra"), triggered or not
    event_dates = {
        t.target
        for t in ctx.parsed.triggers
        if world.vocab.predicates[t.target].value_type == "date"
    }
    # "In 2026, the year the two countries marked 30 years of ties, Lam ...": the acts said in a
    # date's appositive clause are asserted at that date, the main act too (windows)
    clauses = {id(d): (start, end) for d, start, end in windows.appositive_clauses(ctx.parsed)}
    # the dates that went to some act, with the acts they went to and those of their rank
    taken: list[tuple[DateSpan, set[str], set[str]]] = []
    for d in ctx.parsed.dates:
        fits = [p for p in preds if topic_years.TOPIC in p.cue_types] if id(d) in topical else preds
        start, end = clauses.get(id(d), (0, 0))
        apposed = [p for p in fits if all(start <= a < end for a in anchors[p.id])]
        for pred in apposed:
            ctx.apposed.add((pred.id, id(d)))
            readings = ctx.dates.setdefault(pred.id, [])
            if len(readings) < MAX_READINGS:
                readings.append(d)
        fits = [p for p in fits if p not in apposed]
        # "Hegseth, US Secretary of Defense since January 2025, visited Vietnam": a "since"
        # right after a title says when the office began, not when the later verb's act was
        if titled := titled_since(world, ctx, d, fits):
            for pred in titled:
                readings = ctx.dates.setdefault(pred.id, [])
                if len(readings) < MAX_READINGS:
                    readings.append(d)
            continue
        deeds = {
            t.target
            for start, end in thanks
            if d.end <= start
            for t in ctx.parsed.triggers
            if t.start >= end and not breaks_clause(ctx.parsed, end, t.start)
        }
        fits = [p for p in fits if p.id not in deeds | aimed_at(ctx, d)]
        # "Chuyến thăm Campuchia mà Tổng Bí thư nhắc tới khi gặp ông Hun Manet diễn ra cuối
        # tháng 1": a verb that only links the opening act to a date dates that act, not one
        # said in a clause about it between them (the meeting it was recalled at)
        linked = linked_act(world, ctx, d)
        if linked is not None:
            fits = [p for p in fits if p.id == linked or p.id in event_dates]
        said = {
            t.target
            for t in ctx.parsed.triggers
            if not overlaps(t.start, t.end, [(d.start, d.end)])
        }
        for roles in TIME_PREFERENCE:
            ranked = [p for p in fits if p.time_role in roles]
            # a date right after a verb and its parties dates that verb's act, before a later
            # phrase's ("gặp Orbán ngày 21/2 trong chuyến thăm Mỹ": the meeting, on the trip);
            # not one opening the next clause ("met Orbán and on Feb. 18 called Daines")
            verbs = [p for p in ranked if p.id in said]
            dated = [p for p in verbs if _dates_its_act(ctx, p.id, d)]
            # "will travel to the US for the inaugural session, running Feb 18-20", "sẽ sang
            # Mỹ dự phiên họp đầu tiên ..., diễn ra từ 18 đến 20/2": an event's own date verb
            # after an act done for the event, in its clause, dates that act (the sources write
            # a trip's days so: "dự cuộc họp khai mạc ... từ ngày 18 - 20/2"), not the event
            acts = [p for p in verbs if _acted_for(world, ctx, p.id, d, event_dates)]
            if acts and all(p.id in event_dates for p in dated):
                dated = acts
                ctx.event_dated.add(id(d))
            verbs = nearest(d.start, dated or verbs)
            own = (d.start, d.end)
            # nor does a date its own act takes date an act named after it by its noun and doer
            # for standing nearer it: "will attend the meeting from Feb 18 to 20 at the
            # invitation of Trump" dates the attendance, not the invitation
            others = [
                p
                for p in ranked
                if not (dated and _given_after(ctx, p.id, d))
                and not (id(d) in ctx.event_dated and p.id in event_dates)
            ]
            near = [*verbs, *(p for p in nearest(d.start, others, own) if p not in verbs)]
            # "invited Lam to join the Board of Peace on Jan 16": a date inside an act read as
            # another's content dates that other act (the invitation), not the content's word
            # in its other reading (attending), which the statement does not assert was done
            # then. Not after an event named in the content ("... to join the Board of Peace's
            # inaugural meeting on Feb 19"), nor after another act's verb ("... và dự phiên
            # họp khai mạc ngày 19/2"): the date may be theirs. Nor inside what an act named
            # by its noun and doer frames ("Theo lời mời của ông Trump, Tổng Bí thư thăm Mỹ
            # từ 18 đến 20/2"): the visit is said done, on its own days.
            held = [
                c
                for c in ctx.parsed.contained
                if c.start <= d.start < c.end
                and not _given_only(ctx, c.target)
                and not _event_between(world, ctx, c.start, d.start)
                and not any(c.start < t.start and t.end <= d.start for t in ctx.parsed.triggers)
            ]
            if held:
                heads = {c.target for c in held}
                words = {t.target for c in held for t in ctx.parsed.triggers if t.start == c.start}
                near = [p for p in near if p.id not in words]
                near += [p for p in ranked if p.id in heads and p not in near]
            head = head_dated(ctx, d)
            if near and head is not None:
                ctx.head_dated[id(d)] = head
            for pred in near:
                readings = ctx.dates.setdefault(pred.id, [])
                if len(readings) < MAX_READINGS:
                    readings.append(d)
            if near:
                taken.append((d, {p.id for p in near}, {p.id for p in ranked}))
                break
    # "On Feb 18, Lam phoned Daines and met Orbán": a date opening the sentence dates every act
    # of its clause joined to the one it went to, of that act's rank; one with a date of its own
    # keeps it ("... and on Feb 19 met Orbán", "... and met Orbán on Feb 19")
    for d, took, rank in taken:
        acts = opening_acts(ctx, d)
        if not acts or not acts[0] & took:
            continue
        for pid in set().union(*acts[1:]) & rank:
            if pid not in ctx.dates and not _given_only(ctx, pid):
                ctx.dates[pid] = [d]


def linked_act(world: World, ctx: Context, date: DateSpan) -> str | None:
    """The act the statement opens with, named by its noun before any name, where a verb that
    only links it to a date gives this date (later.linked_words) and a clause about it with a
    doer of its own stands between them ("Chuyến thăm Campuchia mà Tổng Bí thư nhắc tới khi
    gặp ông Hun Manet diễn ra cuối tháng 1": the visit's date, not the meeting's); None
    otherwise. An act's participle right after its head ("Trump's letter inviting Lam ... was
    sent on Jan 26") is no clause of its own."""
    acts = sorted((t for t in ctx.parsed.triggers if t.kind == "trigger"), key=lambda t: t.start)
    # a place is the act's own party ("the Cambodia trip", "Chuyến thăm Campuchia"), a person
    # the clause's doer
    names = [m.start for m in ctx.parsed.entities if not {world.type(e) for e in m.ids} & PLACES]
    if len(acts) < 2 or any(n < acts[0].start for n in names):
        return None
    head = acts[0]
    if not any(date.start in after for after in linked_words(ctx.parsed, head.target)):
        return None
    between = [
        t for t in acts[1:] if t.end <= date.start and any(head.end <= n < t.start for n in names)
    ]
    return head.target if between else None


def opening_acts(ctx: Context, date: DateSpan) -> list[set[str]]:
    """The predicates of each act, in order, that a date opening its sentence scopes over: "On Feb
    18, Lam phoned Daines and met Orbán", "Sáng 19/2, Tô Lâm gặp Thủ tướng Orbán và điện đàm
    với ông Leahy" (after a dateline too, which parse blanks). The first act after the date, then
    each joined to the one before it (`_joins_acts`); none where a name or a verb stands before
    the date ("He phoned Daines on Feb 18 and met Orbán": the date follows its own act). An act
    said as another's content ("invited Lam to attend ...") ends the run: its time is not the
    other act's."""
    spans = sentence_spans(ctx.parsed.text, abbreviations())
    begin, end = next(((s, e) for s, e in spans if s <= date.start < e), (0, len(ctx.parsed.text)))
    if any(begin <= m.start < date.start for m in ctx.parsed.entities):
        return []
    aside = [(d.start, d.end) for d in ctx.parsed.dates]
    verbs = [
        t
        for t in ctx.parsed.triggers
        if begin <= t.start < end and not overlaps(t.start, t.end, aside)
    ]
    if any(t.start < date.start for t in verbs):
        return []
    said = sorted({(t.start, t.end) for t in verbs})
    acts: list[set[str]] = []
    for i, (start, stop) in enumerate(said):
        if i and not _joins_acts(ctx, said[i - 1][1], start):
            break
        if i and any(c.start <= start < c.end for c in ctx.parsed.contained):
            break
        acts.append({t.target for t in verbs if (t.start, t.end) == (start, stop)})
    return acts


def _joins_acts(ctx: Context, start: int, end: int) -> bool:
    """Whether the words from one act's verb (its end, `start`) to the next one's (`end`) join two
    acts of one clause: its parties, then a comma or a word joining acts (`list_joiners`,
    `act_joiners` in lexicon/<lang>/statements.yaml: "and", "then", "và", "rồi") right after
    them, and nothing else but fillers ("and he also met", "và cũng gặp"). No date, no end of a
    sentence or of a clause but a comma between; not a word that moves the act off the date
    ("and later met", "sau đó") nor opens another clause ("Daines, who met")."""
    text = ctx.parsed.text
    if any(mark in text[start:end] for mark in ";:") or any(
        overlaps(d.start, d.end, [(start, end)]) for d in ctx.parsed.dates
    ):
        return False
    parties = [m.end for m in ctx.parsed.entities if start <= m.start and m.end <= end]
    tail = [k for k, s, e in ctx.words if max(parties, default=start) <= s and e <= end]
    if not tail:
        return "," in text[max(parties, default=start) : end]
    joiners = list_joiners(ctx.parsed.lang) | set(
        phrase_keys("statements", "act_joiners", (ctx.parsed.lang,))
    )
    fillers = filler_words().folded
    return any(
        tuple(tail[: len(j)]) == j and all((k,) in fillers for k in tail[len(j) :]) for j in joiners
    )


def titled_since(
    world: World, ctx: Context, date: DateSpan, preds: list[PredicateInfo]
) -> list[PredicateInfo]:
    """The states an office's title cues that a "since" date right after it dates ("US Secretary of
    Defense since January 2025", "Bộ trưởng Chiến tranh Hoa Kỳ từ tháng 1/2025"): nothing but
    spaces and names other than a person's (the title's country) between them. The date says
    when the office began (check.assess.entered_within), not the date of an act said after it."""
    if date.opened_last is None or date.last != dt.date.max:
        return []
    at = date.start
    for m in sorted(ctx.parsed.entities, key=lambda m: m.end, reverse=True):
        if m.end > at:
            continue
        if ctx.parsed.text[m.end : at].strip():
            return []
        role = any(world.type(e) == ROLE_TYPE for e in m.ids)
        titled = [p for p in preds if p.time_role == "state" and role and ROLE_TYPE in p.cue_types]
        if titled:
            return titled
        if any(world.type(e) == PERSON for e in m.ids):
            return []
        at = m.start
    return []


def _event_between(world: World, ctx: Context, start: int, end: int) -> bool:
    """Whether the statement names an event (by its name or by its parts) from `start` to
    `end`."""
    return any(start <= s and e <= end for s, e in _events_named(world, ctx))


def _events_named(world: World, ctx: Context) -> list[tuple[int, int]]:
    """Where the statement names an event, by its name or by its parts."""
    return [
        (m.start, m.end)
        for eid, mentions in ctx.positions.items()
        if world.type(eid) == EVENT
        for m in mentions
    ]


def _dates_its_act(ctx: Context, pid: str, date: DateSpan) -> bool:
    """Whether `date` follows a trigger of `pid` with nothing between but its parties: no
    other trigger, no clause break, no list joiner ("and", "và") but one joining two names
    ("met Orbán and Aliyev on Feb. 19"); one before anything else opens another act ("met
    Orbán and on Feb. 18 called Daines")."""
    before = [t for t in ctx.parsed.triggers if t.end <= date.start]
    if not before or before[-1].target != pid:
        return False
    return _only_parties_between(ctx, before[-1].end, date)


def aimed_at(ctx: Context, date: DateSpan) -> set[str]:
    """The acts a date said after them takes none of, for being what an act before them in its
    clause is for (`acts_for` in lexicon/world/contents.yaml), named after a word that opens
    it (`aim_openers` in lexicon/<lang>/dates.yaml): "congratulated Lam on his re-election on
    19 February" dates the congratulation, the re-election having come before it. With no
    opener ("chúc mừng Tổng Bí thư tái cử hôm 19/3") the date may be the act's after the
    verb, and it keeps it (aimed_unopened)."""
    acts, opened = _aimed(ctx, date)
    return acts if opened else set()


def aimed_unopened(ctx: Context, date: DateSpan) -> set[str]:
    """The acts said after an act of `acts_for` and before a date, with no word opening them
    (`aim_openers`: "chúc mừng Tổng Bí thư Tô Lâm tái cử hôm 19/2"): the date may be theirs or
    the act's before them, which Judge._aim_dated weighs."""
    acts, opened = _aimed(ctx, date)
    return set() if opened else acts


def _aimed(ctx: Context, date: DateSpan) -> tuple[set[str], bool]:
    """The acts said between the last act of `acts_for` before `date` in its clause (or the
    word opening what it is for, `aim_openers`, if one is said) and the date, and whether such
    a word is said."""
    parsed = ctx.parsed
    heads = [
        t
        for t in parsed.triggers
        if t.target in acts_for()
        and t.end <= date.start
        and not breaks_clause(parsed, t.end, date.start)
    ]
    if not heads:
        return set(), False
    head = max(heads, key=lambda t: t.end)
    opened = [
        start
        for start, end in phrases_at(parsed, "dates", "aim_openers")
        if head.end <= start and end <= date.start
    ]
    after = min(opened) if opened else head.end - 1
    acts = {
        t.target
        for t in parsed.triggers
        if after < t.start and t.end <= date.start and t.target not in acts_for()
    }
    return acts, bool(opened)


def head_dated(ctx: Context, date: DateSpan) -> str | None:
    """The act a date may be said of as the head of the acts after it, whose content they are:
    an act of `contents` ("invited", "accepted the invitation") or a verb of a decision no
    predicate reads (`content_verbs`: "decided", "chose"), both in
    lexicon/<lang>/synonyms.yaml. The date follows the head with nothing but its parties and
    its content between, in its clause ("invited Lam in January to attend", "accepted the
    invitation to the meeting in early February"), or fronts the statement before it ("In
    January, Lam chose to attend"). Its predicate ("" for a verb of a decision), or None: the
    content and the event named in it need not be of that date."""
    synonyms = load_lexicon(ctx.parsed.lang, "synonyms")
    contents = synonyms.get("contents") or {}
    heads = [(t.start, t.end, t.target) for t in ctx.parsed.triggers if t.target in contents]
    heads += [(s, e, "") for s, e in phrases_at(ctx.parsed, "synonyms", "content_verbs")]
    acts = sorted([*heads, *((t.start, t.end, t.target) for t in ctx.parsed.triggers)])
    held = set(load_lexicon("world", "contents").get("content_acts") or ())
    before = [
        h
        for h in heads
        if h[1] <= date.start
        and _only_parties_between(ctx, h[1], date)
        and all(a[2] in held for a in acts if h[1] <= a[0] and a[1] <= date.start)
    ]
    if before:
        return before[-1][2]
    after = [a for a in acts if a[0] >= date.end]
    if after and len(after) == len(acts) and after[0] in heads:
        return after[0][2]
    return None


def joins_a_body(world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context) -> bool:
    """Whether the claim, of an act of `contents` (an invitation, an acceptance), has a body
    for its occasion (an invitation to join it) where the statement gives the act as its
    content something done at a gathering or on a trip (`gathering_contents` in
    lexicon/world/contents.yaml: attending, visiting) or the gathering itself (an event named,
    a noun of `gatherings` in lexicon/<lang>/occasions.yaml), said after it in its clause:
    "Trump invited Lam in late January to go to Washington for the Board of Peace meeting",
    "In January, Trump invited Lam to the Board of Peace's opening session" tell of another
    invitation than the one to join the Board, which bears out none of them and whose date
    refutes nothing (assess.time_of)."""
    event = claim.qualifier("event")
    contents = load_lexicon(ctx.parsed.lang, "synonyms").get("contents") or {}
    if pred.id not in contents or event is None or world.type(event) != ORGANISATION:
        return False
    done = set(load_lexicon("world", "contents").get("gathering_contents") or ())
    # a verb one of whose readings is the joining ("tham gia": attending or joining), read in
    # as the invitation's content or kept as a part, may say the invitation to join
    if any(c.target not in done for c in ctx.parsed.contents):
        return False
    joins = {(t.start, t.end) for t in ctx.parsed.triggers if t.target not in done}
    gatherings = [
        (t.start, t.end)
        for t in ctx.parsed.triggers
        if t.target in done and (t.start, t.end) not in joins
    ]
    gatherings += phrase_spans(ctx.words, phrase_keys("occasions", "gatherings"))
    gatherings += _events_named(world, ctx)
    heads = [t for t in ctx.parsed.triggers if t.target == pred.id]
    return any(
        h.end <= start and not breaks_clause(ctx.parsed, h.end, start)
        for h in heads
        for start, _ in gatherings
    )


def verb_dates(ctx: Context, verb: tuple[int, int]) -> list[DateSpan]:
    """The dates that follow the verb at `verb` in its clause, no other verb and nothing but
    its parties between: its own act's ("spoke with Daines on Feb 18 and met him in person on
    Feb 19": the meeting's is the 19th, the 18th the call's)."""
    return [
        d
        for d in ctx.parsed.dates
        if verb[1] <= d.start
        and not any(verb[1] <= t.start < d.start for t in ctx.parsed.triggers)
        and _only_parties_between(ctx, verb[1], d)
    ]


def _only_parties_between(ctx: Context, start: int, date: DateSpan) -> bool:
    """Whether nothing stands from `start` to `date` but a verb's parties: no clause break, no
    list joiner but one joining two names."""
    if CLAUSE_BREAK.search(ctx.parsed.text, start, date.start):
        return False
    words = [w for w in ctx.words if start <= w[1] and w[2] <= date.start]
    joiners = phrase_spans(words, list_joiners(ctx.parsed.lang))
    names = {m.start for m in ctx.parsed.entities}
    return all(next((s for _, s, _ in words if s >= end), -1) in names for _, end in joiners)


def _acted_for(
    world: World, ctx: Context, pid: str, date: DateSpan, event_dates: Collection[str]
) -> bool:
    """Whether the acts said before `date` end with one of `pid`, then an event named, then one
    verb at least of `event_dates`, and nothing else: "travel to the US for the session, running
    Feb 18-20" gives the date of the event the act was done for. The event is named, or by a
    gathering noun (occasions.yaml `gatherings`: "the Board of Peace's inaugural session");
    with none between, the verb is the act's own ("the call took place on Feb 18")."""
    before = [t for t in ctx.parsed.triggers if t.end <= date.start]
    verbs = []
    while before and before[-1].target in event_dates:
        verbs.append(before.pop())
    if not verbs or not before or before[-1].target != pid:
        return False
    start, end = before[-1].end, verbs[-1].start
    words = [w for w in ctx.words if start <= w[1] and w[2] <= end]
    gatherings = phrase_spans(words, phrase_keys("occasions", "gatherings"))
    return bool(gatherings) or _event_between(world, ctx, start, end)


def _given_after(ctx: Context, pid: str, date: DateSpan) -> bool:
    """Whether `pid` is said only after `date`, as an act named by its noun with its doer ("at
    the invitation of Trump": assertions._given_by), which sets no time of its own."""
    return _given_only(ctx, pid, date.end)


def _given_only(ctx: Context, pid: str, after: int = 0) -> bool:
    """Whether `pid` is said only as an act named by its noun with its doer, from `after` on:
    "At the invitation of Trump, Lam visited the US from Feb. 18 to 20" frames the visit, whose
    date is its own, not the invitation's (assertions._given_by)."""
    said = [p for p in ctx.predications if p.predicate == pid]
    return bool(said) and all(p.given and p.start >= after for p in said)


def counted(vocab: Vocabulary, ctx: Context, q: Quantity) -> set[str]:
    """The predicates whose trigger is the noun figure `q` counts: one sharing its words ("50
    years of diplomatic relations") or right after it ("50 năm thiết lập quan hệ ngoại giao"),
    and able to read it. So two figures of two counts are not both borne out by the two claims
    with their figures swapped ("marked 50 years of diplomatic relations and 30 years since the
    war ended", of 30 years of relations and 50 since the war)."""
    return {
        t.target
        for t in ctx.parsed.triggers
        if (overlaps(t.start, t.end, [(q.start, q.end)]) or _next_to(ctx, q.end, t.start))
        and _fits(vocab, vocab.predicates[t.target], q)
    }


def _next_to(ctx: Context, end: int, start: int) -> bool:
    """Whether `start` follows `end` with only a space between them."""
    return end <= start and not ctx.parsed.text[end:start].strip()


def _fits(vocab: Vocabulary, pred: PredicateInfo, q: Quantity) -> bool:
    if pred.value_type not in ("quantity", "rank"):
        return False
    if q.unit is None:
        # A bare number may be a count or an amount whose currency goes unsaid.
        return pred.dimension in ("count", "money")
    return vocab.dimension_of(q.unit) == pred.dimension


def changed(vocab: Vocabulary, pred: PredicateInfo, ctx: Context) -> str:
    """The words with which the statement changes a functional state (an upgrade to a
    level: a functional occasion predicate with an entity for value), if it does."""
    for t in ctx.parsed.triggers:
        other = vocab.predicates[t.target]
        if (
            t.kind == "trigger"
            and t.target != pred.id
            and other.time_role == OCCASION
            and other.value_type == "entity"
            and other.functional
        ):
            return t.text
    return ""


def placed_at(
    vocab: Vocabulary, place: str, event: str, verbs: Collection[str], ctx: Context
) -> bool:
    """Whether the statement gives `place` as where `event` was held: after a locative
    right after the event's mention or a verb of `verbs` ("was held in Budapest", "the
    inaugural meeting in Budapest"), at most ATTACH_GAP words after it; not anywhere
    ("attended the inaugural meeting before flying to New York")."""
    heads = [m.end for m in ctx.positions.get(event, [])]
    heads += [t.end for t in ctx.parsed.triggers if t.target in verbs]
    return any(
        after_locative(vocab, m, ctx)
        and any(
            end <= m.start and sum(end <= s and e <= m.start for _, s, e in ctx.words) <= ATTACH_GAP
            for end in heads
        )
        for m in ctx.positions.get(place, [])
    )


def locative(
    vocab: Vocabulary, eid: str, pred: PredicateInfo, ctx: Context, claim: ClaimView | None = None
) -> bool:
    """Whether a place is given as where it happened: after "in"/"tại", or right after the
    predicate's own trigger ("visit Vietnam", "thăm Việt Nam")."""
    words = ctx.words
    triggers = [t for t in ctx.parsed.triggers if t.target == pred.id]
    # a place inside another act's content ("met Orbán and invited him to visit Vietnam") is
    # where that act would happen, not where this one did
    # ... and so is one inside the occasion the act is ordered against ("After visiting
    # Cambodia, Lam met Hun Manet on Feb 19": where the visit was, not the meeting)
    spans = [(c.start, c.end) for c in ctx.parsed.contained if c.target != pred.id]
    anchors = relative.occasion_anchors(ctx.parsed)
    contents = [(s, e) for s, e in spans + anchors if not any(s <= t.start < e for t in triggers)]
    # ... even where the anchor's act word is the statement's only one for the predicate
    # ("After his visit to Cambodia, Lam travelled to the US"): a claim naming nothing the
    # anchor names (but its subject) is another occasion than the anchor's
    if claim is not None:
        contents += [a for a in anchors if not relative.names_in(ctx.parsed, claim, a)]
    for mention in ctx.positions.get(eid, []):
        if within(mention.start, mention.end, contents):
            continue
        # The words before the mention (words are in text order) end with a locative.
        k = bisect_right(words, mention.start, key=lambda w: w[2])
        if vocab.ends_with_locative([w for w, _, _ in words[:k]]):
            return True
        # "visit Vietnam": the place is the trigger's direct object, unless the claim has a
        # party for that slot ("met Indonesian President Prabowo").
        direct = claim is None or claim.qualifier("counterparty") is None
        if (
            direct
            and triggers
            and any(t.end <= mention.start for t in triggers)
            and not words_between(
                words, max(t.end for t in triggers if t.end <= mention.start), mention.start
            )
        ):
            return True
    return False


def attached(
    world: World,
    other: str,
    pred: PredicateInfo,
    claim: ClaimView,
    ctx: Context,
    offices: list[Mention] | None = None,
) -> bool:
    """Whether `other` is said of this office or predicate ("Prime Minister of Austria"), not
    merely elsewhere in the sentence ("invited President Tokayev to visit Vietnam"), nor
    across the verb of another predicate ("Lam met its prime minister"). Given `offices`, of
    those mentions of the office only (titling_offices): in "Tổng thống Trump gửi thư cho Chủ
    tịch nước Việt Nam" Vietnam is the addressee's title's, not Trump's."""
    if world.type(other) in pred.cue_types:
        return True  # "Vietnam and Hungary are strategic partners": the mention is the cue
    if world.type(claim.object or "") == CITY and world.type(other) in PLACES:
        # "was held in Budapest", "the inaugural meeting in Budapest": where the event was
        # held is said after "in" right after the event or a verb of its being held, not
        # anywhere ("attended the inaugural meeting before flying to New York")
        # "the first meeting of the Board of Peace's executive committee": an unread word
        # right after the event's name makes it part of another's
        named = ctx.positions.get(claim.subject, [])
        if any(w in ctx.parsed.loose_words for m in named for w in next_words(ctx.words, m.end)):
            return False
        return placed_at(world.vocab, other, claim.subject, world.event_predicates, ctx)
    toks = [(s, e) for _, s, e in ctx.words]
    if offices is None:
        offices = ctx.positions.get(claim.qualifier("role") or "", [])
    titles = {(m.start, m.end) for m in offices}
    heads = [*titles, *((t.start, t.end) for t in ctx.parsed.triggers if t.target == pred.id)]
    entity_spans = [(m.start, m.end) for m in ctx.parsed.entities]
    entity_spans += [(t.start, t.end) for t in ctx.parsed.triggers if t.target != pred.id]
    owners = set(phrase_keys("statements", "possessive_fillers", (ctx.parsed.lang,)))
    for mention in ctx.positions.get(other, []):
        if after_locative(world.vocab, mention, ctx):
            continue  # "a trip to Vietnam as Secretary of War": a place, not whose office
        for start, end in heads:
            lo, hi = (end, mention.start) if end <= mention.start else (mention.end, start)
            between = [t for t in toks if lo <= t[0] and t[1] <= hi]
            gap = tuple(w for w, s, e in ctx.words if lo <= s and e <= hi)
            if mention.end <= start and gap in owners:
                continue  # "chuyến đi Mỹ của Thủ tướng": the trip's place, not the title's
            if (
                mention.end <= start
                and (start, end) in titles
                and CLAUSE_BREAK.search(ctx.parsed.text, mention.end, start)
            ):
                # "gặp Thủ tướng Hungary, Tổng thống Tokayev và ...": a country set off before
                # a title is another member's of the list, not this title's
                continue
            if len(between) <= ATTACH_GAP and not any(lo <= s and e <= hi for s, e in entity_spans):
                return True
    return False


def other_doer(world: World, claim: ClaimView, pred: PredicateInfo, ctx: Context) -> bool:
    """Whether someone else does what the claim's subject does: another person named before
    the predicate's verb, the claim's subject only after it ("Trump congratulated Lam" of
    Lâm's congratulations), in an active sentence."""
    verbs = [t.start for t in ctx.parsed.triggers if t.target == pred.id]
    if not verbs or ctx.parsed.passive or world.type(claim.subject) != PERSON:
        return False
    verb = min(verbs)
    if any(m.start < verb for m in ctx.positions.get(claim.subject, [])):
        return False
    return any(
        m.start < verb and claim.subject not in m.ids and PERSON in map(world.type, m.ids)
        for m in ctx.parsed.entities
    )


def denied_description(ctx: Context, details: list[tuple[int, int]]) -> list[Uncovered]:
    """The `details` no deciding claim accounts for (accounting.details) between a denial and
    the verb it denies, beside a name ("No US official met Lam", "không quan chức Mỹ
    nào"): whom it denies it of is described by words the claims do not say."""
    cue = ctx.parsed.negation
    if cue is None:
        return []
    verb = min((t.start for t in ctx.parsed.triggers if t.start >= cue.end), default=None)
    if verb is None or not any(cue.end <= m.start and m.end <= verb for m in ctx.parsed.entities):
        return []
    text = ctx.parsed.text
    return [
        Uncovered("detail", text[start:end])
        for start, end in details
        if cue.end <= start and end <= verb
    ]


def denied_manner(
    ctx: Context, found: list[Uncovered], own: Callable[[list[tuple[str, ...]]], bool]
) -> list[Uncovered]:
    """The words nothing read (ParsedStatement.loose_words) after the verb a denial falls
    on, in its clause, that say how, when or in what capacity (occasion.denial_foci):
    "did not meet Orbán privately", "... last week", "... as an observer", "không gặp
    riêng", or the kind of what was given, held or sent ("a video call", "thư tay"; "grant
    aid", said right before its noun with a verb before it). The denial may fall on that,
    which no claim fixes, rather than on the act. A word after a comma is a clause of its
    own. Foci the refuted claims' own words say (`own(phrases)`: "again" of a wish to visit
    again) are the act's as they give it, no other thing the denial may fall on."""
    cue = ctx.parsed.negation
    if cue is None:
        return []
    verb = min((t.end for t in ctx.parsed.triggers if t.start >= cue.end), default=cue.end)
    text = ctx.parsed.text
    said = {u.text for u in found}
    # a phrase that denies by its meaning is read, yet may be the capacity the denial is of
    # ("không dự ... với tư cách quan sát viên")
    spans = [(s, e) for _, s, e in ctx.parsed.loose_words]
    spans += [(t.start, t.end) for t in ctx.parsed.triggers if t.kind == "antonym"]
    # ... and so is an act said of the medium it went by ("không gửi thư chúc Tết": the
    # greetings, by letter)
    spans += [(t.start, t.end) for t in ctx.parsed.triggers if t.kind == "trigger"]
    # "did not give Vietnam grant aid": a kind said right before the noun that is the act's
    # trigger, a verb between the denial and it (right after the denial, "did not grant aid",
    # it is the verb denied)
    heads = {t.start for t in ctx.parsed.triggers}
    after_cue = [s for _, s, _ in ctx.words if s >= cue.end]
    before_noun = {s for s, following in pairwise(after_cue[1:]) if following in heads}
    return [
        Uncovered("detail", text[start:end])
        for start, end in sorted(spans)
        if (start >= verb or start in before_noun)
        and CLAUSE_BREAK.search(text, min(verb, start), start) is None
        and text[start:end] not in said
        and (foci := denial_foci(ctx.words, start, end, 1 if start in before_noun else 0))
        and not own(foci)
    ][:1]


def unhurried(ctx: Context, own: Callable[[list[tuple[str, ...]]], bool]) -> list[Uncovered]:
    """A denial that the act is urgent ("no need to rush", "không cần vội": `unhurried` in
    lexicon/<lang>/statements.yaml) falls on how soon it is to be done: an intention refutes it
    only where its own words say soon (`own` of a `soon_words` phrase: "sẽ sớm hoàn tất", "trong
    thời gian tới"); of any other, how soon is a detail no claim fixes."""
    cue = ctx.parsed.negation
    if cue is None or not overlaps(
        cue.start, cue.end, phrases_at(ctx.parsed, "statements", "unhurried")
    ):
        return []
    if any(own([phrase]) for phrase in phrase_keys("statements", "soon_words")):
        return []
    return [Uncovered("detail", cue.text)]


def untold(ctx: Context) -> list[Uncovered]:
    """A denial that falls on a telling of when, how or where ("Orbán did not say when he would
    visit", "không cho biết bao giờ sẽ thăm": a verb of `telling_verbs` right after the denial,
    a word of `question_words` after it in its clause, both in lexicon/<lang>/statements.yaml):
    it says what was left untold, not that the act was not done or planned, so the claims of the
    act refute nothing."""
    cue = ctx.parsed.negation
    if cue is None:
        return []
    text = ctx.parsed.text
    verbs = [
        (s, e)
        for s, e in phrases_at(ctx.parsed, "statements", "telling_verbs")
        if not text[cue.end : s].strip()
    ]
    if not verbs:
        return []
    end = verbs[0][1]
    close = CLAUSE_BREAK.search(text, end)
    asked = [
        (s, e)
        for s, e in phrases_at(ctx.parsed, "statements", "question_words")
        if end <= s and (close is None or e <= close.start())
    ]
    return [Uncovered("detail", text[verbs[0][0] : asked[0][1]])] if asked else []


def denied_groups(vocab: Vocabulary, ctx: Context) -> list[Uncovered]:
    """The group a denied encounter reaches where no name is ("snubbed the press", "did not
    meet reporters", "tránh gặp báo chí": `attribution_details` in stances.yaml), after its
    verb in its clause: the denial falls on that group, which no claim gives, not on meeting
    anyone; so the meetings the claims give with named leaders refute nothing. Only of an
    encounter: the students scholarships are cut for are who they were for."""
    cue = ctx.parsed.negation
    if cue is None:
        return []
    encounters = set(vocab.encounters)
    # the encounters the denial may fall on, found once for the group and for the kind
    denied = [t for t in ctx.parsed.triggers if t.start >= cue.start and t.target in encounters]
    if not denied:
        return []
    verb = denied[0].start
    text = ctx.parsed.text
    groups = [
        Uncovered("detail", text[start:end])
        for start, end in phrases_at(ctx.parsed, "stances", "attribution_details")
        if start >= verb and CLAUSE_BREAK.search(text, verb, start) is None
    ][:1]
    return groups or denied_kind(vocab, ctx, denied)


def denied_kind(vocab: Vocabulary, ctx: Context, denied: list[Cue]) -> list[Uncovered]:
    """The kind of party a denied encounter's verb reaches, said right after it, quantified
    ("any", "a", "nào", "một") or bare, by words nothing reads or a capitalised word no name is
    ("did not meet any mayor", "không gặp thị trưởng nào", "không gặp lãnh đạo châu Phi nào",
    without diacritics "lanh dao Nam My nao"): the denial is of that kind of party, which the
    claims' named parties neither are nor exclude, so their meetings refute nothing. A noun of
    people the lexicons know, in any inflection, with a leader's rank ("any foreign leader",
    "any official", "anyone", "any other leader": `counted_people`, `universal_nouns`,
    `party_nouns`, `leader_ranks` in statements.yaml), an office, a country or a word of any
    holder leave the denial to the claims; a named party ("Orbán", the Vietnamese community)
    is theirs to refute. `denied` are the encounters from the denial on (denied_groups)."""
    parsed = ctx.parsed
    cue = parsed.negation
    # the verb, not a verb that denies by its meaning ("hủy cuộc hội đàm": what is called off)
    verbs = [t for t in denied if cue is not None and t.kind == "trigger" and t.start >= cue.end]
    if cue is None or not verbs:
        return []
    text, words = parsed.text, parsed.tokens.words()
    lang = (parsed.lang,)
    start = min(verbs, key=lambda t: t.start).end
    # the party's words end at a locative, a frame of the occasion, a date, another verb or a
    # clause break ("any mayor in Washington", "... during the trip"), or right after a word of
    # any holder that closes them ("thị trưởng nào tại Washington")
    stops = [s for s, _ in phrase_spans(words, vocab.locatives)]
    stops += [s for s, _ in phrases_at(parsed, "statements", "occasion_frames")]
    stops += [d.start for d in parsed.dates] + [t.start for t in parsed.triggers]
    closers = phrase_spans(words, phrase_keys("statements", "any_words", lang, sub="after"))
    stops += [e for _, e in closers]
    end = min((s for s in stops if s >= start), default=len(text))
    cut = CLAUSE_BREAK.search(text, start, end)
    end = cut.start() if cut is not None else end
    said = [m for m in parsed.entities if overlaps(m.start, m.end, [(start, end)])]
    types = {vocab.entities[e].type if e in vocab.entities else None for m in said for e in m.ids}
    if types - {*PLACES, ROLE_TYPE}:
        return []
    inflection = vocab.inflections.get(parsed.lang)
    keyed = [
        (key, s, e)
        for key, (_, s, e) in zip(
            parsed.tokens.inflected(parsed.lang, inflection), words, strict=True
        )
    ]
    # with the ranks a noun of leaders carries ("any other leader", "any senior official")
    nouns = {
        inflection.key(p) if inflection else p
        for name in ("counted_people", "universal_nouns", "party_nouns", "leader_ranks")
        for p in phrase_keys("statements", name, lang)
    }
    known = phrase_spans(keyed, nouns) + [(m.start, m.end) for m in said]
    known += [(t.start, t.end) for t in parsed.triggers]
    for name, sub in (("any_words", "before"), ("indefinite_articles", "")):
        known += phrase_spans(words, phrase_keys("statements", name, lang, sub=sub))
    known += [*closers, (cue.start, cue.end)]
    loose = {s for _, s, _ in parsed.loose_words}
    unread = [
        (s, e)
        for _, s, e in words
        if start <= s and e <= end and (s in loose or text[s].isupper()) and not within(s, e, known)
    ]
    if not unread:
        return []
    return [Uncovered("detail", text[unread[0][0] : unread[-1][1]])]


def placed_details(
    vocab: Vocabulary, ctx: Context, details: list[tuple[int, int]]
) -> list[Uncovered]:
    """The `details` no deciding claim accounts for (accounting.details) that stand after a
    locative or a word of origin, an article between them or not ("in a hotel", "tại khách
    sạn", "from his hotel"): a place the claims do not give."""
    found = []
    read = [(t.start, t.end) for t in ctx.parsed.triggers]
    read += [(m.start, m.end) for m in ctx.parsed.entities]
    for start, end in details:
        words = [(w, s, e) for w, s, e in ctx.words if e <= start]
        before = [w for w, _, _ in words]
        # an article between ("in a hotel"), not a word read ("stuck in the approval process")
        article = bool(words) and not overlaps(words[-1][1], words[-1][2], read)
        heads = (before, before[:-1]) if article else (before,)
        if any(vocab.ends_with_locative(head) for head in heads) or any(
            origin_before(head) for head in (*heads, opening(ctx, start, end))
        ):
            # "from his hotel": where it was done from, as much as where
            found.append(Uncovered("detail", ctx.parsed.text[start:end]))
    return found


def denied_fields(ctx: Context, details: list[tuple[int, int]]) -> list[Uncovered]:
    """The `details` no deciding claim accounts for (accounting.details) among the fields said
    after a view of cooperation (ParsedStatement.fields: "không nhất trí ưu tiên hợp tác quốc
    phòng", "did not agree to prioritise cooperation in defence"): the denial may fall on a
    field the claims do not list, not on the agreement on the fields they do."""
    text = ctx.parsed.text
    return [Uncovered("detail", text[s:e]) for s, e in details if within(s, e, ctx.parsed.fields)]


def denied_places(
    world: World, ctx: Context, refuted: list[Part], borne: list[Part]
) -> list[Uncovered]:
    """The places the statement gives after a locative, as where the act was done from
    ("did not call Lam from Vermont", "không gặp Orbán tại Budapest") or as where the trip it
    is set in went ("during his Cambodia visit", trip_destination) that none of the
    denied claims gives, nor their events' places: the denial may fall on the place, which
    no claim fixes, rather than on the act. A name said of someone ("Leahy of Vermont")
    is no such place, nor the place of the encounter the fact was reported at, nor one the
    claims of an act borne out (`borne`) on a denied claim's occasion give: the trip the
    denial is set in ("không điện đàm với ông Hagerty trong chuyến thăm Mỹ")."""
    denied = [c for part in refuted for c in part.decisive]
    given = {e for c in denied for e in c.entities()}
    events = {c.qualifier("event") for c in denied} - {None}
    given |= {
        e
        for part in borne
        for c in part.decisive
        if c.qualifier("event") in events
        for e in c.entities()
    }
    # "Tại cuộc gặp ở Washington, ông Orbán thông báo ...": the place of the meeting the
    # fact was reported at (factdb.check.occasion)
    given |= world.event_places(given) | accounted_by_occasion(world.index, world.vocab, denied)
    # "dừng rà phá bom mìn tại Việt Nam": where the programme is carried out, which the
    # sentence telling of it gives
    programmes = programme_places(world, ctx, denied)
    found = []
    for eid, mentions in ctx.positions.items():
        if eid in given or world.type(eid) not in PLACES:
            continue
        for mention in mentions:
            if (mention.start, mention.end) in programmes:
                continue
            before = [w for w, _, e in ctx.words if e <= mention.start]
            if (
                after_locative(world.vocab, mention, ctx)
                or origin_before(before)
                or trip_destination(mention, ctx)
            ):
                found.append(Uncovered("name", mention.text))
                break
    return found


def trip_destination(mention: Mention, ctx: Context) -> bool:
    """Whether the mention is a place bound right before the noun of a trip ("his Cambodia
    visit": assertions.Predication, `destination_before_nouns`) or standing right after one
    that takes its destination after it ("chuyến công du Campuchia", `destination_after_nouns`,
    a trip noun whether or not it is an act's verb: "chuyến làm việc"): where the trip went, a
    place the denial may be set in as much as one after "to" ("his visit to Cambodia"). A trip
    that anchors a bound ("since his Cambodia visit", "before his Cambodia trip") is a time the
    denial runs from or to, not a place it is set in."""
    anchors = [c.anchor for c in (ctx.parsed.later, ctx.parsed.earlier) if c is not None]
    if any(within(mention.start, mention.end, [a]) for a in anchors):
        return False
    text = ctx.parsed.text
    if any(
        end <= mention.start and not text[end : mention.start].strip()
        for _, end in phrases_at(ctx.parsed, "statements", "destination_after_nouns")
    ):
        return True
    return any(
        mention.end <= p.start
        and not ctx.parsed.text[mention.end : p.start].strip()
        and any(e in p.patients for e in mention.ids)
        for p in ctx.predications
    )


def programme_places(world: World, ctx: Context, claims: list[ClaimView]) -> set[tuple[int, int]]:
    """The spans of the places said right after the name of a programme the claims name, past a
    locative alone ("demining in Vietnam", "khắc phục hậu quả chiến tranh tại Việt Nam"), where
    a claim's source sentence names the place: where the programme is carried out, said of it
    rather than of the act, and given by the sentence that tells of it. A place the sentences
    do not name ("demining in Laos") may be another programme's."""
    programmes = {e for c in claims for e in c.entities() if world.type(e) == PROGRAMME}
    if not programmes:
        return set()
    named = set().union(*(world.names_in_sentences(c) for c in claims))
    ends = [m.end for p in programmes for m in ctx.positions.get(p, [])]
    return {
        (m.start, m.end)
        for eid, mentions in ctx.positions.items()
        if eid in named and world.type(eid) in PLACES
        for m in mentions
        if any(
            tuple(w for w, s, e in ctx.words if end <= s and e <= m.start) in world.vocab.locatives
            for end in ends
        )
    }


def opening(ctx: Context, start: int, end: int) -> list[str]:
    """The first word of the statement's words from `start` to `end`, if any: a detail
    that starts with its own word of origin ("từ khách sạn", when "từ" is unread too)."""
    return [w for w, s, e in ctx.words if start <= s and e <= end][:1]


def after_locative(vocab: Vocabulary, mention: Mention, ctx: Context) -> bool:
    """Whether a locative ("to", "in", "tại") stands right before the mention."""
    return vocab.ends_with_locative([w for w, _, e in ctx.words if e <= mention.start])


def other_persons(world: World, claim: ClaimView, ctx: Context) -> list[tuple[int, int]]:
    """The spans of the people the statement names other than the claim's subject, a name the
    base does not know among them ("Japarov")."""
    persons = [
        (m.start, m.end)
        for m in ctx.parsed.entities
        if claim.subject not in m.ids and any(world.type(e) == PERSON for e in m.ids)
    ]
    text = ctx.parsed.text
    persons += [
        (m.start(), m.end())
        for name in ctx.parsed.unknown_names
        for m in re.finditer(re.escape(name), text)
    ]
    return persons


def titles_subject(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the office the claim names is said of its subject: no other person stands
    between the two. In "met Kyrgyz President Japarov, Tokayev and Mirziyoyev" the title is
    Japarov's, and says nothing of where Mirziyoyev is president. Nor is a former title no
    assertion gives a name (assertions.bare_titles) said of an office the claim gives as held
    now: in "met the former prime minister of Hungary, Orbán, and Sharif" the title is a list
    member's, and Orbán's premiership then is not what it says."""
    role = claim.qualifier("role")
    if role is None:
        return True
    persons = other_persons(world, claim, ctx)
    former = [
        (t.start, t.end)
        for t in bare_titles(ctx.parsed, world.vocab)
        if t.office == role and t.tense == "former" and not is_former(claim)
    ]
    for mention in ctx.positions.get(claim.subject, []):
        for office in ctx.positions.get(role, []):
            if (office.start, office.end) in former:
                continue
            lo, hi = sorted((mention.start, office.start))
            if not any(lo <= s and e <= hi for s, e in persons):
                return True
    return False


def titling_offices(
    world: World, pred: PredicateInfo, claim: ClaimView, ctx: Context, joined: bool = False
) -> list[Mention]:
    """The mentions of the claim's office the statement gives its subject: read as his title
    (factdb.check.assertions: before his name, in apposition, after a copula, over a list), or
    with a mention of him and no other person nor verb of another act between them ("Trump
    invited Vietnam's president" gives Trump no title). With `joined`, as a refutation needs,
    only where a copula or the office's own verb stands between them too ("Tổng thống
    Uzbekistan là ông Mirziyoyev"): "Trump praised the Vietnamese president" has a verb no
    predicate reads. Stricter than titles_subject, which only keeps an office claim open."""
    role = claim.qualifier("role")
    if role is None:
        return []
    given = [
        (a.start, a.end)
        for a in decompose(ctx.parsed, world.vocab)
        if a.subject == claim.subject and a.office == role
    ]
    others = other_persons(world, claim, ctx)
    others += [(t.start, t.end) for t in ctx.parsed.triggers if t.target != pred.id]
    joins = [(c.start, c.end) for c in ctx.parsed.grammar if c.kind == "copula"]
    joins += [(t.start, t.end) for t in ctx.parsed.triggers if t.target == pred.id]

    def near(m: Mention, office: Mention) -> bool:
        lo, hi = min(m.end, office.end), max(m.start, office.start)
        return not any(lo <= s and e <= hi for s, e in others) and (
            not joined or any(lo <= s and e <= hi for s, e in joins)
        )

    subject = ctx.positions.get(claim.subject, [])
    return [
        o
        for o in ctx.positions.get(role, [])
        if any(start <= o.start and o.end <= end for start, end in given)
        or any(near(m, o) for m in subject)
    ]


def start_denied(parsed: ParsedStatement, date: DateSpan | None = None) -> bool:
    """Whether the statement's denial falls right on the words that date a beginning ("does not
    date from 2024", "không bắt đầu từ năm 2024"; `date` that one, if given), which no
    predicate's trigger follows: a denial of when the state began (assess.time_outcome)."""
    cue = parsed.negation
    begun = [parsed.dates[i] for i in parsed.starts]
    return cue is not None and any(
        (date is None or d is date)
        and cue.end <= d.start
        and not parsed.text[cue.end : d.start].strip()
        for d in begun
    )


def negated(world: World, pred: PredicateInfo, ctx: Context) -> bool:
    """A denial governs the predicates whose trigger follows it ('did not meet'), or whose
    cue it stands right before ('was not a Republican'), not an office named in passing
    ('did not meet Cambodian PM Hun Manet' still calls him prime minister)."""
    cue = ctx.parsed.negation
    if cue is None or relative.denied(ctx.parsed):
        # "did not call Daines and Leahy on the same day": the relation is denied, and the
        # acts said to have happened (Judge._relative_parts)
        return False
    if cue.kind == "opposite":
        return opposed(world, pred, ctx, cue)
    if cue.kind == "negation_after":
        # "Lam's phone call with Leahy did not take place": the event named before it.
        return any(t.target == pred.id and t.end <= cue.start for t in ctx.parsed.triggers)
    after = [t for t in ctx.parsed.triggers if t.target == pred.id and t.start >= cue.start]
    # "invited him to visit Vietnam, but he declined": a refusal with its object left out
    # denies the wish of the act it refuses before it (denials.read_refusals)
    refused = {c.start for c in ctx.parsed.modality_cues if c.target == "refusal"}
    if not after and any(t.target == pred.id and t.start in refused for t in ctx.parsed.triggers):
        return True
    if after:
        first = min(t.start for t in after)
        # "Without delay, Hungary approved ...", "Not long after, ...": a denial in a phrase
        # a comma closes before any verb denies that phrase's words, not the clause after it
        close = CLAUSE_BREAK.search(ctx.parsed.text, cue.end, first)
        if close is not None and not any(
            cue.end <= t.start < close.start() for t in ctx.parsed.triggers
        ):
            return False
        # A denial falls on the first verb after it: in "did not turn down Trump's
        # invitation" the invitation is the object of what is denied, not denied itself.
        if any(
            cue.start < t.start < first and t.target != pred.id and t.target in ctx.candidates
            for t in ctx.parsed.triggers
        ):
            return False
        # "did not turn down the invitation", "did not cut its scholarships": a denial of a
        # denying verb affirms; it falls on the first verb after it, not on the noun that
        # names the predicate after that verb. An antonym inside the denial's own words ("trì
        # hoãn chuyến thăm" holds "hoãn chuyến thăm") is that one denial, not a second.
        nearest = min(after, key=lambda t: t.start)
        return not (nearest.kind == "antonym" and nearest.start >= cue.end)
    if _delaying(cue, ctx.parsed.lang) and opposed(world, pred, ctx, cue):
        # "nhất trí gác lại Kế hoạch Hòa bình", "urged Congress to put off the funding": what
        # is put off is what the act before it is about, which it denies as an event's opposite
        # does
        return True
    if any(t.kind == "antonym" and t.start == cue.start for t in ctx.parsed.triggers):
        # a verb that denies by its meaning denies its own predicates, not a title named after
        # it ("rút lại lời mời Tổng Bí thư" calls him general secretary all the same)
        return False
    words = ctx.words
    blockers = [
        (t.start, t.end)
        for t in ctx.parsed.triggers
        if t.target != pred.id and t.target in ctx.candidates
    ]
    blockers += [(m.start, m.end) for m in ctx.parsed.entities]
    for m in ctx.parsed.entities:
        if m.start < cue.end or not any(world.type(e) in pred.cue_types for e in m.ids):
            continue
        between = [(s, e) for _, s, e in words if cue.end <= s and e <= m.start]
        if len(between) <= ATTACH_GAP and not any(
            cue.end <= s and e <= m.start for s, e in blockers
        ):
            return True
    return False


# How many words the act's noun phrase may run before the copula that gives what it was ("one
# of his first votes in the Senate was to ...", "lá phiếu đầu tiên của ông tại Thượng viện là ...").
COMPLEMENT_REACH = 8


def opposed(world: World, pred: PredicateInfo, ctx: Context, cue: Cue) -> bool:
    """The opposite of a view ("a weak spot in the relations") denies that view's topic, which
    it names itself, and nothing else ("relations" is no partnership denied). The opposite of
    an event or a programme ("prolong the war in Vietnam", "dừng rà phá bom mìn") denies the
    act whose verb it follows, past the names of the parties at most ("voted to ...",
    "đề nghị phía Mỹ dừng ..."), or whose noun a copula gives it as ("his first vote in the
    Senate was to ...": polarity.yaml `act_copulas`), not one it is only named beside (the
    war's dates)."""
    if any(
        m.start == cue.start and any(world.type(e) in pred.cue_types for e in m.ids)
        for m in ctx.parsed.entities
    ):
        return True
    names = [(m.start, m.end) for m in ctx.parsed.entities if m.start != cue.start]

    def near(start: int, end: int, gap: int) -> bool:
        """Whether at most `gap` words, names aside, stand from `start` to `end`."""
        found = sum(start <= s and e <= end and not overlaps(s, e, names) for _, s, e in ctx.words)
        return found <= gap

    copulas = phrase_spans(ctx.words, phrase_keys("polarity", "act_copulas", (ctx.parsed.lang,)))
    for t in ctx.parsed.triggers:
        if t.target != pred.id or t.end > cue.start:
            continue
        if any(t.end <= o.start and o.end <= cue.start for o in ctx.parsed.triggers):
            continue
        if near(t.end, cue.start, ATTACH_GAP):
            return True
        if any(
            t.end <= s
            and near(t.end, s, COMPLEMENT_REACH)
            and near(e, cue.start, ATTACH_GAP)
            and not breaks_clause(ctx.parsed, t.end, cue.start)
            for s, e in copulas
        ):
            return True
    return False


def denies_an_unread_verb(world: World, pred: PredicateInfo, ctx: Context) -> bool:
    """'Hungary has yet to disburse the ODA': the denial falls on a verb no predicate knows
    ('disburse'), not on the ODA's approval, when more than one word that is no trigger
    stands between it and the predicate's trigger, or, with no trigger after it, the name of
    what the predicate is about ("stopped negotiating the trade deal", "ngừng đàm phán hiệp
    định": the talks end, no party to the deal is denied). One of the predicate's own denying
    verbs ("halve the number of scholarships") is its verb, whatever stands after it. So is a
    delay written without marks right after it ("khong hoan chuyen tham": parse.
    bare_delay_denied), which no source word of its fold says."""
    cue = ctx.parsed.negation
    assert cue is not None
    if changes(pred, ctx):
        return False
    if bare_delay_denied(ctx.parsed):
        return True
    after: list[Cue | Mention] = [
        t for t in ctx.parsed.triggers if t.target == pred.id and t.start >= cue.end
    ]
    # A view's key phrase is the view's own words, its verb included ("had not become a pillar
    # of the relations"): the words before it are no other act.
    after = after or [
        m
        for m in ctx.parsed.entities
        if m.start >= cue.end
        and any(world.type(e) in pred.cue_types and world.type(e) != TOPIC for e in m.ids)
    ]
    if not after:
        return False
    first = min(after, key=lambda t: t.start)
    spans = [(t.start, t.end) for t in ctx.parsed.triggers]
    # "failed to complete the approval": a verb that adds nothing is no other act, nor is the
    # figure of what it is done to ("has yet to finalise the $400 million ODA package")
    spans += [(c.start, c.end) for c in ctx.parsed.grammar if c.kind == "transparent_verb"]
    spans += [(q.start, q.end) for q in ctx.parsed.quantities]
    between = [
        (s, e)
        for _, s, e in ctx.words
        if cue.end <= s and e <= first.start and not overlaps(s, e, spans)
    ]
    # A trigger, a name or a modal word between ties the denial to the phrase it heads
    # ("never spoken to Trump by phone", "has no plans to visit"): then it is read as before.
    tied = [(t.start, t.end) for t in ctx.parsed.triggers]
    tied += [(m.start, m.end) for m in ctx.parsed.entities]
    tied += [(c.start, c.end) for c in ctx.parsed.modality_cues]
    return len(between) > 1 and not any(cue.end <= s and e <= first.start for s, e in tied)


def _delaying(cue: Cue, lang: str) -> bool:
    """Whether a denial is a verb that puts its act off (`delayers` of polarity.yaml), alone or
    opening an antonym's phrase ("hoãn chuyến thăm": an antonym of `visited`)."""
    keys = word_keys(cue.text)
    delayers = phrase_keys("polarity", "delayers", (lang,))
    return any(keys[:n] in delayers for n in range(1, len(keys) + 1))


def delay(parsed: ParsedStatement) -> str:
    """The words by which the statement's denial puts its act off, "" where it does not: the
    denial is a delaying verb ("postponed", "gác lại"), or a time the act was due (`missed_times`
    of polarity.yaml: "on schedule", "như dự kiến") follows it in its clause ("failed to sign
    the deal as planned"). Either says a time was set and moved or missed, which a claim that
    the act was not done does not give."""
    cue = parsed.negation
    if cue is None:
        return ""
    if _delaying(cue, parsed.lang):
        return cue.text
    return next(
        (
            parsed.text[start:end]
            for start, end in phrases_at(parsed, "polarity", "missed_times")
            if start >= cue.end and not breaks_clause(parsed, cue.end, start)
        ),
        "",
    )


def passive_delay(parsed: ParsedStatement) -> bool:
    """Whether the statement's delay is said in the passive (`delay_passives` of polarity.yaml
    right before it, or opening it: "the trip was postponed", "chuyến thăm bị hoãn"): of the
    act named before it, which is the one put off, not an act whose object is the delay."""
    cue = parsed.negation
    if cue is None or not _delaying(cue, parsed.lang):
        return False
    words = parsed.tokens.words()
    spans = phrase_spans(words, phrase_keys("polarity", "delay_passives", (parsed.lang,)))
    return any(
        s == cue.start or (e <= cue.start and not parsed.text[e : cue.start].strip())
        for s, e in spans
    )


def changes(pred: PredicateInfo, ctx: Context) -> bool:
    """Whether the statement's denial is one of the predicate's own denying verbs ("cut",
    "trims", "cắt giảm"), which with a figure says what the value became."""
    cue = ctx.parsed.negation
    return cue is not None and any(
        t.kind == "antonym" and t.target == pred.id and t.start == cue.start
        for t in ctx.parsed.triggers
    )


def under_way(parsed: ParsedStatement) -> bool:
    """Whether the statement's denial says its act under way or about to be done (an
    `under_way` word in it: "still processing", "đang làm thủ tục", "sắp hoàn tất"): not done
    yet at the time spoken of, which says nothing of the act done after it."""
    return _denial_holds(parsed, "under_way")


def completion_under_way(parsed: ParsedStatement) -> bool:
    """Whether the statement's denial is the progressive of a completing verb (a
    `completions_under_way` phrase in it: "are finalising the deal", "đang hoàn tất thủ tục"):
    the press writes it of the days a completion is announced as of those before, so undated
    it is not fixed before or after the completion the sources report."""
    return _denial_holds(parsed, "completions_under_way")


def _denial_holds(parsed: ParsedStatement, key: str) -> bool:
    cue = parsed.negation
    if cue is None:
        return False
    keys = word_keys(cue.text)
    return any(holds_phrase(keys, p) for p in phrase_keys("statements", key))


def lasting_state(pred: PredicateInfo, ctx: Context) -> bool:
    """Whether the statement says the state an act of the predicate begins, not the act: every
    trigger of it stands in a noun of that state (`lasting_states` in lexicon/<lang>/
    synonyms.yaml: "was a founding member", "là thành viên sáng lập") and no word of beginning
    (`state_begins`: "became", "trở thành") is said. The claim dates the act; the state
    lasts past it, so a later date is later than the sources know, not another date."""
    spans = phrases_at(ctx.parsed, "synonyms", "lasting_states", sub=pred.id)
    triggers = [t for t in ctx.parsed.triggers if t.target == pred.id]
    return (
        bool(spans and triggers)
        and all(any(s <= t.start and t.end <= e for s, e in spans) for t in triggers)
        and not phrases_at(ctx.parsed, "synonyms", "state_begins")
    )


def goes_on(pred: PredicateInfo, ctx: Context) -> bool:
    """Whether the statement says an act done once for its occasion goes on: the predicate is
    timed by its occasion and no undertaking (world/undertakings.yaml: those a plan keeps up
    as a lasting state), and the first trigger after a continuation (`continuations` in
    lexicon/<lang>/statements.yaml: "keeps approving", "will go on providing $400 million in
    ODA", "tiếp tục cấp ODA") is one of its own. A continuation that a denial follows or holds
    ("still stuck in approval", "vẫn chưa trả lời": not done yet) or that stands in a name
    ("Phan Văn Giang") says nothing goes on."""
    if pred.time_role != OCCASION or pred.id in undertakings():
        return False
    parsed = ctx.parsed
    names = [(m.start, m.end) for m in parsed.entities]
    denial = parsed.negation
    goes = phrase_keys("statements", "continuations", (parsed.lang,))
    for start, end in phrase_spans(parsed.tokens.words(), goes):
        if overlaps(start, end, names):
            continue
        # a trigger that holds the continuation is the first ("tiếp tục phối hợp đầy đủ": the
        # undertaking's, not the "dự" an unaccented "day du" holds after it)
        after = [t for t in parsed.triggers if t.end > start]
        first = min((t.start for t in after), default=None)
        if first is None or (denial is not None and start < denial.end and denial.start < first):
            continue
        if any(t.start == first and t.target == pred.id for t in after):
            return True
    return False


def modality(pred: PredicateInfo, ctx: Context) -> str:
    """A modal word governs the trigger that follows it ('sẽ dự', 'hopes to visit'); an
    office or a partnership named in passing is stated as fact."""
    moods = []
    # an act named with whoever did it ("at Lam's invitation", "theo lời mời của Tổng
    # thống Trump") is said as done, also inside a wish or a plan
    given = {p.start for p in ctx.predications if p.predicate == pred.id and p.given}
    text = ctx.parsed.text
    trailing = {
        start: kind
        for kind in load_lexicon(ctx.parsed.lang, "statements").get("trailing_moods") or {}
        for start, _ in phrases_at(ctx.parsed, "statements", "trailing_moods", sub=kind)
    }
    for trigger in (t for t in ctx.parsed.triggers if t.target == pred.id):
        before = [c for c in ctx.parsed.modality_cues if c.start <= trigger.start]
        done = trigger.start in given or not before
        # an act's noun with the mood right after it, as a headline's passive puts it ("deal
        # expected soon"): the mood of the act, whatever stood before it
        after = next((k for at, k in trailing.items() if not text[trigger.end : at].strip()), None)
        if after is not None:
            moods.append(after)
            continue
        # a hedge makes all it stands before only possible, a plan word after it too ("có
        # lẽ sẽ không sang", "may well be set to skip")
        if done:
            moods.append("fact")
        elif any(c.kind == "possible" for c in before):
            moods.append("possible")
        else:
            moods.append(max(before, key=lambda c: c.start).kind)
    mood = moods[0] if moods else "fact"
    # what a wish says will happen is wished ("Daines hopes Hanoi and Washington will soon
    # wrap up the deal"): the wish governs the plan's words inside it, also where it is said
    # after a verb of saying ("Daines said he hoped the two sides would soon wrap it up")
    if mood == "plan" and ctx.stance is not None and _wish_attributed(ctx):
        return "wish"
    return mood


def _wish_attributed(ctx: Context) -> bool:
    """Whether the attribution's words give the speaker a wish: its stance, or a wish word
    run on inside them ("said he hoped")."""
    reading = ctx.stance
    if reading is None:
        return False
    own = [(reading.start, reading.end)]
    return reading.stance == "wished" or any(
        c.kind == "wish" and within(c.start, c.end, own) for c in ctx.parsed.modality_cues
    )


def wished_by_other(claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement gives a wish to another party of the claim than the one it says
    wishes: a party other than its subject named right before a wish word in what was said
    ("Lam told Hagerty that the US wants to deepen the partnership", of Vietnam's wish)."""
    wish = claim.modality == "wish" or (
        claim.stance is not None and implies(claim.stance, "wished")
    )
    if not wish:
        return False
    others = {eid for _, eid in claim.qualifiers} - {claim.subject, claim.speaker}
    said_from = ctx.stance.end if ctx.stance is not None else 0
    text = ctx.parsed.text
    holders = {
        eid
        for cue in ctx.parsed.modality_cues
        if cue.kind == "wish" and cue.start >= said_from
        for m in ctx.parsed.entities
        if m.end <= cue.start and not text[m.end : cue.start].strip()
        for eid in m.ids
    }
    return bool(holders & others) and claim.subject not in holders


def stance_mood(ctx: Context) -> str:
    """The mood of the stance itself: a modal word among the attribution's words before its verb
    ("Tô Lâm sẽ đánh giá cao": planned, not taken). A cue that ends the attribution is its own
    verb ("bày tỏ mong muốn": the wish is what was said)."""
    reading = ctx.stance
    if reading is None:
        return "fact"
    before = [
        c for c in ctx.parsed.modality_cues if reading.start <= c.start and c.end < reading.end
    ]
    return max(before, key=lambda c: c.start).kind if before else "fact"


def next_words(words: list[tuple[str, int, int]], at: int) -> list[tuple[str, int, int]]:
    """The two words after offset `at`."""
    return [w for w in words if w[1] >= at][:2]


def words_between(words: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """Whether a word stands wholly within text[start:end]."""
    return any(start <= s and e <= end for _, s, e in words)

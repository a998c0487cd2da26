"""A denial, or an act, bounded by an occasion: to the time before it ("Lam had never spoken
with Leahy before the Washington trip", "Tô Lâm chưa từng thăm Mỹ trước chuyến đi này", "Trước
cuộc gặp ngày 19/2, hai ông chưa từng gặp nhau", "Lam had met Orbán before this meeting"), or to
the time after it ("Lam had not spoken with Trump since their July 2025 call", "chưa điện đàm kể
từ tháng 7/2025").

The words are language data, read by factdb.check.parse: `earlier_cues` in
factdb/lexicon/<lang>/statements.yaml (`ParsedStatement.earlier`), and for the time after,
`later_cues` (`ParsedStatement.later`) or a date's open end (`date_since`: "since July 2025",
`DateSpan.opened_last`). The occasion's words after the cue are the anchor. The statement denies
the act up to the anchor's first day, or from its last day on, and says nothing of the anchor
itself (the occasion a "since" counts from is most often the last one there was), so a claim of
the act on it does not refute the denial; one begun before it (of the time before) or after it
(of the time after) still does. The anchor's days are those of its dates (one without a year
placed in the claim's) and the days the claims give the events it names; with neither, the days
of an occasion it names by its act alone ("this trip", "his call with Lam"): the occasion the
statement is about, which may be any the claims give of that act naming one of those the
statement names, so from the first one's first day to the last one's last. An anchor with none
of them may be at any time, and no claim refutes the denial. So does a moment left unsaid,
which the anchor is empty of: "before" closing the denial ("had never met Orbán before", "trước
đó") or a tense set before a past moment ("had never met Orbán"), which a report means as the
occasion it is about, the very act the claims give (parse._unstated_earlier). A date right after
"before" is read by the dates instead ("before Feb 19": an open end).
An act said to lie before an occasion ("đã từng gặp nhau trước cuộc gặp này") is borne out only
by a claim of it done wholly before the anchor's first day: the act on the occasion, or on days
the claims do not tell from it, is no act before it, and against an anchor the claims do not
date the statement is left open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factdb.check.assertions import Predication
from factdb.check.explain import Words
from factdb.check.findings import Context, Finding, Part
from factdb.check.later import (
    act_claims,
    after_anchor,
    anchor_names,
    begun_before,
    done_for,
    linked_words,
    read_anchor,
    read_later,
    said_within,
)
from factdb.check.rules import CONTRADICTED, SUPPORTED, Grounds, done_after, later_than
from factdb.check.statement import LaterCue, ParsedStatement, phrases_at
from factdb.check.wording import ends_with_phrase
from factdb.check.world import World
from factdb.extract.dates import in_year
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import EVENT, OCCASION, PERSON, PredicateInfo
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.text.tokens import word_keys

Days = tuple[dt.date, dt.date]
# The rules of the parts of an occasion an act is ordered against (ordered_parts).
BEFORE_OCCASION, AFTER_OCCASION = "before-occasion", "after-occasion"
ORDERED = frozenset({BEFORE_OCCASION, AFTER_OCCASION})
# The rule of the part of the seats a refuted denial counts from the leaving of (_left_parts).
LEFT_CHAMBER = "left-chamber"


def bound_findings(
    world: World, pred: PredicateInfo, findings: list[Finding], ctx: Context
) -> list[Finding]:
    """The findings, with each refuting the statement's denial only by a claim not shown on the
    bounded side of the anchor (or by any claim, where the claims do not date the anchor) left
    open, and each bearing out the statement's act set before an occasion by a claim not shown
    done wholly before it."""
    parsed = ctx.parsed
    if parsed.negation is None:
        return _bound_act(world, pred, findings, ctx)
    earlier, since = parsed.earlier, _since(parsed)
    # A moment left unsaid is no bound where the statement says the time from ("had not met Hun
    # Manet since his Cambodia visit"), nor is a tense's under a verb of saying: it is the
    # present perfect of what was said, up to the saying ("Lam said defence ties had not become
    # a pillar").
    if (
        earlier is not None
        and _unsaid(earlier)
        and (since is not None or (earlier.cue.kind == "tense" and ctx.stance is not None))
    ):
        earlier = None
    if earlier is None and since is None:
        return findings
    out: list[Finding] = []
    for f in findings:
        bounds = []
        if f.outcome == "contradicts" and f.rule == "negated":
            if earlier is not None and not _before(world, f.claim, parsed, earlier.anchor):
                rule = "unsaid-bound" if _unsaid(earlier) else "before-bound"
                bounds.append((rule, earlier.cue.start, earlier.anchor[1]))
            if since is not None and not _after(world, pred, f.claim, parsed, since):
                bounds.append(("after-bound", since[0], since[1]))
        if bounds:
            rule, start, end = bounds[0]
            text = parsed.text[start:end].strip()
            f = replace(f, outcome="open", grounds=Grounds(rule, f.claim, text=text), why="time")
        out.append(f)
    return out


def _bound_act(
    world: World, pred: PredicateInfo, findings: list[Finding], ctx: Context
) -> list[Finding]:
    """The findings on an act the statement sets before an occasion ("Lam had met Orbán before
    this meeting"), with each bearing it out by a claim not shown done wholly before the
    anchor's first day left open: the act on the occasion, or one the claims date no better,
    is no act before it, and an occasion the claims do not date may be that of any claim. Only
    an act done on an occasion, not a state nor a title's office, and not one said only in the
    anchor's words ("before meeting Tokayev"), which is the occasion's own."""
    earlier, parsed = ctx.parsed.earlier, ctx.parsed
    if (
        earlier is None
        or pred.time_role != OCCASION
        or said_within(world, pred, parsed, earlier.anchor)
    ):
        return findings
    text = parsed.text[earlier.cue.start : earlier.anchor[1]].strip()
    # the act named as the one occasion the claims know and linked to the order by a verb ("The
    # call with Leahy took place before Lam met Orbán") is that one: shown done after the
    # anchor, it refutes the order (later.linked_words, World.sole_occasion)
    linked = any(earlier.cue.start in w for w in linked_words(parsed, pred.id))

    def reversed_order(claim: ClaimView) -> bool:
        # done after the anchor, or during it: from a later day than it began (begun_before);
        # an anchor's act with its doer unsaid is the claim's doer's (later.act_claims)
        if not linked:
            return False
        cue, words = earlier.cue.start, earlier.anchor
        anchor = read_anchor(world, parsed, cue, words, (claim.subject,))
        return (
            anchor.ended is not None
            and world.sole_occasion(claim)
            and (after_anchor(world, claim, anchor) or begun_before(claim, anchor))
        )

    return [
        f
        if f.outcome != "supports" or _before(world, f.claim, parsed, earlier.anchor, wholly=True)
        else replace(
            f, outcome="contradicts", grounds=Grounds("done-after", f.claim, text=text), why="time"
        )
        if reversed_order(f.claim)
        else replace(
            f, outcome="open", grounds=Grounds("not-before", f.claim, text=text), why="time"
        )
        for f in findings
    ]


def own_predications(parsed: ParsedStatement, found: list[Predication]) -> list[Predication]:
    """The predications of the statement's own acts. A verb inside the words of the occasion
    the act is set before or after ("thăm Campuchia trước chuyến thăm Mỹ": the visit to the
    United States) says that occasion, whose claims date the bound, not the act: where the act
    has the same verb outside them, it binds none of the act's parties (the destination Mỹ is
    the occasion's, not a second one of the visit to Cambodia)."""
    anchors = [b.anchor for b in (parsed.earlier, parsed.later) if b is not None]

    def inside(p: Predication) -> bool:
        return any(start <= p.start < end for start, end in anchors)

    outside = {p.predicate for p in found if not inside(p)}
    return [p for p in found if not (inside(p) and p.predicate in outside)]


def ordered_words(ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The words of the cue that sets the act before or after an occasion ("before", "trước
    khi", "after"), where the claims decided the order (ordered_parts): accounted for."""
    rules = {p.rule for p in parts}
    cues = [(ctx.parsed.earlier, BEFORE_OCCASION), (ctx.parsed.later, AFTER_OCCASION)]
    spans = [(c.cue.start, c.cue.end) for c, rule in cues if c is not None and rule in rules]
    # the leaving of a chamber the claims dated, cue and all ("since leaving the Senate")
    since = _since(ctx.parsed)
    if LEFT_CHAMBER in rules and since is not None:
        spans.append(since)
    return spans


def _unsaid(earlier: LaterCue) -> bool:
    """Whether the bound is a moment the statement leaves unsaid: its anchor has no words."""
    return earlier.anchor[0] == earlier.anchor[1]


def _since(parsed: ParsedStatement) -> tuple[int, int] | None:
    """Where the statement bounds its denial to the time after an occasion, cue and anchor
    ("since their July 2025 call", "since July 2025"): a later cue outside the denial's words,
    or a date's open end."""
    if parsed.negation is None:
        return None
    later = parsed.later
    if later is not None and not (later.anchor[0] <= parsed.negation.start < later.anchor[1]):
        return later.cue.start, later.anchor[1]
    opened = next((d for d in parsed.dates if d.opened_last is not None), None)
    return None if opened is None else (opened.start, opened.end)


def _anchor_days(
    world: World, claim: ClaimView, parsed: ParsedStatement, start: int, end: int
) -> list[Days] | None:
    """The days of the dates and events named in the anchor, or None where one of them has no
    day the claims give (or none is named): such an anchor may be at any time."""
    days: list[Days | None] = []
    for d in parsed.dates:
        if start <= d.start < end:
            if d.opened_last is not None:  # "since July 2025": the month the time counts from
                days.append((d.first, d.opened_last))
            elif d.year_known:
                days.append((d.first, d.last))
            else:
                days.append(in_year(d, claim.time_start.year) if claim.time_start else None)
    for m in parsed.entities:
        if start <= m.start < end:
            days += [world.occasion_window(e) for e in m.ids if world.type(e) == EVENT]
    days += [_left_days(seats) for seats in _chamber_left(world, parsed, start, end)]
    if not days:
        days.append(_act_days(world, parsed, start, end))
    dated = [d for d in days if d is not None]
    return dated if dated and len(dated) == len(days) else None


def _chamber_left(
    world: World, parsed: ParsedStatement, start: int, end: int
) -> list[list[ClaimView]]:
    """The claims of the seats in a chamber that the anchor names right after a word of
    leaving it ("since leaving the Senate", "sau khi ông rời Thượng viện": `chamber_leaving` in
    lexicon/<lang>/statements.yaml) which the statement's people left (World.seats_left), one
    list a chamber, empty where the claims give them none. A place left is no chamber."""
    people = {
        e
        for m in parsed.entities
        if not start <= m.start < end
        for e in m.ids
        if world.type(e) == PERSON
    }
    found = []
    for _, left in phrases_at(parsed, "statements", "chamber_leaving"):
        after = [m for m in parsed.entities if left <= m.start < end]
        if not start <= left < end or not after:
            continue
        named = min(after, key=lambda m: m.start)
        # the chamber's name right after the word, an article at most between
        if len(parsed.text[left : named.start].split()) <= 1:
            found += [world.seats_left(people, e) for e in named.ids if world.is_chamber(e)]
    return found


def _left_days(seats: list[ClaimView]) -> Days | None:
    """The days within which the seats were left: up to the last one's end, from that day
    where its claim gives both ends, else from any day before it (a seat held "before" a
    date ended somewhere up to it). None for no seat."""
    if not seats:
        return None
    last = max(seats, key=lambda c: c.time_end or dt.date.min)
    end = last.time_end
    if end is None:
        return None
    return (dt.date.min if last.time_start in (None, dt.date.min) else end), end


def _act_days(world: World, parsed: ParsedStatement, start: int, end: int) -> Days | None:
    """The days of an occasion the anchor names by its act (later.act_claims): from the first
    one's first day to the last one's last; None where the anchor names no act, or one of
    them is not dated."""
    found = act_claims(world, parsed, start, end)
    dated = [
        (c.time_start, c.time_end)
        for c in found
        if c.time_start is not None and c.time_start != dt.date.min and c.time_end is not None
    ]
    if not dated or len(dated) < len(found):
        return None
    return min(first for first, _ in dated), max(last for _, last in dated)


def ordered_parts(world: World, words: Words, ctx: Context, parts: list[Part]) -> list[Part]:
    """The occasion an act is set before ("visited Cambodia before heading to Washington",
    "trước chuyến thăm Mỹ", "before the Board of Peace meeting") or after ("After visiting
    Cambodia, Lam met Hun Manet", "Sau chuyến thăm Campuchia"), as a part of its own, where every
    act of the statement borne out is borne out by claims done wholly before it (_bound_act
    checked them) or after it (later.after_anchor: after its last day, or its last part of
    that day): the claims that date it (of the act that names it, or of the event it names)
    account for its names and for the order, which they decided. None for a denial, for an
    occasion left unsaid or one the claims do not date."""
    parsed = ctx.parsed
    if parsed.negation is not None:
        return _left_parts(world, words, ctx, parts)
    found = []
    earlier = parsed.earlier
    if earlier is not None and not _unsaid(earlier):

        def before(c: ClaimView) -> bool:
            return _before(world, c, parsed, earlier.anchor, wholly=True)

        found.append((earlier, before, BEFORE_OCCASION))
    # who did the acts borne out, who does an anchor's act that leaves its doer unsaid
    doers = {c.subject for p in parts if p.verdict == SUPPORTED for c in p.borne}
    later = read_later(world, parsed, doers)
    if later is not None and parsed.later is not None and later.ended is not None:
        anchor = later
        found.append((parsed.later, lambda c: after_anchor(world, c, anchor), AFTER_OCCASION))
    out = []
    for cue, done, rule in found:
        if _said_close(parsed, cue):
            continue
        claims = _ordered_claims(world, ctx, parts, cue, done, doers)
        if claims:
            text = parsed.text[cue.cue.start : cue.anchor[1]].strip()
            part = Part(claims[0].predicate, SUPPORTED, words.ordered(text, claims), rule)
            part.decisive = claims
            part.covers = _named(parsed, cue.anchor)
            out.append(part)
    return out


def _said_close(parsed: ParsedStatement, cue: LaterCue) -> bool:
    """Whether the order is said with how close the two events were ("shortly before", "right
    after", "ngay sau khi": `order_closeness` in lexicon/<lang>/statements.yaml): the claims
    date events by day, which bears out the order but not the closeness."""
    keys = tuple(k for k, s, _ in parsed.tokens.words() if s < cue.cue.start)
    # a cue may hold the words itself ("ngay sau khi")
    own = word_keys(cue.cue.text)
    return ends_with_phrase(keys, "order_closeness", parsed.lang) or any(
        p and own[: len(p)] == p
        for p in phrase_keys("statements", "order_closeness", (parsed.lang,))
    )


def _left_parts(world: World, words: Words, ctx: Context, parts: list[Part]) -> list[Part]:
    """The seats a refuted denial is bounded after the leaving of ("had lost touch with
    lawmakers since leaving the Senate"), as a part of their own: the claims that date the
    leaving account for the chamber and for the words that say it, which the refutation rests
    on. None where no part is refuted: the bound then decides nothing."""
    since = _since(ctx.parsed)
    if since is None or not any(p.verdict == CONTRADICTED for p in parts):
        return []
    seats = [c for found in _chamber_left(world, ctx.parsed, *since) for c in found]
    if not seats:
        return []
    text = ctx.parsed.text[since[0] : since[1]].strip()
    part = Part(seats[0].predicate, SUPPORTED, words.ordered(text, seats), LEFT_CHAMBER)
    part.decisive = seats
    part.covers = {e for m in ctx.parsed.entities if since[0] <= m.start < since[1] for e in m.ids}
    return [part]


def _ordered_claims(
    world: World,
    ctx: Context,
    parts: list[Part],
    cue: LaterCue,
    done: Callable[[ClaimView], bool],
    doers: set[str],
) -> list[ClaimView]:
    """The claims of the occasion of `cue`'s anchor, where every act of the statement outside
    it is borne out by claims `done` on the bounded side of it; else none. `doers`: who did
    those acts (later.act_claims)."""
    parsed = ctx.parsed
    acts = [
        p
        for p in parts
        if p.verdict == SUPPORTED
        and (pred := world.vocab.predicates[p.predicate]).time_role == OCCASION
        and not said_within(world, pred, parsed, cue.anchor)
    ]
    if not acts or not all(done(c) for p in acts for c in p.borne):
        return []
    start, end = cue.anchor
    events = {e for ids in anchor_names(world, parsed, cue.anchor) for e in ids}
    acted = [c for c in act_claims(world, parsed, start, end, doers) if c.modality == "fact"]
    claims = [c for c in acted if c.polarity == "affirmed"] + [
        c for e in events if world.type(e) == EVENT for c in world.occasion_dates(e)
    ]
    # every name of the occasion is the claims' ("the Board of Peace meeting in Hanoi" is none
    # the claims date), or where its event was held ("... in Washington")
    held = {e for c in claims for e in c.entities()} | world.event_places(events)
    return claims if events <= world.seen_closer_or_farther(held) else []


def _named(parsed: ParsedStatement, anchor: tuple[int, int]) -> set[str]:
    """What the words of an anchor name."""
    return {e for m in parsed.entities if anchor[0] <= m.start < anchor[1] for e in m.ids}


def _before(
    world: World,
    claim: ClaimView,
    parsed: ParsedStatement,
    anchor: tuple[int, int],
    *,
    wholly: bool = False,
) -> bool:
    """Whether the claim's act began (wholly: ended) before the first day of the bound's
    anchor."""
    day = claim.time_end if wholly else claim.time_start
    if day is None or day == dt.date.min:
        return False
    days = _anchor_days(world, claim, parsed, *anchor)
    return days is not None and day < min(first for first, _ in days)


def _after(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    parsed: ParsedStatement,
    bound: tuple[int, int],
) -> bool:
    """Whether the claim shows the act done, or the state held, after the last day of the
    bound's anchor, or the act done for the anchor's act, which came first (later.done_for:
    "chưa gửi lời chúc mừng nào tới ông Tô Lâm sau khi ông được bầu lại" of the congratulation
    on that re-election), where the anchor gives no date of its own."""
    start, end = bound
    if not any(start <= d.start < end for d in parsed.dates) and done_for(
        world, claim, act_claims(world, parsed, start, end)
    ):
        return True
    days = _anchor_days(world, claim, parsed, *bound)
    if days is None:
        return False
    last = max(last for _, last in days)
    return not later_than(claim, last) if pred.time_role == "state" else done_after(claim, last)

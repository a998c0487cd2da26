"""Occasions and times: whether a statement names a claim's occasion, the part of the day and the
clock it dates things in against the claim's source (factdb.check.dayparts), and the periods
retrieval need read (time windows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from factdb.check.clauses import breaks_clause
from factdb.check.dates import stay_start_spans, stay_started
from factdb.check.dayparts import (
    DayPart,
    act_day_part,
    apart_on_one_clock,
    compare,
    dated_clause,
    day_said,
    home_day_meets,
    one_clock,
    within_said_day,
    written_frames,
    zone_of,
)
from factdb.check.earlier import AFTER_OCCASION, BEFORE_OCCASION
from factdb.check.findings import Context, Part
from factdb.check.later import linked_words
from factdb.check.rules import Grounds, meets, party_of, within
from factdb.check.stance import StanceReading
from factdb.check.stance_words import FOR_DEEDS
from factdb.check.statement import Cue, ParsedStatement, phrases_at
from factdb.check.world import World
from factdb.extract.dates import DateSpan, placed_days, placed_in_year
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import OCCASION, PredicateInfo, Vocabulary
from factdb.records import replace
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps
from factdb.text.sentences import BRACKETS
from factdb.text.tokens import holds_phrase, phrase_spans, phrase_starts, word_keys


def day_part_rule(
    world: World, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> tuple[str, Grounds] | None:
    """(same | other | open, its grounds) for the part of the day the statement gives with
    its date, against the one the claim's source gives (factdb.check.dayparts), or None."""
    # of several parts said, the one said beside the claim's act, or one it implies (a
    # reception's, of "met")
    acts = {claim.predicate, *world.vocab.predicates[claim.predicate].implies}
    said = act_day_part(ctx.parsed, acts)
    if said is None or claim.time_start != claim.time_end:
        return None
    # a part with no date (parse: no date at all) is of the day the statement tells of, and of
    # an act done then, not of a state held that day (an office); with a date, one its
    # predicate did not take is not this claim's
    if date is None and (
        ctx.parsed.dates or world.vocab.predicates[claim.predicate].time_role == "state"
    ):
        return None
    source = world.source_day_part(claim)
    on = claim.time_start
    if date is None and on is not None:
        date = weekday_day(ctx.parsed, on)
    when = None if on is None or date is None else (date, on)
    where = world.local_place(claim)
    rule = compare(said, source, where, world.capitals, when, ctx.parsed.lang)
    # the clock it names goes with it: "Sáng, giờ Hà Nội" is not the source's morning
    zone = ctx.parsed.local_time
    text = said.text if zone is None else f"{said.text}, {zone.text}"
    return rule, Grounds("day-part", claim, text=text, day_part=source)


def counted_part(world: World, claim: ClaimView, said: DayPart, lang: str) -> str:
    """same | other | open for the part of the day a count of days gives its act ("the next
    morning", "sáng hôm sau": relative.said_part) against the one the claim's source gives, on
    the claim's own day, the one the count comes to where the days bear it out
    (relative.decide_relative): as if the statement had said that day with its part."""
    on = claim.time_start
    if on is None or on != claim.time_end:
        return "open"
    day = DateSpan(said.text, 0, 0, on, on, "day", True)
    source = world.source_day_part(claim)
    return compare(said, source, world.local_place(claim), world.capitals, (day, on), lang)


def weekday_day(parsed: ParsedStatement, on: dt.date) -> DateSpan | None:
    """The day a statement's one weekday said without a date names ("Thursday evening, Hanoi
    time"), of the claim's day `on` or a day either side (on another clock it may be either),
    as a date to set its part of the day on a clock; None for no weekday, or several."""
    if len(parsed.weekdays) != 1:
        return None
    number, start, end = parsed.weekdays[0]
    for offset in (0, -1, 1):
        day = on + dt.timedelta(days=offset)
        if day.isoweekday() == number:
            return DateSpan(parsed.text[start:end], start, end, day, day, "day", True)
    return None


def weekday_act(parsed: ParsedStatement) -> str | None:
    """The predicate a statement's one weekday said without a date dates: the act whose word
    stands nearest before it ("will fly to the US on Wednesday to attend the meeting": the
    flight's, not the meeting's), or the first act where it opens the sentence ("On Friday,
    Lam met Orbán"). None for no weekday, or several."""
    if len(parsed.weekdays) != 1 or not parsed.triggers:
        return None
    start = parsed.weekdays[0][1]
    acts = sorted(parsed.triggers, key=lambda t: t.start)
    before = [t for t in acts if t.end <= start]
    return (before[-1] if before else acts[0]).target


def day_apart_on_one_clock(
    world: World, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> bool:
    """Whether a day the statement dates in a named zone, a day apart from the claim's,
    shares no hour with it once both are set on one clock (dayparts.apart_on_one_clock):
    only where the claim's source dates it in a zone with its part of the day ("Chiều 19-2
    (theo giờ địa phương)"). A zone said apart from the date ("ngày 18/2 (sáng nay giờ Hà
    Nội)": this morning in Hanoi, the 18th in Washington) is not the date's."""
    said, on = zone_of(ctx.parsed), claim.time_start
    if said is None or date is None or date.grain != "day" or on != claim.time_end:
        return False
    source = world.source_day_part(claim)
    if source is None or source.zone is None or on is None:
        return False
    said_day = day_said(date, on)
    if said_day is None or (date.last != date.first and date.year_known):
        return False
    where = world.local_place(claim)
    # a day its source tells on its zone's clock ("sáng nay giờ Hà Nội") is the one set there
    known = source.day or on
    return apart_on_one_clock(said, said_day, source.zone, known, where, world.capitals)


def told_day(
    world: World, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> tuple[dt.date, bool] | None:
    """The day the claim's source tells on the clock the statement names (DayPart.day: "sáng
    nay giờ Hà Nội" in a paper of 19 February, of a call "ngày 18/2" in Washington), and
    whether the statement dates it on that day there ("19/2 giờ Hà Nội": the source says so,
    which bears it out) or on another ("20/2 giờ Hà Nội", "18/2 giờ Hà Nội": not the day).
    None where the source tells no day, or the statement names another clock or none (the
    other rules set those on one clock)."""
    said, on = zone_of(ctx.parsed), claim.time_start
    if said is None or date is None or date.grain != "day" or on is None:
        return None
    if not _zone_of_date(ctx.parsed, date):
        return None
    source = world.source_day_part(claim)
    if source is None or source.day is None or source.zone is None:
        return None
    said_day = day_said(date, on)
    if said_day is None or not one_clock(said, source.zone):
        return None
    return source.day, said_day == source.day


def _zone_of_date(parsed: ParsedStatement, date: DateSpan) -> bool:
    """Whether the zone the statement names is its date's: no bracket stands between them, or
    one that holds the zone alone ("sáng 19/2 (giờ Hà Nội)"). In "ngày 18/2 (sáng nay giờ Hà
    Nội)" the zone is the bracket's own part of the day, on another day, and the 18th is
    Washington's."""
    zone = parsed.local_time
    if zone is None:
        return False
    lo, hi = min(date.end, zone.end), max(date.start, zone.start)
    gap = parsed.text[lo:hi]
    cue = parsed.day_part
    if cue is not None and lo <= cue.start and cue.end <= hi:
        # "Wednesday morning (Vietnam time)": the part of the day said with the date is its own
        gap = parsed.text[lo : cue.start] + parsed.text[cue.end : hi]
    after = parsed.text[zone.end :].lstrip()[:1]
    if date.end <= zone.start and len(gap.strip()) == 1 and {gap.strip(), after} <= BRACKETS:
        return True
    return not set(gap) & BRACKETS


def said_clock_day(
    world: World, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> bool | None:
    """For a day the statement dates on another place's clock than the claim's (`elsewhere`):
    whether the part of the day the claim's source gives in local time falls within it on that
    clock (dayparts.within_said_day), or None where nothing sets them on one clock. A whole day
    its source gives with no part is never within a day on another place's clock
    (tests/test_clock_without_part.py)."""
    said, on = zone_of(ctx.parsed), claim.time_start
    if said is None or not elsewhere(world, claim, ctx) or date is None or date.grain != "day":
        return None
    if on is None or on != claim.time_end or (date.year_known and date.first != date.last):
        return None
    source = world.source_day_part(claim)
    said_day = day_said(date, on)
    if said_day is None:
        return None
    where = world.local_place(claim)
    if source is None:
        # a whole day its source gives on no clock ("Ngày 16/1") falls on two days of another
        # place's one clock, which one the statement's hour would be is not said: not that
        # clock's day, though it shares hours with it. A country of several clocks ("US time")
        # names no one clock to set it on.
        if not one_clock(said, said) or (where is not None and one_clock(said, frozenset({where}))):
            return None
        return False
    return within_said_day(said, said_day, source, on, where)


def beyond_occasion(
    world: World, pred: PredicateInfo, claim: ClaimView, date: DateSpan | None
) -> tuple[dt.date, dt.date] | None:
    """The days an event lay within, where a statement dates the event itself (a predicate
    whose value is its time: its `event_dates`) on a day outside them: what was held for it
    (the trip to a meeting, World.occasion_window) bounds it more narrowly than its own claim
    ("Board of Peace inaugural meeting, February 2026", on a trip of 18-20 February), so "the
    meeting ran Feb. 19-21" overshoots it. A date inside them stays open: the trip's days are
    not the meeting's. A window the event fell somewhere in ("sometime between") is no days of
    its own; nor is a period ("mid-February", "the third week of February"), which the event
    fell somewhere in: only one that shares no day with them is refuted."""
    if pred.time_role != "value" or date is None or date.window:
        return None
    days = world.occasion_window(claim.subject)
    if days is None or claim.time_start is None or (claim.time_start, claim.time_end) == days:
        return None
    if placed_days(date, days) is None and not date.month_known:
        return None  # "hôm 2" of days across two months: which month is not said
    if date.grain == "day" or date.day_range:
        return None if within(date, days) else days
    return None if meets(date, days) else days


def starts_stay(ctx: Context) -> bool:
    """Whether the statement says a stay began ("will fly to the US on Wednesday", "lên đường
    sang Mỹ ngày 18/2", "leaves tomorrow for": `stay_starts` in lexicon/<lang>/dates.yaml,
    parse.stay_started): its date or weekday is then the stay's first day (assess.time_of,
    accounting.other_weekdays). A verb of going that says a trip only with its place after it
    ("sang Mỹ ngày 18/2": `placed_after` in lexicon/<lang>/synonyms.yaml) says it only where it
    is read so: "sang 19/2" written without marks is a morning."""
    return stay_started(ctx.parsed, ctx.words)


def begins_stay(ctx: Context) -> bool:
    """Whether the statement says the trip itself began ("the U.S. trip began on Feb. 19",
    "bắt đầu chuyến công tác": `stay_begins` in lexicon/<lang>/dates.yaml), not a flight or a
    departure: its day is the stay's first, which no leg may be."""
    return bool(stay_start_spans(ctx.parsed, ctx.words, "stay_begins"))


def received_later(claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the statement dates something sent coming to hand after the claim's one day of
    sending it ("the letter arrived on Jan. 18" of a letter of the 16th, "nhận được thư ngày
    18/1": `receipts` in lexicon/<lang>/dates.yaml): the day it arrived, which the sending's
    does not fix. An arrival before the sending is still refuted."""
    on = claim.time_start
    if date is None or on is None or on != claim.time_end:
        return False
    said_day = day_said(date, on)
    if said_day is None or said_day <= on:
        return False
    keys = [w for w, _, _ in ctx.words]
    return any(holds_phrase(keys, p) for p in phrase_keys("dates", "receipts"))


def first_day(claim: ClaimView) -> ClaimView:
    """The claim of a stay (several days) as of its first day only, where a verb says the stay
    began then (starts_stay)."""
    return replace(claim, time_end=claim.time_start)


def home_day(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether a day said in no zone, a day from the claim's, is the claim's day on the
    clock of the sources' press (dayparts.home_day_meets), or the day its source tells on
    another clock ("Feb 19" of a call "ngày 18/2 (sáng nay giờ Hà Nội)" in a paper of the
    19th: that clock's day, which the statement may follow)."""
    on = claim.time_start
    if ctx.parsed.local_time is not None or date is None or on is None:
        return False
    if date.grain != "day" or on != claim.time_end:
        return False
    said_day = day_said(date, on)
    if said_day is None or abs((said_day - on).days) != 1:
        return False
    source = world.source_day_part(claim)
    if source is not None and source.zone and source.day is not None:
        return said_day == source.day
    where = world.local_place(claim)
    return home_day_meets(said_day, ctx.parsed.lang, source, on, where)


def elsewhere(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement dates things in another place's time than the claim's: it
    names a zone with a place ("giờ Hà Nội") that is not where the claim happened (its
    location, or its occasion's: a call on the sidelines of the Washington summit is dated
    on Washington's clock, World.local_place). Sources date an event in its own local time,
    so "local time" or the event's own city is not. A country ("US time") may have several
    clocks, and stays another place's."""
    places = clock_places(ctx)
    return bool(places) and world.local_place(claim) not in places


def clock_places(ctx: Context) -> set[str]:
    """The places the statement names a clock by ("giờ Hà Nội", "Vietnam time"): a time, not
    a party of what it says."""
    return set(zone_of(ctx.parsed) or ())


def occasion_named(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement names the claim's occasion: its event, or the object of a
    functional predicate (the level an upgrade reached: one upgrade to it). A view's topic
    is what was said, which may be said again: "in 2019 Daines said Vietnam is an important
    economic partner" is another occasion, not the 2026 call's. (An event that is what an
    act is about has no dates of its own, so rules.same_occasion finds no window for it.)"""
    objects = (claim.object,) if world.vocab.predicates[claim.predicate].functional else ()
    named = {e for e in (world.occasion_event(claim), *objects) if e is not None}
    if named & (ctx.mentioned - ctx.ambiguous - ctx.loose):
        return True
    # the encounter with a person the statement names ("the call with Daines"); a group's
    # ("Lam's meetings with world leaders") is named by its days only (rules.same_occasion)
    linked = dated_by_link(ctx.parsed, claim.predicate)
    if (
        linked is not None
        and party_of(claim) in ctx.mentioned
        and misdated(linked, claim)
        and world.sole_occasion(claim)
    ):
        return True
    return carried(world, claim, ctx)


def occasion_fixed(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the statement speaks of the claim's own occasion: it names it (occasion_named),
    or ties it to what the sources report of it, as the occasion a thanks was for (thanked_for)
    or recalled at a meeting the sources tell of with it (recalled_at), or the one the article's
    picture shows (pictured)."""
    return (
        occasion_named(world, claim, ctx)
        or thanked_for(world, claim, ctx, date)
        or recalled_at(world, claim, ctx, date)
        or pictured(world, claim, ctx)
    )


# How far before the occasion the sources report a thanked-for occasion's date may fall and
# still misdate it (thanked_for): a thanks looks back on a recent occasion, and a date a season
# off is a near miss of it; one further back may be an earlier visit, thanked for another time.
RECENT = dt.timedelta(days=92)


def thanked_for(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the statement dates the occasion its speaker thanked someone for ("Lam thanked Hun
    Sen for the welcome during his visit to Cambodia in late January", "cảm ơn ... trong chuyến
    thăm Campuchia hồi cuối tháng 1"), where the sources report that thanks: a thanks (a stance
    of FOR_DEEDS) by the claim's doer to someone the statement names, given in one source
    sentence with the claim and after its occasion ended. The thanked-for occasion is then the
    claim's, and a date before the thanks and outside it misdates it. A date said before the
    thanks' words dates the thanks, not the deed; one from the thanks on ("in March 2026") may be
    a later occasion the sources do not know; an occasion said apart from the thanks (another
    clause) may be any of its kind."""
    reading = ctx.stance
    if (
        date is None
        or reading is None
        or reading.stance not in FOR_DEEDS
        or reading.turned
        or reading.unsaid
        or _speaker(ctx, reading) != claim.subject
        or claim.time_start is None
        or claim.time_end is None
        or not date.year_known
        or date.start < reading.end
    ):
        return False
    if not _said_with(ctx.parsed, claim.predicate, reading.start, reading.end):
        return False
    named = ctx.mentioned - ctx.ambiguous - {claim.subject}
    thanks = [
        c
        for c in _looking_back(world, claim, date, world.vocab.predicates, named)
        if c.speaker == claim.subject and c.stance == reading.stance and c.entities() & named
    ]
    return bool(thanks) and world.said_together(claim, thanks)


def recalled_at(world: World, claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether the statement dates an occasion its doer recalled when he met someone it names
    ("Meeting Hun Manet, Lam recalled his Cambodia visit of late January", "Chuyến thăm
    Campuchia mà Tổng Bí thư nhắc tới khi gặp ông Hun Manet diễn ra cuối tháng 1":
    `recall_words` in lexicon/<lang>/occasions.yaml, in one clause with the claim's act), where a
    source tells of the claim in one sentence with an encounter of its doer with that person,
    after the occasion ended: the occasion recalled there is the one that source reports, and a
    date before the encounter and outside the occasion misdates it, as a thanks' does
    (thanked_for). A date a season or more before it may be an earlier occasion, recalled too;
    one said before the recalling's words dates the recalling."""
    if date is None or not date.year_known or claim.time_start is None or claim.time_end is None:
        return False
    parsed = ctx.parsed
    if not any(
        date.start >= end and _said_with(parsed, claim.predicate, start, end)
        for start, end in phrases_at(parsed, "occasions", "recall_words")
    ):
        return False
    named = ctx.mentioned - ctx.ambiguous - {claim.subject}
    met = [
        c
        for c in _looking_back(world, claim, date, world.vocab.encounters, named)
        if claim.subject in (c.subject, party_of(c))
        and ({c.subject, party_of(c)} - {claim.subject}) & named
        and c.polarity == "affirmed"
    ]
    return bool(met) and world.said_together(claim, met)


def _looking_back(
    world: World, claim: ClaimView, date: DateSpan, predicates: Iterable[str], named: set[str]
) -> list[ClaimView]:
    """The claims of `predicates` naming one of `named` that came after the claim's occasion
    and the date (a thanks, a meeting that looked back on it), where the date lies a season or
    less (RECENT) before the occasion: a near miss of it, not an earlier one."""
    found = world.index.claims_naming(predicates, named)
    return [
        c
        for claims in found.values()
        for c in claims
        if c.time_start is not None
        and claim.time_end is not None
        and claim.time_start is not None
        and claim.time_end < c.time_start
        and date.last < c.time_start
        and claim.time_start - RECENT <= date.first
    ]


def _said_with(parsed: ParsedStatement, predicate: str, start: int, end: int) -> bool:
    """Whether an act of `predicate` is said in one clause with the words from `start` to
    `end` (a thanks', a recalling's): what those words are about."""
    acts = [t for t in parsed.triggers if t.kind == "trigger" and t.target == predicate]
    return any(not breaks_clause(parsed, min(t.end, end), max(t.start, start)) for t in acts)


def _speaker(ctx: Context, reading: StanceReading) -> str:
    """Who the statement's words are given to: the holder a bare title stands for ("Tổng Bí thư
    cảm ơn ..."), or the name said."""
    for m in ctx.positions.get(reading.speaker, []):
        if reading.start <= m.start and m.end <= reading.end:
            return ctx.held_by.get((m.start, m.end), reading.speaker)
    return reading.speaker


def pictured(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement tells what the article's picture shows ("Photo caption: Lam on a
    call with Trump in April 2025", "Bức ảnh trong bài ghi lại cuộc điện đàm ... hồi tháng
    7/2024": `picture_labels` in lexicon/<lang>/occasions.yaml) and a source gives the claim as a
    picture's caption (World.captioned): the picture shows the occasion its caption names, so
    another date misdates it. Said of no picture ("Lam spoke with Trump by phone in April
    2025"), another date may be another call."""
    return bool(phrases_at(ctx.parsed, "occasions", "picture_labels")) and world.captioned(claim)


def carried(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the statement names the claim's act by another act it is said with in one noun,
    their triggers side by side ("invitation letter", "the letter inviting Lam", "thư mời"),
    where the claims put the two acts between the claim's parties on one occasion only
    (World.carried_with: the letter that carried the invitation, not any letter), and dates it
    in that occasion's month (misdated): "Trump's invitation letter was dated January 6" of
    the 16 January letter. Another month may be another letter, or another invitation sent by
    one; either act said alone ("sent Lam a letter on Jan 9") may be any."""
    parsed = ctx.parsed
    if not parsed.dates or not all(misdated(d, claim) for d in parsed.dates):
        return False
    acts = sorted((t for t in parsed.triggers if t.kind == "trigger"), key=lambda t: t.start)
    beside = {
        b.target if a.target == claim.predicate else a.target
        for a, b in pairwise(acts)
        if claim.predicate in (a.target, b.target)
        and a.target != b.target
        and _side_by_side(parsed.text, a, b)
    }
    return bool(beside) and world.carried_with(claim, beside)


def _side_by_side(text: str, first: Cue, second: Cue) -> bool:
    """Whether a cue stands right before another, nothing but spaces between them."""
    return first.end <= second.start and not text[first.end : second.start].strip()


def dated_by_link(parsed: ParsedStatement, predicate: str) -> DateSpan | None:
    """The date the statement gives `predicate`'s act where it opens with the act named as a
    definite occasion and dates it only through a verb that links the act to the date ("the
    call with Daines took place on Feb. 17", "Cuộc điện đàm với TNS Hagerty diễn ra ngày 21/2":
    later.linked_words): the act is then one the reader is taken to know, which the claims name
    where they know one such encounter (World.sole_occasion) and the date misdates it
    (misdated). None for some such act ("a call with Daines", assertions.indefinite), an act
    said with its verb ("Lam phoned Daines in 2025"), which may be another, one whose name holds
    a date ("Lam's 2024 call with Daines was ...") or a denial: those pick out or deny an
    occasion, not date the known one."""
    for after in linked_words(parsed, predicate):
        linked = next((d for d in parsed.dates if d.start in after), None)
        if linked is not None:
            return linked
    return None


def misdated(date: DateSpan, claim: ClaimView) -> bool:
    """Whether a date falls in the month of a claim of one encounter, where it can only misdate
    the encounter the sources report ("the call with Daines took place on Feb. 17" of the 18
    February call); another month or year ("the call with Leahy took place in 2016") may be
    another call, which one encounter known does not rule out."""
    start, end = claim.time_start, claim.time_end
    if start is None or end is None or (start.year, start.month) != (end.year, end.month):
        return False
    # a day of an unsaid month is not placed (placed_days would put it in the claim's month):
    # "on the 17th" may be of another month, and of another encounter
    placed = placed_in_year(date, start.year)
    month = (start.year, start.month)
    return placed is not None and all((d.year, d.month) == month for d in placed)


def date_appositives(parsed: ParsedStatement) -> list[tuple[int, int]]:
    """The spans of a date's appositive said right after it and a comma ("in 2025, the year the
    two countries marked 30 years of ties": `date_appositives` in lexicon/<lang>/dates.yaml):
    it opens a clause of what else happened then, as "when" does, and says no detail of its
    own. Not said beside a date ("in a year the two countries ..."), it is one."""
    return [(start, end) for _, start, end in _appositives(parsed)]


def appositive_clauses(parsed: ParsedStatement) -> list[tuple[DateSpan, int, int]]:
    """Each date's appositive clause (`date_appositives`) with the date it is set on: from the
    appositive's words to the clause's end ("In 2026, the year the two countries marked 30
    years of ties, ..."). What the clause says is an assertion of its own at that date
    (scope.place_values gives it to the acts said there), not the main act's detail."""
    clauses = []
    for date, start, end in _appositives(parsed):
        stop = next(
            (
                t.start
                for t in sorted(parsed.triggers, key=lambda t: t.start)
                if t.start >= end and breaks_clause(parsed, end, t.start)
            ),
            len(parsed.text),
        )
        clauses.append((date, start, stop))
    return clauses


def _appositives(parsed: ParsedStatement) -> list[tuple[DateSpan, int, int]]:
    """The date's appositives said right after it and a comma, each with its date; a phrase
    inside a date ("năm" of "19/2, năm 2026") is the date's own word."""
    text = parsed.text
    found = []
    for start, end in phrases_at(parsed, "dates", "date_appositives"):
        if any(d.start <= start < d.end for d in parsed.dates):
            continue
        date = next(
            (d for d in parsed.dates if d.end <= start and text[d.end : start].strip() == ","),
            None,
        )
        if date is not None:
            found.append((date, start, end))
    return found


def time_windows(vocab: Vocabulary, ctx: Context) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """For each predicate whose time picks a period (trade in a year), given only dates
    with a year: those dates. A dated claim meeting none of them is another period, which
    `assess.assess` sets aside under every reading (compare_time finds it disjoint), so retrieval
    need not read it: a statement about 2025 does not read thirty years of a series."""
    return {
        pid: [(d.first, d.last) for d in dates]
        for pid, dates in ctx.dates.items()
        if vocab.predicates[pid].time_role == "qualifier"
        and all(d.year_known for d in dates)
        # a count's start dated: the claims of its marking years decide it (assess.counted_origin)
        and not start_dated(vocab.predicates[pid], ctx)
        # a count of years dated: the claim marking it in another year refutes the date
        # (assess.count_marked)
        and not counted_years(vocab.predicates[pid], ctx)
    }


def counted_years(pred: PredicateInfo, ctx: Context) -> bool:
    """Whether a date's appositive clause gives a count of years a series marks by year ("in
    2026, the year the two countries marked 30 years of ties"), whose one year of marking a
    claim of another year fixes (rules.marked_in)."""
    return (
        pred.dimension == "duration"
        and pred.time_role == "qualifier"
        and any(pid == pred.id for pid, _ in ctx.apposed)
        and any(q.unit == "year" for q in ctx.quantities.get(pred.id, ()))
    )


def start_dated(pred: PredicateInfo, ctx: Context) -> bool:
    """Whether the statement dates the start of what a count of years counts, not a marking of
    it ("established diplomatic relations in 1995"): a count's predicate given a date and no
    count, a word of the start (`count_origins` in lexicon/<lang>/occasions.yaml) and no word
    of a marking (`markings`: "anniversary", "kỷ niệm")."""
    return (
        pred.dimension == "duration"
        and pred.time_role == "qualifier"
        and bool(ctx.dates.get(pred.id))
        and not ctx.quantities.get(pred.id)
        and bool(phrase_spans(ctx.words, phrase_keys("occasions", "count_origins")))
        and not phrase_spans(ctx.words, phrase_keys("occasions", "markings"))
    )


def present_frames(world: World, ctx: Context, parts: list[Part]) -> list[tuple[int, int]]:
    """The spans of the frames of the present the statement gives ("this week", "tuần này":
    `present_frames` in lexicon/<lang>/dates.yaml), or of the period just before it ("last
    year", "năm ngoái": `past_frames`), that its deciding claims account for: each claim of an
    act that bears it out (an occasion's or a one-off event's, dated), or of a series' slice
    ("trade crossed $1bn last year" of the 2025 turnover), falls within the frame's period
    counted from the statement's day of writing, its dateline or report date (_day_of_writing).
    With none, such a frame is a period no one can place (dayparts.undated_told) and accounts
    for nothing, but in a clause that gives a date of its own, which it only places ("tháng 2
    năm nay": dayparts.dated_clause), and "earlier" (`past`): those count from the time the
    sources speak of (ClaimIndex.sources_now), the statement's "now" (README, Known limits).
    An office held then is no act of the week, and an act outside it,
    or a claim with no days, leaves the frame to the claims' sentences to say
    (accounting.details), as any time frame. A frame's words inside a name are the name's
    ("Việt Nam ngoại giao" holds no "năm ngoái" once folded)."""
    frames = _frames(ctx.parsed.lang)
    now = world.index.sources_now() if frames else None
    if now is None:
        return []
    # a frame told by the day of writing counts from the one the statement gives (its dateline
    # or a report date); with none it is a period no one can place (dayparts.undated_told),
    # but where its clause gives a date of its own, which it only places
    written = written_frames(ctx.parsed, dated_too=True)
    writing = _day_of_writing(ctx.parsed, now)
    timed = ("value", OCCASION, "qualifier")
    # the occasion an act is set before or after ("earlier in February before heading to
    # Washington": earlier.ordered_parts) is no act the frame dates
    anchors = (BEFORE_OCCASION, AFTER_OCCASION)
    acts = [
        c
        for p in parts
        if p.rule not in anchors
        for c in p.borne
        if world.vocab.predicates[c.predicate].time_role in timed
    ]
    keys = [k for k, _, _ in ctx.words]
    named = [(m.start, m.end) for m in ctx.parsed.entities]
    found = []
    for phrase, (period, back) in frames.items():
        first, last = _period_around(now, period)
        told = period != "past"
        if told and writing is not None:
            first, last = _period_around(writing, period)
        if back:
            first, last = _period_around(first - dt.timedelta(days=1), period)
        if not acts or not all(
            c.time_start is not None
            and c.time_end is not None
            and first <= c.time_start
            and c.time_end <= last
            for c in acts
        ):
            continue
        for i in phrase_starts(keys, phrase):
            span = (ctx.words[i][1], ctx.words[i + len(phrase) - 1][2])
            placed = not told or writing is not None or dated_clause(ctx.parsed, *span)
            if not overlaps(*span, named) and (span not in written or placed):
                found.append(span)
    return found


def _day_of_writing(parsed: ParsedStatement, now: dt.date) -> dt.date | None:
    """The one day of writing the statement gives (its dateline or a report date: the one
    relative.told_from_report counts from), in the sources' year where it says none."""
    if len(parsed.report_dates) != 1:
        return None
    (report,) = parsed.report_dates
    if report.grain != "day" or report.first != report.last:
        return None
    if report.year_known:
        return report.first
    try:
        return report.first.replace(year=now.year)
    except ValueError:  # 29 February of a year without one
        return None


@cache
def _frames(lang: str) -> dict[tuple[str, ...], tuple[str, bool]]:
    """The folded words of each frame of `lang`, with its period and whether it is the one
    before the present's (`past_frames`) rather than the present's (`present_frames`)."""
    words = load_lexicon(lang, "dates")
    return {
        word_keys(str(phrase)): (str(period), back)
        for key, back in (("present_frames", False), ("past_frames", True))
        for phrase, period in (words.get(key) or {}).items()
    }


def _period_around(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    """The first and last days of the week (Monday to Sunday), month or year holding `day`, or
    of all the time before it (`past`: "earlier")."""
    if period == "past":
        return dt.date.min, day - dt.timedelta(days=1)
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period == "month":
        following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - dt.timedelta(days=1)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)

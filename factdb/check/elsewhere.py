"""An act in person done elsewhere than its doer was that day (session 24): "Lam received Daines
in Hanoi on Feb 19" of a trip that kept him in the United States from 18 to 20 February.

A claim of a stay (the `presence` predicates of lexicon/world/modes.yaml: a visit to a country,
the attendance of a meeting held in a city) puts its subject at its place over its days, where
those are the days the claims give its occasion (`event_dates`: the trip to the summit ran 18-20
February); a stay's own dates may only bound when it fell ("early February", "in 2025"). A
statement that has him do an act in person (the acts of the `in_person` mode there, and the
presence acts themselves: "visited Phnom Penh", "stayed in Hanoi") on one of those days, at a
place it names after a locative in the act's clause, outside the stay's country, is refuted,
citing the stay.

Only the days strictly inside a stay decide: its first and last are travel days, on which he may
have been at home or there ("received Daines in Hanoi on Feb 18", the day he flew out, stays
open). An act at a distance (a call, a letter, a message) may be made from anywhere, another city
of the stay's country may be where he went that day, and a person no stay claim places keeps
every place open; so does a statement with no date, a date not wholly inside a stay, a denial,
a plan or a wish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache

from factdb.check import scope
from factdb.check.assertions import Predication
from factdb.check.dayparts import zone_of
from factdb.check.explain import Words
from factdb.check.findings import Context, Part
from factdb.check.modes import modes, presence_predicates
from factdb.check.rules import CONTRADICTED
from factdb.check.statement import Mention, phrases_at
from factdb.check.world import PERSON, PLACES, World
from factdb.extract.dates import DateSpan, placed_in_year
from factdb.store.claims import ClaimView
from factdb.text.sentences import CLAUSE_BREAKS

# The rule a part refuted by its doer's stay elsewhere names.
ELSEWHERE = "elsewhere"
# The mode of lexicon/world/modes.yaml whose acts are done face to face.
IN_PERSON = "in_person"


@cache
def bodily_acts() -> frozenset[str]:
    """The acts done where their doer is: met, received, held talks (the in-person mode's) and
    the presence acts (a visit, a stay, an attendance)."""
    held = frozenset().union(*(m.acts for m in modes() if m.key == IN_PERSON))
    return held | presence_predicates()


def acts_said(ctx: Context) -> list[Predication]:
    """The statement's acts done in person, of a fact said plainly (no denial, plan or wish)."""
    parsed = ctx.parsed
    if parsed.negation is not None or parsed.modality != "fact":
        return []
    return [p for p in ctx.predications if p.predicate in bodily_acts()]


def _doers(world: World, ctx: Context, said: Predication) -> set[str]:
    """The people there in person: its agents (or the one holder of a bare title before the
    verb, "TBT tiếp ..."), and whom a meeting or a reception is with."""
    agents = set(said.agents)
    if not agents:
        before = [(s, e) for s, e in ctx.held_by if e <= said.start]
        agents = {ctx.held_by[max(before)]} if before else set()
    if said.predicate not in presence_predicates():
        agents |= set(said.patients)
    return {a for a in agents if world.type(a) == PERSON}


def _places(world: World, ctx: Context, said: Predication) -> list[Mention]:
    """The places the statement gives as where the act was done: after a locative or as the
    verb's object, in the verb's clause, with no other verb between ("met Orbán on Feb 19 before
    flying to Budapest" puts the flight, not the meeting, in Budapest)."""
    text = ctx.parsed.text
    pred = world.vocab.predicates[said.predicate]
    others = [t.start for t in ctx.parsed.triggers if t.target != said.predicate]
    found = []
    for m in ctx.parsed.entities:
        if not m.ids or not all(world.type(e) in PLACES for e in m.ids):
            continue
        lo, hi = (said.end, m.start) if said.end <= m.start else (m.end, said.start)
        if any(c in text[lo:hi] for c in CLAUSE_BREAKS) or any(lo <= s < hi for s in others):
            continue
        # the object of a visit is where it was; of a meeting, whom it was with ("met
        # Hungary's Orbán"): a place there only after a locative
        if (
            all(scope.locative(world.vocab, e, pred, ctx) for e in m.ids)
            if said.predicate in presence_predicates()
            else scope.after_locative(world.vocab, m, ctx)
        ):
            found.append(m)
    return found


def _inside(world: World, ctx: Context, stay: ClaimView, where: str, date: DateSpan) -> bool:
    """Whether the statement's date falls wholly strictly inside the stay's days, its travel
    days (the first and the last) left out; a date without a year placed in the stay's. A day
    told on another clock than the stay's ("Feb 19, Hanoi time", or the act's "local time" at
    the place the statement names) may be the day before or after there, so both must be."""
    start, end = stay.time_start, stay.time_end
    # only days the stay ran: those the claims give its occasion (event_dates: the trip to the
    # summit "from 18 to 20 February"); a stay's own dates may only bound when it fell ("early
    # February", "in 2025 before 3 November")
    event = world.occasion_event(stay)
    if start is None or event is None or world.occasion_window(event) != (start, end):
        return False
    if not date.year_known and phrases_at(ctx.parsed, "statements", "other_years"):
        return False  # "on Feb 19 last year": another year's day
    # a day of an unsaid month is not placed (placed_days would put it in the stay's month): a
    # stay somewhere else on "the 19th" of another month is no contradiction
    placed = placed_in_year(date, start.year)
    if placed is None:
        return False
    zone = zone_of(ctx.parsed)
    if zone is not None and not (zone and all(not world.abroad(z, where) for z in zone)):
        day = dt.timedelta(days=1)
        placed = (placed[0] - day, placed[1] + day)
    return start < placed[0] and placed[1] < end


def _where(world: World, stay: ClaimView) -> str | None:
    """Where the stay kept its subject: its destination or location, or its event's one place."""
    where = stay.qualifier("destination") or stay.qualifier("location")
    if where is None and (event := stay.qualifier("event")) is not None:
        places = world.event_places({event})
        where = next(iter(places)) if len(places) == 1 else None
    return where


def away_parts(
    world: World,
    words: Words,
    ctx: Context,
    said: Sequence[Predication],
    present: Mapping[str, Sequence[ClaimView]],
) -> list[Part]:
    """Each act in person (acts_said) the statement dates to one day strictly inside a stay of
    one of its doers (`present`: claims of the presence predicates naming the statement's
    names) and places only outside that stay's country: contradicted, citing the stay."""
    out: list[Part] = []
    for act in said:
        dates = ctx.dates.get(act.predicate) or ctx.parsed.dates
        places = _places(world, ctx, act)
        if len(dates) != 1 or not places:
            continue
        stays = [
            (c, where)
            for p in sorted(presence_predicates())
            for c in present.get(p, ())
            if c.subject in _doers(world, ctx, act)
            and c.polarity == "affirmed"
            and c.modality == "fact"
            and (where := _where(world, c)) is not None
            and _inside(world, ctx, c, where, dates[0])
            and all(world.abroad(e, where) for m in places for e in m.ids)
        ]
        if not stays:
            continue
        stay, where = stays[0]
        reason = words.elsewhere(places[0].text, stay, where)
        part = Part(act.predicate, CONTRADICTED, reason, ELSEWHERE, decisive=[stay])
        part.covers = {stay.subject} | {e for m in places for e in m.ids}
        out.append(part)
    return out

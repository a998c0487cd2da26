"""A denial bounded to the time before an occasion: "Lam had never spoken with Leahy before the
Washington trip", "Tô Lâm chưa từng thăm Mỹ trước chuyến đi này", "Trước cuộc gặp ngày 19/2,
hai ông chưa từng gặp nhau".

The words are language data (`earlier_cues` in factdb/lexicon/<lang>/statements.yaml), read by
factdb.check.parse (`ParsedStatement.earlier`): the occasion's words after the cue are the
anchor. The statement denies the act up to the anchor's first day and says nothing of that day
or any later one, so a claim of the act dated from then on (the occasion itself, most often)
does not refute it; one begun before it still does. The anchor's first day is the earliest of
its dates (one without a year placed in the claim's) and of the days the claims give the events
it names; an anchor with neither ("this trip") may be at any time, and no claim refutes the
denial. A date right after the cue is read by the dates instead ("before Feb 19": an open end).
"""

from __future__ import annotations

import datetime as dt

from factdb.check.findings import Context, Finding
from factdb.check.rules import Grounds
from factdb.check.world import World
from factdb.extract.dates import in_year
from factdb.lexicon.vocabulary import EVENT
from factdb.records import replace
from factdb.store.claims import ClaimView


def bound_denials(world: World, findings: list[Finding], ctx: Context) -> list[Finding]:
    """The findings, with each refuting the statement's denial only by a claim dated on or
    after the anchor of its bound (or by any claim, where the claims do not date the anchor)
    left open."""
    earlier = ctx.parsed.earlier
    if earlier is None:
        return findings
    text = ctx.parsed.text[earlier.cue.start : earlier.anchor[1]].strip()
    return [
        replace(f, outcome="open", grounds=Grounds("before-bound", f.claim, text=text), why="time")
        if f.outcome == "contradicts" and f.rule == "negated" and not _before(world, f.claim, ctx)
        else f
        for f in findings
    ]


def _before(world: World, claim: ClaimView, ctx: Context) -> bool:
    """Whether the claim's act began before the first day of the bound's anchor."""
    if claim.time_start is None or claim.time_start == dt.date.min:
        return False
    parsed = ctx.parsed
    assert parsed.earlier is not None
    start, end = parsed.earlier.anchor
    firsts: list[dt.date | None] = [
        d.first if d.year_known else (in_year(d, claim.time_start.year) or (None,))[0]
        for d in parsed.dates
        if start <= d.start < end
    ]
    for m in parsed.entities:
        if start <= m.start < end:
            for eid in m.ids:
                if world.type(eid) == EVENT:
                    window = world.occasion_window(eid)
                    firsts.append(window[0] if window is not None else None)
    dated = [d for d in firsts if d is not None]
    # an anchor without a day, or with one the claims do not give, may be at any time
    if not firsts or len(dated) < len(firsts):
        return False
    return claim.time_start < min(dated)

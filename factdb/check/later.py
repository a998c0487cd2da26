"""A statement set after an event: "After the trip, Hanoi and Washington sealed the deal",
"Sau chuyến đi, Việt – Mỹ đã chốt xong hiệp định", "since the summit".

The words are language data (`later_cues` in factdb/lexicon/<lang>/statements.yaml), read by
factdb.check.parse (`ParsedStatement.later`). The event they are followed by, up to the end of
their clause, is the anchor; the statement speaks of a time from the anchor's end on. A claim of
a state (an agreement not yet concluded, a level, an office) dated on or before that end says
nothing of the later time: the state may have changed since, so the claim does not refute it
(rules.later_than). It may still bear it out, as a state the sources give bears out a statement
of the present ("Orbán, Hungary's prime minister, ..."): the sources' last word on a state is
taken to hold. An anchor the claims do not date (a trip named by no event the claim base knows)
may have ended at any time, so no state claim refutes it.
"During the trip", "at the meeting" set nothing later: the state's date may be the statement's.
"""

from __future__ import annotations

import datetime as dt

from factdb.check.findings import Context, Finding
from factdb.check.rules import Grounds, later_than
from factdb.check.world import World
from factdb.lexicon.vocabulary import EVENT, PredicateInfo
from factdb.records import dataclass, replace
from factdb.text.sentences import CLAUSE_BREAKS


@dataclass(frozen=True)
class Later:
    """The cue's words with the anchor's ("sau chuyến đi"), the span of the anchor after the
    cue, and the anchor's last day (None: the claims give it none)."""

    text: str
    anchor: tuple[int, int]
    ended: dt.date | None


def read_later(world: World, ctx: Context) -> Later | None:
    """The event the statement is set after, if any, with its last day by the claims: the
    latest end of the events it names there (one of them may be the one meant)."""
    cue = ctx.parsed.later
    if cue is None:
        return None
    text = ctx.parsed.text
    end = next((i for i in range(cue.end, len(text)) if text[i] in CLAUSE_BREAKS), len(text))
    events = {
        eid
        for m in ctx.parsed.entities
        if cue.end <= m.start < end
        for eid in m.ids
        if world.type(eid) == EVENT
    }
    windows = [world.occasion_window(e) for e in sorted(events)]
    ended = max((w[1] for w in windows if w is not None), default=None)
    if windows and None in windows:
        ended = None  # an event the claims do not date may have ended at any time
    return Later(text[cue.start : end].strip(), (cue.end, end), ended)


def set_later(
    world: World, pred: PredicateInfo, findings: list[Finding], ctx: Context
) -> list[Finding]:
    """The findings on claims of a state that the statement, set after an event, leaves open
    rather than refuted: those dated on or before the event's end, where the statement speaks
    of the state outside the event's words ("After the upgrade to a comprehensive strategic
    partnership" names the level of the upgrade, not of the later time)."""
    if ctx.parsed.later is None or pred.time_role != "state":
        return findings
    later = read_later(world, ctx)
    if later is None:
        return findings
    start, end = later.anchor
    spoken = [t.start for t in ctx.parsed.triggers if t.target == pred.id] + [
        m.start for m in ctx.parsed.entities if any(world.type(e) in pred.cue_types for e in m.ids)
    ]
    if spoken and all(start <= at < end for at in spoken):
        return findings
    return [
        replace(f, outcome="open", grounds=Grounds("later", f.claim, text=later.text), why="time")
        if f.outcome == "contradicts" and later_than(f.claim, later.ended)
        else f
        for f in findings
    ]

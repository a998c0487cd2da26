"""A denial bounded by an occasion: to the time before it ("Lam had never spoken with Leahy
before the Washington trip", "Tô Lâm chưa từng thăm Mỹ trước chuyến đi này", "Trước cuộc gặp
ngày 19/2, hai ông chưa từng gặp nhau"), or to the time after it ("Lam had not spoken with Trump
since their July 2025 call", "chưa điện đàm kể từ tháng 7/2025").

The words are language data, read by factdb.check.parse: `earlier_cues` in
factdb/lexicon/<lang>/statements.yaml (`ParsedStatement.earlier`), and for the time after,
`later_cues` (`ParsedStatement.later`) or a date's open end (`date_since`: "since July 2025",
`DateSpan.opened_last`). The occasion's words after the cue are the anchor. The statement denies
the act up to the anchor's first day, or from its last day on, and says nothing of the anchor
itself (the occasion a "since" counts from is most often the last one there was), so a claim of
the act on it does not refute the denial; one begun before it (of the time before) or after it
(of the time after) still does. The anchor's days are those of its dates (one without a year
placed in the claim's) and the days the claims give the events it names; an anchor with neither
("this trip") may be at any time, and no claim refutes the denial. So does a moment left
unsaid, which the anchor is empty of: "before" closing the denial ("had never met Orbán
before", "trước đó") or a tense set before a past moment ("had never met Orbán"), which a report
means as the occasion it is about, the very act the claims give (parse._unstated_earlier). A
date right after "before" is read by the dates instead ("before Feb 19": an open end).
"""

from __future__ import annotations

import datetime as dt

from factdb.check.findings import Context, Finding
from factdb.check.parse import LaterCue, ParsedStatement
from factdb.check.rules import Grounds, done_after, later_than
from factdb.check.world import World
from factdb.extract.dates import in_year
from factdb.lexicon.vocabulary import EVENT, PredicateInfo
from factdb.records import replace
from factdb.store.claims import ClaimView

Days = tuple[dt.date, dt.date]


def bound_denials(
    world: World, pred: PredicateInfo, findings: list[Finding], ctx: Context
) -> list[Finding]:
    """The findings, with each refuting the statement's denial only by a claim not shown on the
    bounded side of the anchor (or by any claim, where the claims do not date the anchor) left
    open."""
    parsed = ctx.parsed
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
    dated = [d for d in days if d is not None]
    return dated if dated and len(dated) == len(days) else None


def _before(
    world: World, claim: ClaimView, parsed: ParsedStatement, anchor: tuple[int, int]
) -> bool:
    """Whether the claim's act began before the first day of the bound's anchor."""
    if claim.time_start is None or claim.time_start == dt.date.min:
        return False
    days = _anchor_days(world, claim, parsed, *anchor)
    return days is not None and claim.time_start < min(first for first, _ in days)


def _after(
    world: World,
    pred: PredicateInfo,
    claim: ClaimView,
    parsed: ParsedStatement,
    bound: tuple[int, int],
) -> bool:
    """Whether the claim shows the act done, or the state held, after the last day of the
    bound's anchor."""
    days = _anchor_days(world, claim, parsed, *bound)
    if days is None:
        return False
    last = max(last for _, last in days)
    return not later_than(claim, last) if pred.time_role == "state" else done_after(claim, last)

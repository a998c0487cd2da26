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
The cue also orders an act after the anchor ("After the summit, the two upgraded ties"): a claim
of the act, or of the state it starts, bears it out only if dated from a later day than the
anchor's last (rules.done_after); one dated before, on that day, or against an undated anchor
leaves the order open. An office a claim gives on or before that day (`office_later`) refutes
no title said of the later time ("After meeting Lam, Orbán became president of Hungary").
"During the trip", "at the meeting" set nothing later: the state's date may be the statement's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from functools import cache

from factdb.check.assertions import Assertion, definite_group, indefinite, predications
from factdb.check.dates import stay_started
from factdb.check.findings import Context, Finding
from factdb.check.rules import (
    CONTRADICTED,
    NEI,
    Decision,
    Grounds,
    a_stay,
    done_after,
    later_than,
    on_dates,
)
from factdb.check.statement import ParsedStatement
from factdb.check.world import World
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import EVENT, OCCASION, PERSON, ROLE_TYPE, PredicateInfo
from factdb.records import dataclass, replace
from factdb.store.claims import ClaimView
from factdb.text.sentences import CLAUSE_BREAKS
from factdb.text.tokens import phrase_starts


@dataclass(frozen=True)
class Later:
    """The cue's words with the anchor's ("sau chuyến đi"), the span of the anchor after the
    cue, the anchor's last day and its first (None: the claims give it none)."""

    text: str
    anchor: tuple[int, int]
    ended: dt.date | None
    began: dt.date | None
    # the claims of the anchor's acts on its last day, which an act of that day must follow by
    # the parts of the day their sources give (after_anchor); empty for an anchor named as an
    # event, or one the claims do not date
    closing: tuple[ClaimView, ...] = ()
    # the last day by which every occasion the anchor may name had begun (begun_before); None
    # where the claims do not tell it, or the anchor holds a date of its own
    opened: dt.date | None = None
    # the claims of the acts an anchor with no date of its own names by its verb ("after his
    # re-election"), dated or not: what an act done for one of them came after (done_for)
    acts: tuple[ClaimView, ...] = ()


# The most words a verb that links an act to its date or order may have between it and them
# ("came in", "was back in", "diễn ra vào"); more ("was a success in ...") is another predication.
_LINK_REACH = 2


def linked_words(parsed: ParsedStatement, predicate: str) -> list[set[int]]:
    """Where the words after each verb that only links `predicate`'s act to a date or an order
    begin ("the call with Daines took place on Feb. 17", "Cuộc điện đàm với ông Leahy diễn ra
    trước khi ...": `relative_links` in lexicon/<lang>/dates.yaml), up to _LINK_REACH words
    between, where the statement opens with the act named as a definite occasion: the one the
    reader is taken to know. None for some such act ("a call with Daines",
    assertions.indefinite), an act said with its verb, a denial, and none from a link with a
    date before it on ("Lam's 2024 call with Daines was ..."): its name holds the date."""
    acts = [t for t in parsed.triggers if t.kind == "trigger"]
    if not acts or parsed.negation is not None:
        return []
    act = min(acts, key=lambda t: t.start)
    if act.target != predicate or indefinite(parsed, act.start):
        return []
    words = [(k, s) for k, s, _ in parsed.tokens.words() if s >= act.end]
    keys = [k for k, _ in words]
    found = []
    for link in phrase_keys("dates", "relative_links", (parsed.lang,)):
        for i in phrase_starts(keys, link):
            if any(d.start < words[i][1] for d in parsed.dates):
                return found
            after = {s for _, s in words[i + len(link) : i + len(link) + _LINK_REACH + 1]}
            part = parsed.day_part
            if part is not None and part.start in after:
                # "took place on the afternoon of Feb 19": the part of the day is the date's,
                # and the reach runs on from it
                after |= {s for _, s in [w for w in words if w[1] >= part.end][: _LINK_REACH + 1]}
            found.append(after)
    return found


def read_later(world: World, parsed: ParsedStatement, doers: Collection[str] = ()) -> Later | None:
    """The event the statement is set after, if any (read_anchor)."""
    if parsed.later is None:
        return None
    return read_anchor(world, parsed, parsed.later.cue.start, parsed.later.anchor, doers)


def read_anchor(
    world: World,
    parsed: ParsedStatement,
    cue: int,
    anchor: tuple[int, int],
    doers: Collection[str] = (),
) -> Later:
    """The event an act is ordered against, named after the cue at `cue`, with its last day by
    the claims: the latest end of the events it names there (one of them may be the one
    meant), and its first: the earliest start. `doers`: who did the act ordered (its claim's
    subject), who does the anchor's act where it leaves that unsaid (act_claims)."""
    text = parsed.text
    start, end = anchor
    events = {
        eid
        for m in parsed.entities
        if start <= m.start < end
        for eid in m.ids
        if world.type(eid) == EVENT
    }
    said = text[cue:end].strip()
    # a date in the anchor's words picks its occasion out, which the claims may not know
    dated = any(start <= d.start < end for d in parsed.dates)
    if not events:
        # an occasion named by its act ("after visiting Cambodia"): the first and last days
        # the claims give it, where they date every one (earlier ones may be the one meant)
        acts = act_claims(world, parsed, start, end, doers)
        days = [(c.time_start, c.time_end) for c in acts if c.time_start and c.time_end]
        done = () if dated else tuple(acts)
        if not acts or len(days) < len(acts) or any(s == dt.date.min for s, _ in days):
            return Later(said, (start, end), None, None, acts=done)
        ended = max(e for _, e in days)
        closing = tuple(c for c in acts if c.time_end == ended)
        # a stay's or a day's claim gives its first day; a window around the act ("in 2025"),
        # only that it had begun by the window's end
        opened = None if dated else max(_begun_by(c) for c in acts)
        if opened is not None and stay_started(parsed, parsed.tokens.words(), anchor):
            # a departure ("after Lam left for the United States", "sau khi lên đường sang
            # Mỹ") is the stay's first day, not the whole stay: the time after it runs from then
            return Later(said, (start, end), opened, min(s for s, _ in days), (), opened, done)
        return Later(said, (start, end), ended, min(s for s, _ in days), closing, opened, done)
    ends = [world.ended_by(e) for e in sorted(events)]
    if None in ends:
        # an event the claims do not date may have been at any time
        return Later(said, (start, end), None, None)
    # an event the claims only say was held before a date has ended by then, but its first day
    # is unknown; one held within a window had begun by its end
    windows = [world.occasion_window(e) for e in sorted(events)]
    began = None if None in windows else min(w[0] for w in windows if w is not None)
    opened = None if None in windows or dated else max(w[1] for w in windows if w is not None)
    return Later(said, (start, end), max(e for e in ends if e), began, opened=opened)


def _begun_by(claim: ClaimView) -> dt.date:
    """The last day by which a dated claim's act had begun: its first, where that is the act's
    own (one day, or a stay's days: rules.a_stay), else its last (a window around it)."""
    first, last = claim.time_start or dt.date.min, claim.time_end or dt.date.max
    own = claim.time_grain == "day" or (claim.time_grain == "range" and a_stay((first, last)))
    return first if own else last


def begun_before(claim: ClaimView, later: Later) -> bool:
    """Whether the claim's act was done from a later day than every occasion the anchor may name
    had begun: then it was not done before it ("The call with Leahy took place before Lam left
    for the United States" of a call on the second day of the trip), whether during the
    occasion or after it. The anchor's first day itself leaves the order open."""
    return (
        later.opened is not None
        and claim.time_start is not None
        and claim.time_start > later.opened
    )


def act_claims(
    world: World, parsed: ParsedStatement, start: int, end: int, doers: Collection[str] = ()
) -> list[ClaimView]:
    """The claims of an occasion the anchor names by its act ("this call", "his call with
    Lam", "cuộc gặp này", "heading to Washington"): the occasion the statement is about, which
    may be any the claims give of that act (or of one that implies it: a reception is a
    meeting) naming one of those the statement names. Names the anchor gives itself pick its
    occasion out of those: each of them, a place seen closer or farther, is the claim's
    ("visited Cambodia before heading to Washington" counts from the trip to the United
    States, not from the Cambodia visit the act set before it is). An act that reaches the
    group the sources report, naming none of it ("before the meetings with the foreign
    leaders", "trước các cuộc gặp lãnh đạo các nước": reaches_group), is its acts with people,
    not with a body or a community, done by those the statement names or by `doers`, the
    doer of the act ordered against it, where the anchor leaves its own unsaid."""
    acts = {t.target for t in parsed.triggers if t.kind == "trigger" and start <= t.start < end}
    if not acts:
        return []
    acts |= {q for pid in acts for q in world.vocab.implying.get(pid, ())}
    own = anchor_names(world, parsed, (start, end))
    named = {e for m in parsed.entities for e in m.ids}
    group = reaches_group(world, parsed, start, end)
    found = [
        c
        for cs in world.index.claims_naming(acts, named | set(doers if group else ())).values()
        for c in cs
        if all(world.seen_closer_or_farther(ids) & c.entities() for ids in own)
    ]
    if not group:
        return found
    # the group has no names to pick its occasion out: the anchor's date does ("hôm 19/2")
    dates = [d for d in parsed.dates if start <= d.start < end]
    return [
        c
        for c in found
        if any(world.type(e) == PERSON for e in c.entities() - {c.subject})
        and all(_within_date(c, d) for d in dates)
    ]


def _within_date(claim: ClaimView, date: DateSpan) -> bool:
    """Whether the claim's days lie within a date the statement gives (rules.on_dates), where the
    claim has a first day and the date its month: unlike on_dates, it places no day of an
    unsaid month ("hôm 19"), which may be of another month than the claim's."""
    if claim.time_start == dt.date.min or not date.month_known:
        return False
    return on_dates(claim, [date])


def reaches_group(world: World, parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether the act said in the anchor's words reaches a definite group of people and names
    none of those it reaches (assertions.definite_group: "the foreign leaders", "lãnh đạo các
    nước"; "foreign leaders" may be others)."""
    return any(
        start <= p.start < end
        and p.group is not None
        and not p.patients
        and definite_group(parsed, p.group)
        for p in predications(parsed, world.vocab)
    )


def anchor_names(world: World, parsed: ParsedStatement, anchor: tuple[int, int]) -> list[set[str]]:
    """What each name in an anchor's words names, past titles beside a name: such a title says
    who a party is, no party of its own ("Sau cuộc gặp Thủ tướng Orbán", "After meeting Prime
    Minister Orbán"). A title alone ("after meeting the prime minister") stays: it names no one
    the claims can be read for."""
    start, end = anchor
    named = [set(m.ids) for m in parsed.entities if start <= m.start < end]
    people = [ids for ids in named if any(world.type(e) != ROLE_TYPE for e in ids)]
    return people or named


def set_later(
    world: World, pred: PredicateInfo, findings: list[Finding], ctx: Context
) -> list[Finding]:
    """The findings that the statement, set after an event, leaves open, where it speaks of the
    predicate outside the event's words ("After the upgrade to a comprehensive strategic
    partnership" names the level of the upgrade, not of the later time): of a state, a claim
    dated on or before the event's end refutes nothing; of an act, a claim not dated after it
    bears nothing out, and one of a one-off act (an upgrade to a level: functional, done on an
    occasion) dated wholly before the event began refutes it."""
    # "Vietnam later withdrew from ...": a change at a time the statement leaves unsaid
    changed = changed_later(ctx.parsed, pred.id)
    if changed is not None:
        return [
            _left_open(f, "later", changed)
            if f.outcome == "contradicts" and _changed_state(f)
            else f
            for f in findings
        ]
    if ctx.parsed.later is None:
        return findings
    later = read_later(world, ctx.parsed)
    if later is None:
        return findings
    if said_within(world, pred, ctx.parsed, later.anchor):
        return findings
    if pred.time_role == "state":
        return [
            _left_open(f, "later", later.text)
            if f.outcome == "contradicts" and later_than(f.claim, later.ended)
            else f
            for f in findings
        ]
    # the act named as a definite occasion and linked to the order by a verb ("The call with
    # Daines took place after Lam met Orbán"): the one the claims know, where they know one
    linked = any(ctx.parsed.later.cue.start in w for w in linked_words(ctx.parsed, pred.id))
    # "orientations set after the 13th Party Congress" of a claim of the 14th's: the anchor is
    # another member of the claim's series, which the ordinal says wrong (accounting.ordinals),
    # not an order the claims leave open
    # an anchor that reaches the group the sources report with its doer unsaid is the acts of
    # the doer of each claim's (act_claims)
    group = reaches_group(world, ctx.parsed, *later.anchor)
    return [
        f
        if f.outcome == "supports" and other_member(ctx.parsed, later, world.members_given(f.claim))
        else order_act(
            world,
            pred,
            f,
            (group and read_later(world, ctx.parsed, (f.claim.subject,))) or later,
            linked and world.sole_occasion(f.claim),
        )
        for f in findings
    ]


def changed_later(parsed: ParsedStatement, predicate: str) -> str | None:
    """The word that puts the change the statement gives of `predicate` at a time after one it
    leaves unsaid ("Vietnam later withdrew from ...", "has since quit", "sau đó rút khỏi", "sau
    đó đã ký kết": `later_changes` in lexicon/<lang>/statements.yaml), in the clause of the
    predicate's verb or opening the sentence, where the statement gives no date: that time may
    be later than the sources know. A dated change is its date's; an undated one with no such
    word is read at the sources' now."""
    if parsed.dates:
        return None
    verbs = [t for t in parsed.triggers if t.target == predicate]
    text = parsed.text
    words = list(parsed.tokens.words())
    keys = [k for k, _, _ in words]
    for phrase in phrase_keys("statements", "later_changes", (parsed.lang,)):
        for i in phrase_starts(keys, phrase):
            start, end = words[i][1], words[i + len(phrase) - 1][2]
            # one that opens the sentence is its own ("Về sau, Việt Nam đã rút khỏi ...")
            opening = not text[:start].strip()
            for verb in verbs:
                low, high = min(end, verb.start), max(start, verb.end)
                if opening or not any(c in CLAUSE_BREAKS for c in text[low:high]):
                    return text[start:end]
    return None


def _changed_state(finding: Finding) -> bool:
    """Whether a refuting claim is of a state the change the statement gives may end after it:
    one held over days (a membership), or one that did not hold on its day (an agreement not
    yet concluded). An act of one day is done, and a later change does not undo it."""
    claim = finding.claim
    if claim.polarity != "affirmed":
        return True
    return claim.dated and finding.denial and claim.time_start != claim.time_end


def other_member(parsed: ParsedStatement, later: Later, given: Collection[tuple[str, int]]) -> bool:
    """Whether the anchor names by its ordinal a member of a numbered series other than the
    one `given` of that series (the claim's: World.members_given)."""
    start, end = later.anchor
    series = {s for s, _ in given}
    return any(
        o.series in series and (o.series, o.value) not in given
        for o in parsed.ordinals
        if start <= o.start and o.end <= end
    )


def said_within(
    world: World, pred: PredicateInfo, parsed: ParsedStatement, anchor: tuple[int, int]
) -> bool:
    """Whether the statement speaks of the predicate only inside an anchor's words: then the
    predicate is the anchor's ("After the upgrade to a comprehensive strategic partnership"
    names the level of the upgrade, not of the later time), which the cue does not order."""
    start, end = anchor
    spoken = [t.start for t in parsed.triggers if t.target == pred.id] + [
        m.start for m in parsed.entities if any(world.type(e) in pred.cue_types for e in m.ids)
    ]
    return bool(spoken) and all(start <= at < end for at in spoken)


def after_anchor(world: World, claim: ClaimView, later: Later) -> bool:
    """Whether the claim shows its act done after the anchor: from a later day than its last
    (rules.done_after), or on that day in a part of the day that begins once each of the
    anchor's acts that day has ended, the parts their sources give set on one clock (the call
    with Leahy "Chiều 19-2 (theo giờ địa phương)", after the meetings of that morning in
    Washington). The same part, or a source that gives none, leaves the order open."""
    if done_after(claim, later.ended) or done_for(world, claim, later.acts):
        return True
    if not later.closing or claim.time_start != later.ended:
        return False
    hours = world.source_hours(claim)
    if hours is None:
        return False
    ends = [world.source_hours(c) for c in later.closing]
    return all(h is not None and h[1] <= hours[0] for h in ends)


def done_for(world: World, claim: ClaimView, anchor: Collection[ClaimView]) -> bool:
    """Whether the claim is of an act said with what it is for (`acts_for` in
    lexicon/world/contents.yaml: a congratulation) that a source gives in one sentence with a
    claim of the anchor's act done by its other party, no encounter it was done at ("Tổng thống
    Trump gửi lời chúc mừng Tổng Bí thư Tô Lâm nhân dịp Tổng Bí thư được bầu lại"): what it was
    for came first, whatever days the claims give the two, so it was done after it
    ("congratulated Lam after his re-election"; tests/test_done_for.py)."""
    if claim.predicate not in acts_for():
        return False
    parties = claim.entities() - {claim.subject}
    done = [
        c
        for c in anchor
        if c.id != claim.id
        and c.subject in parties
        and c.predicate not in world.vocab.encounters
        and c.predicate not in acts_for()
    ]
    return world.said_together(claim, done)


@cache
def acts_for() -> frozenset[str]:
    """`acts_for` of lexicon/world/contents.yaml: the acts said with what they are for."""
    return frozenset(load_lexicon("world", "contents").get("acts_for") or ())


def order_act(
    world: World, pred: PredicateInfo, finding: Finding, later: Later, sole: bool = False
) -> Finding:
    """A finding on a claim of an act the statement sets after an event: it bears the act out
    only if done after the event (after_anchor); a one-off act the claim dates before the event
    began was done before it, and not again, so the order is reversed, as it is for the `sole`
    occasion of an encounter the statement names as the one the claims know (World.sole_occasion,
    linked_words). Anything else leaves it open."""
    if finding.outcome != "supports" or after_anchor(world, finding.claim, later):
        return finding
    claim = finding.claim
    if (
        pred.time_role == OCCASION
        and (pred.functional or sole)
        and claim.predicate == pred.id
        and done_after(claim, dt.date.min)
        and later.began is not None
        and claim.time_end is not None
        and claim.time_end < later.began
    ):
        return replace(
            finding,
            outcome="contradicts",
            grounds=Grounds(
                "before-event" if pred.functional else "done-before", claim, text=later.text
            ),
            why="time",
        )
    return _left_open(finding, "not-after", later.text)


def _left_open(finding: Finding, rule: str, said: str) -> Finding:
    """The finding left open by the later time the words `said` speak of."""
    return replace(
        finding, outcome="open", grounds=Grounds(rule, finding.claim, text=said), why="time"
    )


def office_later(
    world: World, parsed: ParsedStatement, a: Assertion, decision: Decision
) -> Decision:
    """An office assertion's decision where the statement is set after an event: a title said
    outside the event's words, refuted only by offices the claims give on or before its end,
    is not enough info, since the office may have changed by the later time."""
    if decision.verdict != CONTRADICTED:
        return decision
    later = read_later(world, parsed)
    if later is None or later.anchor[0] <= a.start < later.anchor[1]:
        return decision
    if not all(later_than(c, later.ended) for c in decision.claims):
        return decision
    return Decision(NEI, "later", decision.claims, later.text)

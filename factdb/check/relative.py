"""Dates given relative to another event: "the day after his calls with the two senators",
"Lam phoned Leahy a day after speaking with Daines", "Hôm sau cuộc điện đàm với TNS Hagerty".

The words and their offsets in days are language data (`relative_days` in
factdb/lexicon/<lang>/dates.yaml). A cue splits the statement in two: the anchor, the event it
is counted from (the words after the cue, up to a comma when the cue opens the statement), and
the main event (the rest). A cue heading a later clause that names no event after it ("On Feb. 18
Lam spoke with Hagerty; the next day he met Orbán", "...; hôm sau, ông gặp ...": `relative_heads`
in dates.yaml, or a comma right after it) counts from the clause before (`back`), whose own date
dates that clause's act only (`anchor_date`). Which claims tell each event's day is retrieval,
done by the judge; this module reads the split and decides (`decide_relative`), with no
retrieval and no prose.

A relative date decides only when every claim of the anchor puts it on one day and every claim of
the main event on one day: supported when they are the offset apart, contradicted when they are
not. "The same day" (offset 0) with no event after it ("called Daines and Leahy on the same day",
"điện đàm ... trong cùng ngày") says the statement's own acts share a day: the main event's
claims are compared among themselves, and one act alone ("Separately, on the same day, Lam met
...": another sentence's event) is not enough info. Two days a day apart are open for "the same
day": the claims give each event's local day, and the statement, which gives no clock, may count
in another place's (18 February in Washington is 19 February in Hanoi: `relative-zone`).

A count the places' own days refute is open where the sources put each event on one day on the
clock of their press (Hanoi's), and that clock bears it out (`relative-clock`): a meeting on
the morning of 19 February in Washington and a call that afternoon are a day apart there.

Anything less (an anchor the claims date to a period, or to several days) is not enough info,
and the reason says the anchor's day is not known; so is an anchor read as the main event's own
claims (`relative-self`). An offset said as a bound ("less than three weeks after", "chưa đầy một
tuần sau khi"; the cue takes the bound in) is decided by every day the claims give each event,
a day wider each way for another clock (`relative-bound`): all within it bear it out, none
refute it; days on both sides, or a bound of no side ("about"), are open (`relative-bounded`).

A count of days from a day the statement itself gives is no relation between two events but a
date (`counted_from_day`): "On Feb. 17 the ministry said Lam would fly out the next day", "A
Feb. 17 report said ... the following day", "two days after Feb. 16", "Ngày 17/2, Bộ Ngoại giao
cho biết ... vào ngày hôm sau". The act is dated that day moved by the offset, and every rule of
dates then weighs it as if the statement had said that day. So is a word that tells a day by the
day of writing ("tomorrow", "hôm qua"), counted from the day of writing the statement gives, its
dateline or a report date (`told_from_report`): "HANOI, Feb. 17 (wire) — Lam leaves for the U.S.
tomorrow" says 18 February.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise

from factdb.check.datelines import day_part_in, day_part_words
from factdb.check.dates import relative_bounds, told_days
from factdb.check.dayparts import DayPart, told_parts, zone_of
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, Decision
from factdb.check.statement import ParsedStatement
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import abbreviations, phrase_keys
from factdb.records import dataclass, replace
from factdb.store.claims import ClaimView
from factdb.text.covered import overlaps
from factdb.text.fold import fold
from factdb.text.sentences import CLAUSE_BREAK, CLAUSE_BREAKS, sentence_around
from factdb.text.tokens import phrase_starts, word_keys

# What ends the clause a count of days heads (_clause_before): a semicolon or the sentence
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)")


@dataclass(frozen=True)
class RelativeDate:
    """A relative date cue: the main event happened `days` after the anchor (before, if < 0)."""

    text: str
    start: int
    end: int
    days: int
    anchor: tuple[int, int]  # character span of the words that name the anchor event
    # A bound said before it ("less than a day after", "chưa đầy một ngày sau khi"; dates.yaml
    # `relative_bounds`), by the side it bounds: "upper", "lower", "open" ("about", which decides
    # nothing); "" where the offset is a count of days.
    bound: str = ""
    # Whether words name the anchor: "on the same day" at the end, or before a comma, names none
    anchored: bool = True
    # Whether the anchor is the clause before the cue, which heads a later clause ("On Feb. 18
    # Lam spoke with Hagerty; the next day he met Orbán": `_clause_before`)
    back: bool = False
    # The part of the day said with the count ("sáng hôm sau", "the next evening"), which the
    # claims' days do not tell: the count is borne out by no day alone, only with the part its
    # act's source gives that day (`said_part`, decide_relative's `parts`)
    part: str = ""
    # which part it is (`day_parts` in lexicon/<lang>/statements.yaml: morning, evening, ...)
    part_name: str = ""

    @property
    def bounded(self) -> bool:
        return bool(self.bound)

    def in_anchor(self, start: int) -> bool:
        return self.anchor[0] <= start < self.anchor[1]


def read_relative(parsed: ParsedStatement) -> RelativeDate | None:
    """The statement's relative date cue and the span of its anchor, or None."""
    cue = parsed.relative
    if cue is None:
        return None
    text = parsed.text
    # A cue that opens the statement ("The day after X, Lam met ...") has its anchor up to the
    # comma; one after the main clause ("Lam phoned Leahy a day after X") has it to the end.
    opens = not any(t.start < cue.start for t in parsed.triggers)
    comma = text.find(",", cue.end)
    end = comma if opens and comma != -1 else len(text)
    # a bound is the cue's first words (parse: "less than a day after")
    opening = word_keys(cue.text)
    bounds = relative_bounds(parsed.lang).items()
    bound = next((side for b, side in bounds if b and opening[: len(b)] == b), "")
    # "Lam called Daines and Leahy on the same day" names no anchor, nor does a phrase that
    # takes one only where it opens the statement ("cuộc điện đàm cùng ngày với nghị sĩ
    # Hagerty": với is the call's): every act of the statement is then the main event's
    own = phrase_keys("dates", "relative_own", (parsed.lang,))
    # the phrase without a linking verb before it ("diễn ra cùng ngày": relative_links)
    said = tuple(fold(cue.text).split())
    anchored = (opens or not any(said[-len(o) :] == o for o in own if o)) and any(
        c.isalnum() for c in text[cue.end : end]
    )
    anchor = (cue.end, end if anchored else cue.end)
    # a part of the day said before the count is the day's it counts to ("; sáng hôm sau, ông
    # gặp ...": the morning of the next day), no word of the clause before
    head = _part_before(parsed, cue.start)
    part = text[head : cue.start].strip() or (cue.text if day_part_in(cue.text) else "")
    name = next(
        (
            c.target
            for c in parsed.grammar
            if c.kind == "day_part" and head <= c.start and c.end <= cue.end
        ),
        "",
    )
    before = None if opens or not anchored else _clause_before(parsed, head, cue.start, cue.end)
    if before is not None:
        anchor, anchored = before, True
    return RelativeDate(
        cue.text,
        cue.start,
        cue.end,
        int(cue.target),
        anchor,
        bound,
        anchored,
        back=before is not None,
        part=part,
        part_name=name if part else "",
    )


def said_part(parsed: ParsedStatement, rel: RelativeDate) -> DayPart | None:
    """The part of the day a count of days gives its act ("the next morning", "chiều hôm sau"),
    on the clock the statement names, if it names one; None where the count gives none."""
    if not rel.part_name:
        return None
    return DayPart(rel.part_name, rel.part, zone_of(parsed))


def _clause_before(
    parsed: ParsedStatement, head: int, start: int, end: int
) -> tuple[int, int] | None:
    """The span of the clauses before a count of days that heads a later clause, which it
    counts from: after a break (a comma or semicolon, and a clause joiner at most: "; the next
    day he met Orbán", ", and the next day with Leahy", ", hôm sau điện đàm với ...") with an act
    before it, where the cue names no event after it: a comma right after it ("; hôm sau, ông
    gặp ..."), or a phrase that takes none (`relative_heads` in dates.yaml) with no comma in its
    clause after words of its own ("; the day after the call, he met ..." names the call).
    None otherwise: the cue's own words then say what it counts from. `head` is where the
    count's words begin, a part of the day said before it among them."""
    text = parsed.text
    words = [(k, s) for k, s, e in parsed.tokens.words() if e <= head]
    keys = tuple(k for k, _ in words)
    joiners = phrase_keys("stances", "clause_joiners", (parsed.lang,))
    joiner = max((len(j) for j in joiners if j and keys[-len(j) :] == j), default=0)
    # where the clause before ends: at its mark, at the end of the sentence before ("Lam phoned
    # Daines on Feb. 18. A day later, he met Orbán"), or where a joiner with none opens this one
    opening = words[-joiner][1] if joiner else head
    sentence = sentence_around(text, opening, opening, abbreviations())[0]
    cut = max(*(text.rfind(mark, 0, opening) for mark in CLAUSE_BREAKS), sentence - 1)
    if any(c.isalnum() for c in text[cut + 1 : opening]) or cut < 0:
        cut = opening if joiner else -1
    if cut < 0 or not any(t.end <= cut for t in parsed.triggers if t.kind == "trigger"):
        return None
    clause = _CLAUSE_END.search(text, end)
    rest = text[end : clause.start() if clause else len(text)]
    comma = rest.find(",")
    if comma != -1 and not any(c.isalnum() for c in rest[:comma]):
        return (0, cut)
    heads = phrase_keys("dates", "relative_heads", (parsed.lang,))
    said = tuple(fold(text[start:end]).split())
    if comma == -1 and any(h and said[-len(h) :] == h for h in heads):
        return (0, cut)
    return None


def _part_before(parsed: ParsedStatement, start: int) -> int:
    """Where the words for a part of the day (`day_parts` in lexicon/<lang>/statements.yaml)
    right before `start` begin ("sáng" of "sáng hôm sau"): `start` where there are none."""
    words = [(k, s) for k, s, e in parsed.tokens.words() if e <= start]
    keys = tuple(k for k, _ in words)
    part = max((len(p) for p in day_part_words() if p and keys[-len(p) :] == p), default=0)
    return words[-part][1] if part else start


def counted_from_day(parsed: ParsedStatement, telling: Collection[str] = ()) -> ParsedStatement:
    """`parsed` with a relative date counted from a day it gives read as the day it comes to:
    the cue names no event after it and follows the statement's one date ("On Feb. 17 ... the
    next day": the day of the report it tells), or its anchor is that date and nothing else
    ("two days after Feb. 16"). The day counted from is then the count's own words, no date of
    anything else; the date keeps the cue's place, next to the act it dates. Unchanged where
    the statement says two acts or denies one, the day is not one day, the offset is a bound
    or nought ("on the same day" compares acts), another date follows, or a day without a
    year would cross into another year."""
    rel = read_relative(parsed)
    # a part of the day ("the next evening") is no day the rules of dates may weigh as said
    if rel is None or rel.bounded or rel.days == 0 or rel.part or parsed.negation is not None:
        return parsed
    # With two acts the day may be the first one's: "On Feb. 16 Lam phoned Daines, then Leahy
    # two days later" dates the call with Daines, which the count must leave where it is.
    # A trigger inside a date or the cue is their word ("ngày" of "Ngày 17/2"), no act.
    words = [(d.start, d.end) for d in (*parsed.dates, *parsed.report_dates)]
    words.append((rel.start, rel.end))
    # An act that makes the news known (`telling`: an announcement) said before the count is
    # the telling of it, as "said" is: "Announced on Feb. 17: the trip begins the following day"
    acts = sorted(
        (t.start, t.end, t.target)
        for t in parsed.triggers
        if t.kind == "trigger"
        and not any(s <= t.start and t.end <= e for s, e in words)
        and not (t.target in telling and t.end <= rel.start)
    )
    # one verb's words read as two triggers of its act ("was to depart for") are one act
    if any(a[2] != b[2] or parsed.text[a[1] : b[0]].strip() for a, b in pairwise(acts)):
        return parsed
    said = [*parsed.dates, *parsed.report_dates]
    if rel.anchored:
        anchor = parsed.text[rel.anchor[0] : rel.anchor[1]]
        days = [d for d in said if rel.in_anchor(d.start)]
        own = len(days) == 1 and _only_date(anchor, days[0], rel.anchor[0])
        counted = days[0] if own else None
    else:
        counted = said[0] if len(said) == 1 and said[0].end <= rel.start else None
    if counted is None or counted.grain != "day" or counted.first != counted.last:
        return parsed
    step = dt.timedelta(days=rel.days)
    day = counted.first + step
    if not counted.year_known and day.year != counted.first.year:
        return parsed
    moved = replace(
        counted,
        text=f"{counted.text} … {rel.text}",
        start=rel.start,
        end=rel.end,
        first=day,
        last=day,
    )
    dates = [moved if d is counted else d for d in parsed.dates]
    if counted not in parsed.dates:
        dates.append(moved)
    reports = [d for d in parsed.report_dates if d is not counted]
    # a day said as when a state began ("đã bắt đầu từ hôm trước đó") begins it as said
    starts = parsed.starts
    if parsed.relative_starts:
        starts = [*starts, next(i for i, d in enumerate(dates) if d is moved)]
    return replace(parsed, dates=dates, report_dates=reports, relative=None, starts=starts)


def told_from_report(parsed: ParsedStatement) -> ParsedStatement:
    """`parsed` with a word that tells a day by the day of writing ("tomorrow", "hôm qua":
    `told_alone` in lexicon/<lang>/dates.yaml, offsets from `told_days`) read as the day it
    comes to, counted from the one day of writing the statement gives: its dateline or a report
    date ("HANOI, Feb. 17 (wire) — Lam leaves for the U.S. tomorrow": 18 February). That day is
    then the word's own, no report date left to bound the acts. Unchanged where there is no
    such day or more than one, the word is said more than once or inside a date ("Ngày mai
    (18/2)" is its date), another count of days is said, a denial stands (as counted_from_day
    leaves one), or a day without a year would cross into another year."""
    if parsed.relative is not None or parsed.negation is not None or len(parsed.report_dates) != 1:
        return parsed
    (report,) = parsed.report_dates
    alone = set(phrase_keys("dates", "told_alone", (parsed.lang,)))
    offsets = {said: days for said, days in told_days(parsed.lang) if said in alone}
    words = parsed.tokens.words()
    keys = [k for k, _, _ in words]
    found = {
        (words[i][1], words[i + len(said) - 1][2], days)
        for said, days in offsets.items()
        for i in phrase_starts(keys, said)
    }
    # a word of told_days beside a part of the day ("this morning", "chiều qua") tells the
    # day with its part, on the clock of the dateline's city where it names one
    parts = {(start, end, days): cue for cue, start, end, days in told_parts(parsed)}
    found |= set(parts)
    dated = [(d.start, d.end) for d in parsed.dates]
    if report.grain != "day" or len(found) != 1 or overlaps(*next(iter(found))[:2], dated):
        return parsed
    ((start, end, days),) = found
    part = parts.get((start, end, days))
    if part is not None and parsed.day_part not in (None, part):
        return parsed
    day = report.first + dt.timedelta(days=days)
    if not report.year_known and day.year != report.first.year:
        return parsed
    said = f"{report.text} … {parsed.text[start:end]}"
    told = replace(report, text=said, start=start, end=end, first=day, last=day)
    dates = sorted([*parsed.dates, told], key=lambda d: d.start)
    # the word is read now, as a date's words are: no detail left for the claims to say
    loose = [w for w in parsed.loose_words if not start <= w[1] < end]
    if part is None:
        return replace(parsed, dates=dates, report_dates=[], loose_words=loose)
    clock = parsed.local_time or parsed.filed_in
    return replace(
        parsed, dates=dates, report_dates=[], loose_words=loose, day_part=part, local_time=clock
    )


def anchor_acts(parsed: ParsedStatement) -> set[str]:
    """The predicates only the anchor's words say ("the day after his calls with the two
    senators, Lam met nine world leaders": the calls): another act than the main event's, whose
    parties no count of the main event counts. None where the two events share a predicate,
    which their claims alone do not tell apart."""
    rel = read_relative(parsed)
    if rel is None or not rel.anchored:
        return set()
    inside, outside = split_acts(parsed, rel)
    return inside - outside


def occasion_anchors(parsed: ParsedStatement) -> list[tuple[int, int]]:
    """The words of the occasions the statement orders its act against: a relative date's
    anchor ("the day after his trip to Cambodia") and those a "before" or an "after" opens
    (ParsedStatement.earlier, .later: "After visiting Cambodia, ...")."""
    rel = read_relative(parsed)
    spans = [rel.anchor] if rel is not None and rel.anchored else []
    return spans + [b.anchor for b in (parsed.earlier, parsed.later) if b is not None]


def split_acts(parsed: ParsedStatement, rel: RelativeDate) -> tuple[set[str], set[str]]:
    """The predicates the anchor's words say, and those the rest says. A trigger inside the
    cue is its word ("ngày" of "Cùng ngày"), no act of either event."""
    acts = [t for t in parsed.triggers if not rel.start <= t.start < rel.end]
    inside = {t.target for t in acts if rel.in_anchor(t.start)}
    return inside, {t.target for t in acts if not rel.in_anchor(t.start)}


def before_count(parsed: ParsedStatement, date: DateSpan | None) -> bool:
    """Whether `date` stands before a count of days that names no event after it, in a
    statement of several acts: "On Feb. 18 Lam phoned Daines; Leahy got his call the next day".
    The date dates the first act, the count a later one, and which act a claim is the statement
    does not tell by its predicate alone: the date refutes no claim's day (the relative date
    decides their order)."""
    rel = read_relative(parsed)
    return (
        date is not None
        and rel is not None
        and not rel.anchored
        and rel.days != 0
        and date.end <= rel.start
    )


def anchor_date(parsed: ParsedStatement, date: DateSpan | None, claim: ClaimView) -> bool:
    """Whether `date` dates the clause a later clause's count of days is counted from, not the
    act `claim` is of: "On Feb. 18 Lam spoke with Hagerty; the next day he met Orbán" dates the
    call only, and the meeting's day is the count's to decide (the relative date's part). A
    claim is that clause's act where it names a party the clause names."""
    rel = read_relative(parsed)
    if date is None or rel is None or not rel.back or not rel.in_anchor(date.start):
        return False
    return not names_in(parsed, claim, rel.anchor)


def names_in(parsed: ParsedStatement, claim: ClaimView, span: tuple[int, int]) -> bool:
    """Whether `claim` names, besides its subject, someone or something the words of `span`
    name: the claim is of the act those words tell."""
    start, end = span
    named = {e for m in parsed.entities if start <= m.start < end for e in m.ids}
    return bool((claim.entities() - {claim.subject}) & named)


def _only_date(anchor: str, date: DateSpan, offset: int) -> bool:
    """Whether the words of an anchor are its date alone, but for spaces and marks."""
    rest = anchor[: date.start - offset] + anchor[date.end - offset :]
    return not any(c.isalnum() for c in rest)


def denied(parsed: ParsedStatement) -> bool:
    """Whether the statement's denial falls on its relative date: a "not" before the cue in its
    clause ("did not call Daines and Leahy on the same day", "không điện đàm ... trong cùng một
    ngày", "the calls did not take place on the same day"). The acts are then said to have
    happened and the relation denied; a verb that denies by its meaning ("skipped the meeting
    the day after") denies its act."""
    cue, negation = parsed.relative, parsed.negation
    if cue is None or negation is None:
        return False
    # a denial may end with the verb that links the act to the date ("did not take place on
    # the same day", "không diễn ra trong cùng một ngày": relative_links), which the cue holds
    start = _phrase_start(parsed, cue.start, cue.end)
    return (
        negation.start < start
        and negation.end <= start
        and not CLAUSE_BREAK.search(parsed.text, negation.end, start)
        and not any(t.kind == "antonym" and t.start == negation.start for t in parsed.triggers)
    )


def _phrase_start(parsed: ParsedStatement, start: int, end: int) -> int:
    """Where the relative phrase of the cue at start..end begins, past a verb of
    `relative_links` (dates.yaml) it opens with."""
    words = [(k, s) for k, s, e in parsed.tokens.words() if start <= s and e <= end]
    keys = tuple(k for k, _ in words)
    links = phrase_keys("dates", "relative_links", (parsed.lang,))
    said = max((len(link) for link in links if link and keys[: len(link)] == link), default=0)
    return words[said][1] if 0 < said < len(words) else start


def _one_day(claims: Sequence[ClaimView]) -> dt.date | None:
    """The one day every claim puts its event on, or None."""
    days = {c.time_start for c in claims if c.time_start is not None and c.time_start == c.time_end}
    dated = all(c.time_start is not None and c.time_start == c.time_end for c in claims)
    return days.pop() if claims and dated and len(days) == 1 else None


def decide_relative(
    rel: RelativeDate,
    anchors: Sequence[ClaimView],
    mains: Sequence[ClaimView],
    home: Mapping[str, dt.date] | None = None,
    parts: Mapping[str, str] | None = None,
) -> Decision:
    """Whether the main event fell `rel.days` days after the anchor, by the claims of each.
    `home` gives claims their day on the clock of the sources' press, where their sources tell
    it: a count refuted in the places' own days but borne out on that clock is open. `parts`
    gives each main claim's part of the day against the count's (same | other | open,
    dayparts.compare, on the day the count comes to): a count with a part ("sáng hôm sau") the
    days bear out is borne out where every main claim's source gives that part, refuted where
    every one gives another, and open otherwise (`relative-part`)."""
    if rel.bounded and not rel.anchored:
        return Decision(NEI, "relative-bounded", tuple(mains))
    if not rel.anchored and rel.days == 0:
        return _same_day(mains)
    if {c.id for c in anchors} & {c.id for c in mains}:
        # "met Orbán less than a day after arriving": an anchor read as the main event's own
        # claims (no verb of its own, a place they share) is no other event to count from
        return Decision(NEI, "relative-self", tuple(mains))
    if rel.bounded:
        return _within_bound(rel, anchors, mains)
    anchor, main = _one_day(anchors), _one_day(mains)
    if anchor is None or main is None:
        return Decision(NEI, "relative-undated", tuple(anchors) + tuple(mains))
    claims = tuple(anchors) + tuple(mains)
    if rel.days == 0:
        return _shared_day({anchor, main}, claims)
    if main - anchor == dt.timedelta(days=rel.days):
        if not rel.part:
            return Decision(SUPPORTED, "relative-date", claims)
        # "tối hôm sau": the day is borne out, its part only by what the sources say of it
        found = {(parts or {}).get(c.id, "open") for c in mains}
        if found == {"same"}:
            return Decision(SUPPORTED, "relative-part-said", claims)
        if found == {"other"}:
            return Decision(CONTRADICTED, "relative-part-said", claims)
        return Decision(NEI, "relative-part", claims)
    if home and borne_on_clock(rel.days, anchors, mains, home):
        # "Hôm sau khi gặp Orbán, ... điện đàm với ông Leahy": a morning meeting and an
        # afternoon call of one day in Washington are a day apart in Hanoi
        return Decision(NEI, "relative-clock", claims)
    return Decision(CONTRADICTED, "relative-date", claims)


def _within_bound(
    rel: RelativeDate, anchors: Sequence[ClaimView], mains: Sequence[ClaimView]
) -> Decision:
    """Whether the main event fell within the bound said from the anchor ("less than three
    weeks after visiting Cambodia", "hơn hai ngày sau"), by every day the claims give each event:
    their first and last days (a stay, or a month part the source gives) set the fewest and the
    most days between the two, widened by a day each way for the clock the statement may count
    in. A bound all of those fall within (and on the side of the anchor said) bears it out; one
    none of them can meet refutes it; an `open` one ("about", "khoảng"), an event the claims do
    not date, or days on both sides of the bound decide nothing."""
    claims = tuple(anchors) + tuple(mains)
    if rel.bound not in ("upper", "lower") or not anchors or not mains:
        return Decision(NEI, "relative-bounded", claims)
    if any(c.time_start is None or c.time_end is None for c in claims):
        return Decision(NEI, "relative-bounded", claims)
    first = min(c.time_start for c in anchors if c.time_start is not None)
    last = max(c.time_end for c in anchors if c.time_end is not None)
    since = min(c.time_start for c in mains if c.time_start is not None)
    until = max(c.time_end for c in mains if c.time_end is not None)
    # days from the anchor to the main event, counted the way the statement counts (before
    # the anchor for a negative offset), a day wider each way for another clock
    fewest, most = ((since - last).days, (until - first).days)
    if rel.days < 0:
        fewest, most = ((first - until).days, (last - since).days)
    fewest, most, limit = fewest - 1, most + 1, abs(rel.days)
    within = fewest > 0 and most < limit if rel.bound == "upper" else fewest > limit
    beyond = fewest > limit if rel.bound == "upper" else most < limit
    if within:
        return Decision(SUPPORTED, "relative-bound", claims)
    if beyond:
        return Decision(CONTRADICTED, "relative-bound", claims)
    return Decision(NEI, "relative-bounded", claims)


def borne_on_clock(
    days: int, anchors: Sequence[ClaimView], mains: Sequence[ClaimView], home: Mapping[str, dt.date]
) -> bool:
    """Whether every claim of each event falls on one day on the home clock, `days` apart."""
    anchor = {home.get(c.id) for c in anchors}
    main = {home.get(c.id) for c in mains}
    if len(anchor) != 1 or len(main) != 1 or None in anchor | main:
        return False
    (first,), (then,) = anchor, main
    assert first is not None and then is not None
    return (then - first).days == days


def _shared_day(days: set[dt.date], claims: tuple[ClaimView, ...]) -> Decision:
    """Whether events on `days` (each the claims' local day) fell on one day: a day apart may
    be one day in the time of another place, which the statement may count in."""
    gap = (max(days) - min(days)).days
    if gap == 1:
        return Decision(NEI, "relative-zone", claims)
    return Decision(SUPPORTED if gap == 0 else CONTRADICTED, "relative-date", claims)


def _same_day(mains: Sequence[ClaimView]) -> Decision:
    """ "Called Daines and Leahy on the same day": the statement's acts, each with its other
    parties, share a day. Two acts at least, each put on one day by its claims."""
    acts: dict[frozenset[str], set[dt.date | None]] = {}
    for c in mains:
        day = c.time_start if c.time_start == c.time_end else None
        acts.setdefault(frozenset(c.entities() - {c.subject}), set()).add(day)
    days = {d for found in acts.values() for d in found if d is not None}
    if len(acts) < 2 or any(len(found) != 1 or None in found for found in acts.values()):
        return Decision(NEI, "relative-undated", tuple(mains))
    return _shared_day(days, tuple(mains))

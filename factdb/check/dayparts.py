"""A part of the day said with a date ("the evening of February 19", "sáng 19/2 giờ Hà Nội"),
against the part of the day the sources give the claim's event.

Claims carry days, not parts of them; the sources often say more ("sáng 19/2 (giờ địa
phương)"), so a claim's part of the day is read from the sentence of its source span by the
statement reader itself (Judge reads it; nothing here retrieves). Which words name a part of
the day, and which part, is language data (`day_parts` in factdb/lexicon/<lang>/statements.yaml);
a clock time ("8pm", "16:00") is a part only against a source's part on the same clock
(`clock_hours`: refuted where every hour it may be lies outside that part).

The rule (`compare`), for one claim whose source gives a part of the day:

* `same`: the statement gives that part, in no zone or in the source's (its "local time" being
  where the claim happened, or that place's country): borne out. Not in no zone where the
  source tells the part of another day than the statement's (`DayPart.day`).
* `other`: another part in the source's zone: refuted ("evening, Washington time" of a meeting
  the source puts in the morning, local time).
* `open`: anything else: another part in no zone (a morning in Washington is an evening in
  Hanoi), another zone, a clock time (unless it is `other` on the source's clock), or a source
  that gives no part of the day.

A date said in a zone a day apart from the claim's (`apart_on_one_clock`) is set on one clock
with the source's, where the source names its zone: days that share no hour are other days.
Where the source gives the part of the day in local time, a day said on another place's clock
is the claim's day there only if that part falls within it (`within_said_day`): "ngày 20/2 giờ
Hà Nội" of a call on the afternoon of 19 February in Washington.

Where the source gives a part in local time, the place has a time zone and the statement gives
its part in another known zone, the two are set on one clock (`across_zones`, with the zones and
the hours of each part in factdb/lexicon/world/zones.yaml): "tối 19/2 giờ Hà Nội" is the morning
of February 19 in Washington (`same`), "sáng 19/2 giờ Hà Nội" the evening of the 18th there
(`other`). A part in no zone is read in each clock the statement may mean (the place's own,
and that of the sources' press): `other` only if it is another part in each, and no hour the
statement's word may stretch to (`reach`: "5 in the morning", "1 giờ sáng") is the source's.
A source's part in a named zone ("ngày 18/2 (sáng nay giờ Hà Nội)") is set on that zone's clock
on the day it tells, and stretches as the statement's does: the press's morning may be its
early hours.
A claim with no
place of its own is in the place of its occasion (a call during a summit).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from functools import cache

from factdb.check.clauses import breaks_clause
from factdb.check.dates import told_days
from factdb.check.statement import Cue, ParsedStatement, inside_act
from factdb.extract.dates import DateSpan, placed_days
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.records import dataclass
from factdb.text.covered import overlaps, within
from factdb.text.fold import fold
from factdb.text.tokens import holds_phrase, phrase_spans, phrase_starts, word_keys

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

CLOCK = "clock"  # the target of a clock time: no part this module compares


@dataclass(frozen=True)
class DayPart:
    part: str  # morning | afternoon | evening | night | clock
    text: str
    # None: no zone given; empty: "local time" (where it happened); else the places named
    # ("giờ Hà Nội", "Washington time").
    zone: frozenset[str] | None
    # The day the part is of on the clock of `zone`, where a source tells it by the day it was
    # published ("sáng nay giờ Hà Nội" in a paper of 19 February: told_day_part), which may not
    # be the claim's day (the call "ngày 18/2" in Washington). None: the claim's own day.
    day: dt.date | None = None


def read_day_part(parsed: ParsedStatement) -> DayPart | None:
    """The part of the day a parsed text gives with a date, with its time zone if it names one."""
    cue = parsed.day_part
    if cue is None:
        return None
    return DayPart(cue.target, cue.text, zone_of(parsed))


def act_day_part(parsed: ParsedStatement, acts: Collection[str]) -> DayPart | None:
    """The part of the day a parsed text gives the act of one of the predicates `acts`: the one
    it gives with a date (read_day_part), unless it gives parts of more than one kind ("phoned
    Leahy on the afternoon of Feb. 19 and met Orbán in the morning", "Sáng 19/2 gặp ..., chiều
    điện đàm ..."). Each part is then the act's whose verb stands before it in its clause, or,
    with none there, right after it (a part heading its clause: "..., and in the afternoon he
    phoned Leahy"; `_part_owner`): the part of one of `acts` alone, or None where none is, or
    more than one kind (tests/test_day_parts_per_act.py)."""
    said = read_day_part(parsed)
    parts = [c for c in parsed.grammar if c.kind == "day_part" and c.target in _clock()["hours"]]
    if said is None or len({c.target for c in parts}) < 2:
        return said
    own = {c.target: c for c in parts if _part_owner(parsed, c) in acts}
    if len(own) != 1:
        return None
    (cue,) = own.values()
    return DayPart(cue.target, cue.text, zone_of(parsed))


def _part_owner(parsed: ParsedStatement, part: Cue) -> str | None:
    """The predicate of the act a part of the day is said of: the verb nearest before it with no
    clause's end (parse.breaks_clause) and no word joining another act (`list_joiners` in
    lexicon/<lang>/statements.yaml: "and", "và") between them, else the first after it with no
    such word between (a comma may end the part's own phrase: "Sáng 19/2, Tô Lâm gặp ..."). A
    verb inside a date or a part's own words ("chiều cùng ngày") is no act's."""
    aside = [(d.start, d.end) for d in parsed.dates]
    aside += [(c.start, c.end) for c in parsed.grammar if c.kind == "dateless_day_part"]
    verbs = sorted(
        (t for t in parsed.triggers if t.kind == "trigger" and not overlaps(t.start, t.end, aside)),
        key=lambda t: t.start,
    )
    joiners = phrase_keys("statements", "list_joiners", (parsed.lang,))
    keys = [(k, s) for k, s, _ in parsed.tokens.words()]

    def joined(start: int, end: int) -> bool:
        between = [k for k, s in keys if start <= s < end]
        return any(holds_phrase(between, j) for j in joiners)

    before = [v for v in verbs if v.end <= part.start]
    if before and not (
        breaks_clause(parsed, before[-1].end, part.start) or joined(before[-1].end, part.start)
    ):
        return before[-1].target
    after = [v for v in verbs if v.start >= part.end]
    if after and not joined(part.end, after[0].start):
        return after[0].target
    return None


def told_day_part(parsed: ParsedStatement, published: dt.date | None) -> DayPart | None:
    """A part of the day a source tells by the day it was published, next to a word of
    `told_days` ("sáng nay giờ Hà Nội", "yesterday afternoon, Hanoi time"), with that day: the
    day of publication, counted on, is the day on the clock of the press of its language
    (zones.yaml `home`). So only a part said on that clock is told a day: on another, or on
    none, the day of publication is not that clock's. None where it tells none."""
    zone = zone_of(parsed)
    clock = _clock()
    if published is None or not zone:
        return None
    if {clock["zones"].get(place) for place in zone} != {clock["home"].get(parsed.lang)}:
        return None
    for cue, _, _, days in told_parts(parsed):
        return DayPart(cue.target, cue.text, zone, published + dt.timedelta(days=days))
    return None


def told_parts(parsed: ParsedStatement) -> list[tuple[Cue, int, int, int]]:
    """Each part of the day with a word of `told_days` right next to it ("sáng nay", "this
    morning", "yesterday afternoon"), nothing but spaces between, or a word that tells both
    ("tonight": `told_parts`): the part's cue, the told word's span and its offset in days
    from the day of writing."""
    text = parsed.text
    words = parsed.tokens.words()
    found = []
    for cue in parsed.grammar:
        if cue.kind != "day_part" or cue.target not in _clock()["hours"]:
            continue
        # the words on each side of the part, told only with nothing but spaces between
        after = [(k, start, end) for k, start, end in words if start >= cue.end]
        before = [(k, start, end) for k, start, end in words if end <= cue.start]
        next_to_after = bool(after) and not text[cue.end : after[0][1]].strip()
        next_to_before = bool(before) and not text[before[-1][2] : cue.start].strip()
        for said, days in told_days(parsed.lang):
            ahead = after[: len(said)] if next_to_after else []
            behind = before[-len(said) :] if next_to_before else []
            told = next(
                (w for w in (ahead, behind) if w and tuple(k for k, _, _ in w) == said), None
            )
            # the "qua" of "thông qua sáng thứ Năm" is the act's word, not "yesterday"
            if told is not None and not inside_act(parsed, told[0][1], told[-1][2]):
                found.append((cue, told[0][1], told[-1][2], days))
                break
    keys = [k for k, _, _ in words]
    for said, (days, part) in _told_part_words(parsed.lang).items():
        for i in phrase_starts(keys, said):
            start, end = words[i][1], words[i + len(said) - 1][2]
            found.append((Cue("day_part", part, text[start:end], start, end), start, end, days))
    return found


def undated_told(parsed: ParsedStatement) -> list[tuple[int, int]]:
    """The words of the statement that tell a part of a day by its day of writing ("sáng nay",
    "this evening", "tonight": told_parts) where no date was read over them: the statement
    gives no day of writing (no dateline, relative.told_from_report), so they name a morning no
    one can place. A source's own "sáng nay" is its day of publication, not the statement's:
    such words are a detail no claim's words account for (accounting.details). Each is given
    whole with its part ("This morning"). A told word alone (`told_alone`: "today", "hôm nay")
    is such a day only before the statement's first act ("Hôm nay TBT điện đàm với ..."); after
    it, it also says "now" ("funding still maintained today"). A trigger inside the word is the
    word's ("ngày" of "Ngày mai, TBT sẽ ..."), no act before it. So is a week, month or year
    told by the day of writing (`written_frames`: "năm nay", "last year", "năm kia"), wherever
    it stands: none says "now"."""
    dated = [(d.start, d.end) for d in parsed.dates]
    told = [(min(c.start, s), max(c.end, e)) for c, s, e, _ in told_parts(parsed)]
    alone = phrase_spans(parsed.tokens.words(), phrase_keys("dates", "told_alone", (parsed.lang,)))
    acts = [
        t.start
        for t in parsed.triggers
        if t.kind == "trigger" and not overlaps(t.start, t.end, alone)
    ]
    told += [(s, e) for s, e in alone if acts and e <= min(acts)]
    told += written_frames(parsed)
    told = [(s, e) for s, e in told if not overlaps(s, e, dated)]
    # a word told twice, alone and with its part ("Sáng hôm kia"), is given once, whole
    return sorted({t for t in told if not within(*t, [o for o in told if o != t])})


def written_frames(parsed: ParsedStatement, dated_too: bool = False) -> list[tuple[int, int]]:
    """The spans of the weeks, months and years the statement tells by its day of writing
    (`present_frames` and `past_frames` in lexicon/<lang>/dates.yaml but the time before the
    present, and `told_periods`: "năm nay", "last year", "năm kia"), outside names ("Việt Nam
    nay" holds no "năm nay" once folded) and counts ("30 năm nay": for thirty years now) and,
    unless `dated_too`, outside a clause that gives a date of its own ("tháng 2 năm nay", "in
    February this year": the frame only places that date, read in the sources' year as any
    date without one)."""
    words = parsed.tokens.words()
    named = [(m.start, m.end) for m in (*parsed.entities, *parsed.quantities)]
    found = [
        s for s in phrase_spans(words, _written_frames(parsed.lang)) if not overlaps(*s, named)
    ]
    if dated_too:
        return found
    return [s for s in found if not dated_clause(parsed, *s)]


def dated_clause(parsed: ParsedStatement, start: int, end: int) -> bool:
    """Whether the clause holding `start`-`end` gives a date of its own (parse.breaks_clause:
    no clause ends between them)."""
    return any(
        not breaks_clause(parsed, min(end, d.end), max(start, d.start)) for d in parsed.dates
    )


@cache
def _written_frames(lang: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of `lang`'s frames told by the day of writing (`written_frames`)."""
    data = load_lexicon(lang, "dates")
    frames = {**(data.get("present_frames") or {}), **(data.get("past_frames") or {})}
    said = [str(p) for p, period in frames.items() if period != "past"]
    said += [str(p) for p in data.get("told_periods") or ()]
    return tuple(word_keys(p) for p in said)


@cache
def _told_part_words(lang: str) -> dict[tuple[str, ...], tuple[int, str]]:
    """The words that tell a part of the day with its day ("tonight": `told_parts` in
    lexicon/<lang>/dates.yaml), folded, with the offset in days and the part."""
    told = load_lexicon(lang, "dates").get("told_parts") or {}
    return {word_keys(str(w)): (int(days), str(part)) for w, (days, part) in told.items()}


def zone_of(parsed: ParsedStatement) -> frozenset[str] | None:
    """The places whose clock a parsed text dates things in ("giờ Hà Nội", "Washington time"):
    empty for "local time", None when it names no zone."""
    zone = parsed.local_time
    if zone is None:
        return None
    if zone.kind == "dateline":
        return frozenset({zone.target})  # a dateline's city (relative.told_from_report)
    return frozenset(
        eid for m in parsed.entities if zone.start <= m.start and m.end <= zone.end for eid in m.ids
    )


def _same_zone(
    said: frozenset[str], source: frozenset[str], where: str | None, capitals: Mapping[str, str]
) -> bool:
    """Whether two zones are one: both local, two names of one clock ("giờ Việt Nam" of a
    source's "giờ Hà Nội": one_clock), or a named place that is where it happened (or its
    country: "US time" of a meeting in Washington)."""
    if said == source or one_clock(said, source):
        return True
    local = {where, capitals.get(where or "")} - {None}
    return (not source and bool(said) and said <= local) or (
        not said and bool(source) and source <= local
    )


def one_clock(said: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two named zones are one clock: their places keep one time (zones.yaml: Hanoi's
    and Vietnam's). Local time, or a place the clock does not know, is no named clock."""
    names = _clock()["zones"]
    clocks = {names.get(place) for place in said | other}
    return bool(said) and bool(other) and len(clocks) == 1 and None not in clocks


def compare(
    said: DayPart,
    source: DayPart | None,
    where: str | None,
    capitals: Mapping[str, str],
    when: tuple[DateSpan, dt.date] | None = None,
    lang: str = "",
) -> str:
    """same | other | open, as the module docstring says. `when` is the statement's date and
    the claim's day, for setting a part said in another zone on the source's clock."""
    if source is None or source.part == CLOCK:
        return "open"
    if said.part == CLOCK:
        # a clock on the source's own clock ("at 15:00 local time" of a morning meeting) is
        # another part only where every hour it may be lies outside the source's part
        same_clock = said.zone is not None and source.zone is not None
        if not same_clock or not _same_zone(said.zone, source.zone, where, capitals):
            return "open"
        lo, hi = _clock()["hours"][source.part]
        hours = clock_hours(said.text)
        outside = all(not lo - LOOSE_HOURS <= h % 24 < hi + LOOSE_HOURS for h in hours)
        return "other" if hours and outside else "open"
    # a part the source tells of another day than the statement's ("ngày 18/2 (sáng nay giờ Hà
    # Nội)": the 19th's morning there) is not the statement's day's part
    told_elsewhere = source.day is not None and (when is None or day_said(*when) != source.day)
    # a narrower part than the source's ("rạng sáng" of its "sáng") is in it, not borne out
    same = "open" if _narrower(said, source) else "same"
    if said.zone is None and said.part == source.part and not told_elsewhere:
        return same
    if (
        said.zone is not None
        and source.zone is not None
        and _same_zone(said.zone, source.zone, where, capitals)
    ):
        return same if said.part == source.part else "other"
    if when is None or source.zone is None:
        return "open"
    return across_zones(said, source, where, when, lang)


# A clock time: its hour, its minutes, and "a"/"p" where it says which half of the day.
CLOCK_TIME = re.compile(r"(\d{1,2})\s*(?:[:h.](\d\d))?\s*(?:([ap])\.?\s*m\b)?", re.I)
HALF_DAY = 12


def clock_hours(text: str) -> list[float]:
    """The hours of the day a clock time may be ("15:00": 15; "3 p.m.": 15; "09:00": 9): a
    time of twelve hours or fewer with no a.m./p.m. and no leading zero ("at 9:30", "9h") may be
    either half of the day, and is both. None where the text holds no hour."""
    m = CLOCK_TIME.search(text)
    if m is None or int(m.group(1)) > 24:
        return []
    hour = int(m.group(1)) + int(m.group(2) or 0) / 60
    half = (m.group(3) or "").lower()
    if half:
        return [hour % HALF_DAY + (HALF_DAY if half == "p" else 0)]
    if hour > HALF_DAY or m.group(1).startswith("0"):
        return [hour]
    return [hour, hour + HALF_DAY]


# How far past a part's hours the statement's may run and still be that part (their edges are
# loose: factdb/lexicon/world/zones.yaml). Parts that share any hour are never different.
LOOSE_HOURS = 1


@cache
def _clock() -> dict:
    return load_lexicon("world", "zones")


def zone_name(place: str) -> str | None:
    """The clock (an IANA zone name) the place `place` keeps, by zones.yaml, if it knows one."""
    return _clock()["zones"].get(place)


def _cue_hours(part: DayPart) -> list[int] | None:
    """The hours of a part's word where it names an edge of its part ("rạng sáng"), else None."""
    edges = {fold(k): v for k, v in (_clock().get("cue_hours") or {}).items()}
    return edges.get(fold(part.text).strip().lower())


def _narrower(said: DayPart, source: DayPart) -> bool:
    """Whether the statement's word names an edge of its part ("rạng sáng", "dawn": cue_hours
    in zones.yaml) whose hours are not all within those of the source's word: the source's
    morning does not tell its dawn."""
    edge = _cue_hours(said)
    if edge is None:
        return False
    told = _cue_hours(source) or _clock()["hours"].get(source.part)
    return told is None or not (told[0] <= edge[0] and edge[1] <= told[1])


def _zone(name: str | None) -> ZoneInfo | None:
    if name is None:
        return None
    # Imported here: only a statement that sets a part of the day against another place's
    # clock reads a zone, and zoneinfo (with sysconfig) costs every fresh check 2.5 ms.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # a system without that zone's data: no clock, so the part stays open


def _clock_of(zone: frozenset[str]) -> ZoneInfo | None:
    """The one clock the named places of a zone keep, or None (several, or one not known)."""
    names = {_clock()["zones"].get(place) for place in zone}
    return _zone(names.pop()) if len(names) == 1 else None


def part_hours(
    source: DayPart | None, on: dt.date, where: str | None
) -> tuple[dt.datetime, dt.datetime] | None:
    """The part of the day `on` that a source gives a claim, as an interval of absolute time: on
    its own clock, the local time of `where` or the zone it names on the day it tells. None
    where it gives none, a clock time, or a clock the zones do not know."""
    if source is None or source.part not in _clock()["hours"]:
        return None
    told = _told_clock(source, where)
    return None if told is None else _hours(source, source.day or on, told)


def _told_clock(source: DayPart, where: str | None) -> ZoneInfo | None:
    """The clock a source gives its part of the day on: the zone it names, or the local time of
    `where`."""
    return _clock_of(source.zone) if source.zone else _zone(_clock()["zones"].get(where or ""))


def day_said(date: DateSpan, on: dt.date) -> dt.date | None:
    """The first day of a statement's date, one without a year placed in the claim's year, a
    day of an unsaid month ("on the 19th", "hôm 19") in the claim's month (as
    rules.compare_time places it), so that it is set on the same clocks as a full date."""
    return (placed_days(date, (on, on)) or (None,))[0]


def _hours(
    part: DayPart, day: dt.date, zone: ZoneInfo, reach: bool = False
) -> tuple[dt.datetime, dt.datetime]:
    """The part of `day` in `zone`, as an interval of absolute time: the hours of its words
    where they are an edge of the part ("rạng sáng"), else the part's, or with `reach` every
    hour its name may be stretched to (zones.yaml `reach`: "5 in the morning")."""
    clock = _clock()
    hours = clock["hours"][part.part]
    if reach:
        hours = (clock.get("reach") or {}).get(part.part, hours)
    start, end = _cue_hours(part) or hours
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=zone)
    return midnight + dt.timedelta(hours=start), midnight + dt.timedelta(hours=end)


def across_zones(
    said: DayPart, source: DayPart, where: str | None, when: tuple[DateSpan, dt.date], lang: str
) -> str:
    """The statement's part of its day, read in each clock it may mean, against the source's
    part of the claim's day in the local time of `where` (the module docstring)."""
    clock = _clock()
    local = _zone(clock["zones"].get(where or ""))
    date, on = when
    first = day_said(date, on)
    told = _told_clock(source, where)
    if told is None or source.part not in clock["hours"] or said.part not in clock["hours"]:
        return "open"
    if first is None or date.grain != "day" or abs((first - on).days) > 1:
        return "open"
    if said.zone is None:
        readings = [local, _zone(clock["home"].get(lang))]
    else:
        readings = [_clock_of(said.zone) if said.zone else local]
    if not readings or None in readings:
        return "open"
    lo, hi = _hours(source, source.day or on, told)
    # a part the source gives on another clock than where it happened stretches as the
    # statement's does: the press's "sáng nay giờ Hà Nội" may be its early hours
    low, high = _hours(source, source.day or on, told, reach=bool(source.zone))
    loose = dt.timedelta(hours=LOOSE_HOURS)
    found = set()
    for zone in readings:
        assert zone is not None
        start, end = _hours(said, first, zone)
        shared = min(end, hi) - max(start, lo)
        # another part only if no hour the statement's word may stretch to is one the source's
        # may: "sáng 20/2 giờ Hà Nội" may be the early hours of a call the afternoon before in
        # Washington (0-6 on Hanoi's clock), as "5 giờ sáng" is
        far, near = _hours(said, first, zone, reach=True)
        if min(near, high) - max(far, low) <= dt.timedelta(0):
            found.add("other")
        elif shared <= dt.timedelta(0):
            found.add("open")
        elif lo - loose <= start and end <= hi + loose:
            found.add("same")
        else:
            found.add("open")
    return found.pop() if len(found) == 1 else "open"


def apart_on_one_clock(
    said_zone: frozenset[str],
    said_day: dt.date,
    source_zone: frozenset[str],
    on: dt.date,
    where: str | None,
    capitals: Mapping[str, str],
) -> bool:
    """Whether the statement's day in the zone it names (`said_zone`: its places, empty for
    "local time") and the claim's day `on` in the zone its source dates it in (`source_zone`,
    empty for the local time of `where`) share no hour: "Feb 19, Washington time" of a call its
    source puts on 18 February, Hanoi time (the evening of the 17th in Washington), or "18/2
    theo giờ Mỹ" of a call on the afternoon of 19 February, local time, in Washington. In one
    zone the days differ; a zone the clock does not know (a country spanning several) decides
    nothing."""
    if _same_zone(said_zone, source_zone, where, capitals):
        return said_day != on
    local = frozenset({where}) if where is not None else frozenset()
    said_clock, source_clock = _clock_of(said_zone or local), _clock_of(source_zone or local)
    if said_clock is None or source_clock is None:
        return False
    day = dt.timedelta(days=1)
    said = dt.datetime(said_day.year, said_day.month, said_day.day, tzinfo=said_clock)
    known = dt.datetime(on.year, on.month, on.day, tzinfo=source_clock)
    return said + day <= known or known + day <= said


def within_said_day(
    said_zone: frozenset[str], said_day: dt.date, source: DayPart, on: dt.date, where: str | None
) -> bool | None:
    """Whether the part of the day `on` that the source gives the claim in the local time of
    `where` ("Chiều 19-2 (theo giờ địa phương)" in Washington) falls wholly within the day the
    statement gives on the clock it names (`said_zone`: "ngày 20/2 giờ Hà Nội", 00:00-06:00
    there). True: the claim's day on that clock, borne out; False: a part of it on another
    day, so the figure said is not the claim's day there. None where nothing can be set on one
    clock: a source's part in a named zone (it may be another day's: "ngày 18/2 (sáng nay giờ
    Hà Nội)"), a zone the clock does not know, or one naming several clocks."""
    clock = _clock()
    if source.zone or source.part not in clock["hours"]:
        return None
    said_clock = _clock_of(said_zone)
    local = _zone(clock["zones"].get(where or ""))
    if said_clock is None or local is None:
        return None
    lo, hi = _hours(source, on, local)
    start = dt.datetime(said_day.year, said_day.month, said_day.day, tzinfo=said_clock)
    return start <= lo and hi <= start + dt.timedelta(days=1)


def home_clock_day(
    source: DayPart | None, on: dt.date, where: str | None, lang: str
) -> dt.date | None:
    """The one day on the clock of the sources' press (`home`) that the part of the day `on` the
    source gives the claim falls wholly within: its local time's part set on that clock ("chiều
    19/2 (giờ địa phương)" in Washington is the 20th in Hanoi), or the day a source tells on that
    clock itself ("sáng nay giờ Hà Nội"). None where no part is given, or it spans two days."""
    clock = _clock()
    home = clock["home"].get(lang)
    if source is None or source.part not in clock["hours"] or home is None:
        return None
    if source.zone:
        told = {clock["zones"].get(place) for place in source.zone} == {home}
        return source.day if told else None
    local, there = _zone(clock["zones"].get(where or "")), _zone(home)
    if local is None or there is None:
        return None
    lo, hi = _hours(source, on, local)
    first, last = lo.astimezone(there), (hi - dt.timedelta(microseconds=1)).astimezone(there)
    return first.date() if first.date() == last.date() else None


def home_day_meets(
    said_day: dt.date, lang: str, source: DayPart | None, on: dt.date, where: str | None
) -> bool:
    """Whether a day said in no zone, read on the clock of the sources' press
    (`home`: "20/2" in a Vietnamese paper is Hanoi's day), shares an hour with the part of the
    day `on` the source gives the claim in its local time (`source`), or with the whole of
    that day where the source gives no part: the afternoon of 19 February in Washington is
    the morning of the 20th in Hanoi, so "on February 20" may be right. A source's part in
    another zone, or a clock not known, decides nothing (False)."""
    clock = _clock()
    if source is not None and (source.zone or source.part not in clock["hours"]):
        return False
    local, home = _zone(clock["zones"].get(where or "")), _zone(clock["home"].get(lang))
    if local is None or home is None:
        return False
    if source is None:
        lo = dt.datetime(on.year, on.month, on.day, tzinfo=local)
        hi = lo + dt.timedelta(days=1)
    else:
        lo, hi = _hours(source, on, local)
    start = dt.datetime(said_day.year, said_day.month, said_day.day, tzinfo=home)
    return start < hi and lo < start + dt.timedelta(days=1)

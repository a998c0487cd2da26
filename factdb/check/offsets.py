"""One place's clock set against another's: "Because Hanoi is 12 hours ahead of Washington in
February, the call fell on Feb. 20, Vietnam time", "Vì Hà Nội đi trước Washington 12 tiếng, ...".

A clause of its own (between the statement's edges and a comma or a semicolon) that holds one
of the words of `clock_offsets` in lexicon/<lang>/dates.yaml, a count of hours (a figure in
hours, or a bare number before a word of `offset_hours`) and two places whose clocks the zones
know (lexicon/world/zones.yaml), and no act, no other name or figure and no denial, says how far
apart the two clocks are. That is no fact of the sources: it is the clocks' own, read with the
standard library's zoneinfo on the days the clause gives ("in February"), or else on the days the
rest of the statement gives (the act's date), in the sources' year where none is said. Read
whole, its words would be details no claim says, its "ahead of" an order ("before Washington")
and its month a date of the act (`Judge.judge`, `ClockOffset`; tests/test_clock_offsets.py).

Borne out on every one of those days, the clause is set aside and the rest judged alone. Borne
out on none, the statement says something of the clocks that is not so: the rest refuted by the
claims still refutes it, but it is never borne out. Borne out on some of the days only (a period
across a change to summer time), or with no day said, the statement is read as it stands.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from factdb.check.dayparts import zone_name
from factdb.check.statement import Mention, ParsedStatement
from factdb.extract.dates import DateSpan, in_year
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import Vocabulary
from factdb.records import dataclass
from factdb.text.tokens import phrase_starts, word_keys

# What ends the clause that sets one clock against another: the next clause.
CLAUSE_BREAKS = ",;"
# What closes the statement, left out of a clause that ends it.
SENTENCE_END = " .!?"
# The ways the first place's clock is said to stand against the second's, with the sign of the
# hours from the first's offset to the second's (`apart`: either way).
SIGNS = {"ahead": 1, "behind": -1, "apart": 0}
HOUR = "hour"
# The hour of each day its offsets are read at, on the universal clock: a clock changes to or
# from summer time at night, so a day's noon there has the offset of most of the day.
NOON = dt.time(12, tzinfo=dt.UTC)


@dataclass(frozen=True)
class ClockOffset:
    """The clause that sets two clocks apart: its span in the statement (with the comma that
    joins it to the rest), its words, the zones of the place before the offset's words and of
    the one after, the hours said, their sign (SIGNS) and the dates that say when."""

    start: int
    end: int
    said: str
    first: str
    second: str
    hours: float
    sign: int
    dates: tuple[DateSpan, ...]

    def rest(self, text: str) -> str:
        """The statement without the clause, its offsets kept (the clause as spaces)."""
        return text[: self.start] + " " * (self.end - self.start) + text[self.end :]

    def holds(self, year: int | None) -> bool | None:
        """Whether the clocks stand as said on every day of the clause's dates (True), on none
        (False), or on some only or no day at all (None); a date without a year is placed in
        `year`, the sources' (None: no day)."""
        said = {_apart(self.first, self.second, day) for day in _days(self.dates, year)}
        if not said:
            return None
        fits = {(hours * self.sign if self.sign else abs(hours)) == self.hours for hours in said}
        return fits.pop() if len(fits) == 1 else None


def read_offset(parsed: ParsedStatement, vocab: Vocabulary) -> ClockOffset | None:
    """The clause of `parsed` that sets two clocks apart (the module docstring), or None."""
    words = parsed.tokens.words()
    keys = [k for k, _, _ in words]
    text = parsed.text
    for kind, phrases in _offset_words(parsed.lang).items():
        for phrase in phrases:
            for i in phrase_starts(keys, phrase):
                start, end = _clause(text, words[i][1])
                if start == 0 and end == len(text.rstrip(SENTENCE_END)):
                    continue  # nothing else is said: the clocks alone are no claim's
                found = _read_clause(parsed, vocab, (start, end), words[i][1], kind)
                if found is not None:
                    return found
    return None


def _read_clause(
    parsed: ParsedStatement, vocab: Vocabulary, span: tuple[int, int], at: int, kind: str
) -> ClockOffset | None:
    """The offset said in the clause `span` whose offset words stand at `at`, or None where the
    clause says anything else or does not name two clocks and the hours."""
    start, end = span

    def inside(first: int, last: int) -> bool:
        return start <= first and last <= end

    if parsed.negation is not None and inside(parsed.negation.start, parsed.negation.end):
        return None
    if any(t.kind == "trigger" and inside(t.start, t.end) for t in parsed.triggers):
        return None
    names = [m for m in parsed.entities if inside(m.start, m.end)]
    figures = [q for q in parsed.quantities if inside(q.start, q.end)]
    if len(names) != 2 or len(figures) != 1:
        return None
    (figure,) = figures
    if figure.low is None or figure.low != figure.high or not _in_hours(parsed, figure, end):
        return None
    zones = [_clock(vocab, m) for m in names]
    if None in zones or len(set(zones)) != 2:
        return None
    first, second = (str(z) for z in zones)
    # "ahead of", "behind": the place before the words against the one after
    if SIGNS[kind] and not (names[0].end <= at < names[1].start):
        return None
    own = tuple(d for d in parsed.dates if inside(d.start, d.end))
    dates = own or tuple(d for d in parsed.dates if not inside(d.start, d.end))
    # the comma that joins the clause to the rest goes with it
    joined = end + 1 if end < len(parsed.text) else end
    cut = (start - 1, end) if start > 0 else (start, joined)
    return ClockOffset(
        cut[0], cut[1], parsed.text[start:end].strip(), first, second, figure.low,
        SIGNS[kind], dates,
    )  # fmt: skip


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around `at`: from the break before it (or the start) to the next (or the end,
    past what closes the sentence)."""
    start = max(text.rfind(c, 0, at) for c in CLAUSE_BREAKS) + 1
    ends = [i for i in (text.find(c, at) for c in CLAUSE_BREAKS) if i != -1]
    end = min(ends) if ends else len(text.rstrip(SENTENCE_END))
    while start < end and text[start] == " ":
        start += 1
    return start, end


def _in_hours(parsed: ParsedStatement, figure: Quantity, end: int) -> bool:
    """Whether `figure` counts hours: a figure in hours ("12 hours"), or a bare number right
    before a word of `offset_hours` ("12 tiếng", "12 giờ", which alone may be the clock's word),
    in the clause that ends at `end`."""
    if figure.unit is not None:
        return figure.unit == HOUR
    after = [k for k, s, _ in parsed.tokens.words() if figure.end <= s < end]
    return any(tuple(after[: len(w)]) == w for w in _hour_words(parsed.lang))


def _clock(vocab: Vocabulary, mention: Mention) -> str | None:
    """The one clock the place `mention` names keeps: the place as written, which the reading of
    a capital as its country's government ("Hanoi" for Vietnam) does not hide, or None."""
    entries = vocab.phrases.entries.get(tuple(word_keys(mention.text)), ())
    places = {*mention.ids, *(e.target for e in entries if e.kind in ("entity", "metonym"))}
    clocks = {zone_name(p) for p in places} - {None}
    return clocks.pop() if len(clocks) == 1 else None


def _apart(first: str, second: str, day: dt.date) -> float:
    """The hours the clock `first` is ahead of `second` on `day`."""
    from zoneinfo import ZoneInfo

    moment = dt.datetime.combine(day, NOON)
    ahead = moment.astimezone(ZoneInfo(first)).utcoffset()
    behind = moment.astimezone(ZoneInfo(second)).utcoffset()
    if ahead is None or behind is None:
        return float("nan")
    return (ahead - behind).total_seconds() / 3600


def _days(dates: tuple[DateSpan, ...], year: int | None) -> list[dt.date]:
    """Every day of `dates`, a date without a year placed in `year` (none where it is None)."""
    days = []
    for date in dates:
        placed = (date.first, date.last) if date.year_known else None
        if placed is None and year is not None:
            placed = in_year(date, year)  # None for a day of an unsaid month, or 29 February
        if placed is not None:
            first, last = placed
            days += [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return days


@cache
def _offset_words(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    return {kind: phrase_keys("dates", "clock_offsets", (lang,), sub=kind) for kind in SIGNS}


@cache
def _hour_words(lang: str) -> tuple[tuple[str, ...], ...]:
    return phrase_keys("dates", "offset_hours", (lang,))

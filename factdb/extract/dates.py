"""Dates in English and Vietnamese statements: days, months, parts of months, quarters, years and
ranges of them.

Words come from ``factdb/lexicon/<lang>/dates.yaml`` (both languages tried at every token);
numeric forms are language-neutral and read day first, as Vietnamese and European writers do:
"19/2/2026", "19-2-2026", "19.2.2026", "2026-02-19", "19/2", "9/2023" (month/year), "3/9/91"
(a two-digit year with slashes: 00-49 is 20xx, 50-99 is 19xx); only a full date that cannot be
day first is read month first ("5/17/2018", "2/18"). A day/month pair needs a day up
to 31 and a month up to 12; written with "-" and no year it also needs a day word ("ngày 19-2",
"on 19-2") or a day above 12, because "3-1" is far more often a score. A bare four-digit number
is a year from 1900 to 2100, or from 1000 to 2999 after a word such as "in" or "năm"; a
number followed by a unit or scale ("2000 người", "2025 tỷ") or preceded by a comparator or a
currency is a quantity, not a date, and so is "1/3" before "of"/"số". A decade ("the 1990s",
"the '90s", "thập niên 1990", "những năm 90") is the window of its ten years, as "between 1990
and 1999" is (`_Parser._decade_at`).

A date without a year takes ``ref.year`` when a reference date is given; otherwise year 1 (4 for
29 February) with ``year_known`` False, and the checker compares month and day only.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from factdb.lexicon import index as lexicon
from factdb.lexicon.index import Entry, stands_at
from factdb.lexicon.kept import kept_by_key
from factdb.records import dataclass
from factdb.text.tokens import DIGITS, OTHER, WORD, Tokens, tokenize

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from factdb.lexicon.index import Phrase


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: int  # offsets into the input string
    end: int
    first: datetime.date  # inclusive bounds of the period the text denotes
    last: datetime.date
    grain: str  # day | month_part | month | quarter | year | range (several days/months)
    year_known: bool  # False when the text gives no year and no ref date was passed
    # A range whose two ends are days ("Feb 17-21", "từ 18 - 20/2"): the dates of a stay, as
    # opposed to a window of months or an open end ("since 2024").
    day_range: bool = False
    # The last day of the date an open end starts from ("since September 2013": 30 September),
    # set by the statement reader (check.parse): a one-off event said to date from it happened then.
    opened_last: datetime.date | None = None
    # A range opened by a word that closes it with "and" ("between Feb. 18 and 20", "giữa 18 và
    # 20/2") or after a window word ("sometime", "trong khoảng"): a window an act fell
    # somewhere in, not days it fell on each of (check.rules.one_day_of_several).
    window: bool = False
    # A list of days ("Feb. 19 and 25", "18, 19 và 20/2", "Feb 19, 20"): days an act fell on,
    # not a stay's first and last (check.rules.stay_dates); a count may follow a comma
    # ("February 19, 20 delegates") where no unit tells it from a day.
    listed: bool = False
    # False for a day of a month the text leaves unsaid ("hôm 20", "on the 19th"): the checker
    # places it in a claim's month only where the claim's time is one month's (in_month).
    month_known: bool = True


def find_dates(text: str, ref: datetime.date | None = None) -> list[DateSpan]:
    """Dates in ``text``: non-overlapping, in text order."""
    spans = []
    for raw in _raw_dates(text):
        span = _resolve(raw, ref)
        if span is not None:
            spans.append(span)
    return spans


_TO_MONTH_END = frozenset({"month", "month_part", "quarter", "year"})  # grains ending with a month


def _month_days(year: int, month: int) -> int:
    """The number of days of `month` in `year`, as calendar.monthrange counts them (importing
    calendar, with locale, costs a fresh check 1.3 ms): ValueError for a month that is not one."""
    if month == 12:
        return 31
    return (datetime.date(year, month + 1, 1) - datetime.date(year, month, 1)).days


def in_year(span: DateSpan, year: int) -> tuple[datetime.date, datetime.date] | None:
    """The period of a year-less `span` placed in `year`, or None when it does not exist there
    (29 February outside a leap year). Total: the checker compares a year-less statement date
    with a claim's year, and any day of any month must give an answer, never an exception. A
    day whose month is unsaid has none (in_month)."""
    if not span.month_known:
        return None
    first, last = span.first, span.last
    year_first, year_last = year - (last.year - first.year), year  # a range keeps its years
    if year_first < datetime.MINYEAR:
        return None
    month_end = last.day == _month_days(last.year, last.month)
    if span.grain in _TO_MONTH_END and month_end:  # "February", "late February"
        last_day = _month_days(year_last, last.month)
    else:
        last_day = last.day
    if first.day > _month_days(year_first, first.month):
        return None
    if last_day > _month_days(year_last, last.month):
        return None
    return first.replace(year=year_first), last.replace(year=year_last, day=last_day)


def in_month(span: DateSpan, on: datetime.date) -> tuple[datetime.date, datetime.date] | None:
    """The day of a `span` whose month is unsaid ("hôm 20") placed in the month of `on`, or
    None where that month has no such day."""
    if span.month_known or span.first.day > _month_days(on.year, on.month):
        return None
    day = on.replace(day=span.first.day)
    return day, day


def placed_in_year(span: DateSpan, year: int) -> tuple[datetime.date, datetime.date] | None:
    """The span's days: its own where the text gives its year, else placed in `year` (in_year:
    None for a day of an unsaid month, and for a day that year lacks)."""
    return (span.first, span.last) if span.year_known else in_year(span, year)


def placed_days(
    span: DateSpan | None, days: tuple[datetime.date, datetime.date] | None
) -> tuple[datetime.date, datetime.date] | None:
    """A statement's date as days, placed against the `days` of a claim or event: one without a
    year in the year they begin in, a day of an unsaid month in their month where they lie in
    one (None where they do not: which month is meant is unknown)."""
    if span is None or days is None:
        return None
    if not span.month_known:
        one_month = (days[0].year, days[0].month) == (days[1].year, days[1].month)
        return in_month(span, days[0]) if one_month else None
    return placed_in_year(span, days[0].year)


def date_token_spans(text: str) -> list[tuple[int, int]]:
    """Token ranges (first, end) of the dates in ``text``, for factdb.extract.quantities to skip."""
    return [(raw.first_tok, raw.end_tok) for raw in _raw_dates(text)]


_BARE_YEARS = (1900, 2100)  # a bare four-digit number in this range is a year
_CUED_YEARS = (1000, 2999)  # after a year word or cue
_NUMERIC_SEPS = frozenset("/-.")
# Marks that may end a day of an unsaid month glued to it ("hôm 20."), unless digits follow.
_DAY_ENDS = frozenset(".,;!?)")


@dataclass(slots=True)
class _Piece:
    grain: str  # day | month | month_part | year | months (a run of months) | bare_day
    year: int | None
    month: int | None = None
    day: int | None = None
    days: tuple[int, int] | None = None  # a part of a month
    months: tuple[int, int] | None = None  # a quarter, half or part of a year
    range_grain: str = "range"  # the grain a "months" piece reports (quarter or range)
    until: int | None = None  # last day of a range of days in one month ("18-20 February")
    listed: bool = False  # a list of days ("16 và 19/2", "Feb. 19, 20 and 21"), not a range
    monthless: bool = False  # a day of a month left unsaid ("hôm 20", "on the 19th")
    # the first and last days of a season of a lunar year ("đầu Xuân Bính Ngọ"), which no month
    # bounds
    period: tuple[datetime.date, datetime.date] | None = None


@dataclass(frozen=True, slots=True)
class _Raw:
    first_tok: int
    end_tok: int
    start: int  # offsets into the text
    end: int
    text: str
    low: _Piece
    high: _Piece | None
    window: bool = False


@lru_cache(maxsize=32)
def _raw_dates(text: str) -> tuple[_Raw, ...]:
    if not text:
        return ()
    toks = tokenize(text)
    if not may_start(toks, _start_keys()):
        return ()
    return tuple(_Parser(toks).run())


def may_start(toks: Tokens, starts: dict[str, tuple[Phrase, ...]]) -> bool:
    """Whether a scanner that starts only at digits and at `starts` (Index.starts) can find
    anything in `toks`: a word starts one only through a phrase written at it, as the scanners
    ask the index ("the" begins "the end of", not "the President"). Most statements give no
    number or date: they are not scanned at all, and a fresh check reads neither index."""
    if DIGITS in toks.kinds:
        return True
    kinds = toks.kinds
    for k, key in enumerate(toks.keys):
        phrases = starts.get(key)
        if phrases is not None and (kinds[k] != WORD or written_at(toks, k, phrases)):
            return True
    return False


def written_at(toks: Tokens, k: int, phrases: tuple[Phrase, ...]) -> bool:
    """Whether one of `phrases` (the ones a start key begins, Index.starts) stands at token k:
    what `Index.at` over their kinds would find, without the entries it lists."""
    return any(stands_at(toks, k, *phrase) for phrase in phrases)


# The phrases a date may begin with (besides digits).
_START_KINDS = (
    "month",
    "weekdays",
    "range_open",
    "part",
    "quarters",
    "halves",
    "day_words",
    "year_words",
    "decade_words",
    "monthless_openers",
    "lunar_periods",
)


@kept_by_key
def _start_keys() -> dict[str, tuple[Phrase, ...]]:
    """Tokens where a date may begin (besides digits), with the phrases that begin there: most
    words are skipped at once. Kept between runs apart from the date index (may_start)."""
    return lexicon.dates().starts(_START_KINDS, frozenset())


def _resolve(raw: _Raw, ref: datetime.date | None) -> DateSpan | None:
    low, high = raw.low, raw.high or raw.low
    known = low.year is not None or high.year is not None or ref is not None
    default = ref.year if ref is not None else 1
    high_year = high.year if high.year is not None else default
    low_year = low.year if low.year is not None else high_year
    try:
        first = _bounds(low, low_year)[0]
        last = _bounds(high, high_year)[1]
        if first > last and low.year is None and raw.high is not None:
            first = _bounds(low, low_year - 1)[0]  # "28 December to 3 January 2026"
    except ValueError:
        if ref is not None or low.month != 2 or low.day != 29 or known:
            return None
        first, last = _bounds(low, 4)  # 29 February of an unknown year
    if first > last:
        return None
    if raw.high is not None or low.until is not None:
        grain = "range"
    else:
        grain = low.range_grain if low.grain == "months" else low.grain
    days = ("day", "bare_day")
    day_range = (raw.high is not None and low.grain in days and high.grain in days) or (
        low.until is not None and low.grain == "day"
    )
    return DateSpan(
        raw.text,
        raw.start,
        raw.end,
        first,
        last,
        grain,
        known,
        day_range,
        window=raw.window and first < last,
        listed=low.listed and not raw.window,  # "between 18 and 20" is a window, not a list
        month_known=not low.monthless,
    )


def _bounds(piece: _Piece, year: int) -> tuple[datetime.date, datetime.date]:
    if piece.period is not None:
        return piece.period
    if piece.grain == "day":
        day = datetime.date(year, piece.month or 1, piece.day or 1)
        return day, day.replace(day=piece.until or day.day)
    if piece.grain == "year":
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if piece.grain == "months" and piece.months is not None:
        first_month, last_month = piece.months
        return (
            datetime.date(year, first_month, 1),
            datetime.date(year, last_month, _month_days(year, last_month)),
        )
    month = piece.month or 1
    end_of_month = _month_days(year, month)
    if piece.grain == "month_part" and piece.days is not None:
        # Days up to 0 count back from the month's end: the last week is [-6, 0].
        first, last = (d if d > 0 else end_of_month + d for d in piece.days)
        return (
            datetime.date(year, month, first),
            datetime.date(year, month, min(last, end_of_month)),
        )
    return datetime.date(year, month, 1), datetime.date(year, month, end_of_month)


WITHIN_WORDS = 4  # the longest window words ("at some point during") in tokens


class _Parser:
    def __init__(self, toks: Tokens) -> None:
        self.toks = toks
        self.keys = toks.keys
        self.kinds = toks.kinds
        self.n = len(toks)
        self.idx = lexicon.dates()
        self.kinds_for = self.idx.kinds_for
        self.numbers = lexicon.numbers()

    def run(self) -> list[_Raw]:
        found: list[_Raw] = []
        i, n, keys, kinds, starts = 0, self.n, self.keys, self.kinds, _start_keys()
        while i < n:
            if (
                keys[i] not in starts if kinds[i] != DIGITS else len(keys[i]) not in (1, 2, 4)
            ):  # a day, a month or a year
                i += 1
                continue
            if kinds[i] == WORD and not written_at(self.toks, i, starts[keys[i]]):
                # A word starts a date only through a phrase of these kinds at it; none is
                # written here ("Nam" of "Việt Nam" is no "năm"): nothing to try.
                i += 1
                continue
            got = self._date_at(i)
            if got is None:
                i += 1
                continue
            found.append(got)
            i = got.end_tok
        return found

    # -- helpers ----------------------------------------------------------------------------

    def _first(self, k: int, kinds: str | tuple[str, ...]) -> Entry | None:
        if k >= self.n:
            return None
        have = self.kinds_for.get(self.keys[k])  # inline quick "no": this runs per token
        if have is None or (
            kinds not in have if isinstance(kinds, str) else have.isdisjoint(kinds)
        ):
            return None
        return self.idx.first(self.toks, k, kinds)

    def _int(self, k: int, low: int, high: int, width: tuple[int, ...] = (1, 2)) -> int | None:
        if k >= self.n or self.kinds[k] != DIGITS or len(self.keys[k]) not in width:
            return None
        value = int(self.keys[k])
        return value if low <= value <= high else None

    def _sep(self, k: int, seps: frozenset[str] | str = _NUMERIC_SEPS) -> str | None:
        """A separator touching the digits on both sides."""
        if (
            k + 1 < self.n
            and self.kinds[k] == OTHER
            and self.keys[k] in seps
            and self.toks.touching(k)
            and self.toks.touching(k + 1)
            and self.kinds[k + 1] == DIGITS
        ):
            return self.keys[k]
        return None

    def _glued_before(self, k: int) -> bool:
        """Digits that continue a word or a number ("U23/2", "1.19/2") start no date."""
        toks = self.toks
        if not toks.touching(k):
            return False
        if self.kinds[k - 1] in (WORD, DIGITS):
            return True
        return self.keys[k - 1] in ".,/:" and toks.touching(k - 1) and self.kinds[k - 2] == DIGITS

    def _glued_after(self, k: int) -> bool:
        if k >= self.n or not self.toks.touching(k):
            return False
        if self.kinds[k] in (WORD, DIGITS):
            return self.numbers.first(self.toks, k, "ordinal_suffix") is None
        return (
            self.keys[k] in "/.,:-"
            and k + 1 < self.n
            and self.kinds[k + 1] == DIGITS
            and self.toks.touching(k + 1)
        )

    def _quantity_follows(self, k: int) -> bool:
        """A unit, scale or fraction word after the number: it is a quantity, not a date."""
        if k >= self.n:
            return False
        if self.numbers.first(self.toks, k, ("unit", "scale", "subunit")) is not None:
            return True
        return self._first(k, "fraction_followers") is not None

    def _quantity_before(self, k: int) -> bool:
        """A comparator or currency right before the number: "hơn 1/3", "$2025". Not a
        multiplier (`factor`): "double the 2024 figure" names a year's."""
        for back in range(1, 4):
            j = k - back
            if j < 0:
                break
            for entry in self.numbers.at(self.toks, j, ("comparator", "unit")):
                if j + len(entry.keys) != k or entry.get("factor"):
                    continue
                if entry.kind == "comparator" or entry["before"]:
                    return True
        return False

    def _cue_before(self, k: int, kind: str) -> bool:
        return k > 0 and self._first(k - 1, kind) is not None

    # -- dates ------------------------------------------------------------------------------

    def _date_at(self, i: int) -> _Raw | None:
        lunar = self._lunar_at(i)
        if lunar is not None:
            return lunar
        decade = self._decade_at(i)
        if decade is not None:
            return decade
        monthless = self._monthless_at(i)
        if monthless is not None:
            return monthless
        j = i
        weekday = self._first(j, "weekdays")
        if weekday is not None:
            j += len(weekday.keys)
            if j < self.n and self.keys[j] == ",":
                j += 1
            got = self._range_at(j, cue=True)
            if got is None:
                return None
            return self._raw(i, got[2], got[0], got[1])
        got = self._range_at(i, cue=False)
        if got is None:
            return None
        low, high, end, start = got
        return self._raw(start, end, low, high)

    def _monthless_at(self, i: int) -> _Raw | None:
        """A day of a month the text leaves unsaid, at token i: a day number after a word that
        makes it one ("hôm 20", "ngày 19", "on the 19th": `monthless_openers`) and before a
        word that ends it (`monthless_followers`: "tại", "in"), a mark or the end. Anything
        else after it ("ngày 18 đến 20/2", "the 30th anniversary", "20 người") is read as
        before."""
        opener = self._first(i, "monthless_openers")
        if opener is None:
            return None
        got = self._day_number(i + len(opener.keys))
        if got is None:
            return None
        day, end = got
        if end < self.n and (
            (self.toks.touching(end) and self.keys[end] not in _DAY_ENDS)
            or self._quantity_follows(end)
            or self._first(end, "range_to") is not None
            or (self.kinds[end] != OTHER and self._first(end, "monthless_followers") is None)
            or (end + 1 < self.n and self.keys[end] in _DAY_ENDS and self.kinds[end + 1] == DIGITS)
        ):
            return None  # a range, a list ("ngày 18, 19 và 20/2") or a month said after it
        return self._raw(i, end, _Piece("day", None, day=day, monthless=True), None)

    # -- lunar years ------------------------------------------------------------------------

    def _lunar_at(self, i: int) -> _Raw | None:
        """A season of a lunar year said by its name at token i ("đầu Xuân Bính Ngọ 2026",
        "Tết Bính Ngọ", "the Year of the Horse": `lunar_periods` and `lunar_names` in
        lexicon/<lang>/dates.yaml): the days from its first (lexicon/world/calendar.yaml) that
        the words before the name hold, a window an act fell somewhere in. The name is of the
        calendar's year it gives, or of the year written after it where the two agree; where
        they do not ("Xuân Ất Tỵ 2026") or the calendar has no such year, None."""
        period = self._first(i, "lunar_periods")
        if period is None:
            return None
        k = i + len(period.keys)
        name = self._first(k, "lunar_names") if k < self.n else None
        if name is None:
            return None
        end = k + len(name.keys)
        year = name["year"]
        written = self._int(end, *_BARE_YEARS, width=(4,)) if end < self.n else None
        if written is not None:
            if (written - year) % name["cycle"]:
                return None
            year, end = written, end + 1
        days = _lunar_days(year, period["days"])
        if days is None:
            return None
        low = _Piece("months", year, period=days)
        start, stop = self.toks.span(i, end)
        return _Raw(i, end, start, stop, self.toks.text[start:stop], low, None, window=True)

    # -- decades ----------------------------------------------------------------------------

    def _decade_at(self, i: int) -> _Raw | None:
        """A decade at token i ("1990s", "1990's", "'90s", "thập niên 1990", "những năm 90"):
        the window of its ten years an act fell somewhere in, as "between 1990 and 1999" is
        (`decade_*` in lexicon/<lang>/dates.yaml); after a part word ("the early 1990s", "cuối
        thập niên 90") the years of that part (`part_decades`), or None where it has none."""
        word = self._first(i, "decade_words")
        k = i + len(word.keys) if word is not None else i
        if k >= self.n or self.kinds[k] != DIGITS or (word is None and self._glued_before(k)):
            return None
        mark = None
        if word is None and k > 0 and self.toks.touching(k):
            mark = self._first(k - 1, "decade_marks")
        start = k - 1 if mark is not None else i
        end = self._decade_suffix(k + 1)
        if word is None and end is None:
            return None
        end = end if end is not None else k + 1
        year = self._decade_year(k, word or mark)
        if year is None or self._glued_after(end) or self._quantity_follows(end):
            return None
        years = (0, 9)
        part = self._part_before(start)
        if part is not None:
            start, years = part[0], part[1]["decade"]
            if not years:
                return None
        low, high = _Piece("year", year + years[0]), _Piece("year", year + years[1])
        first, stop = self.toks.span(start, end)
        text = self.toks.text[first:stop]
        return _Raw(start, end, first, stop, text, low, high, window=True)

    def _decade_suffix(self, k: int) -> int | None:
        """The end of a decade suffix glued after the year's digits ("s", "'s"), or None."""
        suffix = self._first(k, "decade_suffixes")
        if suffix is None:
            return None
        end = k + len(suffix.keys)
        return end if all(self.toks.touching(j) for j in range(k, end)) else None

    def _decade_year(self, k: int, cue: Entry | None) -> int | None:
        """The first year of a decade written at token k: four digits ending in 0 but not 00
        (a century as often as a decade), or after a word or mark two digits of its language's
        `decade_short` (19xx)."""
        year = self._int(k, *_BARE_YEARS, width=(4,))
        if year is None and cue is not None and cue["short"]:
            low, high = cue["short"]
            short = self._int(k, low, high, width=(2,))
            year = None if short is None else 1900 + short
        if year is None or year % 10 or not year % 100:
            return None
        return year

    def _part_before(self, k: int) -> tuple[int, Entry] | None:
        """A part word ("early", "cuối") that ends right before token k, before a "-" glued
        to it ("mid-1990s") or before an article ("the end of the 1990s"): its first token and
        entry."""
        if k > 0 and self.keys[k - 1] == "-" and self.toks.touching(k):
            k -= 1
        for j in range(max(0, k - WITHIN_WORDS), k):
            article = self._first(j, "decade_articles")
            if article is not None and j + len(article.keys) == k:
                k = j
                break
        for j in range(max(0, k - WITHIN_WORDS), k):
            found = self._first(j, "part")
            if found is not None and j + len(found.keys) == k:
                return j, found
        return None

    def _raw(self, first: int, end: int, low: _Piece, high: _Piece | None) -> _Raw:
        if high is None and low.grain == "day":
            end = self._time_after(end)
        start, stop = self.toks.span(first, end)
        opener = self._first(first, "range_open")
        window = (opener is not None and bool(opener.get("and"))) or self._within_before(first)
        return _Raw(first, end, start, stop, self.toks.text[start:stop], low, high, window)

    def _within_before(self, k: int) -> bool:
        """Whether a word that makes a range a window ("sometime", "trong khoảng") ends right
        before token k."""
        for j in range(max(0, k - WITHIN_WORDS), k):
            found = self._first(j, "range_within")
            if found is not None and j + len(found.keys) == k:
                return True
        return False

    def _range_at(self, i: int, cue: bool) -> tuple[_Piece, _Piece | None, int, int] | None:
        """A date or a range of dates at token i: (low, high or None, end, start)."""
        opener = self._first(i, "range_open")
        j = i + len(opener.keys) if opener is not None else i
        got = self._piece(j, cue=cue or opener is not None, range_start=True)
        if got is None:
            return None
        low, end = got
        if opener is not None and opener.get("and") and low.until is not None:
            return low, None, end, i  # "between Feb. 18 and 20": the opener is the date's
        if low.grain == "bare_day":
            listed = self._day_list(low, end)
            if listed is not None:
                return low, listed[0], listed[1], i
        to = self._first(end, "range_to")
        if to is not None and (not to.get("and") or (opener is not None and opener.get("and"))):
            second = self._piece(end + len(to.keys), cue=True, range_start=False)
            if second is not None and _merge(low, second[0]):
                return low, second[0], second[1], i
        if opener is not None:  # "giữa" is also "mid": "giữa tháng 3/2025"
            alone = self._piece(i, cue=cue, range_start=False)
            if alone is not None and alone[1] >= end:
                return alone[0], None, alone[1], i
        if low.grain == "bare_day":
            return None
        # without a second date, "từ"/"from" is not part of the date
        return low, None, end, (i if opener is None else j)

    def _day_list(self, low: _Piece, k: int) -> tuple[_Piece, int] | None:
        """The last day of a list of days that share the month said after it ("18 và 19/2",
        "18, 19 and 20 February", "16 và 19/2", "20 và 19/2"), from the token k after the
        first: with the first, the span of all of them, so a one-off act on one of them is not
        borne out (check.rules.one_day_of_several) as it would be by the last day read alone."""
        if low.day is None:
            return None
        days = [low.day]
        while k + 1 < self.n and self.keys[k] == ",":
            # "18, 19 February", "18, 19/2": a list its last day closes with the month
            closing = self._piece(k + 1, cue=True, range_start=False)
            if closing is not None and closing[0].grain == "day" and closing[0].until is None:
                days.append(closing[0].day)
                return closing if _span_days(low, closing[0], days) else None
            day = self._day_number(k + 1)
            if day is None or self._glued_after(day[1]):
                break
            days.append(day[0])
            k = day[1]
        to = self._first(k, "range_to")
        if to is None or not to.get("and"):
            return None
        second = self._piece(k + len(to.keys), cue=True, range_start=False)
        last = None if second is None or second[0].until is not None else second[0].day
        if second is None or second[0].grain != "day" or last is None:
            return None
        days.append(last)
        return second if _span_days(low, second[0], days) else None

    def _piece(self, j: int, cue: bool, range_start: bool) -> tuple[_Piece, int] | None:
        if j >= self.n:
            return None
        # a part before a month or a year first: "the second half of February" is that month's
        for reader in (
            self._part,
            self._quarter_or_half,
            self._day_first,
            self._month_first,
            self._year,
        ):
            got = reader(j, cue)
            if got is not None:
                return got
        k = self._after_day_words(j)
        if range_start and self.kinds[k] == DIGITS and not self._glued_before(k):
            day = self._int(k, 1, 31)
            if day is not None and (
                k + 1 >= self.n or self.keys[k + 1] == "-" or not self._glued_after(k + 1)
            ):
                return _Piece("bare_day", None, day=day), k + 1  # "18" of "18-20/2"
        return None

    def _after_day_words(self, k: int) -> int:
        """Skip "ngày", "mồng" ("ngày mồng 3")."""
        word = self._first(k, "day_words")
        while word is not None:
            k += len(word.keys)
            word = self._first(k, "day_words")
        return min(k, self.n - 1)

    def _year_after(self, k: int, slash: bool = False) -> tuple[int, int] | None:
        """A year after a month: "2023", "năm 2023", "of 2023", ", 2026", "/2023"."""
        j = k
        if slash and j < self.n and self.keys[j] in "/-." and self.toks.touching(j):
            j += 1
            year = self._int(j, *_CUED_YEARS, width=(4,))
            return (year, j + 1) if year is not None and not self._glued_after(j + 1) else None
        for kind in ("of", "year_words"):
            word = self._first(j, kind)
            if word is not None:
                j += len(word.keys)
        if j < self.n and self.keys[j] == ",":
            j += 1
        year = self._int(j, *_CUED_YEARS, width=(4,))
        if year is None or self._glued_after(j + 1) or self._quantity_follows(j + 1):
            return None
        return year, j + 1

    def _quarter_or_half(self, j: int, cue: bool) -> tuple[_Piece, int] | None:
        for kind, size in (("quarters", 3), ("halves", 6)):
            entry = self._first(j, kind)
            if entry is None:
                continue
            which = int(entry["which"])
            end = j + len(entry.keys)
            year = self._year_after(end, slash=True) or self._year_after(end)
            months = (size * (which - 1) + 1, size * which)
            piece = _Piece(
                "months",
                year[0] if year else None,
                months=months,
                range_grain="quarter" if kind == "quarters" else "range",
            )
            return piece, (year[1] if year else end)
        return None

    def _part(self, j: int, cue: bool) -> tuple[_Piece, int] | None:
        """ "đầu tháng 2/2026", "early February 2026", "mid-2025", "cuối năm 2025"."""
        entry = self._first(j, "part")
        if entry is None:
            return None
        k = j + len(entry.keys)
        if k < self.n and self.keys[k] == "-" and self.toks.touching(k):
            k += 1
        month = self._month_first(k, cue=True)
        if month is not None and month[0].grain == "month":
            piece = month[0]
            return _Piece("month_part", piece.year, month=piece.month, days=entry["days"]), month[1]
        year = self._year(k, cue=True)
        if year is not None and year[0].grain == "year":
            return _Piece("months", year[0].year, months=entry["months"]), year[1]
        return None

    def _month_name(self, k: int) -> tuple[int, int] | None:
        entry = self._first(k, "month")
        if entry is None:
            return None
        end = k + len(entry.keys)
        if end < self.n and self.keys[end] == "." and self.toks.touching(end):
            end += 1  # "Sept."
        return int(entry["month"]), end

    def _day_number(self, k: int) -> tuple[int, int] | None:
        """A day of the month as digits, with an ordinal suffix if any ("19", "19th")."""
        day = self._int(k, 1, 31)
        if day is None or self._glued_before(k):
            return None
        end = k + 1
        suffix = self._first(end, "day_suffixes")
        if suffix is not None and self.toks.touching(end):
            end += 1
        return day, end

    def _day_first(self, j: int, cue: bool) -> tuple[_Piece, int] | None:
        """Dates that start with the day: numeric forms, "19 February 2026", "ngày 12 tháng 10"."""
        k = self._after_day_words(j)
        has_day_word = k > j or self._cue_before(j, "day_cues")
        numeric = self._numeric(k, cue or has_day_word)
        if numeric is not None:
            return numeric
        got = self._day_number(k)
        if got is None:
            return None
        day, end = got
        of = self._first(end, "of")
        month = self._month_name(end + (len(of.keys) if of is not None else 0))
        if month is None:
            return None
        end = month[1]
        year = self._year_after(end)
        if year is None:
            return _Piece("day", None, month[0], day), end
        return _Piece("day", year[0], month[0], day), year[1]

    def _numeric(self, k: int, cue: bool) -> tuple[_Piece, int] | None:
        if k >= self.n or self.kinds[k] != DIGITS or self._glued_before(k):
            return None
        keys = self.keys
        if len(keys[k]) == 4:  # 2026-02-19, 2026/02/19
            sep = self._sep(k + 1, "-/")
            if sep is None or self._sep(k + 3, sep) is None:
                return None
            year, month, day = int(keys[k]), self._int(k + 2, 1, 12), self._int(k + 4, 1, 31)
            if month is None or day is None or self._glued_after(k + 5):
                return None
            return _Piece("day", year, month, day), k + 5
        first = self._int(k, 1, 31)
        sep = self._sep(k + 1)
        if first is None or sep is None:
            return None
        # month/year: "9/2023", "2.2026"
        if sep in "/." and first <= 12:
            year = self._int(k + 2, *_CUED_YEARS, width=(4,))
            if year is not None and not self._glued_after(k + 3):
                return _Piece("month", year, first), k + 3
        month = self._int(k + 2, 1, 12)
        if month is None and sep == "/" and first <= 12 and self._sep(k + 3, sep) is not None:
            # "5/17/2018" cannot be day first: read it month first, as its writer did
            day = self._int(k + 2, 13, 31)
            year = self._int(k + 4, *_CUED_YEARS, width=(4,))
            if day is not None and year is not None and not self._glued_after(k + 5):
                return _Piece("day", year, first, day), k + 5
        if month is None and sep == "/" and first <= 12:
            # "on 2/18", "02/20": no day first either, so an American month and day
            day = self._int(k + 2, 13, 31)
            if day is None or self._glued_after(k + 3) or self._sep(k + 3, sep) is not None:
                return None
            if self._quantity_follows(k + 3) or self._quantity_before(k):
                return None
            return _Piece("day", None, first, day), k + 3
        if month is None:
            return None
        if self._sep(k + 3, sep) is not None:
            year = self._int(k + 4, *_CUED_YEARS, width=(4,))
            if year is None and sep == "/":
                short = self._int(k + 4, 0, 99, width=(2,))
                year = None if short is None else (2000 + short if short < 50 else 1900 + short)
            if year is None or self._glued_after(k + 5):
                return None
            return _Piece("day", year, month, first), k + 5
        if sep == "." or self._glued_after(k + 3):
            return None
        if sep == "-" and not cue and first <= 12:
            return None  # "3-1" is a score unless a day word says otherwise
        if self._quantity_follows(k + 3) or self._quantity_before(k):
            return None  # "1/3 số", "hơn 1/3"
        return _Piece("day", None, month, first), k + 3

    def _month_first(self, j: int, cue: bool) -> tuple[_Piece, int] | None:
        """ "February 19, 2026", "February 18-20", "September 2023", "tháng 9/2023", "in May"."""
        got = self._month_name(j)
        if got is None:
            return None
        month, end = got
        day = self._day_number(end)
        if day is not None and not self._quantity_follows(day[1]):
            year = self._year_after(day[1])
            if year is not None:
                return _Piece("day", year[0], month, day[0]), year[1]
            # "February 18-20, 2026": a range of days inside the month; "February 19, 20 and
            # 21", "Feb. 19 and 25": a list of its days, read from the first to the last so a
            # one-off act on one of them is not borne out (check.rules.one_day_of_several)
            listed = self._listed_days(day[0], day[1])
            other = listed[1:] if listed is not None else self._days_to(day[1])
            first = listed[0] if listed is not None else day[0]
            if other is not None and other[0] > first and self._month_name(other[1]) is None:
                year = self._year_after(other[1])
                piece = _Piece("day", year[0] if year else None, month, first, until=other[0])
                piece.listed = listed is not None
                return piece, (year[1] if year else other[1])
            return _Piece("day", None, month, day[0]), day[1]
        year = self._year_after(end, slash=True) or self._year_after(end)
        if year is not None:
            return _Piece("month", year[0], month), year[1]
        written_with_month_word = len(self._first(j, "month").keys) > 1
        if cue or written_with_month_word or self._cue_before(j, "month_cues"):
            return _Piece("month", None, month), end
        return None

    def _listed_days(self, first: int, k: int) -> tuple[int, int, int] | None:
        """A list of days after a month's first day, from the token k after it (", 20 and 21",
        " and 25", ", 19", " and 18"), each closed by a separator: (earliest day, latest, end)."""
        days, end = [first], k
        while end + 1 < self.n and self.keys[end] == ",":
            day = self._day_number(end + 1)
            if day is None or self._glued_after(day[1]) or self._quantity_follows(day[1]):
                break
            days.append(day[0])
            end = day[1]
        to = self._first(end, "range_to")
        if to is not None and to.get("and"):
            day = self._day_number(end + len(to.keys))
            if day is not None and not self._quantity_follows(day[1]):
                days.append(day[0])
                end = day[1]
        if len(set(days)) != len(days) or len(days) < 2:
            return None
        return min(days), max(days), end

    def _days_to(self, k: int) -> tuple[int, int] | None:
        """The last day of a range of days in a month ("-20", "to 20") from the token k after its
        first day, or of a window "between" opened ("between February 16 and 19")."""
        to = self._first(k, "range_to")
        if to is None:
            return None
        return self._day_number(k + len(to.keys))

    def _year(self, j: int, cue: bool) -> tuple[_Piece, int] | None:
        k = j
        word = self._first(k, "year_words")
        if word is not None:
            k += len(word.keys)
        year = self._int(k, *_CUED_YEARS, width=(4,))
        if year is None or self._glued_before(k):
            return None
        if self._glued_after(k + 1) and not (
            self.keys[k + 1] == "-" and self._int(k + 2, *_CUED_YEARS, width=(4,)) is not None
        ):  # "2020-2025" is a range
            return None
        if word is None:
            cued = cue or self._cue_before(j, "year_cues")
            low, high = _CUED_YEARS if cued else _BARE_YEARS
            if (
                not low <= year <= high
                or self._quantity_follows(k + 1)
                or self._quantity_before(k)
                or self._range_quantity_follows(k + 1)
            ):
                return None
        return _Piece("year", year), k + 1

    def _range_quantity_follows(self, k: int) -> bool:
        """ "1000-2000 đồng": a year range whose second end carries a unit is an amount."""
        to = self._first(k, "range_to")
        if to is None:
            return False
        k += len(to.keys)
        return k < self.n and self.kinds[k] == DIGITS and self._quantity_follows(k + 1)

    def _time_after(self, k: int) -> int:
        """Swallow a clock time and zone after a day: ", 11:52 (GMT+7)", "lúc 15:08"."""
        j = k
        joiner = self._first(j, "time_joiners")
        if joiner is not None:
            j += len(joiner.keys)
        if (
            self._int(j, 0, 24) is None
            or self._sep(j + 1, ":") is None
            or self._int(j + 2, 0, 59, width=(2,)) is None
        ):
            return k
        j += 3
        if self._sep(j, ":") is not None and self._int(j + 1, 0, 59, width=(2,)) is not None:
            j += 2
        bracket = j < self.n and self.keys[j] == "("
        z = j + 1 if bracket else j
        if self._first(z, "zones") is not None:
            z += 1
            if z + 1 < self.n and self.keys[z] in "+-" and self.kinds[z + 1] == DIGITS:
                z += 2
            if not bracket:
                return z
            if z < self.n and self.keys[z] == ")":
                return z + 1
        return j


def _lunar_days(year: int, days: int | None) -> tuple[datetime.date, datetime.date] | None:
    """The first `days` days of the lunar year that begins in `year` (all of it for None), from
    the first days of lexicon/world/calendar.yaml; None where it lists no such year."""
    firsts = lexicon.load("world", "calendar").get("lunar_new_years") or {}
    first, following = firsts.get(year), firsts.get(year + 1)
    if first is None:
        return None
    if days is None:
        return None if following is None else (first, following - datetime.timedelta(days=1))
    return first, first + datetime.timedelta(days=days - 1)


def _span_days(low: _Piece, high: _Piece, days: list[int]) -> bool:
    """Make `low` and `high` the earliest and latest of a list of days (in any order, none
    twice) whose last carries the month: a listed span; False when they make none."""
    if len(set(days)) != len(days):
        return False
    low.day, high.day, low.listed = min(days), max(days), True
    return _merge(low, high)


def _merge(low: _Piece, high: _Piece) -> bool:
    """Complete the first end of a range from the second; False when they make no range."""
    if low.grain == "bare_day":
        if high.grain != "day" or low.day is None or high.day is None or low.day >= high.day:
            return False
        low.grain, low.month, low.year = "day", high.month, high.year
        return True
    if low.grain == "year" and high.grain != "year":
        return False
    if low.grain in ("day", "month") and high.grain not in ("day", "month", "month_part"):
        return False
    if low.year is None:
        low.year = high.year
    return True

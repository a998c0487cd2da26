"""Stage 1 of checking (factdb.check.parse), where a date in a statement is read: the dates
factdb.extract.dates finds, then the cue before one ("before", "since", "dates from") and the
open range it makes, a report's date (no date of the fact), the verb that says an act or a stay
began, a day told by the day of writing and restated in brackets, a word that only opens a date,
one day of a range ("the final day of the Feb. 18-20 trip"), a weekday that is part of a date,
the bound of a relative date ("less than a day after") and the words of an event's dates that
are a date's own. A relative date, "after the trip" and "before the meeting" are read in
factdb.check.before_after; a part of the day in factdb.check.around_names.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache

from factdb.check.statement import Cue, ParsedStatement
from factdb.check.wording import AROUND_NAME_BREAKS
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import OCCASION, Vocabulary
from factdb.records import replace
from factdb.text.covered import overlaps, within
from factdb.text.fold import fold, has_marks, nfc
from factdb.text.sentences import CLAUSE_BREAKS
from factdb.text.tokens import Tokens, phrase_spans, phrase_starts, word_keys


def dating_words(parsed: ParsedStatement, vocab: Vocabulary) -> list[Cue]:
    """Triggers of a date-valued predicate (an event's dates) that are a date's own words
    ("từ ngày 18 đến 20/2") after an act: the date is the act's ("dự họp khai mạc ... từ ngày
    18 đến 20/2" gives the days of the attendance), not a statement of the event's dates, which
    the date's word states only where no act comes before it ("cuộc họp khai mạc ngày 19/2")."""
    first_act = min(
        (t.start for t in parsed.triggers if vocab.predicates[t.target].time_role == OCCASION),
        default=None,
    )
    if first_act is None:
        return []
    spans = [(d.start, d.end) for d in parsed.dates]
    return [
        t
        for t in parsed.triggers
        if vocab.predicates[t.target].value_type == "date"
        and t.start > first_act
        and within(t.start, t.end, spans)
    ]


def weekday_of(date: DateSpan, weekday: tuple[int, int, int]) -> bool:
    """Whether a weekday is read as part of `date` (factdb.extract.dates: "Thursday, Feb. 19,
    2026"), the day it falls on. One that falls on another day ("Friday February 19" of 2026)
    stays a weekday of its own, which the deciding claims' day must account for
    (check.weekdays): which of the two the writer meant is open. So does one before a date
    without a year, whose weekday the claims' year fixes."""
    number, start, end = weekday
    return (
        within(start, end, [(date.start, date.end)])
        and date.year_known
        and date.first == date.last
        and date.first.isoweekday() == number
    )


@lru_cache(maxsize=8)
def _report_words(lang: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """A language's report words as word keys, its joiners, and the longest report word."""
    reports = frozenset(phrase_keys("statements", "report_words", (lang,)))
    joiners = frozenset(k for j in phrase_keys("statements", "report_joiners", (lang,)) for k in j)
    return reports, joiners, max(map(len, reports), default=0)


def _without_clock_colons(gap: str) -> str:
    """`gap` without the colons of clock times ("11:52"), which break no clause."""
    return "".join(
        c
        for i, c in enumerate(gap)
        if not (c == ":" and 0 < i < len(gap) - 1 and gap[i - 1].isdigit() and gap[i + 1].isdigit())
    )


def _clock_piece(key: str) -> bool:
    """Whether a word key is a piece of a clock time ("11", "52" of "11:52"; "h" of "11h52"),
    which may stand between a report's word and its date ("published at 11:52 on Feb. 20")."""
    return key == "h" or (key.isdigit() and len(key) <= 2)


def reported_on(date: DateSpan, words: list[tuple[str, int, int]], text: str, lang: str) -> bool:
    """Whether the date is a report's ("according to 2026 figures", "theo số liệu năm 2026",
    "media reported on February 20"): when the words were published, not when what they tell
    happened, so it dates nothing the claims give and is left a detail of its own. A report word
    (`report_words` in lexicon/<lang>/statements.yaml) stands right before it, only
    `report_joiners` between, or right after it, nothing between."""
    reports, joiners, longest = _report_words(lang)
    if not reports:
        return False
    # Words are in text order, so the ones around the date are found by position: a statement
    # of many dates and many words (tests/test_hostile.py) must not be scanned once a date.
    i = bisect_right(words, date.start, key=lambda w: w[2])
    while i and (words[i - 1][0] in joiners or _clock_piece(words[i - 1][0])):
        i -= 1
    j = bisect_left(words, date.end, key=lambda w: w[1])
    for n in range(1, longest + 1):
        head, tail = words[max(0, i - n) : i], words[j : j + n]
        if (
            len(head) == n
            and tuple(k for k, _, _ in head) in reports
            and not any(
                c in _without_clock_colons(text[head[-1][2] : date.start]) for c in CLAUSE_BREAKS
            )
        ):
            return True
        if (
            len(tail) == n
            and tuple(k for k, _, _ in tail) in reports
            and not text[date.end : tail[0][1]].strip()
        ):
            return True
    return False


def act_start_verb(
    at: int, words: list[tuple[str, int, int]], acts: list[tuple[int, int]], lang: str
) -> tuple[int, int] | None:
    """The span of a verb saying an act began (`act_starts` in lexicon/<lang>/statements.yaml)
    right before the act's trigger, where a date starting at `at` follows that trigger with
    one word between at most ("began speaking by phone in 2023", "bắt đầu điện đàm từ tháng
    11/2023"): the date is when such acts began, as after "dates from". None for no such verb."""
    starts = [s for _, s, _ in words]
    for start, end in acts:
        between = bisect_left(starts, at) - bisect_left(starts, end)
        if end > at or not 0 <= between <= 1:
            continue
        before = words[: bisect_left(starts, start)]
        keys = tuple(k for k, _, _ in before)
        for key in phrase_keys("statements", "act_starts", (lang,)):
            if key and keys[-len(key) :] == key:
                return before[-len(key)][1], before[-1][2]
    return None


def date_cue(
    at: int, folded: str, words: list[tuple[str, int, int]], vocab: Vocabulary
) -> tuple[str, int] | None:
    """The cue right before a date starting at `at` ("before", "since", "dates from"), or
    before a relative date's words, and where it starts."""
    lo = bisect_left(words, at - 40, key=lambda w: w[1])
    hi = bisect_right(words, at, key=lambda w: w[2])
    before = [t for t, _, _ in words[lo:hi]]
    for length in range(min(5, len(before)), 0, -1):
        kind = vocab.date_cues.get(tuple(before[-length:]))
        if kind is not None:
            return kind, folded.rfind(before[-length], 0, at)
    return None


def stay_start_spans(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], key: str = "stay_starts"
) -> list[tuple[int, int]]:
    """The words of each verb that says a stay began ("the U.S. trip begins", "leaves tomorrow
    for": `stay_starts` in lexicon/<lang>/dates.yaml), which dates the stay's first day for the
    claims' days to weigh (windows.starts_stay). A date or a day told by the day of writing
    (`told_alone`) between its words is the date's, and a mood's words ("the trip was set to
    begin") the mood's, not the verb's. A verb of going said so only with its place after it
    (`placed_after` in synonyms.yaml) is read as a trigger, or not at all. `key` "stay_begins"
    keeps the words that say the trip itself began, whose day no leg may be."""
    lang = parsed.lang
    dated = [(d.start, d.end) for d in parsed.dates]
    dated += [(c.start, c.end) for c in parsed.modality_cues]
    told = phrase_spans(toks, phrase_keys("dates", "told_alone", (lang,)))
    own = [w for w in toks if not overlaps(w[1], w[2], dated + told)]
    going = set(phrase_keys("synonyms", "placed_after", (lang,)))
    starts = [p for p in phrase_keys("dates", key, (lang,)) if p not in going]
    keys = [k for k, _, _ in own]
    return [
        (own[i + n][1], own[i + n][2])
        for p in starts
        for i in phrase_starts(keys, p)
        for n in range(len(p))
    ]


def stay_started(
    parsed: ParsedStatement, toks: list[tuple[str, int, int]], span: tuple[int, int] | None = None
) -> bool:
    """Whether the statement (or its words in `span`) says a stay began: a verb of
    stay_start_spans, or a verb of going read as a trigger only with its place after it ("sang
    Mỹ": `placed_after` in synonyms.yaml, as windows.starts_stay reads it). Right after a noun
    of the same act ("chuyến công tác tới Mỹ", the trip to the United States) it is that noun's
    "to": the whole trip, as the English says it, not its first day."""
    start, end = span or (0, len(parsed.text))
    if any(start <= s < end for s, _ in stay_start_spans(parsed, toks)):
        return True
    going = set(phrase_keys("synonyms", "placed_after"))
    text, triggers = parsed.text, parsed.triggers
    read = {
        word_keys(t.text)
        for t in triggers
        if start <= t.start < end
        and not any(
            o.target == t.target and o.end <= t.start and not text[o.end : t.start].strip()
            for o in triggers
        )
    }
    return any(p in read for p in phrase_keys("dates", "stay_starts") if p in going)


@cache
def told_days(lang: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The words that tell a day by the day the text was published, with its offset in days
    (`told_days` in lexicon/<lang>/dates.yaml), longest first."""
    told = load_lexicon(lang, "dates").get("told_days") or {}
    found = ((word_keys(str(words)), int(days)) for words, days in told.items())
    return tuple(sorted(found, key=lambda t: (-len(t[0]), t)))


@cache
def relative_bounds(lang: str) -> dict[tuple[str, ...], str]:
    """The words that make a relative date's count a bound (`relative_bounds` in
    lexicon/<lang>/dates.yaml), folded, with the side each bounds, longest first."""
    said = load_lexicon(lang, "dates").get("relative_bounds") or {}
    found = {word_keys(str(words)): str(side) for words, side in said.items()}
    return dict(sorted(found.items(), key=lambda b: -len(b[0])))


def bound_start(start: int, words: list[tuple[str, int, int]], lang: str) -> int:
    """Where a relative date starting at `start` begins once a bound right before it is taken
    in ("less than | three weeks after", "chưa đầy | một ngày sau khi")."""
    before = [w for w in words if w[2] <= start]
    for bound in relative_bounds(lang):
        tail = before[-len(bound) :] if bound else []
        if tail and len(tail) == len(bound) and tuple(k for k, _, _ in tail) == bound:
            return tail[0][1]
    return start


def told_restated(
    date: DateSpan, norm: str, words: list[tuple[str, int, int]], lang: str
) -> DateSpan:
    """A day told by the day of writing and restated by its date in brackets right after it
    ("Ngày mai (18/2)", "tomorrow (Feb. 18)") is one date: its words take in the told day's,
    which then trigger nothing ("Ngày" of an event's dates) and are not left unread. Without
    the bracket the two may be two days ("hôm qua, 18/2 ...")."""
    bracket = norm[: date.start].rstrip()
    if not bracket.endswith("("):
        return date
    before = [w for w in words if w[2] <= len(bracket) - 1]
    for said, _ in told_days(lang):
        tail = before[-len(said) :]
        if (
            len(tail) == len(said)
            and tuple(k for k, _, _ in tail) == said
            and not norm[tail[-1][2] : len(bracket) - 1].strip()
        ):
            close = date.end + len(norm[date.end :]) - len(norm[date.end :].lstrip())
            end = close + 1 if norm.startswith(")", close) else date.end
            return replace(date, start=tail[0][1], end=end, text=norm[tail[0][1] : end])
    return date


def opened_date(
    date: DateSpan,
    norm: str,
    words: list[tuple[str, int, int]],
    lang: str,
    names: list[tuple[int, int]],
) -> DateSpan:
    """A word that only opens a date ("hồi tháng 7/2024": back in July 2024; `date_openers` in
    lexicon/<lang>/dates.yaml) is read with it, as a day word is with its day ("hôm 16/1"):
    it says when, which the date says, and is no word for the claims to account for. Written
    with marks it must be written as listed ("hội", "hỏi" are others), and never a word of a
    name ("Đại hội")."""
    openers = _date_openers(lang)
    before = [w for w in words if w[2] <= date.start]
    if not openers or not before:
        return date
    key, start, end = before[-1]
    written = " ".join(nfc(norm[start:end]).lower().split())
    if (
        norm[end : date.start].strip()
        or within(start, end, names)
        or not any(key == k and (w == written or not has_marks(norm)) for k, w in openers)
    ):
        return date
    return replace(date, start=start, text=norm[start : date.end])


# How many words may stand between a day of a range and the range ("the final day of his
# Feb. 18-20 trip": "his"; "ngày cuối của chuyến công tác 18-20/2": "chuyến công tác").
RANGE_DAY_GAP = 3


def day_of_range(
    date: DateSpan,
    norm: str,
    words: list[tuple[str, int, int]],
    lang: str,
    acts: list[tuple[int, int]],
) -> DateSpan | None:
    """One day of a range of days said before it ("the final day of the Feb. 18-20 trip",
    "ngày thứ hai của chuyến công tác 18-20/2"; `range_days` in lexicon/<lang>/dates.yaml, by
    its place in the range, -1 the last): that day, which an act of another day of the range
    does not bear out; None where there is none. It runs to the range's end, which it replaces,
    unless an act's words (`acts`: "chuyến công tác") stand between: then it is the phrase's
    words alone, and the range is left to date that act. Not of a list or a window of days
    ("between 18 and 20"), nor across a clause break."""
    if not date.day_range or date.listed or date.window:
        return None
    before = [w for w in words if w[2] <= date.start]
    for said, place in _range_days(lang):
        for gap in range(RANGE_DAY_GAP + 1):
            at = len(before) - gap - len(said)
            if at < 0:
                break
            head = before[at : at + len(said)]
            if tuple(k for k, _, _ in head) != said:
                continue
            if not AROUND_NAME_BREAKS.isdisjoint(norm[head[-1][2] : date.start]):
                return None
            if place > 0:
                day = date.first + dt.timedelta(days=place - 1)
            else:
                day = date.last + dt.timedelta(days=place + 1)
            if not date.first <= day <= date.last:
                return None
            start, end = head[0][1], date.end
            if any(head[-1][2] <= a and b <= date.start for a, b in acts):
                end = head[-1][2]
            return replace(
                date,
                start=start,
                end=end,
                text=norm[start:end],
                first=day,
                last=day,
                grain="day",
                day_range=False,
            )
    return None


@lru_cache(maxsize=4)
def _range_days(lang: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """`range_days` of the language's dates lexicon: each phrase's folded keys with the place of
    its day in the range, longest first."""
    listed = load_lexicon(lang, "dates").get("range_days") or {}
    found = ((word_keys(str(p)), int(place)) for place, ps in listed.items() for p in ps)
    return tuple(sorted(found, key=lambda t: (-len(t[0]), t)))


@lru_cache(maxsize=4)
def _date_openers(lang: str) -> tuple[tuple[str, str], ...]:
    """`date_openers` of the language's dates lexicon: each as its folded key and as written."""
    listed = load_lexicon(lang, "dates").get("date_openers") or []
    return tuple((fold(nfc(w)).lower(), nfc(w).lower()) for w in listed)


def open_ended(
    date: DateSpan, doc: Tokens, words: list[tuple[str, int, int]], vocab: Vocabulary
) -> DateSpan:
    """'before 19 February 2026' is everything up to 18 February; 'since 2024' has no end; a
    state's start ('dates from 2024') keeps its date and takes in its cue."""
    if not date.year_known or date.grain == "range":
        return date
    cue = date_cue(date.start, doc.folded, words, vocab)
    if cue is None or cue[0] == "at":
        return date
    kind, cue_start = cue
    text = doc.norm[cue_start : date.start] + date.text
    day = dt.timedelta(days=1)
    if kind == "start":
        return replace(date, text=text, start=cue_start)
    if kind == "before":
        return replace(
            date,
            text=text,
            start=cue_start,
            first=dt.date.min,
            last=date.first - day,
            grain="range",
        )
    if kind == "after":
        return replace(
            date, text=text, start=cue_start, first=date.last + day, last=dt.date.max, grain="range"
        )
    return replace(
        date, text=text, start=cue_start, last=dt.date.max, grain="range", opened_last=date.last
    )

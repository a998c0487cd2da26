"""One moment told on two clocks: "chiều 19/2 giờ Washington, tức rạng sáng 20/2 giờ Hà Nội",
"on February 18 in the US, which was already the morning of February 19 in Hanoi", "ngày 18/2
(sáng 19/2 giờ Hà Nội)".

After a comma and a restatement cue (`restatements` in factdb/lexicon/<lang>/dates.yaml: "tức",
"which was already"), or inside brackets, a date with a clock (a zone, "giờ Hà Nội", or a place,
"in Hanoi") gives the moment of the date before it again, on that place's clock. Read whole, the
second date and its place would be another date and a place where it happened. So the statement
is read once with each clock (`clock_readings`): the words without the restatement, and the
same words with the first date's phrase (its part of the day with it) given as the second's,
its place said as a clock (`clock_places` before it, said again as `clock_phrase`: "Hanoi
time", "giờ Hà Nội"). The judge weighs the two as the clauses of a sentence (Judge.clauses):
supported only if both are borne out, contradicted if either is refuted; each clock is decided
by the rules for one (factdb.check.dayparts, factdb.check.windows).

The other clock may come first, in a clause of its own that a word of the moment ends
(`clock_whens`: "In Hanoi it was already the early hours of Feb. 20 when Lam phoned Leahy on
the afternoon of Feb. 19", "Ở Hà Nội đã là rạng sáng 20/2 khi ..."): that clause holds a date, a
place and no act (`_clock_first`). The readings are the clause after it, and that clause with
its date's phrase given as the first clause's on the place's clock, or, where it gives none, with
the first clause's added.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from factdb.check.parse import parse_statement
from factdb.check.relative import read_relative
from factdb.check.statement import Cue, ParsedStatement
from factdb.check.world import PLACES
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import LANGUAGES, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import Vocabulary
from factdb.text.covered import overlaps
from factdb.text.fold import fold, has_marks
from factdb.text.tokens import phrase_starts, word_keys

COMMA, OPEN, CLOSE = ",", "(", ")"
# What ends a restatement opened by a comma: the next clause.
CLAUSE_ENDS = ",;"
# What closes a sentence, kept with the readings.
SENTENCE_END = " .!?"
# The most words between a part of the day and its date ("the afternoon of February 19").
PART_GAP_WORDS = 1


@cache
def _cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The restatement cues of every language (folded keys) with their language, longest
    first: a short statement without diacritics may be read as another language's."""
    cues = {(c, lang) for lang in LANGUAGES for c in phrase_keys("dates", "restatements", (lang,))}
    return tuple(sorted(cues, key=lambda c: (-len(c[0]), c)))


def clock_readings(parsed: ParsedStatement, vocab: Vocabulary) -> list[str]:
    """The statement read with each of the two clocks it tells one moment on, or none."""
    text = parsed.text
    words = parsed.tokens.words()
    dates = sorted(parsed.dates, key=lambda d: d.start)
    for at, mark in enumerate(text):
        if mark not in (COMMA, OPEN):
            continue
        before = [d for d in dates if d.end <= at]
        after = [(key, start) for key, start, _ in words if start > at]
        keys = tuple(key for key, _ in after)
        cue, lang = next(((c, lg) for c, lg in _cues() if keys[: len(c)] == c), ((), parsed.lang))
        if not before or (
            not cue
            and mark == COMMA
            and not _on_a_clock(parsed, before[-1], at)
            and not _zoned_clause(parsed, at)
        ):
            continue
        opened = after[len(cue)][1] if cue and len(after) > len(cue) else at + 1
        first = before[-1]
        counted = _counted_day(parsed, vocab, first, opened)
        if mark == OPEN:
            close = text.find(CLOSE, at)
            end, rest = (len(text), "") if close == -1 else (close, text[close + 1 :])
        else:
            end = len(text.rstrip(SENTENCE_END))
            said_ends = [d.end for d in dates if d.start >= opened]
            said_ends += [counted[1]] if counted is not None else []
            if said_ends:
                end = min(end, _clause_end(parsed, said_ends[0]))
            rest = text[end:]
        second = next((d for d in dates if opened <= d.start and d.end <= end), None)
        if second is not None:
            said = text[_part_start(parsed, second.start, opened) : end]
        elif counted is not None and counted[1] <= end:
            # "..., which was the evening of the same day in Hanoi", "..., tức rạng sáng hôm
            # sau giờ Hà Nội": the day counted from the first date, said as that date
            day_start, day_end, day = counted
            part = _part_start(parsed, day_start, opened)
            said = text[part:day_start] + day + text[day_end:end]
        else:
            continue
        restated = _as_clock(vocab, said, lang, has_marks(text))
        if restated is None:
            continue
        if any(first.end <= t.start < at for t in _acts(parsed)):
            return _nearest_act(text[:at], restated, rest, second is not None)
        start = _part_start(parsed, first.start, 0)
        return [
            text[:at].rstrip() + rest,
            text[:start] + restated + rest,
        ]
    return _linked(parsed, vocab) or _clock_first(parsed, vocab)


def _nearest_act(head: str, restated: str, rest: str, dated: bool) -> list[str]:
    """The readings of a time told again on another clock after an act said with no day of its
    own after the first day ("met Orbán on Feb. 19 and phoned Leahy, which was Feb. 20 in
    Vietnam"): the words before the restatement (`head`), and those with the restated time
    given to that nearest act, where it says a day of its own (`dated`). A day counted from
    the first ("the next day") is the first act's count, no day of the nearest act's: the time
    is left out, open."""
    kept = head.rstrip(" ,")
    return [kept + rest, f"{kept} {restated}{rest}"] if dated else [kept + rest]


def _linked(parsed: ParsedStatement, vocab: Vocabulary) -> list[str]:
    """The two readings of a moment told again on another clock after a verb that links it to
    the first (`clock_links`: "made on the afternoon of Feb. 19 in Washington, fell in the early
    hours of Friday in Vietnam", "sáng 19/2 (giờ Mỹ) của Tổng Bí thư rơi vào tối cùng ngày theo
    giờ Việt Nam"), or none. The words between the first day and the verb stay in both readings
    (who did it, "của Tổng Bí thư"), but for the first day's own clock, which the second reading
    gives as the restated one's; the restated time must name a clock and no act. Where another
    act stands between the first day and the verb ("met Orbán on Feb. 19 and phoned Leahy,
    which fell on Feb. 20 in Vietnam"), the restated time is that nearest act's, on the clock it
    names: the second reading gives it to that act, and a time counted from the first day
    ("the next day"), which is another act's, ties it to none: that reading leaves it out."""
    text = parsed.text
    words = parsed.tokens.words()
    keys = [key for key, _, _ in words]
    days = sorted((d for d in parsed.dates if d.grain == "day"), key=lambda d: d.start)
    links = sorted(phrase_keys("dates", "clock_links", (parsed.lang,)), key=len, reverse=True)
    for link in links:
        for i in phrase_starts(keys, link):
            at, after = words[i][1], i + len(link)
            before = [d for d in days if d.end <= at]
            if not before or after >= len(words):
                continue
            first, opened = before[-1], words[after][1]
            # another act between: the verb links that act's time, not the first day's
            nearer = any(first.end <= t.start < at for t in _acts(parsed))
            end = min(len(text.rstrip(SENTENCE_END)), _clause_end(parsed, opened))
            said = _restated_time(parsed, vocab, first, opened, end)
            if said is None or any(opened <= t.start < end for t in _acts(parsed)):
                continue
            restated = _as_clock(vocab, said, parsed.lang, has_marks(text))
            if restated is None:
                continue
            if nearer:
                dated = any(opened <= d.start and d.end <= end for d in parsed.dates)
                return _nearest_act(text[:at], restated, text[end:], dated)
            between = text[_own_clock_end(parsed, vocab, first, at) : at].strip(" ,")
            start = _part_start(parsed, first.start, 0)
            rest = text[end:]
            return [
                text[:at].rstrip(" ,") + rest,
                text[:start] + restated + (f" {between}" if between else "") + rest,
            ]
    return []


def _clause_end(parsed: ParsedStatement, start: int) -> int:
    """Where the clause going on at `start` ends: at the next comma or semicolon, but past a
    zone a comma sets after the time it is of ("the evening of Feb. 19, Hanoi time", "tối
    19/2, giờ Hà Nội"), which is that time's clock, not another clause: cut before it, the
    restated time would name no clock, and the zone would be read as the first time's."""
    text, cue = parsed.text, parsed.local_time
    ends = [i for i in (text.find(c, start) for c in CLAUSE_ENDS) if i != -1]
    end = min(ends, default=len(text))
    if cue is not None and end < cue.start and not text[end + 1 : cue.start].strip():
        return _clause_end(parsed, cue.end)
    return end


def _acts(parsed: ParsedStatement) -> list[Cue]:
    """The verbs of acts the statement says, but for a time's own words ("cùng ngày": "ngày")
    and a link's."""
    times = [(d.start, d.end) for d in parsed.dates]
    times += [(c.start, c.end) for c in (parsed.relative, parsed.local_time) if c is not None]
    links = phrase_keys("dates", "clock_links", (parsed.lang,))
    return [
        t
        for t in parsed.triggers
        if t.kind == "trigger"
        and not overlaps(t.start, t.end, times)
        and word_keys(t.text) not in links
    ]


def _restated_time(
    parsed: ParsedStatement, vocab: Vocabulary, first: DateSpan, opened: int, end: int
) -> str | None:
    """The time said from `opened` to `end` again, with its part of the day: a date, a weekday,
    or a day counted from `first` ("the same day", "cùng ngày") written as a date; None where
    none is said there."""
    text = parsed.text
    days = [d for d in parsed.dates if opened <= d.start and d.end <= end]
    if days:
        # a clock tells days apart: a year or a month on it is the same one everywhere
        return (
            text[_part_start(parsed, days[0].start, opened) : end]
            if days[0].grain == "day"
            else None
        )
    weekday = next((s for _, s, e in parsed.weekdays if opened <= s and e <= end), None)
    if weekday is not None:
        return text[_part_start(parsed, weekday, opened) : end]
    counted = _counted_day(parsed, vocab, first, opened)
    if counted is None or counted[1] > end:
        return None
    day_start, day_end, day = counted
    part = _part_start(parsed, day_start, opened)
    return text[part:day_start] + day + text[day_end:end]


def _own_clock_end(parsed: ParsedStatement, vocab: Vocabulary, first: DateSpan, at: int) -> int:
    """Where the clock said right after the day `first` ends, before `at`: a zone ("(giờ
    Mỹ)", "local time") or a place after one of `clock_places` ("in Washington"); the day's end
    where none is said."""
    text = parsed.text
    cue = parsed.local_time
    if (
        cue is not None
        and first.end <= cue.start < at
        and not text[first.end : cue.start].strip(" ,(")
    ):
        close = cue.end + len(text[cue.end : at]) - len(text[cue.end : at].lstrip(" )"))
        return close
    locatives = set(phrase_keys("dates", "clock_places", (parsed.lang,)))
    words = [(k, s, e) for k, s, e in parsed.tokens.words() if first.end <= s < at]
    if not words or (words[0][0],) not in locatives:
        return first.end
    place = next((m for m in parsed.entities if m.start == _next_start(words)), None)
    if place is None or not all(
        e in vocab.entities and vocab.entities[e].type in PLACES for e in place.ids
    ):
        return first.end
    return place.end


def _next_start(words: list[tuple[str, int, int]]) -> int:
    """Where the word after the first of `words` begins (-1 with none)."""
    return words[1][1] if len(words) > 1 else -1


def _clock_first(parsed: ParsedStatement, vocab: Vocabulary) -> list[str]:
    """The two readings of a moment told first on another clock, in a clause a word of
    `clock_whens` ends (the module docstring), or none."""
    text = parsed.text
    whens = phrase_keys("dates", "clock_whens", (parsed.lang,))
    words = parsed.tokens.words()
    keys = [key for key, _, _ in words]
    if not parsed.dates:
        return []
    # the word after the first date ends its clause: "Ở Hà Nội khi ấy đã là 20/2 khi ..."
    dated = min(d.end for d in parsed.dates)
    found = next(
        (
            (i, len(w))
            for i in range(len(keys))
            for w in whens
            if w and words[i][1] >= dated and tuple(keys[i : i + len(w)]) == w
        ),
        None,
    )
    if found is None or sum(found) >= len(words):
        return []
    cut, main_start = words[found[0]][1], words[sum(found)][1]
    before = [d for d in parsed.dates if d.end <= cut]
    after = [d for d in parsed.dates if d.start >= main_start]
    acts = [t for t in parsed.triggers if t.kind == "trigger" and t.start < cut]
    # a clock tells days apart: a year or a month on it is the same one everywhere
    if len(before) != 1 or before[0].grain != "day" or acts:
        return []
    places = [
        m
        for m in parsed.entities
        if m.end <= cut
        and len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in PLACES
    ]
    if len(places) != 1:
        return []
    first, place = before[0], places[0]
    # the locative before the place ("In Hanoi", "Ở Hà Nội") goes with it, as after a date
    locatives = set(phrase_keys("dates", "clock_places", (parsed.lang,)))
    head = [(key, s) for key, s, e in words if e <= place.start]
    where = head[-1][1] if head and (head[-1][0],) in locatives else place.start
    said = f"{text[_part_start(parsed, first.start, 0) : first.end]} {text[where : place.end]}"
    restated = _as_clock(vocab, said, parsed.lang, has_marks(text))
    if restated is None:
        return []
    main = text[main_start:]
    end = len(main.rstrip(SENTENCE_END))
    if not after:
        # "In Hanoi it was already Feb. 20 when Lam phoned Leahy": the act's time is the one
        # told first, on that clock; of several acts ("when Lam met Orbán and phoned Leahy")
        # the time added would date the last only
        links = set(phrase_keys("dates", "relative_links", (parsed.lang,)))
        own = {
            t.start
            for t in parsed.triggers
            if t.kind == "trigger" and t.start >= main_start and word_keys(t.text) not in links
        }
        return [main, f"{main[:end]} {restated}{main[end:]}"] if len(own) == 1 else []
    second = after[0]
    start = _part_start(parsed, second.start, main_start) - main_start
    dated = [i for i in (main.find(c, second.end - main_start) for c in CLAUSE_ENDS) if i != -1]
    close = min([end, *dated])
    return [main, main[:start] + restated + main[close:].rstrip(SENTENCE_END) + main[end:]]


def _after_clock(parsed: ParsedStatement) -> tuple[int, int] | None:
    """The clause a comma opens right after a time said on a clock ("the morning of 19 February
    local time, the evening of 19 February in Hanoi"): from that comma to the clause's end. It
    gives the same moment on another clock, as after a restatement cue; after a date on no clock
    a comma may open another day."""
    cue = parsed.local_time
    if cue is None or cue.kind == "dateline":
        return None  # a dateline's city opens no clause of its own
    text = parsed.text
    rest = text[cue.end :]
    at = cue.end + len(rest) - len(rest.lstrip())
    if not text.startswith(COMMA, at):
        return None
    ends = [i for i in (text.find(c, at + 1) for c in CLAUSE_ENDS) if i != -1]
    return at, min([len(text), *ends])


def _on_a_clock(parsed: ParsedStatement, date: DateSpan, at: int) -> bool:
    """Whether the comma at `at` follows `date` said on a clock."""
    clause = _after_clock(parsed)
    cue = parsed.local_time
    return clause is not None and cue is not None and clause[0] == at and date.end <= cue.start


def _zoned_clause(parsed: ParsedStatement, at: int) -> bool:
    """Whether the clause the comma at `at` opens names a zone ("..., the evening of 19 February
    Hanoi time", "..., tối 19/2 giờ Hà Nội"): the same moment on that zone's clock, which is not
    the time's before the comma."""
    cue = parsed.local_time
    if cue is None or cue.start <= at:
        return False
    ends = [i for i in (parsed.text.find(c, at + 1) for c in CLAUSE_ENDS) if i != -1]
    return cue.end <= min([len(parsed.text), *ends])


def names_a_clock(parsed: ParsedStatement, start: int) -> bool:
    """Whether the word at `start` lies in the clause after a time said on a clock that says a
    time again (a date or a part of the day): a place there ("..., the same evening in Hanoi")
    is a clock, not where it happened; a bare place (", in Hanoi") may be where."""
    clause = _after_clock(parsed)
    if clause is None or not clause[0] < start < clause[1]:
        return False
    times = [(d.start, d.end) for d in parsed.dates]
    times += [(c.start, c.end) for c in parsed.grammar if c.kind == "day_part"]
    return any(clause[0] < first and last <= clause[1] for first, last in times)


def _part_start(parsed: ParsedStatement, at: int, after: int) -> int:
    """Where the phrase of a day said at `at` begins: at a part of the day said right before it
    ("chiều 19/2", "the afternoon of February 19", "the evening of the same day"), from
    `after` on."""
    text = parsed.text
    for cue in parsed.grammar:
        if cue.kind != "day_part" or cue.start < after or cue.end > at:
            continue
        gap = text[cue.end : at]
        if len(gap.split()) <= PART_GAP_WORDS and not set(gap) & set(COMMA + OPEN + CLOSE):
            return cue.start
    return at


def _counted_day(
    parsed: ParsedStatement, vocab: Vocabulary, first: DateSpan, opened: int
) -> tuple[int, int, str] | None:
    """A day the restatement from `opened` on counts from the date before it rather than says
    ("the evening of the same day", "the early hours of the next day", "tối cùng ngày", "rạng
    sáng hôm sau": a phrase of `relative_days` in lexicon/<lang>/dates.yaml with no act after
    it): where it is, and the day it comes to, written as a date is (day/month, and the year
    where the first date gives one). None for a first date that is not one day, a count said
    as a bound, or a day without a year that would cross into another year."""
    cue = parsed.relative
    if cue is None or cue.start < opened or first.grain != "day" or first.first != first.last:
        return None
    rel = read_relative(parsed)
    if rel is None or rel.bounded:
        return None
    clause = [i for i in (parsed.text.find(c, cue.end) for c in CLAUSE_ENDS) if i != -1]
    said = parsed.text[cue.end : min([len(parsed.text), *clause])].rstrip(SENTENCE_END)
    if not _only_clock(vocab, said, parsed.lang):
        return None  # "..., the same day as he met Orbán": another event's day, not this one's
    day = first.first + dt.timedelta(days=rel.days)
    if not first.year_known and day.year != first.first.year:
        return None
    written = f"{day.day}/{day.month}" + (f"/{day.year}" if first.year_known else "")
    return cue.start, cue.end, written


def _only_clock(vocab: Vocabulary, said: str, lang: str) -> bool:
    """Whether the words `said` after a count of days say a clock and nothing else: a zone
    ("Hanoi time", "giờ Hà Nội") or a place, after one of `clock_places` at most ("in Hanoi").
    Other words ("the day after the summit in Washington") name what the count is from."""
    read = parse_statement(said, vocab)
    spans = [(m.start, m.end) for m in read.entities]
    if read.local_time is not None:
        spans.append((read.local_time.start, read.local_time.end))
    locatives = set(phrase_keys("dates", "clock_places", (lang,)))
    return all(
        any(a <= s < b for a, b in spans) or ((k,) in locatives and any(s < a for a, _ in spans))
        for k, s, _ in read.tokens.words()
    )


def _as_clock(vocab: Vocabulary, said: str, lang: str, marked: bool) -> str | None:
    """The restated time `said` with its place said as a clock in `lang` ("February 20 in
    Hanoi" -> "February 20, Hanoi time"; without diacritics unless `marked`), as it stands
    when it names a zone; None when it names no clock."""
    read = parse_statement(said, vocab)
    if read.local_time is not None:
        return said
    places = [
        m
        for m in read.entities
        if len(m.ids) == 1
        and m.ids[0] in vocab.entities
        and vocab.entities[m.ids[0]].type in PLACES
    ]
    if len(places) != 1:
        return None
    place = places[0]
    phrase = load_lexicon(lang, "dates").get("clock_phrase")
    if not phrase:
        return None
    if not marked:
        phrase = fold(phrase)
    # the locative before the place ("in Hanoi", "ở Hà Nội") goes with it
    locatives = set(phrase_keys("dates", "clock_places", (lang,)))
    start = place.start
    head = [(key, s) for key, s, _ in read.tokens.words() if s < place.start]
    if head and (head[-1][0],) in locatives:
        start = head[-1][1]
    clock = phrase.format(place=place.text)
    return f"{said[:start].rstrip()}, {clock}{said[place.end :]}"

"""A weekday said alone ("met Orbán on Thursday", "sáng thứ Năm (giờ Washington)").

Before a date a weekday is part of it (factdb.extract.dates: "Thursday, 19 February"). Alone it
narrows when something happened without giving the day, so it is a detail the deciding claims
must account for, as any word the statement adds (accounting.details): a claim dated to one day
accounts for the weekday that day falls on. A claim dated to several days accounts for none:
its days may bound an event's one day, which the sources do not fix ("attended the meeting"
during an 18-20 February trip). Said in another place's time ("Friday, Hanoi time" of an event
in Washington) a weekday may be the day before or after the sources' day, which a claim then
accounts for as well. Which words name which weekday is language data (`weekdays`
in factdb/lexicon/<lang>/dates.yaml, by ISO number). A weekday is written with a capital
("Thursday", "thứ Năm"); a Vietnamese one in figures or in lower case ("thứ 5", "thứ năm",
also the fifth), or a short form ("Sat", also a verb), only after a `weekday_cues` word
("sáng thứ 5", "hôm thứ năm").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.index import phrase_keys, reach
from factdb.text.covered import overlaps
from factdb.text.tokens import word_keys

ONE_DAY = dt.timedelta(days=1)
# The longest short form of a weekday ("Sat", "Wed", "cn"), read alone only after a cue.
SHORT = 3


@cache
def _phrases(lang: str) -> tuple[dict[tuple[str, ...], int], dict[str, int]]:
    """Each weekday phrase of `lang` (folded keys) with its ISO number, and the longest phrase
    each first word starts (lexicon.index.reach): most words start none."""
    data = load_lexicon(lang, "dates").get("weekdays") or {}
    phrases = {word_keys(p): int(n) for n, listed in dict(data).items() for p in listed}
    return phrases, reach(phrases)


@cache
def _cues(lang: str) -> tuple[tuple[str, ...], ...]:
    """The weekday cues of `lang` (folded keys), longest first: "rạng sáng thứ Năm" is cued by
    "rạng sáng", not by the "sáng" inside it, in every process (a set's order is not)."""
    cues = set(phrase_keys("dates", "weekday_cues", (lang,)))
    return tuple(sorted(cues, key=lambda c: (-len(c), c)))


def find_weekdays(
    lang: str, toks: list[tuple[str, int, int]], text: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """The weekdays a statement names outside `taken` (its dates and names): (ISO number,
    start, end)."""
    phrases, longest = _phrases(lang)
    if not phrases:
        return []
    keys = [k for k, _, _ in toks]
    found = []
    i = 0
    while i < len(toks):
        reach = longest.get(keys[i], 0)
        if not reach:  # most words start no weekday's phrase
            i += 1
            continue
        for n in range(min(reach, len(toks) - i), 0, -1):
            number = phrases.get(tuple(keys[i : i + n]))
            if number is None:
                continue
            start, end = toks[i][1], toks[i + n - 1][2]
            last = text[toks[i + n - 1][1] : end]
            cue = next((c for c in _cues(lang) if tuple(keys[max(0, i - len(c)) : i]) == c), None)
            if cue is not None:
                start = toks[i - len(cue)][1]  # "hôm thứ Tư": the cue is the weekday's
            # a short form alone may be another word ("Sat Down With", "Sun"): only after a cue
            written = last[:1].isupper() and (n > 1 or len(last) > SHORT)
            if (written or cue) and not overlaps(start, end, taken):
                found.append((number, start, end))
                i += n - 1
            break
        i += 1
    return found


def accounted(days: Iterable[tuple[dt.date, dt.date, bool]]) -> frozenset[int]:
    """The weekdays (ISO numbers) the claims' periods account for: (first day, last day,
    zoned), with a day either side where the statement dates the claim in another place's time
    (`zoned`: windows.elsewhere). Only a claim of one day accounts for any."""
    found: set[int] = set()
    for first, last, zoned in days:
        if first != last:
            continue
        found.add(first.isoweekday())
        if zoned:
            found |= {(first - ONE_DAY).isoweekday(), (first + ONE_DAY).isoweekday()}
    return frozenset(found)

"""A figure said per a period ("200 scholarships a month", "200 học bổng mỗi tháng") against a
yearly rate (issue 10, numbers).

The rate words are the languages' (`rates` in factdb/lexicon/<lang>/numbers.yaml, by period); the
figure takes them (factdb.extract.quantities), so they end its text. A predicate whose value is a
yearly rate (factdb/lexicon/world/rates.yaml) reads the figure as a year's: times the periods a
year holds. The figure is then weighed as any other, so a monthly 200 is refuted by a yearly 200
and a monthly rate that comes to the yearly one is borne out. A figure said over several periods
("1,000 over five years", "trong 5 năm tới": `spans_totalled`) totals them: no year's figure,
so another act of a yearly predicate, open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from factdb.extract.quantities import Quantity
from factdb.lexicon.index import LANGUAGES, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.records import replace
from factdb.text.tokens import phrase_spans, word_keys


@cache
def _periods() -> tuple[tuple[tuple[str, ...], int], ...]:
    """(folded words of a rate, periods of it in a year), longest first, of every language."""
    per_year = load_lexicon("world", "rates")["per_year"]
    found = {
        word_keys(str(phrase)): int(per_year[period])
        for lang in LANGUAGES
        for period, phrases in (load_lexicon(lang, "numbers").get("rates") or {}).items()
        for phrase in phrases
    }
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


@cache
def yearly_predicates() -> frozenset[str]:
    """The predicates whose value is a yearly rate."""
    return frozenset(load_lexicon("world", "rates")["yearly"])


def yearly(pid: str) -> bool:
    """Whether the predicate's value is a yearly rate."""
    return pid in yearly_predicates()


def periods_a_year(text: str, whole: bool = False) -> int | None:
    """How many of the period a rate at the end of `text` is given per a year holds (12 for
    "200 scholarships a month", "mỗi tháng"), or None for no rate; with `whole`, only where
    `text` is the rate and nothing more ("twice a year" is no yearly rate of its figure)."""
    words = word_keys(text)
    return next(
        (
            n
            for rate, n in _periods()
            if words[-len(rate) :] == rate and (not whole or len(words) == len(rate))
        ),
        None,
    )


@cache
def _spans() -> tuple[tuple[str, ...], ...]:
    return tuple(
        word_keys(str(p))
        for lang in LANGUAGES
        for p in load_lexicon(lang, "numbers").get("rate_spans") or ()
    )


def span_follows(text: str) -> bool:
    """Whether `text` (what follows a rate) opens with a word that makes the rate a span ("ago",
    "after the summit", "sau hội nghị": `rate_spans` in lexicon/<lang>/numbers.yaml)."""
    words = word_keys(text)
    return any(words[: len(s)] == s for s in _spans())


def counts_periods(q: Quantity) -> bool:
    """Whether a figure counts the periods themselves ("3 tháng", "two weeks"): no rate."""
    return q.unit in load_lexicon("world", "rates")["per_year"]


def spans_totalled(
    text: str, words: Sequence[tuple[str, int, int]], lang: str, quantities: Iterable[Quantity]
) -> list[tuple[int, int]]:
    """The spans of several periods a figure is said over ("1,000 scholarships over five
    years", "trong 5 năm tới", "every two years"), each from the word that opens it: a count of
    periods right after a `total_spans` word of lexicon/<lang>/numbers.yaml, or opened by its
    own comparator ("over five years", read as more than five). The figure totals the span, no
    year's figure, and no rate of one either: how it falls in the years is not said. A count of
    one year ("trong một năm") is a year's."""
    per_year = load_lexicon("world", "rates")["per_year"]
    opened = phrase_spans(words, phrase_keys("numbers", "total_spans", (lang,)))
    found = []
    for q in quantities:
        if not counts_periods(q) or q.value == per_year[q.unit]:
            continue
        starts = [
            s
            for s, e in opened
            if (e <= q.start and not text[e : q.start].strip())
            or (q.comparator is not None and s == q.start)
        ]
        if starts:
            found.append((min(starts), q.end))
    return found


def as_yearly(pid: str, q: Quantity, periods: Mapping[tuple[int, int], int]) -> Quantity:
    """`q` as a yearly figure of `pid`: given per another period (`periods`, by the figure's
    span: ParsedStatement.periods), times the periods a year holds; else `q` as said."""
    n = periods.get((q.start, q.end)) if yearly(pid) else None
    if n is None or n == 1:
        return q

    def times(x: float | None) -> float | None:
        return None if x is None else x * n

    return replace(q, value=q.value * n, low=times(q.low), high=times(q.high))

"""The year a view's topic is said for ("a positive start for 2026", "khởi đầu tích cực cho năm
2026"): part of what was said, not when it was said.

A date right after a topic's name, with only one of `topic_year_joiners` between (lexicon/<lang>/
dates.yaml: "for", "cho"), is the topic's year (`year_of_topic`). Against a claim of that topic
whose source gives the topic a year the same way, the year decides (`compare`): the same one
bears it out whatever the claim's date (the view of 2026 said in February 2026); another refutes
it, but only where the statement names the claim's occasion (`occasion_said`: its event, or the
body the event is of, "chuyến dự họp Hội đồng Hòa bình", for a year before the body first met),
since the same words may have been said of another year on another occasion. Where the source
gives the topic no year, the date is read as any other date. The year dates nothing else the
statement says (`topic_dated`, which factdb.check.scope asks).

So is a deadline in the words given to a speaker (`deadline_said`: "hopes Vietnam will become
a strong nation by 2030", "trước năm 2030"): it dates what was said, which the claim, dated when
it was said, leaves open.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from factdb.check.findings import Context
from factdb.check.parse import parse_statement
from factdb.check.statement import ParsedStatement
from factdb.check.world import BODY_TYPES, World, has_words
from factdb.extract.dates import DateSpan
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import Vocabulary
from factdb.store.claims import ClaimView
from factdb.text.fold import fold

SAME, OTHER = "same", "other"
TOPIC = "topic"  # the type of a view's topic in the vocabulary


def year_of_topic(parsed: ParsedStatement, topic: str) -> DateSpan | None:
    """The date said right after a name of `topic` with a joiner between, or None."""
    words = parsed.tokens.words()
    joiners = [j for j in phrase_keys("dates", "topic_year_joiners", (parsed.lang,)) if j]
    starts = {d.start: d for d in parsed.dates if d.year_known}
    for m in parsed.entities:
        if topic not in m.ids:
            continue
        # words are in text order: those after the name are found by position, not scanned
        i = bisect_left(words, m.end, key=lambda w: w[1])
        for joiner in joiners:
            n = len(joiner)
            after = words[i : i + n + 1]
            if len(after) > n and tuple(key for key, _, _ in after[:n]) == joiner:
                found = starts.get(after[n][1])
                if found is not None:
                    return found
    return None


def deadline_said(claim: ClaimView, ctx: Context, date: DateSpan | None) -> bool:
    """Whether `date` is a deadline (a "before" bound: "by 2030") inside the words the statement
    gives the claim's speaker, after the stance that gives them: when the content is to come
    about, not when it was said."""
    reading = ctx.stance
    return (
        claim.speaker is not None
        and reading is not None
        and date is not None
        and date.first == dt.date.min
        and date.start >= reading.end
    )


def topic_dated(parsed: ParsedStatement, vocab: Vocabulary) -> set[int]:
    """The ids of the dates that are the years of topics the statement names: each dates what
    was said of its topic, no act beside it ("dự họp khai mạc ... là khởi đầu tích cực cho năm
    2027" does not date the attendance)."""
    topics = {
        eid
        for m in parsed.entities
        for eid in m.ids
        if eid in vocab.entities and vocab.entities[eid].type == TOPIC
    }
    return {id(d) for t in topics if (d := year_of_topic(parsed, t)) is not None}


def compare(
    world: World, claim: ClaimView, ctx: Context, date: DateSpan | None
) -> tuple[str, DateSpan] | None:
    """(SAME or OTHER, the source's words for its year) where `date` is the year the statement
    gives the claim's topic and the claim's source gives it one too; None otherwise (the date
    is then read as a time)."""
    if claim.object is None or date is None:
        return None
    if year_of_topic(ctx.parsed, claim.object) is not date:
        return None
    for sentence in world.sentences(claim):
        told = year_of_topic(parse_statement(sentence, world.vocab), claim.object)
        if told is not None:
            meets = told.first <= date.last and date.first <= told.last
            return (SAME if meets else OTHER), told
    return None


def occasion_said(world: World, claim: ClaimView, ctx: Context, year: DateSpan) -> bool:
    """Whether the statement names the claim's occasion for a view said of `year`: its event by
    a name of its own, or the body the event is of ("Hội đồng Hòa bình" of the Board of Peace's
    inaugural meeting) where the year is before the first meeting of the kind, so that no
    other meeting of the body can be meant (a later one may have been held since)."""
    event = world.occasion_event(claim)
    if event is None:
        return False
    if event in ctx.mentioned - ctx.loose:
        return True
    info = world.vocab.entities.get(event)
    if info is None or not world.before_the_first(event, [year]):
        return False
    names = [fold(n).lower() for n in (info.name_en, info.name_vi) if n]
    return any(
        has_words(name, fold(body.name_en).lower()) or has_words(name, fold(body.name_vi).lower())
        for eid in ctx.mentioned
        if (body := world.vocab.entities.get(eid)) is not None and body.type in BODY_TYPES
        for name in names
    )

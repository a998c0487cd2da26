"""Stage 1 of checking (factdb.check.parse), the words that set a statement's act against
another occasion: the first word setting it after an event ("after the trip", "sau chuyến đi":
ParsedStatement.later), the first bounding it, or its denial, to the time before one ("before
the Washington trip", "had never met Orbán before": ParsedStatement.earlier), and which relative
date cue is one ("two days after", "on the day Trump sent his letter": ParsedStatement.relative).
Judged by factdb.check.later, factdb.check.earlier and factdb.check.relative.
"""

from __future__ import annotations

from factdb.check.clauses import clause_end
from factdb.check.statement import Cue, LaterCue, ParsedStatement, phrases_at
from factdb.lexicon.index import phrase_keys
from factdb.lexicon.vocabulary import EVENT, OFFICE_TENSES, Vocabulary
from factdb.text.covered import overlaps, within
from factdb.text.fold import fold
from factdb.text.sentences import CLAUSE_BREAKS

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from collections.abc import Collection


def later_cue(parsed: ParsedStatement, cues: list[Cue]) -> LaterCue | None:
    """The first word setting the statement after an event ("after the trip", "sau chuyến đi"):
    one with words after it in its clause, and not part of a relative date ("the day after"),
    of a date's open end ("after February 2026", `date_after`) or of a predicate's trigger
    ("50 years since", an anniversary), nor right after a quantity ("30 năm kể từ khi"): a span
    measured from the event, not a time after it."""
    text = parsed.text
    taken = [(d.start, d.end) for d in parsed.dates] + [(t.start, t.end) for t in parsed.triggers]
    # a weekday's own word ("thu Sau", Friday, written without marks) is no "sau", nor is a
    # name's or a view's ("lam sau sac hon quan he", "làm sâu sắc hơn" deepening the ties)
    taken += [(s, e) for _, s, e in parsed.weekdays]
    taken += [(m.start, m.end) for m in parsed.entities]
    # ... nor is the "since" of an office's tense ("has since stepped down as": office_leaving),
    # which says the leaving, no event it comes after
    taken += [(c.start, c.end) for c in parsed.grammar if c.kind in OFFICE_TENSES]
    if parsed.relative is not None:
        taken.append((parsed.relative.start, parsed.relative.end))
    measured = {q.end for q in parsed.quantities}
    for cue in cues:
        if overlaps(cue.start, cue.end, taken) or _right_after(text, cue.start, measured):
            continue
        end = clause_end(text, cue.end)
        if any(c.isalnum() for c in text[cue.end : end]):
            return LaterCue(cue, (cue.end, end))
    return None


# How many words may stand between a bounding word and the occasion it bounds by ("before his
# Feb 19 call"), names aside ("before the Gaza peace board meeting"): past them the words are
# the statement's own.
_EARLIER_REACH = 2


def earlier_cue(parsed: ParsedStatement, vocab: Vocabulary) -> LaterCue | None:
    """The first word bounding the statement's act, or its denial, to the time before an
    occasion (one of `earlier_cues` in lexicon/<lang>/statements.yaml: "before the Washington
    trip", "trước cuộc gặp ngày 19/2"), with the occasion's words after it: to the end of their
    clause, or to the end of a date that is the first of them ("Never before Feb 19 had Lam met
    ..."). The occasion is an act's word, an event's name or a date, at most _EARLIER_REACH words
    after the cue; the denial stands outside its words, and so does an act's word ("had never
    before met Orbán", "trước đây chưa từng gặp": the cue is an adverb of the statement's own
    act). A cue a date takes in as its open end ("before 19 February 2026") or a relative date's
    ("the day before") is theirs. A denial by a verb that says the opposite act ("rescinded the
    invitation ahead of the meeting") is an act of its own, which the cue dates. Only a denial
    is bounded by a moment left unsaid."""
    cue = parsed.negation
    if cue is not None and any(
        t.kind == "antonym" and t.start == cue.start for t in parsed.triggers
    ):
        return None
    text = parsed.text
    taken = [(d.start, d.end) for d in parsed.dates]
    if parsed.relative is not None:
        taken.append((parsed.relative.start, parsed.relative.end))
    acts = [(t.start, t.end) for t in parsed.triggers if t.kind == "trigger"]
    events, names = [], []
    for m in parsed.entities:
        event = any(e in vocab.entities and vocab.entities[e].type == EVENT for e in m.ids)
        (events if event else names).append((m.start, m.end))
    dates = [(d.start, d.end) for d in parsed.dates]
    starts = [s for _, s, e in parsed.tokens.words() if not within(s, e, names)]
    for start, end in phrases_at(parsed, "statements", "earlier_cues"):
        if overlaps(start, end, taken):
            continue
        close = clause_end(text, end)
        reach = [s for s in starts if s >= end][: _EARLIER_REACH + 1]
        named = sorted(o for o in acts + events + dates if o[0] in reach and o[0] < close)
        if named and named[0] in dates:
            close = named[0][1]
        outside = any(not (end <= s < close) for s, _ in acts)
        if named and outside and (cue is None or not (end <= cue.start < close)):
            surface = text[start:end]
            return LaterCue(Cue("earlier", "", surface, start, end), (end, close))
    return None if cue is None else _unstated_earlier(parsed, cue, taken)


def _unstated_earlier(
    parsed: ParsedStatement, denial: Cue, taken: list[tuple[int, int]]
) -> LaterCue | None:
    """A denial bounded to the time before a moment it leaves unsaid, which a report means as
    the occasion it is about ("Lam had never met Orbán before.", "chưa từng điện đàm với ông
    Daines trước đó"): a cue closing the clause of the denial, or opening a clause of its own,
    alone or with a word that points back (`earlier_anaphors`: "before that", "trước đó",
    "trước kia"; not "trước đây", "before now": the time of speaking, so any time up to now);
    or, where the statement gives no date that would say when, a tense that sets the denial
    before a past moment (`earlier_tenses`: "had never met Orbán"; a cue of kind "tense"). The
    cue takes those words; its anchor is empty, as no day of the moment is known."""
    text = parsed.text
    starts = [s for _, s, _ in parsed.tokens.words()]
    anaphors = phrases_at(parsed, "statements", "earlier_anaphors")
    for start, end in phrases_at(parsed, "statements", "earlier_cues"):
        if overlaps(start, end, taken):
            continue
        close = clause_end(text, end)
        opened = max((i + 1 for i in range(start) if text[i] in CLAUSE_BREAKS), default=0)
        after = [s for s in starts if end <= s < close]
        back = next((e for s, e in anaphors if after and s == after[0]), end)
        alone = not any(back <= s < close for s in starts)
        fronted = not any(opened <= s < start for s in starts)
        if alone and (fronted or opened <= denial.start < close):
            surface = text[start:back]
            return LaterCue(Cue("earlier", "", surface, start, back), (back, back))
    if parsed.dates:
        return None
    for start, end in phrases_at(parsed, "statements", "earlier_tenses"):
        if overlaps(denial.start, denial.end, [(start, end)]):
            return LaterCue(Cue("tense", "", text[start:end], start, end), (end, end))
    return None


def relative_cue(parsed: ParsedStatement, cues: list[Cue], later: list[Cue]) -> Cue | None:
    """The first relative date cue that is one. A phrase that names the day of another act
    (`relative_acts` in dates.yaml: "On the day Trump sent his letter, ...", "Đúng ngày ông Trump
    gửi thư mời, ...") is one only where an act's words follow it in its anchor (to the comma
    when it opens the statement, else to the end), no date stands there or in it, and an act
    stands outside both: "on the day of Feb. 19", "vào ngày 19/2", "ngày 16/1" are dates. Nor
    is one right after a count of years, or its `later` word ("kỷ niệm 30 năm ngày thiết lập
    quan hệ", "30 years since the day they established ties"): the day the count runs from."""
    # every language's, as the cues are read: "Đăng ngày 19/2: Hungary approved ..." is read
    # as English, its "ngày" a Vietnamese cue
    acts = phrase_keys("dates", "relative_acts")
    # ... said after a verb that links an act to it as well ("diễn ra ngày", relative_links)
    links = ((), *phrase_keys("dates", "relative_links"))
    acts = {(*link, *act) for link in links for act in acts}
    dates = [(d.start, d.end) for d in (*parsed.dates, *parsed.report_dates)]
    triggers = [t for t in parsed.triggers if t.kind == "trigger"]
    counts = {q.end for q in parsed.quantities if q.unit == "year"}
    counts |= {c.end for c in later if _right_after(parsed.text, c.start, counts)}
    for cue in cues:
        if tuple(fold(cue.text).split()) not in acts:
            return cue
        if _right_after(parsed.text, cue.start, counts):
            continue
        opens = not any(t.start < cue.start for t in triggers)
        comma = parsed.text.find(",", cue.end)
        end = comma if opens and comma != -1 else len(parsed.text)
        inside = [t for t in triggers if cue.end <= t.start < end]
        outside = [t for t in triggers if not cue.start <= t.start < end]
        if inside and outside and not overlaps(cue.start, end, dates):
            return cue
    return None


def _right_after(text: str, start: int, ends: Collection[int]) -> bool:
    """Whether the words at `start` follow right on one of `ends` (a figure's, past spaces)."""
    return len(text[:start].rstrip()) in ends

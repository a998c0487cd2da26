"""Stage 1 of checking (factdb.check.parse), a count of years read as an age: right before
an event it names the event's anniversary ("half a century after the end of the Vietnam War",
`elapsed` in lexicon/<lang>/statements.yaml), with the short names an event goes by only
there; joined to a noun by a verb that builds what it names over that span it is the age of
that noun's predicate ("ties built over three decades", `ages`).
"""

from __future__ import annotations

from functools import cache

from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.check.wording import Key, drop_triggers, gap_words
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import LANGUAGES, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import EVENT, Vocabulary
from factdb.records import dataclass
from factdb.text.covered import overlaps
from factdb.text.fold import fold
from factdb.text.tokens import phrase_spans, word_keys


@dataclass(frozen=True, slots=True)
class _ElapsedLinks:
    """How a count of years joins the event it measures: its unit, the folded words that may
    stand between them, and those that may only after a count said as an anniversary ("the
    40th anniversary of the end of the war": a bare "30 years of the war" is its length)."""

    unit: str
    links: frozenset[tuple[str, ...]]
    anniversary_links: frozenset[tuple[str, ...]]

    def join(self, q: Quantity, gap: str) -> bool:
        """Whether `q` measures the event after `gap`, the text between them."""
        if q.unit != self.unit:
            return False
        words = tuple(gap_words(gap))
        return words in self.links or (words in self.anniversary_links and _anniversary_worded(q))


@cache
def _elapsed_links() -> dict[str, _ElapsedLinks]:
    """For each predicate a count of years before an event measures, how the two are joined
    (`elapsed` in lexicon/<lang>/statements.yaml), of every language: a statement written
    without marks is read with both."""
    units: dict[str, str] = {}
    links: dict[str, set[tuple[str, ...]]] = {}
    named: dict[str, set[tuple[str, ...]]] = {}
    for lang in LANGUAGES:
        for pid, data in (load_lexicon(lang, "statements").get("elapsed") or {}).items():
            units[pid] = data["unit"]
            links.setdefault(pid, set()).update(word_keys(str(p)) for p in data["links"])
            named.setdefault(pid, set()).update(
                word_keys(str(p)) for p in data.get("anniversary_links") or ()
            )
    return {
        pid: _ElapsedLinks(units[pid], frozenset(found), frozenset(named[pid]))
        for pid, found in links.items()
    }


@cache
def _anniversary_words() -> frozenset[str]:
    """The folded words that make an ordinal before them an age in years ("anniversary":
    `ranks.anniversaries` in lexicon/<lang>/numbers.yaml), of every language."""
    return frozenset(
        fold(str(w))
        for lang in LANGUAGES
        for w in (load_lexicon(lang, "numbers").get("ranks") or {}).get("anniversaries") or ()
    )


def _anniversary_worded(q: Quantity) -> bool:
    """Whether a count ends in an anniversary word ("the 40th anniversary")."""
    words = gap_words(q.text)
    return bool(words) and words[-1] in _anniversary_words()


def read_elapsed(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A count of years right before an event names the event's age ("half a century after the
    end of the Vietnam War", "40 năm kết thúc chiến tranh Việt Nam"): the predicate of the
    event's anniversary is read, with the joining words as its trigger, so that the count is
    weighed as the event's age and not as a figure no claim gives. Only a count in the
    lexicon's unit that touches the event (by its joining words or none) is read: "Leahy, 48
    years a senator, voted to end the war" measures no end of the war. Returns the spans of
    the joining words, read."""
    _read_elapsed_names(parsed, vocab)
    events = [
        m
        for m in parsed.entities
        if len(m.ids) == 1 and m.ids[0] in vocab.entities and vocab.entities[m.ids[0]].type == EVENT
    ]
    read: list[tuple[int, int]] = []
    if not events:
        return read
    text = parsed.text
    _drop_other_anniversaries(parsed, events)
    for pid, joins in _elapsed_links().items():
        if pid in parsed.predicates or pid not in vocab.predicates:
            continue
        for q in parsed.quantities:
            after = [m for m in events if m.start >= q.end]
            event = min(after, key=lambda m: m.start) if after else None
            gap = text[q.end : event.start] if event is not None else ""
            if event is None or not joins.join(q, gap):
                continue
            if joined := gap.strip():
                start = q.end + gap.index(joined)
                parsed.triggers.append(Cue("trigger", pid, joined, start, start + len(joined)))
                read.append((start, start + len(joined)))
            parsed.predicates[pid] = f"count {q.text!r} of {event.text!r}"
            break
    return read


@cache
def _age_readings() -> dict[str, tuple[str, frozenset[Key], frozenset[Key], frozenset[str]]]:
    """For each predicate whose value a count of years may give as the age of what a noun
    names, the count's unit, the folded nouns, the folded words that may join them to the
    count and the folded words that may stand between the noun and its names (`ages` in
    lexicon/<lang>/statements.yaml), of every language: a statement written without marks is
    read with both."""
    units: dict[str, str] = {}
    nouns: dict[str, set[Key]] = {}
    links: dict[str, set[Key]] = {}
    attach: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for pid, data in (load_lexicon(lang, "statements").get("ages") or {}).items():
            units[pid] = data["unit"]
            nouns.setdefault(pid, set()).update(word_keys(str(p)) for p in data["nouns"])
            links.setdefault(pid, set()).update(word_keys(str(p)) for p in data["links"])
            attach.setdefault(pid, set()).update(w for p in data["attach"] for w in gap_words(p))
    return {
        pid: (units[pid], frozenset(nouns[pid]), frozenset(links[pid]), frozenset(attach[pid]))
        for pid in units
    }


def read_ages(parsed: ParsedStatement, vocab: Vocabulary) -> list[tuple[int, int]]:
    """A count of years joined to a noun (and the names after it) by a verb that builds or
    keeps what it names over that span ("Vietnam-US ties have been built over more than three
    decades", "Quan hệ Việt Nam – Mỹ đã được vun đắp suốt hơn 30 năm"): the noun, another
    predicate's trigger, is read as the predicate of the age (an anniversary of relations), so
    that the count is weighed as their age, of now. Only the listed joining words, whole: "ties
    have deepened over two decades" measures a change, not the ties. Returns the spans of the
    joining words, read."""
    text = parsed.text
    read: list[tuple[int, int]] = []
    for pid, (unit, nouns, links, attach) in _age_readings().items():
        if pid not in vocab.predicates:
            continue
        for t in parsed.triggers:
            after = [q for q in parsed.quantities if q.start >= t.end and q.unit == unit]
            if t.kind != "trigger" or word_keys(t.text) not in nouns or not after:
                continue
            q = after[0]
            named = [m for m in parsed.entities if t.end <= m.start and m.end <= q.start]
            before = [m.end for m in parsed.entities if m.end <= t.start]
            # the noun is the names' own ("Vietnam-US ties", "quan hệ giữa Việt Nam và Mỹ"), no
            # other kind of ties between them ("economic ties", "quan hệ kinh tế")
            own = (before and set(gap_words(text[max(before) : t.start])) <= attach) or (
                named and set(gap_words(text[t.end : min(m.start for m in named)])) <= attach
            )
            start = max([t.end, *(m.end for m in named)])
            gap = text[start : q.start]
            if not own or tuple(gap_words(gap)) not in links:
                continue
            if t.target != pid:  # "ties" (a level held) read as the ties' age
                drop_triggers(parsed, [t])
                parsed.triggers.append(Cue("trigger", pid, t.text, t.start, t.end))
                parsed.predicates[pid] = f"age {q.text!r} of {t.text!r}"
            joined = gap.strip()
            begin = start + gap.index(joined) if joined else start
            parsed.ages.append(Cue("age", pid, joined, begin, begin + len(joined)))
            if joined:
                read.append((begin, begin + len(joined)))
            break
    return read


def _read_elapsed_names(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """The short names an event goes by only where a count of years measures it ("50 years
    since the war ended", "nửa thế kỷ kết thúc chiến tranh": `elapsed_names` in
    lexicon/<lang>/statements.yaml): read as that event right after such a count, joined by its
    words or none, and nowhere else ("to end the war" alone may be any war)."""
    names = {
        eid
        for lang in LANGUAGES
        for eid in load_lexicon(lang, "statements").get("elapsed_names") or {}
        if eid in vocab.entities
    }
    text, words = parsed.text, parsed.tokens.words()
    counts = _elapsed_links().values()
    for eid in sorted(names):
        for start, end in phrase_spans(words, phrase_keys("statements", "elapsed_names", sub=eid)):
            if overlaps(start, end, [(m.start, m.end) for m in parsed.entities]):
                continue
            if _placed_after(parsed, vocab, end):
                continue  # "the end of the war in Gaza": another war, its place said
            if any(
                q.end <= start and joins.join(q, text[q.end : start])
                for q in parsed.quantities
                for joins in counts
            ):
                parsed.entities.append(Mention(text[start:end], start, end, (eid,)))


def _drop_other_anniversaries(parsed: ParsedStatement, events: list[Mention]) -> None:
    """An anniversary word inside a count that measures an event, or right before it ("the
    50th anniversary of the end of the war", "kỷ niệm 50 năm ngày chiến tranh kết thúc"),
    triggers the event's anniversary alone: not another predicate it also names (the
    anniversary of diplomatic relations), whose count it would be read as too."""
    links = _elapsed_links()
    tied = [
        q
        for q in parsed.quantities
        if any(
            m.start >= q.end and joins.join(q, parsed.text[q.end : m.start])
            for m in events
            for joins in links.values()
        )
    ]
    drop_triggers(
        parsed,
        [
            t
            for t in parsed.triggers
            if t.target not in links
            and any(
                (q.start <= t.start and t.end <= q.end)
                or (t.end <= q.start and not parsed.text[t.end : q.start].strip())
                for q in tied
            )
        ],
    )


def _placed_after(parsed: ParsedStatement, vocab: Vocabulary, end: int) -> bool:
    """Whether a locative and a name follow `end` ("... in Gaza", "... ở Ukraine"): a short
    name of an event then names another one, of that place (the sources' own, placed, is a
    whole name of the vocabulary: "the end of the war in Vietnam")."""
    after = [w for w in parsed.tokens.words() if w[1] >= end]
    for n in range(1, min(3, len(after) - 1) + 1):
        if tuple(k for k, _, _ in after[:n]) in vocab.locatives:
            _, s, e = after[n]
            return parsed.text[s:e][:1].isupper()
    return False

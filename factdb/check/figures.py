"""Stage 1 of checking (factdb.check.parse), the figures of a statement beside
factdb.extract.quantities: the period a figure is given per (factdb.check.rates) and a rate of
another figure, the former value of a change ("up from 200"), a denied bound ("did not top
$1bn", "came close to $1bn without reaching it"), the ordinal of a numbered series ("the 13th
National Party Congress"), a counted noun of offices, a number made across a phrase's edge
without diacritics, triggers read across a figure's end, and the marks of a series the
statement does not name. A count of years as an event's age is read in factdb.check.ages.
"""

from __future__ import annotations

from functools import cache, lru_cache

from factdb.check.denials import denial_spans
from factdb.check.ordinals import member_ordinal, members, read_ordinals
from factdb.check.rates import (
    counts_periods,
    periods_a_year,
    span_follows,
    spans_totalled,
    yearly,
    yearly_predicates,
)
from factdb.check.statement import Cue, Mention, ParsedStatement
from factdb.check.wording import Key, drop_triggers, gap_words, phrase_words
from factdb.extract.quantities import Quantity
from factdb.lexicon.index import Entry, numbers, phrase_keys
from factdb.lexicon.index import load as load_lexicon
from factdb.lexicon.vocabulary import ROLE_TYPE, Vocabulary
from factdb.records import replace
from factdb.text.covered import within
from factdb.text.sentences import SENTENCE_ENDS
from factdb.text.tokens import phrase_spans, word_keys

# The words of a figure a trigger may begin with ("years of diplomatic relations"): its units,
# their parts and multiples, its scales (lexicon/<lang>/numbers.yaml).
FIGURE_WORDS = ("unit", "subunit", "scale")


def names_offices(target: str, vocab: Vocabulary) -> bool:
    """Whether a counted noun's target names offices, joined by "+" (`counted_offices` in
    lexicon/<lang>/statements.yaml: "heads of state and government"), not people at large."""
    return all(
        r in vocab.entities and vocab.entities[r].type == ROLE_TYPE for r in target.split("+")
    )


def drop_rates_of_other_figures(parsed: ParsedStatement, vocab: Vocabulary) -> None:
    """A rate said inside a figure of another dimension than an act's ("200 scholarships a
    year" beside "approved $400m in ODA") is that figure's rate, not the act done again: it is
    no other act of the ODA package (`other_acts` in lexicon/<lang>/synonyms.yaml). Said inside
    the act's own figure ("$400m a year in ODA") it still is."""

    def foreign(cue: Cue) -> bool:
        dimension = vocab.predicates[cue.target].dimension
        return any(
            q.start <= cue.start
            and cue.end <= q.end
            and q.unit is not None
            and vocab.dimension_of(q.unit) != dimension
            for q in parsed.quantities
        )

    parsed.other_acts = [c for c in parsed.other_acts if not foreign(c)]
    _read_periods(parsed)


def _read_periods(parsed: ParsedStatement) -> None:
    """The period a figure is given per, which a yearly figure reads in (factdb.check.rates):
    the rate the figure takes ("200 scholarships a month"), or one said apart in its sentence
    where the sentence gives that one figure ("Mỗi tháng Hungary cấp 200 học bổng", "cấp 200
    học bổng cho sinh viên Việt Nam mỗi tháng"). Either is no other act of a yearly figure."""
    figures = [q for q in parsed.quantities if not counts_periods(q)]
    for q in figures:
        if (n := periods_a_year(q.text)) is not None and not span_follows(parsed.text[q.end :]):
            parsed.periods[(q.start, q.end)] = n
    taken: list[Cue] = []
    for c in parsed.other_acts:
        n = periods_a_year(c.text, whole=True)
        if not yearly(c.target) or n is None:
            continue
        inside = [q for q in figures if q.start <= c.start and c.end <= q.end]
        apart = [
            q
            for q in figures
            if not SENTENCE_ENDS & set(parsed.text[min(q.end, c.end) : max(q.start, c.start)])
        ]
        if inside or len(apart) == 1:
            taken.append(c)
            for q in inside or apart:
                parsed.periods.setdefault((q.start, q.end), n)
    parsed.other_acts = [c for c in parsed.other_acts if c not in taken]
    # a figure said over several periods ("over five years") totals them, another figure than
    # a year's however it is meant, as "in total" is (`other_acts` in lexicon/<lang>/synonyms)
    for start, end in spans_totalled(
        parsed.text, parsed.tokens.words(), parsed.lang, parsed.quantities
    ):
        said = parsed.text[start:end]
        parsed.other_acts += [Cue("other_act", p, said, start, end) for p in yearly_predicates()]


def drop_former_values(parsed: ParsedStatement) -> None:
    """A figure right after words that give what it was before ("250 a year, up from 200",
    "tăng từ 200": `former_values` in lexicon/<lang>/statements.yaml) is the old value, no
    reading of the figure the statement gives, so it is dropped where another is given. It is
    kept as a former value: a change the claims do not give keeps the statement from support
    (accounting.unborne_changes)."""
    text = parsed.text
    keys = list(phrase_keys("statements", "former_values", (parsed.lang,)))
    spans = phrase_spans(parsed.tokens.words(), keys) if keys else []
    former = [
        q
        for q in parsed.quantities
        if any(e <= q.start and not text[e : q.start].strip() for _, e in spans)
    ]
    if former and len(former) < len(parsed.quantities):
        parsed.quantities = [q for q in parsed.quantities if q not in former]
        parsed.former_values = former


def deny_bounds(
    parsed: ParsedStatement, found: list[tuple[str, int, int, list[Entry]]], vocab: Vocabulary
) -> None:
    """A denial right before a one-sided comparator, with at most the words of
    `bound_denial_gaps` between (lexicon/<lang>/statements.yaml: "has not yet topped", "chưa
    hề vượt"), falls on the bound, not on an act: "did not top $1bn" is a figure of at most
    $1bn, "chưa chạm mốc 1 tỷ USD" one under it (Quantity.denied). The figure takes the
    denial's words, so that they deny nothing else (they are shielded as a number's)."""
    text = parsed.text
    denials = denial_spans(parsed, found, vocab)
    if not denials:
        return
    gaps = phrase_words(
        tuple(load_lexicon(parsed.lang, "statements").get("bound_denial_gaps") or ())
    )
    kept: list[Quantity] = []
    for q in parsed.quantities:
        start = next(
            (
                s
                for s, e in sorted(denials, key=lambda d: d[0] - d[1])
                if e <= q.start and set(gap_words(text[e : q.start])) <= gaps
            ),
            None,
        )
        denied = q.denied(text, start) if start is not None else None
        kept.append(denied or q)
    parsed.quantities = kept
    _deny_reach_back(parsed, found, denials, gaps)


@lru_cache(maxsize=4)
def _rising(lang: str) -> tuple[tuple[Key, bool], ...]:
    """A language's comparators that say a figure got to an amount or past it ("reach",
    "exceed", "chạm mốc", "vượt"), as folded keys, each with whether it says it got to it
    (a denial of which leaves the figure under the amount), longest first."""
    found = [
        (word_keys(str(c["phrase"])), bool(c.get("reaches")))
        for c in load_lexicon(lang, "numbers").get("comparators") or ()
        if c.get("reaches") or c.get("op") in ("gt", "ge")
    ]
    return tuple(sorted(found, key=lambda f: -len(f[0])))


def _deny_reach_back(
    parsed: ParsedStatement,
    found: list[tuple[str, int, int, list[Entry]]],
    denials: list[tuple[int, int]],
    gaps: frozenset[str],
) -> None:
    """A denial of a rising comparator whose object points back to the figure just said
    ("came close to $1bn without reaching it", "gần chạm mốc 1 tỷ USD nhưng chưa vượt mốc
    này": `bound_anaphors` in lexicon/<lang>/statements.yaml) says the figure stayed under
    that amount: its line is cut there (Quantity.kept_under), and it takes the words."""
    text, words = parsed.text, parsed.tokens.words()
    anaphors = phrase_keys("statements", "bound_anaphors", (parsed.lang,))
    for start, end in denials:
        before = [q for q in parsed.quantities if q.end <= start]
        if not before or any(c in text[before[-1].end : start] for c in ".;?!"):
            continue
        # another name or act between is another subject's ("trade passed $1bn, but the ODA
        # did not reach it")
        if any(
            k in ("entity", "trigger") and before[-1].end <= s and e <= start
            for k, s, e, _ in found
        ):
            continue
        rest = [w for w in words if w[1] >= end]
        i = 0
        while i < len(rest) and rest[i][0] in gaps:
            i += 1
        keys = tuple(w for w, _, _ in rest[i:])
        rising = next(((k, r) for k, r in _rising(parsed.lang) if keys[: len(k)] == k), None)
        if rising is None:
            continue
        i += len(rising[0])
        anaphor = next((k for k in anaphors if k and keys[i : i + len(k)] == k), None)
        if anaphor is None:
            continue
        q = before[-1]
        kept = q.kept_under(text, rest[i + len(anaphor) - 1][2], strict=rising[1])
        if kept is not None:
            parsed.quantities = [kept if p is q else p for p in parsed.quantities]


def read_ordinal_names(parsed: ParsedStatement) -> None:
    """The ordinals beside the name of a numbered series (factdb.check.ordinals): each is read
    as which member it names, not as a rank; and a name of the series it stands beside is that
    member ("the 13th National Party Congress" is no 14th Congress, which "National Party
    Congress" alone names): the vocabulary's member of that ordinal, or none it knows."""
    found = read_ordinals(parsed.text, parsed.tokens)
    if not found:
        return
    # the name is the whole of a name that starts inside it: "the 14th Central Committee of
    # the Communist Party of Vietnam"
    for i, o in enumerate(found):
        end = max([o.end] + [m.end for m in parsed.entities if o.start <= m.start < o.end])
        found[i] = replace(o, end=end, text=parsed.text[o.start : end])
    parsed.ordinals = found
    spans = [(o.start, o.end) for o in parsed.ordinals]
    parsed.quantities = [q for q in parsed.quantities if not within(q.start, q.end, spans)]
    # its words are its own: "thu" of "lan thu 13" is no letter ("thư")
    drop_triggers(parsed, [t for t in parsed.triggers if within(t.start, t.end, spans)])
    entities: list[Mention] = []
    for m in parsed.entities:
        ordinal = next(
            (o for o in parsed.ordinals if within(m.start, m.end, [(o.start, o.end)])), None
        )
        held = [member_ordinal(eid) for eid in m.ids] if ordinal is not None else []
        if ordinal is None or not any(h is not None and h[0] == ordinal.series for h in held):
            entities.append(m)
        elif (member := members(ordinal.series).get(ordinal.value)) is not None:
            entities.append(replace(m, ids=(member,)))
    parsed.entities = entities


def straddles(start: int, end: int, found: list[tuple[str, int, int, list[Entry]]]) -> bool:
    """Whether start..end crosses the edge of a phrase read in `found` (a name, a trigger, a
    denial). Written without diacritics, one word folds to several ("thu": thứ, the prefix of
    a rank, or thư, a letter, the end of "Bí thư"; "nam": năm, five, or the "Nam" of "Viet
    Nam"), and a number made across a phrase's edge ("Tong Bi thu | tu choi", "Viet Nam | day
    manh") takes a word that phrase reads: the phrase is the reading, and the number only
    seems to be one."""
    return any(
        start < e and s < end and not (s <= start and end <= e) and not (start <= s and e <= end)
        for _, s, e, _ in found
    )


@cache
def mark_series() -> dict[str, str]:
    """Each predicate whose value is a mark a series passed, with that series
    (lexicon/world/marks.yaml: trade_milestone, of trade_turnover)."""
    marks = load_lexicon("world", "marks").get("marks") or {}
    return {mark: data["series"] for mark, data in marks.items()}


def marks_of_nothing(parsed: ParsedStatement) -> list[Cue]:
    """The triggers of a mark whose series the statement does not name: "for the first time",
    "lần đầu" alone is the first time of another act ("Hungary and Vietnam held talks for the
    first time in 2024", "cấp 200 suất học bổng lần đầu tiên năm 2024"), no first passing of
    a trade mark, which the claims' first year would refute."""
    named = {t.target for t in parsed.triggers}
    series = mark_series()
    return [t for t in parsed.triggers if t.target in series and series[t.target] not in named]


def across_figures(parsed: ParsedStatement) -> list[Cue]:
    """The triggers read from a word inside a figure's phrase to past its end: "nửa thế kỷ |
    kết thúc" folds to hold "ký kết" (signed), with the "kỷ" of "thế kỷ" (a century). The
    figure is the reading. A trigger that begins with a whole unit or scale word of the figure
    ("25 years of diplomatic relations") is the trigger's, as its phrase was written."""
    toks = parsed.tokens
    begins = {toks.offset(toks.starts[k]): k for k in range(len(toks))}
    return [
        t
        for t in parsed.triggers
        if any(q.start < t.start < q.end < t.end for q in parsed.quantities)
        and not (t.start in begins and numbers().at(toks, begins[t.start], FIGURE_WORDS))
    ]

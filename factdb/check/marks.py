"""Marks a series passed (factdb/lexicon/world/marks.yaml): the first year trade passed a billion.

A claim of such a first passing decides three things, each read here and decided by a rule in
factdb.check.rules: its value is met only by the same mark (`mark_predicates`, read by
assess.value_conflict through rules.compare_value); a figure of the series above the mark said for a
year before it is refuted (rules.above_before_first: "crossed $1bn back in 2024"); so is the mark
said passed again in that first year (rules.again_in_first: "for the second straight year in
2025", with the words of lexicon/<lang>/repeats.yaml). The year of a first passing dates the
series too (`date_series`), and a lower mark's first passing it leaves open in any year.

The two refutations are read only of a plain statement of the figure: no denial ("did not
cross"), no mood or hedge ("might have crossed", `hedges` in lexicon/<lang>/statements.yaml),
no speaker ("..., Orbán claimed"), one date
that is not open-started ("since 2020" reaches into the first year), one figure in the claim's
unit, the claim's parties named. A repeat word counts only in the figure's clause, and not
beside the mark's own word of a first passing ("lần đầu", "for the first time").
"""

from __future__ import annotations

from functools import cache

from factdb.check.explain import Words
from factdb.check.figures import mark_series
from factdb.check.findings import Context, Part
from factdb.check.match import ClaimIndex
from factdb.check.rules import CONTRADICTED, above_before_first, again_in_first
from factdb.check.scope import MAX_READINGS
from factdb.check.stance import StanceReading
from factdb.check.statement import ParsedStatement, phrases_at
from factdb.extract.quantities import Quantity
from factdb.store.intervals import Interval
from factdb.text.sentences import CLAUSE_BREAK


@cache
def mark_predicates() -> frozenset[str]:
    """The predicates whose value is a mark passed, met only by the same mark."""
    return frozenset(mark_series())


@cache
def series_marks() -> dict[str, tuple[str, ...]]:
    """For each series, the mark predicates whose first passing bounds it in the years before
    (marks.yaml `series`)."""
    found: dict[str, list[str]] = {}
    for mark, series in mark_series().items():
        found.setdefault(series, []).append(mark)
    return {series: tuple(marks) for series, marks in found.items()}


def date_series(ctx: Context, pids: list[str]) -> None:
    """Give a series of `pids` with no date of its own the dates its mark's first passing took
    (scope.place_values gives a date to the mark before the series): "first passed $700m in
    2022" says trade was past $700m in 2022, so a figure of the series for another year ("above
    a billion in 2025") is another period, not a refutation of it."""
    for series, marks in series_marks().items():
        dated = [d for m in marks for d in ctx.dates.get(m, [])]
        if dated and series in pids and series not in ctx.dates:
            ctx.dates[series] = dated[:MAX_READINGS]


def repeated(parsed: ParsedStatement, figure: Quantity) -> bool:
    """Whether the statement says the figure's passing happened before too ("for the second
    straight year", "lần thứ hai"), in the figure's own clause: "Lam visited Hungary again in
    2025, when trade passed $1 billion" says nothing of the trade."""
    for start, end in phrases_at(parsed, "repeats", "repeats"):
        lo, hi = (end, figure.start) if end <= figure.start else (figure.end, start)
        if CLAUSE_BREAK.search(parsed.text, lo, hi) is None:
            return True
    return False


def mark_parts(
    index: ClaimIndex,
    words: Words,
    parsed: ParsedStatement,
    mentioned: set[str],
    stance: StanceReading | None,
) -> list[Part]:
    """The part a first passing refutes (the module docstring), or none."""
    marks = series_marks()
    said = [m for s, ms in marks.items() if s in parsed.predicates for m in ms]
    dated = [d for d in parsed.dates if d.year_known]
    plain = parsed.negation is None and parsed.modality == "fact" and stance is None
    plain = plain and not phrases_at(parsed, "statements", "hedges")
    if not said or not plain or len(dated) != 1 or dated[0].opened_last is not None:
        return []
    if any(t.target in said for t in parsed.triggers):
        return []  # the first passing itself ("lần đầu vượt"): the mark's claim decides it
    date = dated[0]
    found = index.claims_naming(said, mentioned)
    for c in (c for pid in said for c in found.get(pid, [])):
        figures = [q for q in parsed.quantities if q.unit == c.unit]
        if c.polarity != "affirmed" or c.modality != "fact" or len(figures) != 1:
            continue
        if not c.entities() <= mentioned:
            continue
        q = figures[0]
        stated = Interval(q.low, q.high, q.low_open, q.high_open)
        before = above_before_first(stated, date, c)
        if before or (repeated(parsed, q) and again_in_first(stated, date, c)):
            reason = words.first_passing(c, date.text, before)
            part = Part(c.predicate, CONTRADICTED, reason, "first-passing", decisive=[c])
            part.quantity, part.date = q, date
            return [part]
    return []

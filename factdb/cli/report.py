"""Stage 4 of checking: a Judgement, or a batch statement that got none, rendered for people
(text) and for programs (JSON)."""

from __future__ import annotations

from collections.abc import Sequence

from factdb.check.assertions import Assertion, Predication
from factdb.check.judge import CONTRADICTED, SUPPORTED, Judgement
from factdb.check.stance import StanceReading
from factdb.check.statement import ParsedStatement, StatementTooLong
from factdb.cli.text import quote_in_sentence, style, visible
from factdb.records import dataclass
from factdb.store.intervals import Interval, describe

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

COLOURS = {SUPPORTED: "green", CONTRADICTED: "red"}
# Enough of an unchecked statement to recognise it; all of it could be a megabyte.
PREVIEW = 60
RESTATEMENTS_SHOWN = 5  # by id in the text report, the rest counted
DEFAULT_MARKS = frozenset({"unmarked", "affirmed", "fact"})  # left out of a parsed assertion


@dataclass(frozen=True)
class Unchecked:
    """A statement of a batch that got no verdict, where a verdict would have stood in the
    output, so that no reader takes the batch for fully checked."""

    line: int  # 1-based, as str.splitlines counts the input
    statement: str
    error: StatementTooLong


def unchecked_to_dict(u: Unchecked) -> dict[str, Any]:
    # No "verdict" key: a program that reads verdicts fails loudly on this record instead of
    # taking it for one.
    return {
        "line": u.line,
        "error": "statement_too_long",
        "message": str(u.error),
        "length": u.error.length,
        "limit": u.error.limit,
    }


def render_unchecked(u: Unchecked) -> str:
    # Too long to print, by definition: the start, on one line, marked as cut.
    preview = " ".join(u.statement[: PREVIEW * 2].split())[:PREVIEW]
    label = style("NOT CHECKED", fg="magenta", bold=True)
    return f"{label}  line {u.line}: {visible(preview)}…\n  why: {u.error}"


def judgement_to_dict(j: Judgement) -> dict[str, Any]:
    return {
        "statement": j.statement,
        "verdict": j.verdict,
        "evidence": [
            {"claim": c.id, "source": s.source, "start": s.start, "end": s.end, "quote": s.quote}
            for c in j.evidence
            for s in c.spans
        ],
        # Claims stating the same fact as an evidence claim, from other sentences or articles:
        # how many, and the first of them by id.
        "restatements": {
            c.id: {"count": c.restatements, "ids": list(c.restated_by)}
            for c in j.evidence
            if c.restatements
        },
        "explanation": j.explanation,
        "parts": [
            {
                "predicate": p.predicate,
                "verdict": p.verdict,
                "reason": p.reason,
                "claims": [c.id for c in p.decisive],
                "considered": [f.claim.id for f in p.considered],
                "quantity": None if p.quantity is None else p.quantity.text,
                "date": None if p.date is None else p.date.text,
            }
            for p in j.parts
        ],
    }


def render_judgement(j: Judgement, source_text: Any, where: str | None = None) -> str:
    """The verdict, each part with its reason, and each evidence quote in its sentence; `where`
    (a batch's "line 3") stands before the statement."""
    label = j.verdict.upper().replace("_", " ")
    lines = [
        style(label, fg=COLOURS.get(j.verdict, "yellow"), bold=True)
        + "  "
        + visible((f"{where}: " if where else "") + j.statement),
        visible(f"  why: {j.explanation}"),
    ]
    if len(j.parts) > 1:
        for p in j.parts:
            lines.append(visible(f"  part {p.predicate}: {p.verdict} — {p.reason}"))
    quoted: set[tuple[str, str]] = set()
    for claim in j.evidence:
        # One quote a claim, its first span; an office named at every mention of a person
        # would otherwise print the same fact six times.
        span, *others = claim.spans
        sentence = quote_in_sentence(source_text(span.source), span.start, span.end)
        more = f"  (+{len(others)} more quote(s): factdb show {claim.id})" if others else ""
        lines.append(
            visible(f"  evidence {claim.id}  source {span.source} [{span.start}:{span.end}]{more}")
        )
        if (span.source, sentence) not in quoted:  # two claims quoting one sentence: shown once
            quoted.add((span.source, sentence))
            lines.append(f"    {sentence}")
        if claim.restatements:
            shown = ", ".join(claim.restated_by[:RESTATEMENTS_SHOWN])
            more = claim.restatements - RESTATEMENTS_SHOWN
            lines.append(
                visible(f"  restated by {claim.restatements} claim(s): {shown}")
                + (f" and {more} more" if more > 0 else "")
            )
    return "\n".join(lines)


def render_parse(
    parsed: ParsedStatement,
    assertions: Sequence[Assertion] = (),
    stance: StanceReading | None = None,
    bound: Sequence[Predication] = (),
    clauses: Sequence[str] = (),
) -> str:
    data = parsed.to_dict()
    lines = [f"statement  {parsed.text}", f"language   {parsed.lang}"]
    for m in data["entities"]:
        lines.append(f"entity     {m['text']!r} -> {', '.join(m['ids'])}")
    for p in data["predicates"]:
        lines.append(f"predicate  {p['id']} ({p['cue']})")
    for q in parsed.quantities:
        interval = Interval(q.low, q.high, q.low_open, q.high_open)
        comparator = f" comparator {q.comparator}" if q.comparator else ""
        lines.append(f"quantity   {q.text!r} -> {describe(interval, q.unit)}{comparator}")
    for d in data["dates"]:
        lines.append(f"date       {d['text']!r} -> {d['start']}..{d['end']} ({d['grain']})")
    for o in data["ordinals"]:
        lines.append(f"ordinal    {o['text']!r} -> member {o['value']} of {o['series']}")
    for name in parsed.unknown_names:
        lines.append(f"unknown    {name!r} (a name the claim base does not know)")
    if data["unaccounted"]:
        words = ", ".join(map(repr, data["unaccounted"]))
        lines.append(f"unread     {words} (words a deciding claim must account for)")
    if parsed.disputed is not None:
        lines.append(
            f"disputed   {parsed.disputed!r} (a label before what it says: asserted by no one)"
        )
    lines.append(f"negation   {data['negation'] or '-'}")
    # a denial bounded to a time ("never met Orbán before Feb 19"), a statement set after an
    # event ("after the trip"): the time is what the judge weighs the claims against
    for name, bound_cue in (("before", parsed.earlier), ("after", parsed.later)):
        if bound_cue is not None:
            start, end = bound_cue.anchor
            when = repr(parsed.text[start:end].strip()) if end > start else "a time left unsaid"
            lines.append(f"bound      {bound_cue.cue.text!r}: {name} {when}")
    lines.append(f"modality   {data['modality']}")
    for a in assertions:
        who = a.subject or "holder of " + "/".join(e for e in a.holder or () if e)
        where = f" of {a.jurisdiction}" if a.jurisdiction else ""
        marks = [m for m in (a.tense, a.polarity, a.modality) if m not in DEFAULT_MARKS]
        extra = f" [{', '.join(marks)}]" if marks else ""
        lines.append(f"assertion  {a.text!r} -> {who} holds {a.office}{where} ({a.form}){extra}")
    if stance is not None:
        listed = f" (with {', '.join(stance.others)})" if stance.others else ""
        lines.append(f"speaker    {stance.text!r} -> {stance.speaker} {stance.stance}{listed}")
    for p in bound:
        binds = p.to_dict()
        if binds["agents"] or binds["after"]:
            who = ", ".join(binds["agents"]) or "-"
            lines.append(f"binds      {p.predicate}: {who} -> {', '.join(binds['after']) or '-'}")
    for clause in clauses:  # a sentence of several attributions, judged clause by clause
        lines.append(f"clause     {clause.strip()!r}")
    return "\n".join(visible(line) for line in lines)

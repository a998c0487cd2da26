"""Drafting the claims of a new article: `factdb draft SOURCE`.

Each sentence of the source goes through the statement reader `check` uses (parse_statement
with the base's vocabulary). Every predicate it finds there becomes one or more candidate
claims:
- **roles** are filled from the mentions by entity type, as the base's existing claims of that
  predicate fill them (which types a subject, an object, a counterparty has been); a role that
  several mentions of its usual type could fill ("met Prabowo, Mirziyoyev and Orbán") gives one
  candidate each;
- an office (a predicate cued by a role, "Thủ tướng Hungary Viktor Orbán") is read from each
  role mention with the country or organisation and the person right after it;
- the **value** is the nearest number of the predicate's dimension, as an interval;
- the **time** is the nearest date, with dates without a year resolved against the source's
  publication date; an event whose sentence gives no date takes the last date of an earlier
  sentence, and a state (an office) the publication date, each said in the candidate's note;
- negation and mood (plan, wish) come from the reader's cues;
- the **quote** is the tightest stretch of the sentence holding what was used, anchored by its
  offsets.

Then each sentence is checked against the base, and each candidate says what the base already
holds: a contradiction (a conflict between sources, listed first), a restatement of a claim,
or nothing (new). The draft goes to fixtures/claims/SOURCE.draft.yaml, which the loader never
reads; the curator edits it and renames it to SOURCE.yaml to accept it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED
from factdb.check.parse import parse_statement
from factdb.check.statement import Mention, ParsedStatement, StatementTooLong
from factdb.extract.dates import DateSpan, find_dates
from factdb.extract.quantities import Quantity
from factdb.ingest.fixtures import time_value
from factdb.lexicon.vocabulary import PredicateInfo
from factdb.store.db import read_snapshot
from factdb.store.models import Claim, Entity, Qualifier, Source
from factdb.text.fold import fold

ROLE_TYPE = "role"
# How far (in characters) an office's country and holder may stand from the role word:
# "Tổng thống Hoa Kỳ Donald Trump", "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Séc Petr Macinka".
OFFICE_REACH = 60
DOERS = ("person", "country", "organisation", "party", "committee")
STATUS_ORDER = {"conflict": 0, "restates": 1, "new": 2}
# Capitalised words in a row (Latin letters with Vietnamese and other accents).
NAME_RUN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ỸĐ][\w'’-]*)(?:[ ][A-ZÀ-ÖØ-ÞĀ-ỸĐ][\w'’-]*)+")


@dataclass
class Template:
    """How the base's claims of one predicate fill their roles, by entity type."""

    subject: Counter[str] = field(default_factory=Counter)
    object: Counter[str] = field(default_factory=Counter)
    qualifiers: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


@dataclass
class Candidate:
    id: str
    predicate: str
    subject: str
    object: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    quantity: Quantity | None = None
    date: DateSpan | None = None
    time: tuple[dt.date, dt.date, str] | None = None
    polarity: str = "affirmed"
    modality: str = "fact"
    start: int = 0  # offsets of the quote in the source
    end: int = 0
    anchor: int = 0  # where the predicate's trigger stands in the sentence
    quote: str = ""
    # Further places the same fact is stated in the source: (start, end, quote).
    more_spans: list[tuple[int, int, str]] = field(default_factory=list)
    status: str = "new"  # new | restates | conflict
    other: str | None = None  # the claim restated or contradicted
    reason: str = ""
    notes: list[str] = field(default_factory=list)


def templates(checker: Checker) -> dict[str, Template]:
    subject, obj = aliased(Entity), aliased(Entity)
    out: dict[str, Template] = defaultdict(Template)
    with checker.engine.connect() as conn:
        read_snapshot(conn)
        for pid, stype, otype in conn.execute(
            select(Claim.predicate_id, subject.type, obj.type)
            .join(subject, subject.id == Claim.subject_id)
            .outerjoin(obj, obj.id == Claim.object_id)
        ):
            out[pid].subject[stype] += 1
            if otype:
                out[pid].object[otype] += 1
        for pid, role, etype in conn.execute(
            select(Qualifier.predicate_id, Qualifier.role, Entity.type).join(
                Entity, Entity.id == Qualifier.entity_id
            )
        ):
            out[pid].qualifiers[role][etype] += 1
    return out


def source_sentences(checker: Checker, text: str) -> list[tuple[int, str]]:
    """The source's sentences, each with its offset in the text."""
    return [(a, text[a:b]) for a, b in checker.sentences(text)]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _fact(c: Candidate) -> tuple[Any, ...]:
    q = c.quantity
    value = None if q is None else (q.low, q.high, q.low_open, q.high_open, q.unit)
    quals = tuple(sorted(c.qualifiers.items()))
    return (c.predicate, c.subject, c.object, quals, value, c.time, c.polarity, c.modality)


def _merged(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per fact: the same claim found in several sentences is one claim with a
    span in each, as curators write it. The strongest status found for it is kept."""
    first: dict[tuple[Any, ...], Candidate] = {}
    for c in candidates:
        kept = first.setdefault(_fact(c), c)
        if kept is c:
            continue
        if (c.start, c.end) != (kept.start, kept.end):
            kept.more_spans.append((c.start, c.end, c.quote))
        if STATUS_ORDER[c.status] < STATUS_ORDER[kept.status]:
            kept.status, kept.other, kept.reason = c.status, c.other, c.reason
    return list(first.values())


def _unknown_runs(text: str, unknown: set[str]) -> list[tuple[int, int]]:
    """Two or more capitalised words in a row that the base does not know, as offsets."""
    out = []
    for run in NAME_RUN.finditer(text):
        words = [
            (m.start() + run.start(), m.end() + run.start(), m.group())
            for m in re.finditer(r"\S+", run.group())
        ]
        group: list[tuple[int, int, str]] = []
        for word in [*words, None]:
            if word is not None and (
                word[2] in unknown or all(part in unknown for part in re.split(r"[-‐]", word[2]))
            ):
                group.append(word)
                continue
            if len(group) >= 2:
                out.append((group[0][0], group[-1][1]))
            group = []
    return out


def _nearest(items: list[Any], anchor: int) -> Any:
    return min(items, key=lambda x: abs(x.start - anchor)) if items else None


class Drafter:
    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self.vocab = checker.vocab
        self.templates = templates(checker)
        # Names read as people the vocabulary lacks: id -> the name as written.
        self.new_entities: dict[str, str] = {}

    def _type(self, eid: str) -> str:
        if eid in self.new_entities:
            return "person"  # only names standing after an office are taken in
        info = self.vocab.entities.get(eid)
        return info.type if info else ""

    def draft(
        self,
        source_id: str,
        track: Callable[[list[tuple[int, str]]], Iterable[tuple[int, str]]] | None = None,
    ) -> list[Candidate]:
        """The candidates of `source_id`; `track` wraps its sentences as they are read (the
        command line's progress bar)."""
        with self.checker.engine.connect() as conn:
            read_snapshot(conn)
            row = conn.execute(
                select(Source.text, Source.published).where(Source.id == source_id)
            ).one_or_none()
        if row is None:
            raise LookupError(f"unknown source {source_id!r} (see `factdb sources`)")
        text, published = row
        out: list[Candidate] = []
        context: DateSpan | None = None  # the last dated day of the article so far
        with self.checker.snapshot():
            sentences = source_sentences(self.checker, text)
            for offset, sentence in track(sentences) if track else sentences:
                try:
                    parsed = parse_statement(sentence, self.vocab)
                except StatementTooLong:
                    continue
                # Years the sentence leaves out are the publication's ("sáng 19/2"), or, for an
                # undated source, those of the article's last full date.
                ref = published or (context.first if context is not None else None)
                parsed.dates = find_dates(sentence, ref=ref)
                found = self._sentence(parsed, published, context)
                if found:
                    self._status(sentence, found)
                for c in found:
                    c.start += offset
                    c.end += offset
                    c.quote = text[c.start : c.end]
                out += found
                days = [d for d in parsed.dates if d.year_known and d.grain in ("day", "range")]
                if days:
                    context = days[-1]
        out = _merged(out)
        for c in out:
            named = [c.subject, c.object, *c.qualifiers.values()]
            c.notes += [
                f"new entity {e} ({self.new_entities[e]!r}, a person): add it to the vocabulary"
                for e in dict.fromkeys(named)
                if e in self.new_entities
            ]
        counts: Counter[str] = Counter()
        for c in out:
            base = f"{source_id}-{_slug(c.subject)}-{_slug(c.predicate)}"
            counts[base] += 1
            c.id = f"{base}-{counts[base]}"
        out.sort(key=lambda c: (STATUS_ORDER[c.status], c.start))
        return out

    # --- one sentence ---------------------------------------------------------------------

    def _mentions(self, parsed: ParsedStatement) -> list[tuple[Mention, str]]:
        """Unambiguous mentions, in order, with their entity: an ambiguous name ("Georgia")
        is left for the curator rather than guessed. A run of capitalised words the base does
        not know, standing right after an office ("Tổng thống Kenya William Ruto"), is a person
        to add: it gets the id its name would have."""
        known = [(m, m.ids[0]) for m in parsed.entities if len(m.ids) == 1]
        unknown = {word for name in parsed.unknown_names for word in name.split()}
        if not unknown:
            return known
        found = []
        for start, end in _unknown_runs(parsed.text, unknown):
            offices = [m for m, e in known if m.end <= start and self._type(e) == ROLE_TYPE]
            if not offices or start - offices[-1].end > OFFICE_REACH:
                continue
            name = parsed.text[start:end]
            eid = _slug(fold(name))
            self.new_entities.setdefault(eid, name)
            found.append((Mention(name, start, end, (eid,)), eid))
        return sorted(known + found, key=lambda me: me[0].start)

    def _sentence(
        self, parsed: ParsedStatement, published: dt.date | None, context: DateSpan | None
    ) -> list[Candidate]:
        mentions = self._mentions(parsed)
        out: list[Candidate] = []
        for pid in parsed.predicates:
            pred = self.vocab.predicates.get(pid)
            if pred is None:
                continue
            if ROLE_TYPE in pred.cue_types:
                found = self._offices(pred, parsed, mentions)
            else:
                found = self._relations(pred, parsed, mentions)
            for c in found:
                self._when(c, pred, parsed, published, context)
                c.polarity = "denied" if parsed.negation is not None else "affirmed"
                c.modality = parsed.modality
            out += found
        return out

    def _default_template(self) -> Template:
        """For a predicate no claim uses yet: doers are people, countries or organisations."""
        tpl = Template()
        tpl.subject.update(DOERS)
        return tpl

    def _trigger_at(self, parsed: ParsedStatement, pid: str) -> int:
        cues = [t for t in parsed.triggers if t.target == pid]
        return cues[0].start if cues else 0

    def _relations(
        self, pred: PredicateInfo, parsed: ParsedStatement, mentions: list[tuple[Mention, str]]
    ) -> list[Candidate]:
        tpl = self.templates.get(pred.id) or self._default_template()
        anchor = self._trigger_at(parsed, pred.id)
        used: set[str] = set()
        fits = [(m, e) for m, e in mentions if self._type(e) in tpl.subject]
        if not fits:
            return []
        # The doer stands before the verb in both languages: the nearest fit before the
        # trigger, else the first after it ("Kim ngạch thương mại Việt Nam - Hungary").
        before = [(m, e) for m, e in fits if m.end <= anchor]
        subject_mention, subject = before[-1] if before else fits[0]
        used.add(subject)
        if not self.templates.get(pred.id):
            # Unseen predicate: the other party is of the doer's kind (people meet people).
            tpl.qualifiers["counterparty"][self._type(subject)] += 1
        spans = [subject_mention]
        obj = None
        if pred.value_type == "entity":
            objects = [
                (m, e)
                for m, e in mentions
                if e not in used
                and (self._type(e) in tpl.object or (not tpl.object and self._type(e) != ROLE_TYPE))
            ]
            if not objects:
                return []
            obj_mention, obj = objects[0]
            used.add(obj)
            spans.append(obj_mention)
        quantity = None
        if pred.value_type in ("quantity", "rank"):
            quantity = _nearest([q for q in parsed.quantities if self._fits(pred, q)], anchor)
            if quantity is None:
                return []
        # Fill qualifiers, most used role first; the first role that several mentions of its
        # usual type could fill is enumerated, one candidate each.
        fixed: dict[str, tuple[Mention, str]] = {}
        spread: tuple[str, list[tuple[Mention, str]]] | None = None
        roles = sorted(tpl.qualifiers.items(), key=lambda kv: -sum(kv[1].values()))
        for role, types in roles:
            usual = types.most_common(1)[0][0]
            options = [(m, e) for m, e in mentions if e not in used and self._type(e) in types]
            if not options:
                continue
            same_kind = [(m, e) for m, e in options if self._type(e) == usual]
            if spread is None and len({e for _, e in same_kind}) > 1 and not pred.functional:
                seen: dict[str, tuple[Mention, str]] = {}
                for m, e in same_kind:
                    seen.setdefault(e, (m, e))
                spread = (role, list(seen.values()))
                used.update(seen)
                continue
            fixed[role] = options[0]
            used.add(options[0][1])
        variants = [[]] if spread is None else [[(spread[0], me)] for me in spread[1]]
        out = []
        for variant in variants:
            quals = {**fixed, **dict(variant)}
            c = Candidate(
                id="",
                predicate=pred.id,
                subject=subject,
                object=obj,
                qualifiers={r: e for r, (_, e) in sorted(quals.items())},
                quantity=quantity,
            )
            parts = [*spans, *(m for m, _ in quals.values())]
            self._quote(c, parsed, parts, anchor)
            out.append(c)
        return out

    def _offices(
        self, pred: PredicateInfo, parsed: ParsedStatement, mentions: list[tuple[Mention, str]]
    ) -> list[Candidate]:
        """One candidate per role mention followed by its holder: "Thủ tướng Hungary Viktor
        Orbán" → Orbán holds the office of prime minister of Hungary."""
        out = []
        for i, (m, role) in enumerate(mentions):
            if self._type(role) != ROLE_TYPE:
                continue
            holder = obj = None
            parts = [m]
            for later, e in mentions[i + 1 :]:
                if later.start - m.end > OFFICE_REACH:
                    break
                kind = self._type(e)
                if kind == ROLE_TYPE:
                    if "," in parsed.text[m.end : later.start]:
                        break  # the next office in a list: this one had no holder
                    continue  # "Phó Thủ tướng kiêm Bộ trưởng": one person, two offices
                if kind == "person":
                    holder = e
                    parts.append(later)
                    break
                if obj is None:
                    obj = e
                    parts.append(later)
            if holder is None:
                continue
            c = Candidate(
                id="",
                predicate=pred.id,
                subject=holder,
                object=obj,
                qualifiers={"role": role},
            )
            if obj is None:
                c.notes.append("object: the sentence names no country or organisation; add one")
            self._quote(c, parsed, parts, m.start)
            out.append(c)
        return out

    def _fits(self, pred: PredicateInfo, q: Quantity) -> bool:
        if pred.value_type == "rank":
            return q.unit == "rank"
        if q.unit is None:
            return False
        dimension = self.vocab.unit_dimension.get(q.unit)
        return pred.dimension is None or dimension == pred.dimension

    def _when(
        self,
        c: Candidate,
        pred: PredicateInfo,
        parsed: ParsedStatement,
        published: dt.date | None,
        context: DateSpan | None,
    ) -> None:
        if pred.time_role == "none":
            return
        dated = [d for d in parsed.dates if d.year_known]
        # The most precise date the sentence gives ("sáng 19/2" over "18–20/2"), nearest first.
        finest = [d for d in dated if d.grain == "day" and d.first == d.last] or dated
        date = _nearest(finest, c.anchor)
        if date is not None:
            c.date = date
            c.time = (date.first, date.last, date.grain)
            c.start, c.end = min(c.start, date.start), max(c.end, date.end)
        elif context is not None:
            # The article's story has a day ("ngày 18/2") that later sentences go on from.
            c.time = (context.first, context.last, context.grain)
            c.notes.append(f"time: {context.text!r}, the last date of an earlier sentence")
        elif published is not None:
            c.time = (published, published, "day")
            c.notes.append("time: the publication date")

    def _quote(self, c: Candidate, parsed: ParsedStatement, parts: list[Any], anchor: int) -> None:
        """The tightest stretch of the sentence holding the trigger and everything used."""
        items = [*parts]
        cue = _nearest([t for t in parsed.triggers if t.target == c.predicate], anchor)
        if cue is not None:
            items.append(cue)
        if c.quantity is not None:
            items.append(c.quantity)
        c.start = min(x.start for x in items)
        c.end = max(x.end for x in items)
        c.anchor = anchor if cue is None else cue.start

    # --- what the base says ---------------------------------------------------------------

    def _status(self, sentence: str, found: list[Candidate]) -> None:
        try:
            judgement = self.checker.check(sentence)
        except StatementTooLong:
            return
        for part in judgement.parts:
            if part.verdict not in (SUPPORTED, CONTRADICTED):
                continue
            for c in found:
                if c.predicate != part.predicate:
                    continue
                # The claim about this candidate's own entities, among those the judge weighed.
                own = [
                    f
                    for f in part.considered
                    if f.claim.subject == c.subject
                    and f.claim.object == c.object
                    and all(f.claim.qualifier(r) in (None, e) for r, e in c.qualifiers.items())
                ]
                if part.verdict == CONTRADICTED:
                    hits = [f for f in own if f.outcome == "contradicts"]
                    if hits:
                        c.status, c.other, c.reason = "conflict", hits[0].claim.id, hits[0].reason
                else:
                    hits = [f for f in own if f.outcome == "supports"]
                    if hits:
                        c.status, c.other, c.reason = "restates", hits[0].claim.id, hits[0].reason


# --- the draft file -------------------------------------------------------------------------


def _value(q: Quantity) -> dict[str, Any]:
    def number(x: float) -> int | float:
        return int(x) if float(x).is_integer() else x

    if q.low is not None and q.low == q.high and not q.low_open and not q.high_open:
        out: dict[str, Any] = {"exact": number(q.low)}
    else:
        out = {}
        if q.low is not None:
            out["low"] = number(q.low)
            if q.low_open:
                out["low_open"] = True
        if q.high is not None:
            out["high"] = number(q.high)
            if q.high_open:
                out["high_open"] = True
    if q.unit:
        out["unit"] = q.unit
    return out


def _flow(value: Any) -> str:
    """A YAML flow value; JSON is valid YAML and keeps quotes and Unicode exact."""
    return json.dumps(value, ensure_ascii=False)


def render_draft(source_id: str, candidates: list[Candidate], today: dt.date) -> str:
    lines = [
        "# yaml-language-server: $schema=../schema/claims.schema.json",
        f"# Draft claims for source {source_id}, proposed by `factdb draft {source_id}` on "
        f"{today.isoformat()}.",
        "# Not loaded: review each candidate (conflicts with other sources come first), delete",
        f"# what is wrong, fix what is close, then rename this file to {source_id}.yaml.",
        "# The quotes are anchored by their offsets; keep start/end when you keep the quote.",
        f"source: {_flow(source_id)}",
        "claims:",
    ]
    if not candidates:
        lines[-1] = "claims: []"
    for c in candidates:
        lines.append("")
        if c.status == "conflict":
            lines.append(f"  # CONFLICT with {c.other}: {c.reason}")
        elif c.status == "restates":
            lines.append(f"  # restates {c.other}: {c.reason}")
        else:
            lines.append("  # new")
        lines += [f"  # {note}" for note in c.notes]
        lines.append(f"  - id: {c.id}")
        lines.append(f"    subject: {c.subject}")
        lines.append(f"    predicate: {c.predicate}")
        if c.object:
            lines.append(f"    object: {c.object}")
        if c.qualifiers:
            lines.append(f"    qualifiers: {_flow(c.qualifiers)}")
        if c.quantity is not None:
            lines.append(f"    value: {_flow(_value(c.quantity))}")
        if c.time is not None:
            lines.append(f"    time: {_flow(time_value(*c.time))}")
        if c.polarity != "affirmed":
            lines.append(f"    polarity: {c.polarity}")
        if c.modality != "fact":
            lines.append(f"    modality: {c.modality}")
        if not c.more_spans:
            lines.append(f"    quote: {_flow(c.quote)}")
            lines.append(f"    start: {c.start}")
            lines.append(f"    end: {c.end}")
            continue
        lines.append("    spans:")
        for start, end, quote in [(c.start, c.end, c.quote), *c.more_spans]:
            lines.append(f"      - {{quote: {_flow(quote)}, start: {start}, end: {end}}}")
    return "\n".join(lines) + "\n"

"""The claim base checks itself, like Wikidata's constraint reports: `factdb lint`.

Checks, each yielding `Problem(kind, ids, message)`:

* `integrity` (error): on SQLite, `PRAGMA integrity_check` fails (garbage written into the
  file). It is checked first, and alone: the other checks would read damaged tables.

* `functional-conflict` (error): two affirmed claims of a functional predicate with the same key —
  subject, qualifiers and modality — whose values are disjoint: disjoint intervals in the same
  unit (quantity, rank) or different objects (entity). For a predicate whose time is a qualifier
  (a series) the two times must overlap — for a quantity they must be the same period, since a
  month's trade is not the year's; both undated counts as overlapping, a dated and an undated
  claim are not compared (the undated one names no period). For a predicate whose time is the
  value (an event's dates) disjoint times are themselves the conflict. For a symmetric predicate
  the subject and the `counterparty` qualifier may be swapped: Vietnam–Hungary trade and
  Hungary–Vietnam trade are one key.
* `single-holder` (error): a `holds_office` role whose entity is `single_holder` given to two
  different subjects for the same object (jurisdiction) at overlapping times, or to one subject
  for two objects at overlapping known times.
* `stale-span` (error): a span whose quote is no longer `sources.text[start:end]`.
* `no-span` (error): a claim with no evidence.
* `unquoted-value` (error): a claim whose number, stated date or named party is read in none of
  its spans, by the parser `check` uses (factdb.curate.quoted).
* `unused-entity`, `unused-predicate` (warnings): vocabulary no claim uses as subject, object or
  qualifier. Countries and US states (the gazetteer) are exempt: they exist to resolve mentions.
  Vocabulary may run ahead of the claims (the checker also uses it to read statements), so these
  do not fail a lint unless asked to (`strict`).

The conflict and usage checks look at one claim per fact: a restatement (`Claim.restates`) says
what the claim it restates says, so a conflict between two facts is reported once, between their
first claims, not once for every pair of articles that repeat them.

Every check is a set-oriented query (anti-joins on indexed foreign keys) or one ordered pass over
the facts of one predicate (index `ix_claims_fact_predicate_subject_object` / `..._object`),
streamed and grouped in Python: only the claims of one subject (for a symmetric predicate, one
pair) are held at a time, and within a key only claims whose times overlap are compared (a sweep
over start dates). About 10 s per 350,000 claims on SQLite.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Engine, and_, case, exists, or_, select, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased, outerjoin

from factdb.curate.quoted import unquoted_values
from factdb.store.claims import COUNTERPARTY, VIEW_FIELDS, ClaimView, claim_views, columns
from factdb.store.intervals import describe, describe_time
from factdb.store.models import (
    FACT,
    QUALIFIER_FACT,
    Claim,
    Entity,
    OfficeRule,
    Predicate,
    Qualifier,
    Source,
    Span,
)

KINDS = (
    "integrity",
    "functional-conflict",
    "single-holder",
    "stale-span",
    "no-span",
    "unquoted-value",
    "unused-entity",
    "unused-predicate",
)
WARNING_KINDS = frozenset({"unused-entity", "unused-predicate"})
GAZETTEER_TYPES = ("country", "us-state")
OFFICE_PREDICATE = "holds_office"
ROLE_QUALIFIER = "role"
STREAM = {"yield_per": 2000}


@dataclass(frozen=True)
class Problem:
    kind: str
    ids: tuple[str, ...]  # claim ids, or the one entity / predicate id
    message: str

    @property
    def is_warning(self) -> bool:
        return self.kind in WARNING_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ids": list(self.ids), "message": self.message}


def lint(engine: Engine, check_integrity: bool = True) -> list[Problem]:
    """Every problem in the claim base, errors first (in KINDS order), each kind sorted by ids.
    A database file that fails its integrity check has that problem alone: what its tables
    say cannot be trusted, and reading them may fail. `check_integrity=False` for a caller
    that has just run `integrity` itself."""
    if check_integrity and (damage := integrity(engine)):
        return damage
    with engine.connect() as conn:
        problems = [
            *functional_conflicts(conn),
            *single_holders(conn),
            *stale_spans(conn),
            *claims_without_spans(conn),
            *(Problem("unquoted-value", (cid,), why) for cid, why in unquoted_values(conn)),
            *unused_entities(conn),
            *unused_predicates(conn),
        ]
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(problems, key=lambda p: (order[p.kind], p.ids))


INTEGRITY_SHOWN = 10  # lines of SQLite's report


def integrity(engine: Engine) -> list[Problem]:
    """SQLite's own check of the database file (PRAGMA integrity_check): pages, indexes and
    rows that do not agree, or a file too damaged to open. PostgreSQL checksums its pages
    itself and has no such pragma."""
    if engine.dialect.name != "sqlite":
        return []
    try:
        with engine.connect() as conn:
            report = [
                line
                for row in conn.exec_driver_sql("PRAGMA integrity_check")
                for line in str(row[0]).splitlines()
            ]
    except DBAPIError as exc:
        report = [str(exc.orig)]
    if report == ["ok"]:
        return []
    shown = "; ".join(report[:INTEGRITY_SHOWN])
    more = f" (and {len(report) - INTEGRITY_SHOWN} more)" if len(report) > INTEGRITY_SHOWN else ""
    return [
        Problem(
            "integrity",
            (),
            f"the database file is damaged: {shown}{more}; load the fixtures into a new file",
        )
    ]


def counts(problems: Iterable[Problem]) -> dict[str, int]:
    """Problems per kind, in KINDS order, kinds with none left out."""
    found: dict[str, int] = defaultdict(int)
    for p in problems:
        found[p.kind] += 1
    return {kind: found[kind] for kind in KINDS if found[kind]}


# --- functional conflicts -------------------------------------------------------------------


def _when(row: ClaimView) -> str:
    return describe_time(row.time_start, row.time_end, row.time_grain) or "undated"


def _value(row: ClaimView, value_type: str) -> str:
    if value_type == "entity":
        return row.object or "no object"
    if row.interval is not None:
        return describe(row.interval, row.unit)
    return _when(row)


def _overlap(a: ClaimView, b: ClaimView) -> bool:
    return a.time_start <= b.time_end and b.time_start <= a.time_end  # type: ignore[operator]


def _claim_columns(qualifier: Any) -> list[Any]:
    """The columns _claim_rows reads, after the anchor."""
    return [*columns(VIEW_FIELDS), qualifier.role, qualifier.entity_id]


def _claim_rows(rows: Iterable[Any]) -> Iterator[tuple[str, ClaimView]]:
    """(group anchor, claim) from rows (anchor, *_claim_columns) ordered by anchor then claim id,
    one row per qualifier."""
    for anchor, group in groupby(rows, key=itemgetter(0)):
        for view in claim_views(row[1:] for row in group):
            yield anchor, view


def _overlapping_pairs(rows: list[ClaimView]) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Pairs whose times overlap: all pairs of undated claims, and dated claims by a sweep over
    start dates (only claims still open at a start are compared with it)."""
    undated = [r for r in rows if not r.dated]
    for i, a in enumerate(undated):
        for b in undated[i + 1 :]:
            yield a, b
    active: list[ClaimView] = []
    for row in sorted((r for r in rows if r.dated), key=lambda r: (r.time_start, r.id)):
        active = [a for a in active if a.time_end >= row.time_start]  # type: ignore[operator]
        for a in active:
            yield a, row
        active.append(row)


def _values_disjoint(a: ClaimView, b: ClaimView, value_type: str) -> bool:
    if value_type == "entity":
        return a.object is not None and b.object is not None and a.object != b.object
    if value_type in ("quantity", "rank"):
        return (
            a.interval is not None
            and b.interval is not None
            and a.unit == b.unit
            and a.interval.disjoint(b.interval)
        )
    return False


# Time roles under which a claim holds for a period (a series slice, an office held): claims
# conflict only where their periods overlap.
PERIODIC = ("qualifier", "state")
# A repeatable event: claims agree only about the same occasion, which their object names (the
# level an upgrade reached) along with the rest of the key.
OCCASION = "occasion"


def _conflicts_in_group(pred: Any, rows: list[ClaimView]) -> Iterator[Problem]:
    if pred.time_role in PERIODIC:
        pairs: Iterable[tuple[ClaimView, ClaimView]] = _overlapping_pairs(rows)
    else:
        # Timeless, or the date is what is asserted: every pair on the key must agree.
        pairs = ((a, b) for i, a in enumerate(rows) for b in rows[i + 1 :])
    for a, b in pairs:
        a, b = sorted((a, b), key=lambda r: r.id)
        reasons = []
        if _values_disjoint(a, b, pred.value_type):
            reasons.append(
                f"{_value(a, pred.value_type)} ({a.id}) vs {_value(b, pred.value_type)} ({b.id})"
            )
        dated_event = pred.time_role in ("value", OCCASION)
        if dated_event and a.dated and b.dated and not _overlap(a, b):
            reasons.append(f"{_when(a)} ({a.id}) vs {_when(b)} ({b.id})")
        if not reasons:
            continue
        quals = " ".join(f"{role}={eid}" for role, eid in a.qualifiers)
        when = "" if pred.time_role not in PERIODIC or not a.dated else f" @{_common(a, b)}"
        yield Problem(
            "functional-conflict",
            (a.id, b.id),
            f"{pred.id} is functional; {a.subject}{' ' + quals if quals else ''}{when}: "
            + "; ".join(reasons),
        )


def _common(a: ClaimView, b: ClaimView) -> str:
    """The period two overlapping claims share, as the narrower one words it."""
    start, end = max(a.time_start, b.time_start), min(a.time_end, b.time_end)  # type: ignore[type-var]
    for row in (a, b):
        if (row.time_start, row.time_end) == (start, end):
            return _when(row)
    return describe_time(start, end, "range")


def functional_conflicts(conn: Connection) -> Iterator[Problem]:
    preds = conn.execute(
        select(Predicate.id, Predicate.value_type, Predicate.time_role, Predicate.symmetric).where(
            Predicate.functional == true()
        )
    ).all()
    for pred in sorted(preds, key=lambda p: p.id):
        q = aliased(Qualifier)
        claims: Any = Claim
        anchor: Any = Claim.subject_id
        if pred.symmetric:
            # Group a pair's claims whichever side is the subject: anchor on the smaller id.
            cp = aliased(Qualifier)
            claims = outerjoin(Claim, cp, and_(cp.claim_id == Claim.id, cp.role == COUNTERPARTY))
            anchor = case(
                (and_(cp.entity_id.is_not(None), cp.entity_id < Claim.subject_id), cp.entity_id),
                else_=Claim.subject_id,
            )
        stmt = (
            select(anchor, *_claim_columns(q))
            .select_from(claims)
            .outerjoin(q, q.claim_id == Claim.id)
            .where(Claim.predicate_id == pred.id, Claim.polarity == "affirmed", FACT)
            .order_by(anchor, Claim.id, q.role)
        )
        # A quantity indexed by time is an amount over a period (trade in 2025): a month's value is
        # not the year's, so only claims about the same period must agree. An entity or a rank is
        # a state (holds an office, is second-largest partner): any overlap must agree.
        same_period = pred.time_role == "qualifier" and pred.value_type == "quantity"
        rows = conn.execution_options(**STREAM).execute(stmt)
        for _, group in groupby(_claim_rows(rows), key=itemgetter(0)):
            buckets: dict[tuple[Any, ...], list[ClaimView]] = defaultdict(list)
            for _, row in group:
                key = row.slice_key(pred.symmetric)
                if pred.time_role == OCCASION:
                    key += (row.object,)
                if same_period:
                    key += (row.time_start, row.time_end)
                buckets[key].append(row)
            for bucket in buckets.values():
                if len(bucket) > 1:
                    yield from _conflicts_in_group(pred, bucket)


# --- single-holder offices ------------------------------------------------------------------


def single_holders(conn: Connection) -> Iterator[Problem]:
    yield from _one_holder_per_office(conn)
    yield from _one_jurisdiction_per_holder(conn)


def _single_holder_claims(anchor: Any) -> Any:
    """Affirmed facts of holding a single-holder office, as (anchor, *_claim_columns) rows."""
    role = aliased(Qualifier)
    return (
        select(anchor, *_claim_columns(role))
        .select_from(Claim)
        .join(role, and_(role.claim_id == Claim.id, role.role == ROLE_QUALIFIER))
        .join(Entity, and_(Entity.id == role.entity_id, Entity.single_holder == true()))
        .where(
            Claim.predicate_id == OFFICE_PREDICATE,
            Claim.object_id.is_not(None),
            FACT,
            Claim.polarity == "affirmed",
        )
        .order_by(anchor, Claim.id)
    )


def _one_holder_per_office(conn: Connection) -> Iterator[Problem]:
    stmt = _single_holder_claims(Claim.object_id)
    rows = conn.execution_options(**STREAM).execute(stmt)
    for jurisdiction, group in groupby(_claim_rows(rows), key=itemgetter(0)):
        by_office: dict[tuple[str, str], list[ClaimView]] = defaultdict(list)
        for _, row in group:
            by_office[(dict(row.qualifiers)[ROLE_QUALIFIER], row.modality)].append(row)
        for (office, _), holders in sorted(by_office.items()):
            for a, b in _overlapping_pairs(holders):
                if a.subject == b.subject:
                    continue
                a, b = sorted((a, b), key=lambda r: r.id)
                when = f" @{_common(a, b)}" if a.dated else " (both undated)"
                yield Problem(
                    "single-holder",
                    (a.id, b.id),
                    f"{office} of {jurisdiction} has one holder at a time; {a.subject} "
                    f"({a.id}) and {b.subject} ({b.id}) both hold it{when}",
                )


def _one_jurisdiction_per_holder(conn: Connection) -> Iterator[Problem]:
    """The holder of a single-holder office holds it for one jurisdiction at a time (not prime
    minister of two countries), over known periods: an office held "before" a date, at no
    known time, and undated claims are not compared (holding an office is not functional per
    person: a career holds many)."""
    stmt = _single_holder_claims(Claim.subject_id)
    rows = conn.execution_options(**STREAM).execute(stmt)
    for holder, group in groupby(_claim_rows(rows), key=itemgetter(0)):
        by_office: dict[tuple[str, str], list[ClaimView]] = defaultdict(list)
        for _, row in group:
            if row.dated and row.time_start != dt.date.min:
                by_office[(dict(row.qualifiers)[ROLE_QUALIFIER], row.modality)].append(row)
        for (office, _), held in sorted(by_office.items()):
            for a, b in _overlapping_pairs(held):
                if a.object == b.object:
                    continue
                a, b = sorted((a, b), key=lambda r: r.id)
                yield Problem(
                    "single-holder",
                    (a.id, b.id),
                    f"{holder} holds {office} of {a.object} ({a.id}) and of {b.object} ({b.id}) "
                    f"@{_common(a, b)}; one holder holds it for one jurisdiction at a time",
                )


# --- evidence -------------------------------------------------------------------------------


def stale_spans(conn: Connection) -> Iterator[Problem]:
    """Spans whose quote is no longer at their offsets. Each source's text is read once."""
    spans = conn.execution_options(**STREAM).execute(
        select(Span.source_id, Span.claim_id, Span.start, Span.end, Span.quote).order_by(
            Span.source_id, Span.claim_id, Span.start
        )
    )
    for source_id, group in groupby(spans, key=itemgetter(0)):
        try:
            text = conn.execute(select(Source.text).where(Source.id == source_id)).scalar_one()
        except DBAPIError as exc:
            # Garbage inside a row's bytes passes PRAGMA integrity_check: the text no longer
            # decodes ("Could not decode to UTF-8"), which is damage all the same.
            yield Problem(
                "integrity",
                (),
                f"the database file is damaged: source {source_id}'s text cannot be read "
                f"({exc.orig}); load the fixtures into a new file",
            )
            continue
        for _, claim_id, start, end, quote in group:
            found = text[start:end] if 0 <= start <= end <= len(text) else None
            if found == quote:
                continue
            now = (
                f"the text there is now {_clip(found)!r}"
                if found is not None
                else f"the offsets are outside the text ({len(text)} characters)"
            )
            yield Problem(
                "stale-span",
                (claim_id,),
                f"source {source_id} [{start}:{end}] should read {_clip(quote)!r}; {now}",
            )


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def claims_without_spans(conn: Connection) -> Iterator[Problem]:
    ids = conn.scalars(
        select(Claim.id).where(~exists().where(Span.claim_id == Claim.id)).order_by(Claim.id)
    )
    for cid in ids:
        yield Problem("no-span", (cid,), "the claim cites no span of any source")


# --- vocabulary -----------------------------------------------------------------------------


def unused_entities(conn: Connection) -> Iterator[Problem]:
    rows = conn.execute(
        select(Entity.id, Entity.type)
        .where(
            Entity.type.not_in(GAZETTEER_TYPES),
            ~exists().where(Claim.subject_id == Entity.id),
            ~exists().where(Claim.object_id == Entity.id),
            ~exists().where(Qualifier.entity_id == Entity.id, QUALIFIER_FACT),
            # An office only a rule names is used: it is how a wrong title is contradicted.
            ~exists().where(
                or_(OfficeRule.office_a == Entity.id, OfficeRule.office_b == Entity.id)
            ),
        )
        .order_by(Entity.id)
    )
    for eid, etype in rows:
        yield Problem("unused-entity", (eid,), f"{etype} used by no claim")


def unused_predicates(conn: Connection) -> Iterator[Problem]:
    ids = conn.scalars(
        select(Predicate.id)
        .where(~exists().where(Claim.predicate_id == Predicate.id, FACT))
        .order_by(Predicate.id)
    )
    for pid in ids:
        yield Problem("unused-predicate", (pid,), "no claim uses this predicate")

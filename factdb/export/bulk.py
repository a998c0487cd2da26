"""The claim base written back out in the bulk formats `factdb load` reads (JSON Lines and
CSV, documented in fixtures/README.md and factdb.ingest.bulk), so that it can be moved to
another database, diffed, or handed to another tool.

It round-trips: loading the export beside the same sources and vocabulary gives the same rows.
That holds because
- claims come out in the order they were loaded (the order of their first span's id, which
  the loader numbers in fixture order), so restatements point at the same first claims and
  spans get the same ids;
- every span carries its offsets with its quote, so nothing is searched for again;
- each time is written at the grain it was stored with, and a value as the interval it is.
What is not carried is where a claim was curated (fixture_file, fixture_line): the export is its
new origin.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, func, select

from factdb.ingest.bulk import CSV_COLUMNS
from factdb.ingest.fixtures import time_value
from factdb.store.db import read_snapshot
from factdb.store.models import Claim, Qualifier, Span

BATCH = 2_000  # claims read per query: a million-claim base streams in bounded memory


def _number(x: float) -> int | float:
    """400000000.0 as 400000000, which reads back as the same float and reads better."""
    return int(x) if x.is_integer() and abs(x) < 2**53 else x


def value_of(claim: Claim) -> dict[str, Any] | None:
    low, high = claim.value_low, claim.value_high
    if low is None and high is None:
        return {"unit": claim.unit_id} if claim.unit_id else None
    if low is not None and low == high and not claim.value_low_open and not claim.value_high_open:
        out: dict[str, Any] = {"exact": _number(low)}
    else:
        out = {}
        if low is not None:
            out["low"] = _number(low)
            if claim.value_low_open:
                out["low_open"] = True
        if high is not None:
            out["high"] = _number(high)
            if claim.value_high_open:
                out["high_open"] = True
    if claim.unit_id:
        out["unit"] = claim.unit_id
    return out


def _ordered_ids(engine: Engine) -> list[str]:
    """Every claim id in load order: by its first span's id; claims without spans last."""
    first_span = (
        select(Span.claim_id, func.min(Span.id).label("first")).group_by(Span.claim_id).subquery()
    )
    query = (
        select(Claim.id)
        .outerjoin(first_span, first_span.c.claim_id == Claim.id)
        .order_by(first_span.c.first.is_(None), first_span.c.first, Claim.id)
    )
    with engine.connect() as conn:
        read_snapshot(conn)
        return list(conn.scalars(query))


def claim_records(engine: Engine) -> Iterator[dict[str, Any]]:
    """Each claim as a JSON Lines record (the fields of a YAML claim plus `source`)."""
    ids = _ordered_ids(engine)
    with engine.connect() as conn:
        read_snapshot(conn)
        for at in range(0, len(ids), BATCH):
            chunk = ids[at : at + BATCH]
            claims = {c.id: c for c in conn.execute(select(Claim).where(Claim.id.in_(chunk)))}
            qualifiers: dict[str, dict[str, str]] = {}
            for q in conn.execute(
                select(Qualifier.claim_id, Qualifier.role, Qualifier.entity_id)
                .where(Qualifier.claim_id.in_(chunk))
                .order_by(Qualifier.claim_id, Qualifier.role)
            ):
                qualifiers.setdefault(q.claim_id, {})[q.role] = q.entity_id
            spans: dict[str, list[Any]] = {}
            for s in conn.execute(select(Span).where(Span.claim_id.in_(chunk)).order_by(Span.id)):
                spans.setdefault(s.claim_id, []).append(s)
            for cid in chunk:
                yield _record(claims[cid], qualifiers.get(cid, {}), spans.get(cid, []))


def _record(claim: Any, qualifiers: dict[str, str], spans: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": claim.id}
    if spans:
        out["source"] = spans[0].source_id
    out |= {"subject": claim.subject_id, "predicate": claim.predicate_id}
    if claim.object_id:
        out["object"] = claim.object_id
    if qualifiers:
        out["qualifiers"] = qualifiers
    value = value_of(claim)
    if value:
        out["value"] = value
    time = time_value(claim.time_start, claim.time_end, claim.time_grain)
    if time is not None:
        out["time"] = time
    if claim.polarity != "affirmed":
        out["polarity"] = claim.polarity
    if claim.modality != "fact":
        out["modality"] = claim.modality
    if claim.speaker_id:
        out |= {"speaker": claim.speaker_id, "stance": claim.stance}
    if claim.sole_speaker:
        out["sole_speaker"] = True
    if spans:
        out["spans"] = [
            {"source": s.source_id, "quote": s.quote, "start": s.start, "end": s.end} for s in spans
        ]
    if claim.note:
        out["note"] = claim.note
    return out


def write_jsonl(engine: Engine, out: io.TextIOBase | Any) -> int:
    """The claim base as JSON Lines on `out`; returns the number of claims."""
    n = 0
    for record in claim_records(engine):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


# The claim's own columns of a CSV row, beside its value, time and first span.
HEAD_COLUMNS = ("id", "subject", "predicate", "object", "polarity", "modality", "speaker", "stance")


def csv_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A claim record as CSV rows: the claim with its first span, then one row per further
    span with only `id` and the span columns."""
    spans = record.get("spans") or [{}]
    head: dict[str, Any] = {k: record.get(k) for k in HEAD_COLUMNS}
    head["sole_speaker"] = "true" if record.get("sole_speaker") else None
    head["note"] = record.get("note")
    if record.get("qualifiers"):
        head["qualifiers"] = ";".join(f"{r}={e}" for r, e in record["qualifiers"].items())
    value = record.get("value") or {}
    for key in ("exact", "low", "high", "unit"):
        head[key] = value.get(key)
    for key in ("low_open", "high_open"):
        head[key] = "true" if value.get(key) else None
    time = record.get("time")
    head["time"] = json.dumps(time, ensure_ascii=False) if isinstance(time, dict) else time
    for n, span in enumerate(spans):
        row = head if n == 0 else {"id": record["id"]}
        yield row | {k: span.get(k) for k in ("source", "quote", "start", "end")}


def write_csv(engine: Engine, out: io.TextIOBase | Any) -> int:
    """The claim base as CSV on `out`; returns the number of claims."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in claim_records(engine):
        writer.writerows(csv_rows(record))
        n += 1
    return n

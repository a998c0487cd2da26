"""Reading the claim base: the queries behind `factdb list`, `show` and `sources`, usable from
Python too. Every filter value is bound as a parameter.

`list`, `show` and `sources` run the named statements of factdb.store.queries, on a SQLite file
through the standard library's sqlite3 (factdb.store.sqlite_read) and elsewhere through
SQLAlchemy, so they start without importing SQLAlchemy and the two paths cannot drift."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factdb.store.claims import (
    BY_ENTITY,
    BY_ID,
    BY_PREDICATE,
    BY_SOURCE,
    ClaimRecord,
    QualifierRecord,
    SpanRecord,
)
from factdb.store.intervals import Interval, describe, describe_time
from factdb.text.fold import fold_phrase

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from factdb.store.sqlite_read import Reader, SqliteFile


class NotFound(LookupError):
    """A source, entity, predicate or claim named by the user does not exist."""


@dataclass(frozen=True)
class SourceSummary:
    id: str
    title: str | None
    published: dt.date | None
    publisher: str | None
    url: str | None
    claims: int


@contextmanager
def reading(base: Engine | SqliteFile) -> Iterator[Reader]:
    """A reader of the named statements on one committed state of `base`: a SQLite file read
    through sqlite3, or an SQLAlchemy engine."""
    from factdb.store.sqlite_read import SqliteFile

    if isinstance(base, SqliteFile):
        with base.snapshot() as reader:
            yield reader
        return
    from factdb.store.queries import alchemy_snapshot

    with alchemy_snapshot(base) as reader:
        yield reader


def claim_interval(claim: Any) -> Interval | None:
    return Interval.of_value(
        claim.value_low, claim.value_high, claim.value_low_open, claim.value_high_open
    )


def time_dict(
    start: dt.date | None, end: dt.date | None, grain: str | None
) -> dict[str, Any] | None:
    if start is None and end is None:
        return None
    return {
        "start": None if start in (None, dt.date.min) else start.isoformat(),
        "end": None if end is None else end.isoformat(),
        "grain": grain,
    }


def claim_to_dict(claim: Any) -> dict[str, Any]:
    interval = claim_interval(claim)
    return {
        "id": claim.id,
        "subject": claim.subject_id,
        "predicate": claim.predicate_id,
        "object": claim.object_id,
        "qualifiers": {q.role: q.entity_id for q in claim.qualifiers},
        "value": None if interval is None else interval.to_dict() | {"unit": claim.unit_id},
        "time": time_dict(claim.time_start, claim.time_end, claim.time_grain),
        "polarity": claim.polarity,
        "modality": claim.modality,
        "speaker": claim.speaker_id,
        "stance": claim.stance,
        "sole_speaker": claim.sole_speaker,
        # The claim that first states the same fact, which checks cite in this one's place.
        "restates": claim.restates,
        "spans": [
            {"source": s.source_id, "start": s.start, "end": s.end, "quote": s.quote}
            for s in claim.spans
        ],
    }


def claim_summary(claim: Any) -> str:
    """One line a person can read: subject predicate object/value [qualifiers] time."""
    parts = [claim.subject_id, claim.predicate_id]
    if claim.speaker_id:
        parts[:0] = [claim.speaker_id, f"{claim.stance}:"]
    if claim.object_id:
        parts.append(claim.object_id)
    interval = claim_interval(claim)
    if interval is not None:
        parts.append(describe(interval, claim.unit_id))
    parts += [f"{q.role}={q.entity_id}" for q in claim.qualifiers]
    when = describe_time(claim.time_start, claim.time_end, claim.time_grain)
    if when:
        parts.append(f"@{when}")
    if claim.polarity != "affirmed":
        parts.append("(denied)")
    if claim.modality != "fact":
        parts.append(f"({claim.modality})")
    return " ".join(parts)


def resolve_entity(reader: Reader, name: str) -> str:
    """An entity id, or the single entity an alias names."""
    if reader.rows("entity", None, {"id": name}):
        return name
    ids = [row[0] for row in reader.rows("aliased", None, {"folded": fold_phrase(name)})]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise NotFound(f"unknown entity {name!r}")
    raise NotFound(f"{name!r} names several entities: {', '.join(sorted(ids))}; use an id")


def _records(reader: Reader, filters: int, params: dict[str, Any]) -> list[ClaimRecord]:
    """The claims the filters select, by id, each with its qualifiers and spans: three
    statements, whose rows come in claim order and are merged here."""
    qualifiers: dict[str, list[QualifierRecord]] = {}
    for cid, role, entity in reader.rows("record_qualifiers", filters, params):
        qualifiers.setdefault(cid, []).append(QualifierRecord(role, entity))
    spans: dict[str, list[SpanRecord]] = {}
    for cid, *span in reader.rows("record_spans", filters, params):
        spans.setdefault(cid, []).append(SpanRecord(*span))
    return [
        ClaimRecord(
            *row,
            qualifiers=tuple(qualifiers.get(row[0], ())),
            spans=tuple(spans.get(row[0], ())),
        )
        for row in reader.rows("records", filters, params)
    ]


def list_claims(
    base: Engine | SqliteFile,
    source: str | None = None,
    entity: str | None = None,
    predicate: str | None = None,
) -> list[ClaimRecord]:
    with reading(base) as reader:
        filters, params = 0, {}
        if source is not None:
            if not reader.rows("source", None, {"id": source}):
                raise NotFound(f"unknown source {source!r} (see `factdb sources`)")
            filters, params["source"] = filters | BY_SOURCE, source
        if entity is not None:
            filters, params["entity"] = filters | BY_ENTITY, resolve_entity(reader, entity)
        if predicate is not None:
            if not reader.rows("predicate", None, {"id": predicate}):
                raise NotFound(f"unknown predicate {predicate!r}")
            filters, params["predicate"] = filters | BY_PREDICATE, predicate
        return _records(reader, filters, params)


def get_claim(base: Engine | SqliteFile, claim_id: str) -> tuple[ClaimRecord, dict[str, str]]:
    """The claim with its qualifiers and spans, and the text of each source it cites."""
    with reading(base) as reader:
        found = _records(reader, BY_ID, {"id": claim_id})
        if not found:
            raise NotFound(f"unknown claim {claim_id!r}")
        claim = found[0]
        cited = sorted({s.source_id for s in claim.spans})
        texts = dict(reader.rows("source_texts", None, {"ids": cited}))
        return claim, texts


def list_sources(base: Engine | SqliteFile) -> list[SourceSummary]:
    with reading(base) as reader:
        return [SourceSummary(*row) for row in reader.rows("source_summaries")]


@dataclass(frozen=True)
class SourceMeta:
    """What a reader needs to cite a source: the title, the publisher, the date and the link."""

    id: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    url: str | None


def source_meta(engine: Engine, ids: Iterable[str] | None = None) -> dict[str, SourceMeta]:
    """The citation details of the sources `ids`, or of every source."""
    from sqlalchemy import select

    from factdb.store.db import read_snapshot
    from factdb.store.models import Source

    query = select(Source.id, Source.title, Source.publisher, Source.published, Source.url)
    if ids is not None:
        query = query.where(Source.id.in_(sorted(set(ids))))
    with engine.connect() as conn:
        read_snapshot(conn)
        return {row[0]: SourceMeta(*row) for row in conn.execute(query.order_by(Source.id))}


@dataclass(frozen=True)
class SourcePage:
    meta: SourceMeta
    text: str
    language: str
    spans: list[tuple[str, int, int]]  # (claim id, start, end), in text order


def get_source(engine: Engine, source_id: str) -> SourcePage:
    """A source's text with every claim span in it."""
    from sqlalchemy import select

    from factdb.store.db import read_snapshot
    from factdb.store.models import Source, Span

    with engine.connect() as conn:
        read_snapshot(conn)
        row = conn.execute(
            select(
                Source.id,
                Source.title,
                Source.publisher,
                Source.published,
                Source.url,
                Source.text,
                Source.language,
            ).where(Source.id == source_id)
        ).one_or_none()
        if row is None:
            raise NotFound(f"unknown source {source_id!r}")
        spans = conn.execute(
            select(Span.claim_id, Span.start, Span.end)
            .where(Span.source_id == source_id)
            .order_by(Span.start, Span.end, Span.claim_id)
        ).all()
    return SourcePage(SourceMeta(*row[:5]), row.text, row.language, [tuple(s) for s in spans])


def restated_by(engine: Engine, claim_id: str) -> list[str]:
    """The claims that state the same fact as `claim_id` (which is their first)."""
    from sqlalchemy import select

    from factdb.store.models import Claim

    with engine.connect() as conn:
        return list(
            conn.scalars(select(Claim.id).where(Claim.restates == claim_id).order_by(Claim.id))
        )

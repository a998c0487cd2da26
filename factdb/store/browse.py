"""Reading the claim base: the queries behind `factdb list`, `show` and `sources`, usable from
Python too. Every filter value is bound as a parameter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session, selectinload

from factdb.store.db import read_snapshot
from factdb.store.intervals import Interval, describe, describe_time
from factdb.store.models import Alias, Claim, Entity, Predicate, Qualifier, Source, Span
from factdb.text.fold import fold_phrase


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


def claim_interval(claim: Claim) -> Interval | None:
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


def claim_to_dict(claim: Claim) -> dict[str, Any]:
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


def claim_summary(claim: Claim) -> str:
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


def resolve_entity(session: Session, name: str) -> str:
    """An entity id, or the single entity an alias names."""
    if session.get(Entity, name) is not None:
        return name
    ids = session.scalars(
        select(Alias.entity_id).where(Alias.folded == fold_phrase(name)).distinct()
    ).all()
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise NotFound(f"unknown entity {name!r}")
    raise NotFound(f"{name!r} names several entities: {', '.join(sorted(ids))}; use an id")


def list_claims(
    engine: Engine,
    source: str | None = None,
    entity: str | None = None,
    predicate: str | None = None,
) -> list[Claim]:
    with Session(engine) as session:
        read_snapshot(session.connection())
        query = select(Claim).options(selectinload(Claim.qualifiers), selectinload(Claim.spans))
        if source is not None:
            if session.get(Source, source) is None:
                raise NotFound(f"unknown source {source!r} (see `factdb sources`)")
            query = query.where(Claim.spans.any(Span.source_id == source))
        if entity is not None:
            eid = resolve_entity(session, entity)
            query = query.where(
                or_(
                    Claim.subject_id == eid,
                    Claim.object_id == eid,
                    Claim.qualifiers.any(Qualifier.entity_id == eid),
                )
            )
        if predicate is not None:
            if session.get(Predicate, predicate) is None:
                raise NotFound(f"unknown predicate {predicate!r}")
            query = query.where(Claim.predicate_id == predicate)
        claims = session.scalars(query.order_by(Claim.id)).all()
        session.expunge_all()
        return list(claims)


def get_claim(engine: Engine, claim_id: str) -> tuple[Claim, dict[str, str]]:
    """The claim with its qualifiers and spans, and the text of each source it cites."""
    with Session(engine) as session:
        claim = session.scalars(
            select(Claim)
            .where(Claim.id == claim_id)
            .options(selectinload(Claim.qualifiers), selectinload(Claim.spans))
        ).one_or_none()
        if claim is None:
            raise NotFound(f"unknown claim {claim_id!r}")
        texts = dict(
            session.execute(
                select(Source.id, Source.text).where(
                    Source.id.in_({s.source_id for s in claim.spans})
                )
            ).all()
        )
        session.expunge_all()
        return claim, texts


def list_sources(engine: Engine) -> list[SourceSummary]:
    with Session(engine) as session:
        counts = (
            select(Span.source_id, func.count(func.distinct(Span.claim_id)).label("n"))
            .group_by(Span.source_id)
            .subquery()
        )
        rows = session.execute(
            select(
                Source.id,
                Source.title,
                Source.published,
                Source.publisher,
                Source.url,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.source_id == Source.id)
            .order_by(Source.id)
        ).all()
        return [SourceSummary(*row) for row in rows]


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
    with engine.connect() as conn:
        return list(
            conn.scalars(select(Claim.id).where(Claim.restates == claim_id).order_by(Claim.id))
        )

"""Stage 2 of checking: which stored claims could bear on a parsed statement.

Retrieval is by index only — claims of a candidate predicate whose subject, object or a qualifier
is an entity the statement mentions — so its cost does not grow with the size of the base.
Results are cached per (predicate, entity), which makes batches over the same topics cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Engine, select, union

from factdb.intervals import Interval
from factdb.models import Claim, Qualifier, Span

CACHE_SIZE = 50_000


@dataclass(frozen=True)
class SpanView:
    source: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ClaimView:
    id: str
    subject: str
    predicate: str
    object: str | None
    qualifiers: tuple[tuple[str, str], ...]
    interval: Interval | None
    unit: str | None
    time_start: dt.date | None
    time_end: dt.date | None
    time_grain: str | None
    polarity: str
    modality: str
    spans: tuple[SpanView, ...]

    def qualifier(self, role: str) -> str | None:
        return dict(self.qualifiers).get(role)

    def entities(self) -> set[str]:
        found = {self.subject, *(e for _, e in self.qualifiers)}
        if self.object:
            found.add(self.object)
        return found


class ClaimIndex:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lookup = lru_cache(maxsize=CACHE_SIZE)(self._fetch)

    def candidates(self, predicates: Iterable[str], entities: Iterable[str]) -> list[ClaimView]:
        seen: dict[str, ClaimView] = {}
        for pred in sorted(set(predicates)):
            for eid in sorted(set(entities)):
                for claim in self._lookup(pred, eid):
                    seen.setdefault(claim.id, claim)
        return sorted(seen.values(), key=lambda c: c.id)

    def _fetch(self, predicate: str, entity: str) -> tuple[ClaimView, ...]:
        by_qualifier = select(Qualifier.claim_id).where(Qualifier.entity_id == entity)
        # Three indexed probes joined by UNION rather than one OR, which SQLite cannot index.
        ids = union(
            select(Claim.id).where(Claim.predicate_id == predicate, Claim.subject_id == entity),
            select(Claim.id).where(Claim.predicate_id == predicate, Claim.object_id == entity),
            select(Claim.id).where(Claim.predicate_id == predicate, Claim.id.in_(by_qualifier)),
        ).subquery()
        with self.engine.connect() as conn:
            rows = conn.execute(select(Claim).where(Claim.id.in_(select(ids.c.id)))).all()
            if not rows:
                return ()
            claim_ids = [r.id for r in rows]
            quals: dict[str, list[tuple[str, str]]] = {}
            for q in conn.execute(
                select(Qualifier.claim_id, Qualifier.role, Qualifier.entity_id).where(
                    Qualifier.claim_id.in_(claim_ids)
                )
            ):
                quals.setdefault(q.claim_id, []).append((q.role, q.entity_id))
            spans: dict[str, list[SpanView]] = {}
            for s in conn.execute(
                select(Span.claim_id, Span.source_id, Span.start, Span.end, Span.quote)
                .where(Span.claim_id.in_(claim_ids))
                .order_by(Span.source_id, Span.start)
            ):
                spans.setdefault(s.claim_id, []).append(
                    SpanView(s.source_id, s.start, s.end, s.quote)
                )
        return tuple(
            ClaimView(
                id=r.id,
                subject=r.subject_id,
                predicate=r.predicate_id,
                object=r.object_id,
                qualifiers=tuple(sorted(quals.get(r.id, []))),
                interval=None
                if r.value_low is None and r.value_high is None
                else Interval(r.value_low, r.value_high, r.value_low_open, r.value_high_open),
                unit=r.unit_id,
                time_start=r.time_start,
                time_end=r.time_end,
                time_grain=r.time_grain,
                polarity=r.polarity,
                modality=r.modality,
                spans=tuple(spans.get(r.id, [])),
            )
            for r in rows
        )

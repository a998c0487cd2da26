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
from itertools import permutations
from typing import Any

from sqlalchemy import Engine, or_, select, union

from factdb.db import read_snapshot
from factdb.intervals import Interval
from factdb.models import Claim, Qualifier, Span

CACHE_SIZE = 50_000
# Claims of one predicate about one entity beyond which retrieval narrows to the claims that
# also name another entity of the statement (see ClaimIndex.candidates).
BUSY = 500


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
        self._pair = lru_cache(maxsize=CACHE_SIZE)(self._fetch_pair)

    def candidates(self, predicates: Iterable[str], entities: Iterable[str]) -> list[ClaimView]:
        """Claims of `predicates` that name a mentioned entity. An entity with more than BUSY such
        claims (Vietnam, in a newsroom's base) contributes only those that also name another
        mentioned entity, plus its first BUSY claims: the others could only bear on a statement
        that names nothing else, and weighing them all would make a check cost grow with the base.
        """
        ents = sorted(set(entities))
        seen: dict[str, ClaimView] = {}
        for pred in sorted(set(predicates)):
            busy = []
            for eid in ents:
                claims = self._lookup(pred, eid)
                if len(claims) > BUSY:
                    busy.append(eid)
                for claim in claims[:BUSY]:
                    seen.setdefault(claim.id, claim)
            # Pairs with a quiet entity came with its full list; pairs of busy ones are probed.
            for a, b in permutations(busy, 2):
                for claim in self._pair(pred, a, b):
                    seen.setdefault(claim.id, claim)
        return sorted(seen.values(), key=lambda c: c.id)

    def _fetch(self, predicate: str, entity: str) -> tuple[ClaimView, ...]:
        # Three indexed probes rather than one OR, which SQLite cannot index; each stops one row
        # past BUSY, which is enough to know the entity is busy, so none scans a busy entity.
        def probe(where: Any) -> Any:
            # No ORDER BY: it would make the database read every match before the LIMIT.
            return (
                select(Claim.id)
                .where(Claim.predicate_id == predicate, where)
                .limit(BUSY + 1)
                .subquery()
            )

        qualified = (
            select(Qualifier.claim_id)
            .join(Claim, Claim.id == Qualifier.claim_id)
            .where(Qualifier.entity_id == entity, Claim.predicate_id == predicate)
            .limit(BUSY + 1)
            .subquery()
        )
        probes = [
            probe(Claim.subject_id == entity),
            probe(Claim.object_id == entity),
            qualified,
        ]
        ids = union(*(select(p.c[0]) for p in probes)).subquery()
        return self._views(select(ids.c.id))

    def _fetch_pair(self, predicate: str, first: str, second: str) -> tuple[ClaimView, ...]:
        """Claims with `first` as subject or object and `second` as object or a qualifier,
        driven from the qualifier index so a busy subject is never scanned whole."""
        qualified = (
            select(Qualifier.claim_id)
            .join(Claim, Claim.id == Qualifier.claim_id)
            .where(
                Qualifier.entity_id == second,
                Claim.predicate_id == predicate,
                or_(Claim.subject_id == first, Claim.object_id == first),
            )
        )
        objects = select(Claim.id).where(
            Claim.predicate_id == predicate, Claim.object_id == second, Claim.subject_id == first
        )
        ids = union(qualified, objects).subquery()
        return self._views(select(ids.c[0]))

    def _views(self, ids: Any) -> tuple[ClaimView, ...]:
        with self.engine.connect() as conn:
            read_snapshot(conn)
            rows = conn.execute(select(Claim).where(Claim.id.in_(ids)).order_by(Claim.id)).all()
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

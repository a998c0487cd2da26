"""Stage 2 of checking: which stored claims could bear on a parsed statement.

Retrieval is by index only — claims of a candidate predicate whose subject, object or a qualifier
is an entity the statement mentions, or, for an entity with many such claims, that name two of
them — so its cost does not grow with the size of the base. Results are cached until the base
changes, which makes batches over the same topics cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, Select, and_, select, union

from factdb.intervals import Interval
from factdb.models import Claim, Qualifier, Span

CACHE_SIZE = 50_000
# Claims of one predicate about one entity beyond which retrieval narrows to the claims that
# also name another entity of the statement (see ClaimIndex.candidates).
BUSY = 500
# Claim ids per IN (...) list: under every back end's limit on bound parameters.
CHUNK = 900


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
    """Claims by predicate and mentioned entity, read on `conn`: the connection of the caller's
    read snapshot (Checker.snapshot), so that one check sees one state of the base. The caller
    calls `reset` when the base has changed."""

    def __init__(self) -> None:
        self.conn: Connection | None = None
        self._ids = lru_cache(maxsize=CACHE_SIZE)(self._fetch_ids)
        self._pair_ids = lru_cache(maxsize=CACHE_SIZE)(self._fetch_pair_ids)
        self._views: dict[str, ClaimView] = {}

    def reset(self) -> None:
        self._ids.cache_clear()
        self._pair_ids.cache_clear()
        self._views.clear()

    def candidates(self, predicates: Iterable[str], entities: Iterable[str]) -> list[ClaimView]:
        """Claims of `predicates` that name a mentioned entity.

        An entity with more than BUSY claims of a predicate (Vietnam, in a newsroom's base)
        contributes only those that also name another mentioned entity; named alone, its first
        BUSY. Its other claims name something the statement does not: another counterparty,
        office or holder, which the judge would set aside as another slice, or leave unstated,
        which makes for support too vague to weigh thousands of claims for. Pairs are probed
        through the subject or object with the object or a qualifier; two qualifiers of one claim
        are not a probe ("met in Hanoi with Orbán" with neither as subject).
        """
        ents = sorted(set(entities))
        ids: set[str] = set()
        for pred in sorted(set(predicates)):
            busy = []
            for eid in ents:
                found = self._ids(pred, eid)
                if len(found) > BUSY:
                    busy.append(eid)
                else:
                    ids.update(found)
            # A busy entity's pairs with a quiet one came with the quiet one's list.
            for a, b in combinations(busy, 2):
                ids.update(self._pair_ids(pred, a, b))
            if busy and len(ents) == 1:
                ids.update(self._ids(pred, ents[0])[:BUSY])
        return sorted(self._load(ids), key=lambda c: c.id)

    def _query(self, statement: Select[Any]) -> list[Any]:
        if self.conn is None:
            raise RuntimeError("ClaimIndex reads inside a snapshot: use Checker.snapshot()")
        return list(self.conn.execute(statement))

    def _fetch_ids(self, predicate: str, entity: str) -> tuple[str, ...]:
        """Up to BUSY + 1 claims of `predicate` naming `entity`: one past BUSY is enough to know
        the entity is busy, so none of these reads scans a busy entity whole."""
        probes = [
            select(Claim.id).where(Claim.predicate_id == predicate, Claim.subject_id == entity),
            select(Claim.id).where(Claim.predicate_id == predicate, Claim.object_id == entity),
            select(Qualifier.claim_id).where(
                Qualifier.entity_id == entity, Qualifier.predicate_id == predicate
            ),
        ]
        # No ORDER BY: it would make the database read every match before the LIMIT.
        limited = [select(p.limit(BUSY + 1).subquery().c[0]) for p in probes]
        found = sorted({row[0] for row in self._query(union(*limited))})
        return tuple(found)

    def _fetch_pair_ids(self, predicate: str, a: str, b: str) -> tuple[str, ...]:
        """Claims of `predicate` naming both `a` and `b`, one as subject or object, the other as
        object or a qualifier, the BUSY most recent of them. Each probe is an index range over
        exactly those claims."""
        probes: list[Select[Any]] = []
        for first, second in ((a, b), (b, a)):
            probes.append(
                select(Claim.id).where(
                    Claim.predicate_id == predicate,
                    Claim.subject_id == first,
                    Claim.object_id == second,
                )
            )
            for column in (Qualifier.subject_id, Qualifier.object_id):
                probes.append(
                    select(Qualifier.claim_id).where(
                        and_(
                            Qualifier.entity_id == second,
                            Qualifier.predicate_id == predicate,
                            column == first,
                        )
                    )
                )
        # Restatements can make one pair a long series (Vietnam's defence ministers, day by
        # day): the most recent BUSY speak for it, as an undated statement speaks of the present.
        pair = union(*probes).subquery()
        latest = (
            select(Claim.id)
            .where(Claim.id.in_(select(pair.c[0])))
            .order_by(Claim.time_end.is_(None), Claim.time_end.desc(), Claim.id)
            .limit(BUSY)
        )
        return tuple(sorted(row[0] for row in self._query(latest)))

    def _load(self, ids: Iterable[str]) -> list[ClaimView]:
        missing = sorted(i for i in ids if i not in self._views)
        for at in range(0, len(missing), CHUNK):
            self._read_views(missing[at : at + CHUNK])
        if len(self._views) > CACHE_SIZE:
            wanted = set(ids)
            self._views = {k: v for k, v in self._views.items() if k in wanted}
        return [self._views[i] for i in ids if i in self._views]

    def _read_views(self, claim_ids: list[str]) -> None:
        rows = self._query(select(Claim).where(Claim.id.in_(claim_ids)))
        quals: dict[str, list[tuple[str, str]]] = {}
        for q in self._query(
            select(Qualifier.claim_id, Qualifier.role, Qualifier.entity_id).where(
                Qualifier.claim_id.in_(claim_ids)
            )
        ):
            quals.setdefault(q.claim_id, []).append((q.role, q.entity_id))
        spans: dict[str, list[SpanView]] = {}
        for s in self._query(
            select(Span.claim_id, Span.source_id, Span.start, Span.end, Span.quote)
            .where(Span.claim_id.in_(claim_ids))
            .order_by(Span.source_id, Span.start)
        ):
            spans.setdefault(s.claim_id, []).append(SpanView(s.source_id, s.start, s.end, s.quote))
        for r in rows:
            self._views[r.id] = ClaimView(
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

"""Stage 2 of checking: which stored claims could bear on a parsed statement.

Retrieval is by index only — claims of a candidate predicate whose subject, object or a qualifier
is an entity the statement mentions, or, for an entity with many such claims, that name two of
them — so its cost does not grow with the size of the base. Results are cached until the base
changes, which makes batches over the same topics cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, or_, select, union, union_all

from factdb.intervals import Interval
from factdb.models import Claim, Qualifier, Span

CACHE_SIZE = 50_000
# Claims of one predicate about one entity beyond which retrieval narrows to the claims that
# also name another entity of the statement (see ClaimIndex.candidates).
BUSY = 100
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
    # Read for the claims that decide a check (ClaimIndex.with_spans), not for every candidate:
    # the judge never looks at them, and a series of restatements has hundreds.
    spans: tuple[SpanView, ...] = ()

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
        self._spans: dict[str, list[SpanView]] = {}

    def reset(self) -> None:
        self._ids.cache_clear()
        self._pair_ids.cache_clear()
        self._views.clear()
        self._spans.clear()

    def candidates(
        self,
        predicates: Iterable[str],
        entities: Iterable[str],
        periods: Iterable[tuple[dt.date, dt.date]] = (),
    ) -> list[ClaimView]:
        """Claims of `predicates` that name a mentioned entity.

        An entity with more than BUSY claims of a predicate (Vietnam, in a newsroom's base)
        contributes only those that also name another mentioned entity, at most BUSY a pair:
        first those whose time meets one of the statement's `periods`, then the most recent (an
        undated statement speaks of the present). Named alone, it contributes its first BUSY.
        Its other claims name something the statement does not: another counterparty, office or
        holder, which the judge would set aside as another slice, or leave unstated, which makes
        for support too vague to weigh thousands of claims for. Pairs are probed through the
        subject or object with the object or a qualifier; two qualifiers of one claim are not a
        probe ("met in Hanoi with Orbán" with neither as subject).
        """
        ents = sorted(set(entities))
        when = tuple(sorted(set(periods)))
        ids: set[str] = set()
        for pred in sorted(set(predicates)):
            busy = []
            for eid in ents:
                found, is_busy = self._ids(pred, eid)
                if is_busy:
                    busy.append(eid)
                else:
                    ids.update(found)
            # A busy entity's pairs with a quiet one came with the quiet one's list.
            for a, b in combinations(busy, 2):
                ids.update(self._pair_ids(pred, a, b, when))
            if busy and len(ents) == 1:
                ids.update(self._sample(pred, ents[0]))
        return sorted(self._load(ids), key=lambda c: c.id)

    def _query(self, statement: Select[Any]) -> list[Any]:
        if self.conn is None:
            raise RuntimeError("ClaimIndex reads inside a snapshot: use Checker.snapshot()")
        return list(self.conn.execute(statement))

    def _fetch_ids(self, predicate: str, entity: str) -> tuple[tuple[str, ...], bool]:
        """Up to BUSY + 1 claims of `predicate` naming `entity`, and whether there are more than
        BUSY: one past BUSY is enough to know, so no read scans a busy entity whole."""
        first = _naming(predicate, entity).limit(BUSY + 1).subquery()
        # Counted in the database: a busy entity's ids are mostly not wanted, and carrying
        # BUSY rows into Python costs more than the rest of the check.
        (count,) = self._query(select(func.count()).select_from(first))[0]
        # A claim naming the entity twice counts twice here: busy all the same.
        if count > BUSY:
            return (), True
        return tuple(sorted({row[0] for row in self._query(select(first.c[0]))})), False

    def _sample(self, predicate: str, entity: str) -> tuple[str, ...]:
        """BUSY claims of a busy `predicate` and `entity`, the first the indexes give."""
        rows = self._query(_naming(predicate, entity).limit(BUSY))
        return tuple(sorted({row[0] for row in rows}))

    def _fetch_pair_ids(
        self, predicate: str, a: str, b: str, periods: tuple[tuple[dt.date, dt.date], ...]
    ) -> tuple[str, ...]:
        """Claims of `predicate` naming both `a` and `b`, one as subject or object, the other as
        object or a qualifier: BUSY of them each way round (Hungary's ODA to Vietnam is not lost
        among Vietnam's to Hungary), undated ones and those meeting `periods` first, then the
        most recent. Each probe is an index range over exactly those claims."""
        # Undated claims hold at any time, so they meet every period. The NULL test comes
        # before the descending time because the back ends sort NULLs at opposite ends.
        undated = Claim.time_end.is_(None)
        meets = [and_(Claim.time_start <= last, Claim.time_end >= first) for first, last in periods]
        order = [case((or_(undated, *meets), 0), else_=1), case((undated, 0), else_=1)]
        order += [Claim.time_end.desc(), Claim.id]
        found: set[str] = set()
        for first, second in ((a, b), (b, a)):
            probes: list[Select[Any]] = [
                select(Claim.id).where(
                    Claim.predicate_id == predicate,
                    Claim.subject_id == first,
                    Claim.object_id == second,
                )
            ]
            probes += [
                select(Qualifier.claim_id).where(
                    Qualifier.entity_id == second,
                    Qualifier.predicate_id == predicate,
                    column == first,
                )
                for column in (Qualifier.subject_id, Qualifier.object_id)
            ]
            # A pair can be a long series, restated article after article (Vietnam's trade
            # with Hungary, year by year; its defence ministers, day by day).
            pair = union(*probes).subquery()
            nearest = (
                select(Claim.id).where(Claim.id.in_(select(pair.c[0]))).order_by(*order).limit(BUSY)
            )
            found.update(row[0] for row in self._query(nearest))
        return tuple(sorted(found))

    def with_spans(self, claims: Iterable[ClaimView]) -> dict[str, ClaimView]:
        """`claims` by id, each with its spans, in source order."""
        wanted = {c.id: c for c in claims}
        missing = sorted(i for i in wanted if i not in self._spans)
        for at in range(0, len(missing), CHUNK):
            chunk = missing[at : at + CHUNK]
            for cid in chunk:
                self._spans[cid] = []
            for row in self._query(
                select(Span.claim_id, Span.source_id, Span.start, Span.end, Span.quote)
                .where(Span.claim_id.in_(chunk))
                .order_by(Span.source_id, Span.start)
            ):
                self._spans[row.claim_id].append(
                    SpanView(row.source_id, row.start, row.end, row.quote)
                )
        return {cid: replace(claim, spans=tuple(self._spans[cid])) for cid, claim in wanted.items()}

    def _load(self, ids: Iterable[str]) -> list[ClaimView]:
        missing = sorted(i for i in ids if i not in self._views)
        for at in range(0, len(missing), CHUNK):
            self._read_views(missing[at : at + CHUNK])
        if len(self._views) > CACHE_SIZE:
            wanted = set(ids)
            self._views = {k: v for k, v in self._views.items() if k in wanted}
            self._spans.clear()
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
            )


def _naming(predicate: str, entity: str) -> Select[Any]:
    """Ids of the claims of `predicate` naming `entity` as subject, object or a qualifier: three
    index ranges in one stream, so that a LIMIT stops the database at the first rows of any.
    No ORDER BY: it would make the database read every match first."""
    probes = [
        select(Claim.id).where(Claim.predicate_id == predicate, Claim.subject_id == entity),
        select(Claim.id).where(Claim.predicate_id == predicate, Claim.object_id == entity),
        select(Qualifier.claim_id).where(
            Qualifier.entity_id == entity, Qualifier.predicate_id == predicate
        ),
    ]
    return select(union_all(*probes).subquery().c[0])

"""Stage 2 of checking: which stored claims could bear on a parsed statement.

Retrieval is by index only — claims of a candidate predicate whose subject, object or a qualifier
is an entity the statement mentions, or, for an entity with many such claims, that name two of
them — so its cost does not grow with the size of the base. It reads one claim per fact: a
claim that restates another (the same fact from another article, marked by the loader) is left
out, and cited with the one it restates. Results are cached until the base changes, which makes
batches over the same topics cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache, lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Date,
    Executable,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal,
    null,
    or_,
    select,
    union,
    union_all,
)

from factdb.store.claims import VIEW_COLUMNS, ClaimView, SpanView, claim_views
from factdb.store.models import FACT, QUALIFIER_FACT, Claim, Qualifier, Source, Span

CACHE_SIZE = 50_000
# Facts of one predicate about one entity beyond which retrieval narrows to the facts that also
# name another entity of the statement (see ClaimIndex.claim_ids).
BUSY = 50
# How many of a busy pair's most recent facts a statement is weighed against beyond those at its
# own dates: an undated statement speaks of the present, not of the pair's whole history.
LATEST = 10
# Claim ids per IN (...) list: under every back end's limit on bound parameters.
CHUNK = 900
# (predicate, entity) probes per query, and statement dates a pair is ranked by: each is a term
# of one compound SELECT, and SQLite allows 500.
KEYS_PER_QUERY = 100
MAX_PERIODS = 8
# Restatements of an evidence claim listed by id; the rest are counted.
RESTATEMENTS_LISTED = 20


class ClaimIndex:
    """Claims by predicate and mentioned entity, read on `conn`: the connection of the caller's
    read snapshot (Checker.snapshot), so that one check sees one state of the base. The caller
    calls `reset` when the base has changed."""

    def __init__(self) -> None:
        self._conn: Connection | None = None
        # (predicate, entity) -> its claims' ids, or None when it is busy.
        self._named: dict[tuple[str, str], tuple[str, ...] | None] = {}
        self._pair_ids = lru_cache(maxsize=CACHE_SIZE)(self._fetch_pair_ids)
        self._sample = lru_cache(maxsize=CACHE_SIZE)(self._fetch_sample)
        self._views: dict[str, ClaimView] = {}
        self._spans: dict[str, list[SpanView]] = {}
        self._restated_by: dict[str, tuple[int, list[str]]] = {}

    def reset(self) -> None:
        self._named.clear()
        self._pair_ids.cache_clear()
        self._sample.cache_clear()
        self._views.clear()
        self._spans.clear()
        self._restated_by.clear()

    def claim_ids(
        self,
        predicates: Iterable[str],
        entities: Iterable[str],
        periods: Iterable[tuple[dt.date, dt.date]] = (),
    ) -> dict[str, set[str]]:
        """Ids of the claims of each of `predicates` that name a mentioned entity, one claim
        per fact.

        An entity with more than BUSY facts of a predicate (Vietnam, in a newsroom's base)
        contributes only those that also name another mentioned entity, at most BUSY a pair:
        undated ones and those whose time meets one of the statement's `periods`, then the
        LATEST most recent (an undated statement speaks of the present, not of a pair's whole
        history). Named alone, it contributes its first BUSY.
        Its other claims name something the statement does not: another counterparty, office or
        holder, which the judge would set aside as another slice, or leave unstated, which makes
        for support too vague to weigh thousands of claims for. Pairs are probed through the
        subject or object with the object or a qualifier; two qualifiers of one claim are not a
        probe ("met in Hanoi with Orbán" with neither as subject).
        """
        preds = sorted(set(predicates))
        ents = sorted(set(entities))
        when = tuple(sorted(set(periods)))
        if len(when) > MAX_PERIODS:
            # A pasted table of dates: one period spanning them all still puts them first.
            when = ((when[0][0], max(last for _, last in when)),)
        self._read_named([(pred, eid) for pred in preds for eid in ents])
        wanted: dict[str, set[str]] = {}
        for pred in preds:
            ids = wanted.setdefault(pred, set())
            busy = []
            for eid in ents:
                found = self._named[(pred, eid)]
                if found is None:
                    busy.append(eid)
                else:
                    ids.update(found)
            # A busy entity's pairs with a quiet one came with the quiet one's list.
            for a, b in combinations(busy, 2):
                ids.update(self._pair_ids(pred, a, b, when))
            if busy and len(ents) == 1:
                ids.update(self._sample(pred, ents[0]))
        return wanted

    def claims(
        self,
        ids: dict[str, set[str]],
        windows: dict[str, list[tuple[dt.date, dt.date]]] | None = None,
    ) -> dict[str, list[ClaimView]]:
        """The claims of `ids`, by predicate, in id order. For a predicate given `windows`, only
        those whose time meets one of them or is not given: the judge sets the others aside as
        another period (Judge._time_windows), and a long series need not be read to learn it."""
        windows = windows or {}
        if len(self._views) > CACHE_SIZE:
            self._views.clear()
        self._load({i for pred, found in ids.items() if pred not in windows for i in found})
        for pred, periods in windows.items():
            self._load(ids.get(pred, set()), tuple(sorted(set(periods))))
        return {
            pred: sorted((self._views[i] for i in found if i in self._views), key=lambda c: c.id)
            for pred, found in ids.items()
        }

    @property
    def reading(self) -> bool:
        """Whether a snapshot's connection is bound (see `read_on`)."""
        return self._conn is not None

    @contextmanager
    def read_on(self, conn: Connection) -> Iterator[Connection]:
        """Read on `conn`, the connection of one read snapshot, for the duration of the block."""
        self._conn = conn
        try:
            yield conn
        finally:
            self._conn = None

    def _query(self, statement: Executable, params: dict[str, Any] | None = None) -> list[Any]:
        if self._conn is None:
            raise RuntimeError("ClaimIndex reads inside a snapshot: use Checker.snapshot()")
        return list(self._conn.execute(statement, params or {}))

    def source_text(self, source_id: str) -> str:
        return self._query(select(Source.text).where(Source.id == source_id))[0][0]

    def _read_named(self, keys: list[tuple[str, str]]) -> None:
        """For each (predicate, entity) not yet known, its claims, or that it is busy. The
        database reads at most BUSY + 1 claims a key, one past BUSY being enough to know, and
        answers a busy key with one row. All keys in one query: a check asks a dozen, and each
        round trip costs more than its rows."""
        missing = [key for key in keys if key not in self._named]
        if not missing:
            return
        if len(self._named) + len(missing) > CACHE_SIZE:
            self._named.clear()
        found: list[list[str] | None] = [[] for _ in missing]
        for at in range(0, len(missing), KEYS_PER_QUERY):
            chunk = missing[at : at + KEYS_PER_QUERY]
            params: dict[str, Any] = {"limit": BUSY + 1, "busy": BUSY}
            for number, (pred, eid) in enumerate(chunk):
                params |= {f"p{number}": pred, f"e{number}": eid}
            for number, cid in self._query(_named_query(len(chunk)), params):
                ids = found[at + number]
                if cid is None:
                    found[at + number] = None
                elif ids is not None:
                    ids.append(cid)
        for key, ids in zip(missing, found, strict=True):
            self._named[key] = None if ids is None else tuple(sorted(ids))

    def _fetch_sample(self, predicate: str, entity: str) -> tuple[str, ...]:
        """BUSY claims of a busy entity, the same on every back end: the first BUSY by id of the
        ones the index ranges give first."""
        params = {"limit": BUSY + 1, "p0": predicate, "e0": entity}
        ids = sorted(cid for _, cid in self._query(_probes(1), params))
        return tuple(ids[:BUSY])

    def _fetch_pair_ids(
        self, predicate: str, a: str, b: str, periods: tuple[tuple[dt.date, dt.date], ...]
    ) -> tuple[str, ...]:
        """Claims of `predicate` naming both `a` and `b`, one as subject or object, the other as
        object or a qualifier: BUSY of them each way round (Hungary's ODA to Vietnam is not lost
        among Vietnam's to Hungary), undated ones and those meeting `periods` first, then the
        LATEST most recent. Each probe is an index range over exactly those claims."""
        params = {"predicate": predicate, "limit": BUSY, "latest": LATEST, **_periods(periods)}
        rows = self._query(_pair_query(len(periods)), params | {"a": a, "b": b})
        return tuple(sorted(cid for (cid,) in rows))

    def with_evidence(self, claims: Iterable[ClaimView]) -> dict[str, ClaimView]:
        """`claims` by id, each with its spans in source order and the claims restating it."""
        wanted = {c.id: c for c in claims}
        if len(self._spans) > CACHE_SIZE:
            self._spans.clear()
            self._restated_by.clear()
        missing = sorted(i for i in wanted if i not in self._spans)
        for at in range(0, len(missing), CHUNK):
            chunk = missing[at : at + CHUNK]
            for cid in chunk:
                self._spans[cid] = []
                self._restated_by[cid] = (0, [])
            for cid, source, start, end, quote in self._query(SPANS_OF, {"ids": chunk}):
                self._spans[cid].append(SpanView(source, start, end, quote))
            params = {"ids": chunk, "listed": RESTATEMENTS_LISTED}
            for first, cid, total in self._query(RESTATEMENTS_OF, params):
                listed = self._restated_by[first][1]
                listed.append(cid)
                self._restated_by[first] = (total, listed)
        return {
            cid: replace(
                claim,
                spans=tuple(self._spans[cid]),
                restatements=self._restated_by[cid][0],
                restated_by=tuple(self._restated_by[cid][1]),
            )
            for cid, claim in wanted.items()
        }

    def facts(self, claim_ids: Iterable[str]) -> dict[str, str]:
        """The claim each of `claim_ids` restates, or itself: the claim retrieval reads for it."""
        ids = sorted(set(claim_ids))
        found: dict[str, str] = {}
        for at in range(0, len(ids), CHUNK):
            for cid, first in self._query(FACTS_OF, {"ids": ids[at : at + CHUNK]}):
                found[cid] = first or cid
        return found

    def _load(self, ids: Iterable[str], windows: tuple[tuple[dt.date, dt.date], ...] = ()) -> None:
        missing = sorted(i for i in ids if i not in self._views)
        params = _periods(windows)
        for at in range(0, len(missing), CHUNK):
            chunk = missing[at : at + CHUNK]
            self._read_views(self._query(_claims_of(len(windows)), params | {"ids": chunk}))

    def _read_views(self, rows: Iterable[Any]) -> None:
        for view in claim_views(rows):
            self._views[view.id] = view


def _periods(periods: Iterable[tuple[dt.date, dt.date]]) -> dict[str, Any]:
    """The parameters first<i>, last<i> of the statements below that take periods."""
    params: dict[str, Any] = {}
    for number, (first, last) in enumerate(periods):
        params |= {f"first{number}": first, f"last{number}": last}
    return params


# Statements are built once, with bound parameters: building one costs SQLAlchemy more than
# running it, and a check runs a dozen.

IDS = bindparam("ids", expanding=True)
SPANS_OF = (
    select(Span.claim_id, Span.source_id, Span.start, Span.end, Span.quote)
    .where(Span.claim_id.in_(IDS))
    .order_by(Span.source_id, Span.start)
)
_RANKED = (
    select(
        Claim.restates,
        Claim.id,
        func.row_number().over(partition_by=Claim.restates, order_by=Claim.id).label("n"),
        func.count().over(partition_by=Claim.restates).label("total"),
    )
    .where(Claim.restates.in_(IDS))
    .subquery()
)
RESTATEMENTS_OF = (
    select(_RANKED.c.restates, _RANKED.c.id, _RANKED.c.total)
    .where(_RANKED.c.n <= bindparam("listed"))
    .order_by(_RANKED.c.restates, _RANKED.c.id)
)
FACTS_OF = select(Claim.id, Claim.restates).where(Claim.id.in_(IDS))


@cache
def _claims_of(windows: int) -> Select[Any]:
    """The claims of `ids`, a row per qualifier (in one round trip: a check reads dozens);
    with `windows`, only those whose time meets one of the periods first<i>..last<i> or is not
    given."""
    query = (
        select(*VIEW_COLUMNS, Qualifier.role, Qualifier.entity_id)
        .outerjoin(Qualifier, Qualifier.claim_id == Claim.id)
        .where(Claim.id.in_(IDS))
        .order_by(Claim.id)
    )
    if windows:
        meets = [
            and_(
                Claim.time_end >= bindparam(f"first{number}", type_=Date),
                Claim.time_start <= bindparam(f"last{number}", type_=Date),
            )
            for number in range(windows)
        ]
        query = query.where(or_(Claim.time_start.is_(None), Claim.time_end.is_(None), *meets))
    return query


@cache
def _probes(keys: int) -> CompoundSelect:
    """(i, id) for up to `limit` claims naming each of `keys` (predicate p<i>, entity e<i>).
    Three index ranges a key, in one stream, so that a LIMIT stops the database at the first
    rows of any. No ORDER BY: it would make the database read every match first. A claim naming
    the entity twice comes twice."""
    parts = []
    for number in range(keys):
        predicate, entity = bindparam(f"p{number}"), bindparam(f"e{number}")
        probes = [
            select(Claim.id).where(
                Claim.predicate_id == predicate, Claim.subject_id == entity, FACT
            ),
            select(Claim.id).where(
                Claim.predicate_id == predicate, Claim.object_id == entity, FACT
            ),
            select(Qualifier.claim_id).where(
                Qualifier.entity_id == entity, Qualifier.predicate_id == predicate, QUALIFIER_FACT
            ),
        ]
        first = select(union_all(*probes).subquery().c[0]).limit(bindparam("limit")).subquery()
        parts.append(select(literal(number).label("key"), first.c[0].label("id")))
    return union_all(*parts)


@cache
def _named_query(keys: int) -> Select[Any]:
    """_probes, with each key of more than `busy` rows (busy, or a claim naming it twice over
    the edge) answered by one row (i, NULL), and the others' ids once each."""
    rows = _probes(keys).subquery()
    counted = select(
        rows.c.key, rows.c.id, func.count().over(partition_by=rows.c.key).label("n")
    ).subquery()
    busy = case((counted.c.n > bindparam("busy"), null()), else_=counted.c.id)
    return select(counted.c.key, busy).distinct()


@cache
def _pair_query(periods: int) -> CompoundSelect:
    """Ids of claims of `predicate` naming `a` and `b`, one as subject or object, the other as
    object or a qualifier: up to `limit` each way round, undated ones and those meeting a
    period (first<i>..last<i>) first, then the `latest` most recent.

    A pair can be a long series, restated article after article (Vietnam's trade with Hungary,
    year by year; its defence ministers, day by day). Every part is read off an index ending
    in the time with its own LIMIT, so none reads the whole series; the database ranks the few
    rows they give and returns only those chosen."""
    predicate = bindparam("predicate")
    directions = []
    for a, b in ((bindparam("a"), bindparam("b")), (bindparam("b"), bindparam("a"))):
        sources = [
            (
                Claim.id,
                Claim.time_start,
                Claim.time_end,
                [
                    Claim.predicate_id == predicate,
                    Claim.subject_id == a,
                    Claim.object_id == b,
                    FACT,
                ],
            ),
            *(
                (
                    Qualifier.claim_id,
                    Qualifier.time_start,
                    Qualifier.time_end,
                    [
                        Qualifier.entity_id == b,
                        Qualifier.predicate_id == predicate,
                        column == a,
                        QUALIFIER_FACT,
                    ],
                )
                for column in (Qualifier.subject_id, Qualifier.object_id)
            ),
        ]
        parts = []
        for cid, start, end, where in sources:
            parts.append(_ranked(0, cid, end, [*where, end.is_(None)]))
            parts.append(
                _ranked(1, cid, end, [*where, end.is_not(None)], order=end.desc(), limit="latest")
            )
            for number in range(periods):
                first = bindparam(f"first{number}", type_=Date)
                last = bindparam(f"last{number}", type_=Date)
                parts.append(_ranked(0, cid, end, [*where, end >= first, start <= last], order=end))
        # A claim may come from several parts (the latest and a period's): one row each, at its
        # best rank; undated first, then latest first, the id breaking ties on every back end.
        found = union_all(*parts).subquery()
        latest = func.max(found.c.time_end)
        chosen = (
            select(found.c.id)
            .group_by(found.c.id)
            .order_by(func.min(found.c.rank), latest.is_not(None), latest.desc(), found.c.id)
            .limit(bindparam("limit"))
            .subquery()
        )
        directions.append(select(chosen.c.id))
    return union(*directions)


def _ranked(
    rank: int, cid: Any, end: Any, where: list[Any], order: Any = None, limit: str = "limit"
) -> Select[Any]:
    """Up to `limit` (rank, id, time_end) rows of one index range, in `order`."""
    query = select(cid.label("id"), end.label("time_end")).where(*where)
    if order is not None:
        query = query.order_by(order)
    sub = query.limit(bindparam(limit)).subquery()
    return select(literal(rank).label("rank"), sub.c.id, sub.c.time_end)

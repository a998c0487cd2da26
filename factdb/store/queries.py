"""Every query of the read path, owned here once and run by both back ends.

`check`, `parse`, `list`, `show` and `sources` read the base through these statements only.
On PostgreSQL (and on any database named by an unusual URL) they run through SQLAlchemy
(`AlchemyReader`); on a SQLite file they are compiled once to SQLite's SQL text
(`compile_for_sqlite`), kept on disk, and run on the standard library's sqlite3
(factdb.store.sqlite_read), so that a fresh command does not import SQLAlchemy. Either way a
statement is named (`statement(name, arity)`): the two back ends cannot drift, and the
back-end tests compare their answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    CompoundSelect,
    Connection,
    Date,
    Engine,
    Executable,
    Float,
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

from factdb.store.claims import (
    BY_ENTITY,
    BY_ID,
    BY_PREDICATE,
    BY_SOURCE,
    RECORD_FIELDS,
    VIEW_FIELDS,
    columns,
)
from factdb.store.db import STATE, read_snapshot
from factdb.store.models import (
    FACT,
    QUALIFIER_FACT,
    Alias,
    Claim,
    Entity,
    Meta,
    Predicate,
    Qualifier,
    Source,
    Span,
)

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
        select(*columns(VIEW_FIELDS), Qualifier.role, Qualifier.entity_id)
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
        probes = _fact_lookups(bindparam(f"e{number}"), bindparam(f"p{number}"))
        first = select(union_all(*probes).subquery().c[0]).limit(bindparam("limit")).subquery()
        parts.append(select(literal(number).label("key"), first.c[0].label("id")))
    return union_all(*parts)


def _fact_lookups(entity: Any, predicate: Any = None) -> list[Select[Any]]:
    """The ids of the facts (claims restating none) naming `entity` as subject, as object and
    as a qualifier, of `predicate` when one is given: one index range each (see models)."""
    of_claim = [] if predicate is None else [Claim.predicate_id == predicate]
    of_qualifier = [] if predicate is None else [Qualifier.predicate_id == predicate]
    return [
        select(Claim.id).where(*of_claim, Claim.subject_id == entity, FACT),
        select(Claim.id).where(*of_claim, Claim.object_id == entity, FACT),
        select(Qualifier.claim_id).where(
            Qualifier.entity_id == entity, *of_qualifier, QUALIFIER_FACT
        ),
    ]


def _busy_keys() -> Select[Any]:
    """(predicate, entity, facts) of each key that _probes finds more than `busy` rows for,
    counted as it counts them (a claim naming the entity twice counts twice): what a read of
    the base can know once per state (factdb.lexicon.stored keeps it), so that retrieval does
    not read BUSY + 1 index rows to learn it again for every statement."""
    counts = union_all(
        select(Claim.predicate_id, Claim.subject_id, func.count())
        .where(FACT)
        .group_by(Claim.predicate_id, Claim.subject_id),
        select(Claim.predicate_id, Claim.object_id, func.count())
        .where(FACT, Claim.object_id.is_not(None))
        .group_by(Claim.predicate_id, Claim.object_id),
        select(Qualifier.predicate_id, Qualifier.entity_id, func.count())
        .where(QUALIFIER_FACT)
        .group_by(Qualifier.predicate_id, Qualifier.entity_id),
    ).subquery()
    predicate, entity, n = counts.c
    facts = func.sum(n)
    return (
        select(predicate, entity, facts)
        .group_by(predicate, entity)
        .having(facts > bindparam("busy"))
    )


BUSY_KEYS = _busy_keys()


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


META = select(Meta.key, Meta.value)
SOURCE_TEXT = select(Source.text).where(Source.id == bindparam("source"))
# The day a source was published: what its "sáng nay", "this morning" count from (dayparts).
SOURCE_PUBLISHED = select(Source.published).where(Source.id == bindparam("source"))
# The day the latest source was published: the time the sources speak of, a statement's "now".
SOURCES_NOW = select(func.max(Source.published))

# --- browsing: `list`, `show`, `sources` (factdb.store.browse) -----------------------------------


def _browsed(filters: int) -> list[Any]:
    """The conditions on a claim of the filters `filters` names (bound as source, entity,
    predicate, id)."""
    where: list[Any] = []
    if filters & BY_SOURCE:
        where.append(
            select(Span.id)
            .where(Span.claim_id == Claim.id, Span.source_id == bindparam("source"))
            .exists()
        )
    if filters & BY_ENTITY:
        where.append(Claim.id.in_(_naming(bool(filters & BY_PREDICATE))))
    if filters & BY_PREDICATE:
        where.append(Claim.predicate_id == bindparam("predicate"))
    if filters & BY_ID:
        where.append(Claim.id == bindparam("id"))
    return where


def _naming(by_predicate: bool) -> CompoundSelect:
    """Ids of the claims naming `entity` (as subject, object or a qualifier), of `predicate`
    when `by_predicate`. Read off retrieval's indexes, which hold one claim per fact, then the
    restatements of those facts (a restatement names what its fact names: the loader marks a
    claim as one only when its subject, object and qualifiers are the fact's). An OR of the
    three, or an EXISTS per claim, made SQLite scan every claim: 0.4 s a statement at 1M."""
    predicate = bindparam("predicate") if by_predicate else None
    facts = union(*_fact_lookups(bindparam("entity"), predicate)).subquery()
    restated = select(Claim.id).where(Claim.restates.in_(select(facts.c[0])))
    return union(select(facts.c[0]), restated)


@cache
def _records(filters: int) -> Select[Any]:
    """The claims the filters select, by id (factdb.store.claims.RECORD_FIELDS)."""
    return select(*columns(RECORD_FIELDS)).where(*_browsed(filters)).order_by(Claim.id)


@cache
def _record_qualifiers(filters: int) -> Select[Any]:
    """(claim id, role, entity) of the claims the filters select, by claim and role."""
    chosen = select(Claim.id).where(*_browsed(filters))
    return (
        select(Qualifier.claim_id, Qualifier.role, Qualifier.entity_id)
        .where(Qualifier.claim_id.in_(chosen))
        .order_by(Qualifier.claim_id, Qualifier.role)
    )


@cache
def _record_spans(filters: int) -> Select[Any]:
    """(claim id, source, start, end, quote) of the claims the filters select, by claim, then
    source and offset."""
    chosen = select(Claim.id).where(*_browsed(filters))
    return (
        select(Span.claim_id, Span.source_id, Span.start, Span.end, Span.quote)
        .where(Span.claim_id.in_(chosen))
        .order_by(Span.claim_id, Span.source_id, Span.start)
    )


_CLAIMS_PER_SOURCE = (
    select(Span.source_id, func.count(func.distinct(Span.claim_id)).label("n"))
    .group_by(Span.source_id)
    .subquery()
)
SOURCE_SUMMARIES = (
    select(
        Source.id,
        Source.title,
        Source.published,
        Source.publisher,
        Source.url,
        func.coalesce(_CLAIMS_PER_SOURCE.c.n, 0),
    )
    .outerjoin(_CLAIMS_PER_SOURCE, _CLAIMS_PER_SOURCE.c.source_id == Source.id)
    .order_by(Source.id)
)
SOURCE_TEXTS = select(Source.id, Source.text).where(Source.id.in_(IDS))
# The spans of encounters (claims of `predicates`) that a source gives at or before offset `at`,
# nearest first: the account of a meeting or call that a fact reported after it belongs to
# (factdb.check.occasion).
SPANS_BEFORE = (
    select(Span.claim_id, Claim.predicate_id, Span.start)
    .join(Claim, Claim.id == Span.claim_id)
    .where(
        Span.source_id == bindparam("source"),
        Span.start <= bindparam("at"),
        Claim.predicate_id.in_(bindparam("predicates", expanding=True)),
    )
    .order_by(Span.start.desc(), Span.claim_id)
    .limit(bindparam("limit"))
)
# The spans of a stretch of a source, with their claims' facts (factdb.check.world.said_by).
SPANS_WITHIN = (
    select(Span.start, Span.end, Claim.subject_id, Claim.predicate_id, Claim.object_id)
    .join(Claim, Claim.id == Span.claim_id)
    .where(
        Span.source_id == bindparam("source"),
        Span.start < bindparam("right"),
        Span.end > bindparam("left"),
    )
    .order_by(Span.start, Span.end, Span.claim_id)
)
ENTITY = select(Entity.id).where(Entity.id == bindparam("id"))
ALIASED = select(Alias.entity_id).where(Alias.folded == bindparam("folded")).distinct()
SOURCE = select(Source.id).where(Source.id == bindparam("id"))
PREDICATE = select(Predicate.id).where(Predicate.id == bindparam("id"))

# name -> the statement, or a function of the statement's arity (keys, windows, periods).
STATEMENTS: dict[str, Any] = {
    "meta": META,
    "state": STATE,
    "source_text": SOURCE_TEXT,
    "source_published": SOURCE_PUBLISHED,
    "sources_now": SOURCES_NOW,
    "spans_of": SPANS_OF,
    "restatements_of": RESTATEMENTS_OF,
    "facts_of": FACTS_OF,
    "claims_of": _claims_of,
    "probes": _probes,
    "named": _named_query,
    "busy_keys": BUSY_KEYS,
    "pair": _pair_query,
    "records": _records,
    "record_qualifiers": _record_qualifiers,
    "record_spans": _record_spans,
    "source_summaries": SOURCE_SUMMARIES,
    "source_texts": SOURCE_TEXTS,
    "spans_before": SPANS_BEFORE,
    "spans_within": SPANS_WITHIN,
    "entity": ENTITY,
    "aliased": ALIASED,
    "source": SOURCE,
    "predicate": PREDICATE,
}


def statement(name: str, arity: int | None = None) -> Executable:
    """The statement `name`, built for `arity` bound terms when it takes a number of them."""
    found = STATEMENTS[name]
    return found if arity is None else found(arity)


class AlchemyReader:
    """Runs the named statements on an SQLAlchemy connection (PostgreSQL, or any URL the
    standard library's sqlite3 does not open)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rows(
        self, name: str, arity: int | None = None, params: dict[str, Any] | None = None
    ) -> list[Any]:
        return list(self.conn.execute(statement(name, arity), params or {}))


@contextmanager
def alchemy_snapshot(engine: Engine) -> Iterator[AlchemyReader]:
    """A reader on one committed state of the base, until the block ends."""
    with engine.connect() as conn:
        read_snapshot(conn)
        yield AlchemyReader(conn)


def compile_for_sqlite(name: str, arity: int | None = None) -> dict[str, Any]:
    """Statement `name` as SQLite's SQL text with named parameters, and what the standard
    library's sqlite3 needs to run it as SQLAlchemy would: the parameters' fixed values
    (literals), which are lists (IN), how each parameter and result column is converted."""
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

    dialect = SQLiteDialect_pysqlite(paramstyle="named")
    query = statement(name, arity)
    compiled = query.compile(dialect=dialect)
    params: dict[str, Any] = {}
    expanding: list[str] = []
    convert: dict[str, str] = {}
    for bind in compiled.binds.values():
        key = compiled.bind_names[bind]
        if bind.expanding:
            expanding.append(key)
        elif bind.value is not None:
            params[key] = bind.value
        kind = _conversion(bind.type, dialect, bind=True)
        if kind:
            convert[key] = kind
    columns = [_conversion(c.type, dialect, bind=False) for c in query.selected_columns]
    return {
        "sql": str(compiled),
        "params": params,
        "expanding": sorted(expanding),
        "convert": convert,
        "columns": columns,
    }


def _conversion(type_: Any, dialect: Any, bind: bool) -> str | None:
    """How a value of `type_` crosses between Python and SQLite, as SQLAlchemy converts it:
    None (as it is), "date" (ISO text) or "bool" (0 or 1). A type converted some other way is
    refused, so that a new column type cannot be read differently by the two paths."""
    impl = type_.dialect_impl(dialect)
    processor = impl.bind_processor(dialect) if bind else impl.result_processor(dialect, None)
    if processor is None:
        return None
    affinity = impl._type_affinity
    for kind, base in (("date", Date), ("bool", Boolean)):
        if affinity is not None and issubclass(affinity, base):
            return kind
    if bind and affinity is not None and issubclass(affinity, Float):
        return None  # a float parameter is bound as it is by both
    raise NotImplementedError(f"no standard-library conversion for {type_!r}")

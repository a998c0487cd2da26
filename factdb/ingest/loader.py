"""Writing a fixture set into the database: all or nothing, streaming.

The database mirrors the fixture set exactly, so a load replaces every row in ONE transaction with
Core bulk inserts (executemany batches). The vocabulary is validated before the transaction
opens. Claims, which may number in the millions, are validated and inserted a batch at a time
inside it, so memory stays bounded whatever the size of the claim base. The first bad claim rolls
the transaction back, leaving the database exactly as it was; validation then goes on without
writing, so that one pass lists every problem (up to fixtures.MAX_ERRORS). A big bulk load is
validated by forked processes, each decoding only its own batches; when one fails (or the
database refuses an id given twice across them), everything is validated again in one stream,
so the problems listed are those a load in one process lists. A load killed midway never
commits, so the old state is kept too.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import gc
import hashlib
import multiprocessing as mp
import os
import queue as queue_module
import signal
import traceback
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field, replace
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, RootTransaction, delete, insert
from sqlalchemy.exc import IntegrityError

from factdb.ingest.discover import recorded_state
from factdb.ingest.fixtures import ClaimFile, ClaimStream, Problems, read_vocabulary
from factdb.ingest.records import (
    ClaimRec,
    EntityRec,
    FixtureError,
    FixtureErrors,
    FixtureSet,
    PredicateRec,
    SourceRec,
    UnitRec,
)
from factdb.store.db import begin_write
from factdb.store.models import (
    Alias,
    Claim,
    Entity,
    Meta,
    OfficeRule,
    Predicate,
    Qualifier,
    Source,
    Span,
    Trigger,
    Unit,
)
from factdb.text.fold import fold_phrase

# Children before parents, so deletes never trip a foreign key.
_TABLES_CHILD_FIRST = [
    Span,
    Qualifier,
    Claim,
    OfficeRule,
    Trigger,
    Alias,
    Predicate,
    Unit,
    Entity,
    Source,
    Meta,
]
BATCH = 20_000
CLAIM_BATCH = 5_000  # claims validated then inserted together (each with its qualifiers, spans)
# SQLite page cache for the loading connection (KiB when negative). Ids arrive in order, so the
# primary keys grow at their ends, and the secondary indexes are built once after the inserts:
# 256 MiB cost a 1M load 240 MiB of its peak and no time. Journaling and synchronous stay as
# they are: a load that dies never commits.
SQLITE_LOAD_CACHE_KIB = 64 * 1024
# Claim files this large are validated in forked processes while this one writes.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
VALIDATORS = 2


def _phrase_rows(
    owner: str, owner_id: str, field: str, phrases: Iterable[tuple[str, str]]
) -> list[dict[str, object]]:
    """Alias or trigger rows, each (language, phrase) once, with the folded matching key."""
    unique = dict.fromkeys((lang, phrase.strip()) for lang, phrase in phrases)
    return [
        {owner: owner_id, "lang": lang, field: phrase, "folded": fold_phrase(phrase)}
        for lang, phrase in unique
    ]


def _vocabulary_rows(fs: FixtureSet) -> dict[type, list[dict[str, object]]]:
    aliases = [
        row
        for e in fs.entities.values()
        for row in _phrase_rows("entity_id", e.id, "alias", e.aliases)
    ]
    triggers = [
        row
        for p in fs.predicates.values()
        for row in _phrase_rows("predicate_id", p.id, "phrase", p.triggers)
    ]
    # Numbered here, like span ids: PostgreSQL's sequences go on counting after the delete-all,
    # so database-assigned ids would change on every reload (SQLite happens to reuse them).
    for rows in (aliases, triggers):
        for i, row in enumerate(rows, start=1):
            row["id"] = i
    return {
        Source: [dict(vars(s)) for s in fs.sources.values()],
        Entity: [
            {
                "id": e.id,
                "type": e.type,
                "name_en": e.name_en,
                "name_vi": e.name_vi,
                "single_holder": e.single_holder,
            }
            for e in fs.entities.values()
        ],
        Alias: aliases,
        Unit: [dict(vars(u)) for u in fs.units.values()],
        Predicate: [
            {
                "id": p.id,
                "label_en": p.label_en,
                "label_vi": p.label_vi,
                "value_type": p.value_type,
                "dimension": p.dimension,
                "functional": p.functional,
                "symmetric": p.symmetric,
                "time_role": p.time_role,
                "cue_types": p.cue_types,
                "encounter": p.encounter,
                "implies": p.implies,
                "state_parties": p.state_parties,
            }
            for p in fs.predicates.values()
        ],
        Trigger: triggers,
        OfficeRule: [
            {"id": i, "office_a": r.office_a, "office_b": r.office_b, "reason": r.reason}
            for i, r in enumerate(fs.office_rules, start=1)
        ],
    }


# The claims table's columns in the model's order, which is the rows' order: a column added to the
# model is written here too. A ClaimRec field bears each column's name but the last, `restates`,
# which the loader fills (see _claim_rows).
CLAIM_COLUMNS = tuple(column.name for column in Claim.__table__.columns)
QUALIFIER_COLUMNS = (
    "claim_id",
    "role",
    "entity_id",
    "predicate_id",
    "subject_id",
    "object_id",
    "time_start",
    "time_end",
    "restates",
)
SPAN_COLUMNS = ("id", "claim_id", "source_id", "start", "end", "quote")
Rows = dict[type, tuple[tuple[str, ...], list[tuple[Any, ...]]]]
# Where a claim's row holds its time, which its qualifiers copy as the driver takes it.
_START, _END = CLAIM_COLUMNS.index("time_start"), CLAIM_COLUMNS.index("time_end")


def _same(day: Any) -> Any:
    return day


def _iso(day: dt.date | None) -> str | None:
    """A date as SQLAlchemy stores it in SQLite (YYYY-MM-DD), for rows bound without it."""
    return None if day is None else day.isoformat()


_RECORD = attrgetter(*CLAIM_COLUMNS[:-1])


def _claim_tuple(c: ClaimRec, day: Callable[[Any], Any]) -> tuple[Any, ...]:
    row = _RECORD(c)
    if day is _same:
        return row
    return (*row[:_START], day(row[_START]), day(row[_END]), *row[_END + 1 :])


def _claim_rows(batch: list[ClaimRec], day: Callable[[Any], Any]) -> Rows:
    """Rows for a batch of claims, as tuples; the spans' without their id, which the writer
    gives (_number_spans). `day` turns a date into what the driver is given for it."""
    claims = []
    for c in batch:
        row = _claim_tuple(c, day)
        claims.append((*row, _fact_digest(row, c.qualifiers)))  # in the restates place
    return {
        Claim: (CLAIM_COLUMNS, claims),
        Qualifier: (
            QUALIFIER_COLUMNS,
            [
                (
                    c.id,
                    role,
                    eid,
                    c.predicate_id,
                    c.subject_id,
                    c.object_id,
                    row[_START],
                    row[_END],
                    None,
                )
                for c, row in zip(batch, claims, strict=True)
                for role, eid in c.qualifiers
            ],
        ),
        Span: (
            SPAN_COLUMNS[1:],
            [(c.id, s.source_id, s.start, s.end, s.quote) for c in batch for s in c.spans],
        ),
    }


def _number_spans(rows: Rows, first: int) -> int:
    """Give the batch's spans their ids, from `first` on; return the next id. Span ids are
    numbered in fixture order from 1, so loading the same fixtures gives the same ids on every
    back end (PostgreSQL sequences never go back). The writer numbers them, since only it sees
    every batch: a validating process does not read the claims another validates."""
    spans = rows[Span][1]
    rows[Span] = (SPAN_COLUMNS, [(i, *span) for i, span in enumerate(spans, start=first)])
    return first + len(spans)


class Restatements:
    """Marks each claim that states the same fact as an earlier claim of the load (`restates`,
    on the claim and its qualifiers), so that retrieval reads one claim per fact. Kept by the
    writing process across batches. The rows arrive with the fact's digest in the `restates`
    place (_fact_digest, computed where the claims are validated: in the forked validators of a
    big load, off the writer's critical path), which becomes the first claim's id or NULL."""

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}

    def mark(self, rows: Rows) -> Rows:
        claims, qualifiers = rows[Claim][1], rows[Qualifier][1]
        restated: dict[str, str] = {}
        for i, row in enumerate(claims):
            first = self._first.setdefault(row[-1], row[0])
            if first == row[0]:
                claims[i] = (*row[:-1], None)
            else:
                restated[row[0]] = first
                claims[i] = (*row[:-1], first)
        if restated:
            for i, q in enumerate(qualifiers):
                if q[0] in restated:
                    qualifiers[i] = (*q[:-1], restated[q[0]])
        return rows


# What the fact is: every column after the id up to the bookkeeping (note, fixture place, restates).
_FACT = slice(CLAIM_COLUMNS.index("subject_id"), CLAIM_COLUMNS.index("note"))


def _fact_digest(row: tuple[Any, ...], qualifiers: Iterable[tuple[str, str]]) -> bytes:
    """What makes two claims the same fact: every column the judge reads (all of the claim's
    row but the id, the note and the fixture location) and the qualifiers; as a 128-bit digest,
    so that the writer remembers a million facts in about 100 MB."""
    fact = repr((row[_FACT], sorted(qualifiers)))
    return hashlib.blake2b(fact.encode("utf-8"), digest_size=16).digest()


def _batches(items: Iterable[ClaimRec], size: int) -> Iterator[list[ClaimRec]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@dataclass(frozen=True)
class LoadedClaim:
    spans: range  # as many items as the claim has spans; the spans themselves are in the database


class LoadedClaims(Sized):
    """The claims a load wrote, counted rather than kept: len() and values(), each value sized
    by its spans (`sum(len(c.spans) for c in claims.values())` is the number of spans)."""

    def __init__(self, spans_of: Sequence[int]) -> None:
        self._spans_of = spans_of

    def __len__(self) -> int:
        return len(self._spans_of)

    def values(self) -> Iterator[LoadedClaim]:
        return (LoadedClaim(range(n)) for n in self._spans_of)


@dataclass
class LoadResult:
    """What a load wrote. Shaped like a FixtureSet, but the claims are not held in memory."""

    sources: dict[str, SourceRec] = field(default_factory=dict)
    entities: dict[str, EntityRec] = field(default_factory=dict)
    units: dict[str, UnitRec] = field(default_factory=dict)
    predicates: dict[str, PredicateRec] = field(default_factory=dict)
    claims: LoadedClaims = field(default_factory=lambda: LoadedClaims([]))
    spans: int = 0
    change: Change | None = None


# --- where the rows come from: validation in this process or in a forked one -----------------


class _LocalFeed:
    """Validates claims in this process and hands over their rows a batch at a time."""

    def __init__(
        self,
        files: list[ClaimFile],
        fs: FixtureSet,
        check: Problems,
        day: Any,
        share: tuple[int, int] = (0, 1),
    ) -> None:
        self.stream = ClaimStream(files, fs, check, (*share, CLAIM_BATCH))
        self.claims = iter(self.stream)
        self.check = check
        self.day = day

    def __iter__(self) -> Iterator[Rows]:
        """Row batches, until the claims run out or one is bad. A batch is one run of the
        stream's share."""
        for batch in _batches(self.claims, CLAIM_BATCH):
            if self.check.errors:
                return
            yield _claim_rows(batch, self.day)

    def finish(self) -> tuple[list[FixtureError], Sequence[int]]:
        """Validate what is left (writing nothing); every problem, and the span count of each
        claim."""
        for _ in self.claims:
            pass
        return self.check.errors, self.stream.spans_of


def _die_with_parent(parent: int) -> None:
    """Have the kernel end this process when the loader that forked it dies (Linux), so that a
    killed load leaves nothing behind; elsewhere the queue puts below notice it."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # died before the request took effect
        os._exit(1)


def _validate_in_child(
    files: list[ClaimFile],
    fs: FixtureSet,
    day: Any,
    queue: Any,
    parent: int,
    share: tuple[int, int],
) -> None:  # pragma: no cover - runs in the forked process
    _die_with_parent(parent)

    def put(item: tuple[str, Any]) -> None:
        while True:
            try:
                queue.put(item, timeout=1)
                return
            except queue_module.Full:
                if os.getppid() != parent:
                    os._exit(1)

    try:
        feed = _LocalFeed(files, fs, Problems(), day, share)
        for rows in feed:
            put(("rows", rows))
        # A bad claim: the loader lists the problems by validating everything in one stream.
        put(("failed", None) if feed.check.errors else ("done", feed.stream.spans_of))
    except BaseException:
        put(("crashed", traceback.format_exc()))


class _ForkedFeed:
    """Validates claims in VALIDATORS forked processes, alternate batches each, while this one
    writes: validation is the slower half of a big load, and the writer waits for it most of
    the time. Rows cross over bounded queues, taken in batch order, so memory stays bounded.
    A validator reads the claims of the others' batches without decoding them, so it cannot
    tell every problem (a duplicate id across batches is refused by the database instead); when
    anything fails, `finish` validates everything again in one stream to list the problems as a
    load in one process would."""

    def __init__(self, files: list[ClaimFile], fs: FixtureSet, day: Any) -> None:
        ctx = mp.get_context("fork")
        self.files, self.fs, self.day = files, fs, day
        self.queues = [ctx.Queue(maxsize=4) for _ in range(VALIDATORS)]
        self.processes = [
            ctx.Process(
                target=_validate_in_child,
                args=(files, fs, day, queue, os.getpid(), (part, VALIDATORS)),
                daemon=True,
            )
            for part, queue in enumerate(self.queues)
        ]
        for process in self.processes:
            process.start()
        self.spans_of: list[Any] = [None] * VALIDATORS
        self.complete = False  # every batch was handed over, none of them bad

    def _next(self, part: int) -> tuple[str, Any]:
        while True:
            try:
                kind, payload = self.queues[part].get(timeout=1)
            except queue_module.Empty:
                process = self.processes[part]
                if not process.is_alive():
                    raise RuntimeError(
                        f"the validating process died (exit code {process.exitcode})"
                    ) from None
                continue
            if kind == "crashed":
                raise RuntimeError("validation failed unexpectedly:\n" + payload)
            return kind, payload

    def __iter__(self) -> Iterator[Rows]:
        batch = 0
        while True:
            part = batch % VALIDATORS
            kind, payload = self._next(part)
            if kind == "rows":
                yield payload
                batch += 1
                continue
            if kind == "done":
                # The batch this validator would have had next does not exist, nor any later.
                self.spans_of[part] = payload
                self.complete = True
            return  # "failed": a validator found a bad claim

    def finish(self) -> tuple[list[FixtureError], Sequence[int]]:
        if self.complete:
            for part in range(VALIDATORS):
                while self.spans_of[part] is None:
                    kind, payload = self._next(part)
                    if kind == "done":
                        self.spans_of[part] = payload
                    elif kind == "failed":
                        self.complete = False
                        break
        if not self.complete:
            self.close()
            return _LocalFeed(self.files, self.fs, Problems(), self.day).finish()
        spans_of = array("H")
        for counts in self.spans_of:
            spans_of.extend(counts)
        return [], spans_of

    def close(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join()
        for queue in self.queues:
            queue.close()


def _bulk_bytes(files: list[ClaimFile]) -> int:
    return sum(cf.path.stat().st_size for cf in files if cf.doc is None)


def _insert(conn: Connection, rows: dict[type, list[dict[str, object]]]) -> None:
    for table, data in rows.items():
        for i in range(0, len(data), BATCH):
            conn.execute(insert(table), data[i : i + BATCH])


def _positional_insert(conn: Connection, table: type, columns: tuple[str, ...]) -> str | None:
    """The SQL of Core's insert(table) for `columns`, when the driver takes positional
    parameters in that order (SQLite's qmark style), else None."""
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
    if conn.dialect.paramstyle != "qmark" or tuple(compiled.positiontup or ()) != columns:
        return None
    return str(compiled)


def _insert_tuples(conn: Connection, rows: Rows, sql: dict[type, str | None]) -> None:
    """executemany of each table's rows. On SQLite the tuples go to the driver as they are
    (SQLAlchemy's per-row parameter processing costs as much as SQLite's own work); elsewhere
    through Core's insert(), which batches them into multi-row VALUES."""
    for table, (columns, data) in rows.items():
        if not data:
            continue
        if table not in sql:
            sql[table] = _positional_insert(conn, table, columns)
        statement = sql[table]
        for i in range(0, len(data), BATCH):
            chunk = data[i : i + BATCH]
            if statement is not None:
                conn.exec_driver_sql(statement, chunk)
            else:
                conn.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in chunk])


def _sqlite_cache(conn: Connection, kib: int | None) -> int | None:
    """Set the SQLite page cache of this connection; return the previous setting."""
    if conn.dialect.name != "sqlite" or kib is None:
        return None
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size={int(kib) if kib < 0 else -int(kib)}")
    return -int(before) if before is not None and before < 0 else None


def _drop_claim_indexes(conn: Connection) -> list[str]:
    """Drop the secondary indexes of the claim tables; return the SQL that recreates them.

    Building an index once over a million sorted rows is faster than growing it row by row. Only
    on SQLite: there the DDL is part of the load's transaction (a failed load rolls it back) and
    readers keep their snapshot, whereas PostgreSQL would lock readers out for the whole load.
    """
    tables = [m.__tablename__ for m in (Claim, Qualifier, Span)]
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({', '.join('?' * len(tables))})",
        tuple(tables),
    ).all()
    for name, _ in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _roll_back(conn: Connection, trans: RootTransaction) -> None:
    """Undo the load's transaction after a failure, whatever state the failure left it in; never
    raises, so the failure itself is what the caller sees."""
    try:
        if trans.is_active:
            trans.rollback()
        elif conn.get_transaction() is trans:
            # The COMMIT failed. SQLAlchemy holds the transaction over and would issue no ROLLBACK,
            # but a driver may keep it open (SQLite does on SQLITE_BUSY at COMMIT): back in the
            # pool, the connection would hand the whole load to the next transaction to commit.
            trans.rollback()  # only detaches it, so the connection can be used again
            dbapi = None if conn.invalidated else conn.connection.dbapi_connection
            if dbapi is not None:
                dbapi.rollback()
    except Exception:
        # Closing the connection is the rollback of last resort, and keeps it out of the pool.
        conn.invalidate()


@dataclass(frozen=True)
class Change:
    """What a load does to the claim base: claims before and after, ids removed and added."""

    before: int
    after: int
    removed: int

    @property
    def added(self) -> int:
        return self.after - self.before + self.removed

    def __str__(self) -> str:
        return (
            f"it would remove {self.removed:,} of the {self.before:,} claims in the database "
            f"and add {self.added:,}"
        )


class LoadRefused(Exception):
    """The load was valid, but its change to the base was not allowed; nothing was written."""

    def __init__(self, change: Change) -> None:
        super().__init__(str(change))
        self.change = change


Allow = Callable[[Change], bool]
_PREVIOUS = "factdb_previous_claims"  # a temporary table: the ids before this load


def _keep_previous_ids(conn: Connection) -> int:
    """Copy the ids of the claims there are before the load, for `_change`; their number."""
    before = conn.exec_driver_sql("SELECT count(*) FROM claims").scalar_one()
    if before:
        drop = " ON COMMIT DROP" if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {_PREVIOUS}{drop} AS SELECT id FROM claims")
    return int(before)


def _change(conn: Connection, before: int, after: int) -> Change:
    removed = 0
    if before:
        removed = conn.exec_driver_sql(
            f"SELECT count(*) FROM {_PREVIOUS} p"
            " WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = p.id)"
        ).scalar_one()
        if conn.dialect.name != "postgresql":  # PostgreSQL drops it at the end of the load
            conn.exec_driver_sql(f"DROP TABLE {_PREVIOUS}")
    return Change(before, after, int(removed))


def write(
    engine: Engine,
    fs: FixtureSet,
    files: list[ClaimFile],
    check: Problems,
    paths: list[Path],
    allow: Allow | None = None,
    progress: Callable[[int], None] | None = None,
) -> LoadResult | None:
    """Make the database hold exactly `fs` and the claims of `files`, in one transaction.

    Returns None, having written nothing, when a claim is bad: `check` then lists every problem.
    Raises LoadRefused, having written nothing, when `allow` refuses the change the load makes.
    """
    vocabulary = _vocabulary_rows(fs)
    meta = recorded_state(paths)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        day = _iso if sqlite else _same
        statements: dict[type, str | None] = {}
        if sqlite:
            # Every reference was checked in validation; SQLite checking each again per row
            # would cost a quarter of the load. The pragma only takes effect outside a
            # transaction; small loads are checked as a whole below before committing.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        bulk = _bulk_bytes(files) >= PARALLEL_MIN_BYTES
        parallel = bulk and "fork" in mp.get_all_start_methods()
        feed: Any = _ForkedFeed(files, fs, day) if parallel else _LocalFeed(files, fs, check, day)
        cache_before = None
        failed = False
        trans = conn.begin()
        try:
            begin_write(conn)  # a second load waits for this one, then replaces what it wrote
            cache_before = _sqlite_cache(conn, SQLITE_LOAD_CACHE_KIB)
            before = _keep_previous_ids(conn)
            for table in _TABLES_CHILD_FIRST:
                conn.execute(delete(table))
            _insert(conn, vocabulary)
            del vocabulary
            indexes = _drop_claim_indexes(conn) if sqlite else []
            restatements = Restatements()
            refused: IntegrityError | None = None
            span_id = 1
            try:
                for rows in feed:
                    span_id = _number_spans(rows, span_id)
                    _insert_tuples(conn, restatements.mark(rows), statements)
                    if progress is not None:
                        progress(len(rows[Claim][1]))
            except IntegrityError as exc:
                if not parallel:  # validation in one stream lets nothing through a key refuses
                    raise
                refused = exc  # an id twice, in two validators' batches
                feed.complete = False
            if check.errors or (parallel and not feed.complete):
                trans.rollback()  # a bad claim: release the database before validating the rest
            errors, spans_of = feed.finish()
            if errors:
                if trans.is_active:
                    trans.rollback()
                if errors is not check.errors:  # found by validating again in this process
                    for error in errors:
                        check.add(error)
                return None
            if refused is not None:
                raise refused
            if parallel:  # the texts were for validation, which is over
                for key, source in fs.sources.items():
                    fs.sources[key] = replace(source, text="")
            for ddl in indexes:
                conn.exec_driver_sql(ddl)
            # A second look at every reference costs seconds per million claims; bulk loads
            # rely on validation, which checked each one against the very rows written here.
            if sqlite and not bulk and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise RuntimeError("the load broke a foreign key; nothing was written")
            change = _change(conn, before, len(spans_of))
            if allow is not None and not allow(change):
                raise LoadRefused(change)
            conn.execute(insert(Meta), [{"key": k, "value": v} for k, v in meta.items()])
            if not sqlite:
                # Without statistics for the rows just written PostgreSQL plans retrieval as if
                # the tables were empty (212 ms a check at 1M claims instead of 30); with them
                # in the same transaction, no reader ever sees the new rows without them.
                conn.exec_driver_sql("ANALYZE claims, qualifiers, spans")
            trans.commit()
        except BaseException:
            failed = True
            _roll_back(conn, trans)
            raise
        finally:
            if parallel:
                feed.close()
            if sqlite and not conn.invalidated:  # a fresh connection gets the defaults anyway
                try:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    if cache_before is not None:
                        _sqlite_cache(conn, cache_before)
                    conn.commit()
                except Exception:
                    # Foreign keys left off must not go back to the pool; and an error here must
                    # not replace the one that failed the load, which says why nothing loaded.
                    conn.invalidate()
                    if not failed:
                        raise
    claims = LoadedClaims(spans_of)
    return LoadResult(
        fs.sources, fs.entities, fs.units, fs.predicates, claims, sum(spans_of), change
    )


def load_paths(
    engine: Engine,
    paths: Iterable[Path],
    allow: Allow | None = None,
    progress: Callable[[int], None] | None = None,
) -> LoadResult:
    """Validate `paths` and make the database mirror them; raise FixtureErrors on bad input, and
    LoadRefused when `allow` refuses the change to the claim base, having written nothing.
    `progress` is told how many claims each written batch held."""
    paths = [Path(p).resolve() for p in paths]
    fs, claim_files, check = read_vocabulary(paths)
    if check.errors:  # no use writing; validate the claims too, to list every problem
        for _ in ClaimStream(claim_files, fs, check):
            pass
        raise FixtureErrors(check.errors)
    # Everything alive now lives as long as the load: spare the collector walking it again and
    # again while millions of short-lived rows pass.
    gc.freeze()
    try:
        result = write(engine, fs, claim_files, check, paths, allow, progress)
    finally:
        gc.unfreeze()
    if result is None:
        raise FixtureErrors(check.errors)
    return result

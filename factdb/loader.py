"""Writing a fixture set into the database: all or nothing, streaming.

The database mirrors the fixture set exactly, so a load replaces every row in ONE transaction with
Core bulk inserts (executemany batches). The vocabulary is validated before the transaction
opens. Claims, which may number in the millions, are validated and inserted a batch at a time
inside it, so memory stays bounded whatever the size of the claim base. The first bad claim rolls
the transaction back, leaving the database exactly as it was; validation then goes on without
writing, so that one pass lists every problem (up to fixtures.MAX_ERRORS). A load killed midway
never commits, so the old state is kept too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert

from factdb.db import record_state
from factdb.fixtures import (
    ClaimRec,
    ClaimStream,
    EntityRec,
    FixtureErrors,
    FixtureSet,
    PredicateRec,
    SourceRec,
    UnitRec,
    read_vocabulary,
)
from factdb.models import (
    Alias,
    Claim,
    Entity,
    Meta,
    Predicate,
    Qualifier,
    Source,
    Span,
    Trigger,
    Unit,
)
from factdb.text import fold_phrase

# Children before parents, so deletes never trip a foreign key.
_TABLES_CHILD_FIRST = [
    Span,
    Qualifier,
    Claim,
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
# SQLite page cache for the loading connection (KiB when negative): big enough for the indexes of
# a million claims. Journaling and synchronous stay as they are: a load that dies never commits.
SQLITE_LOAD_CACHE_KIB = 512 * 1024


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
            }
            for p in fs.predicates.values()
        ],
        Trigger: triggers,
    }


def claim_row(c: ClaimRec) -> dict[str, object]:
    return {
        "id": c.id,
        "subject_id": c.subject_id,
        "predicate_id": c.predicate_id,
        "object_id": c.object_id,
        "value_low": c.value_low,
        "value_high": c.value_high,
        "value_low_open": c.value_low_open,
        "value_high_open": c.value_high_open,
        "unit_id": c.unit_id,
        "time_start": c.time_start,
        "time_end": c.time_end,
        "time_grain": c.time_grain,
        "polarity": c.polarity,
        "modality": c.modality,
        "note": c.note,
        "fixture_file": c.fixture_file,
        "fixture_line": c.fixture_line,
    }


def _claim_rows(batch: list[ClaimRec], first_span_id: int) -> dict[type, list[dict[str, object]]]:
    """Rows for a batch of claims. Span ids are numbered in fixture order from 1, so loading the
    same fixtures gives the same ids on every back end (PostgreSQL sequences never go back)."""
    return {
        Claim: [claim_row(c) for c in batch],
        Qualifier: [
            {"claim_id": c.id, "role": role, "entity_id": eid}
            for c in batch
            for role, eid in c.qualifiers
        ],
        Span: [
            {
                "id": i,
                "claim_id": c.id,
                "source_id": s.source_id,
                "start": s.start,
                "end": s.end,
                "quote": s.quote,
            }
            for i, (c, s) in enumerate(
                ((c, s) for c in batch for s in c.spans), start=first_span_id
            )
        ],
    }


def _batches(items: Iterable[ClaimRec], size: int) -> Iterator[list[ClaimRec]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@dataclass(frozen=True)
class LoadedClaim:
    id: str
    fixture_file: str
    fixture_line: int | None
    spans: range  # as many items as the claim has spans; the spans themselves are in the database


class LoadedClaims(Mapping[str, LoadedClaim]):
    """The claims a load wrote, by id, without keeping them in memory."""

    def __init__(self, stream: ClaimStream) -> None:
        self._stream = stream

    def __len__(self) -> int:
        return len(self._stream.first)

    def __iter__(self) -> Iterator[str]:
        return iter(self._stream.first)

    def __getitem__(self, claim_id: str) -> LoadedClaim:
        s = self._stream
        i = s.first[claim_id]
        return LoadedClaim(
            claim_id, s.files[s.file_of[i]].name, s.line_of[i] or None, range(s.spans_of[i])
        )


@dataclass
class LoadResult:
    """What a load wrote. Shaped like a FixtureSet, but the claims are not held in memory."""

    sources: dict[str, SourceRec] = field(default_factory=dict)
    entities: dict[str, EntityRec] = field(default_factory=dict)
    units: dict[str, UnitRec] = field(default_factory=dict)
    predicates: dict[str, PredicateRec] = field(default_factory=dict)
    claims: Mapping[str, Any] = field(default_factory=dict)
    spans: int = 0


def _insert(conn: Connection, rows: dict[type, list[dict[str, object]]]) -> None:
    for table, data in rows.items():
        for i in range(0, len(data), BATCH):
            conn.execute(insert(table), data[i : i + BATCH])


def _sqlite_cache(conn: Connection, kib: int | None) -> int | None:
    """Set the SQLite page cache of this connection; return the previous setting."""
    if conn.dialect.name != "sqlite" or kib is None:
        return None
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size={int(kib) if kib < 0 else -int(kib)}")
    return -int(before) if before is not None and before < 0 else None


def write(
    engine: Engine,
    fs: FixtureSet,
    claims: Iterable[ClaimRec],
    paths: list[Path],
    check: Any = None,
) -> bool:
    """Replace the database's content with `fs` and `claims`, in one transaction.

    `check` collects the problems the claims iterator finds as it goes (fixtures._Checker): on the
    first one the transaction is rolled back and False returned, `claims` left partly consumed.
    """
    vocabulary = _vocabulary_rows(fs)
    meta = record_state(paths)
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            cache_before = _sqlite_cache(conn, SQLITE_LOAD_CACHE_KIB)
            for table in _TABLES_CHILD_FIRST:
                conn.execute(delete(table))
            _insert(conn, vocabulary)
            del vocabulary
            next_span_id = 1
            for batch in _batches(claims, CLAIM_BATCH):
                if check is not None and check.errors:
                    break
                rows = _claim_rows(batch, next_span_id)
                next_span_id += len(rows[Span])
                _insert(conn, rows)
            if check is not None and check.errors:
                trans.rollback()
                ok = False
            else:
                conn.execute(insert(Meta), [{"key": k, "value": v} for k, v in meta.items()])
                trans.commit()
                ok = True
        except BaseException:
            trans.rollback()
            raise
        if cache_before is not None:
            _sqlite_cache(conn, cache_before)
            conn.commit()
    return ok


def load_paths(engine: Engine, paths: Iterable[Path]) -> LoadResult:
    """Validate `paths` and make the database mirror them; raise FixtureErrors on bad input,
    having written nothing."""
    paths = [Path(p).resolve() for p in paths]
    fs, claim_files, check = read_vocabulary(paths)
    stream = ClaimStream(claim_files, fs, check)
    claims = iter(stream)
    if check.errors or not write(engine, fs, claims, paths, check):
        for _ in claims:  # keep validating without writing, to list every problem
            pass
        raise FixtureErrors(check.errors)
    return LoadResult(
        fs.sources, fs.entities, fs.units, fs.predicates, LoadedClaims(stream), stream.span_total
    )

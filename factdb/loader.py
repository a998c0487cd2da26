"""Writing a validated fixture set into the database: all or nothing.

The database mirrors the fixture set exactly, so a load replaces every row in one transaction with
Core bulk inserts. Validation happens entirely before the transaction opens: a bad claim anywhere
means nothing is written, and a failure mid-write rolls back to the state before the load.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, delete, insert

from factdb.db import record_state
from factdb.fixtures import ClaimRec, FixtureSet, read_fixture_set
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


def _phrase_rows(
    owner: str, owner_id: str, field: str, phrases: Iterable[tuple[str, str]]
) -> list[dict[str, object]]:
    """Alias or trigger rows, each (language, phrase) once, with the folded matching key."""
    unique = dict.fromkeys((lang, phrase.strip()) for lang, phrase in phrases)
    return [
        {owner: owner_id, "lang": lang, field: phrase, "folded": fold_phrase(phrase)}
        for lang, phrase in unique
    ]


def _rows(fs: FixtureSet) -> dict[type, list[dict[str, object]]]:
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
        Claim: [claim_row(c) for c in fs.claims.values()],
        Qualifier: [
            {"claim_id": c.id, "role": role, "entity_id": eid}
            for c in fs.claims.values()
            for role, eid in c.qualifiers
        ],
        Span: [
            {
                "claim_id": c.id,
                "source_id": s.source_id,
                "start": s.start,
                "end": s.end,
                "quote": s.quote,
            }
            for c in fs.claims.values()
            for s in c.spans
        ],
    }


def claim_row(c: ClaimRec) -> dict[str, object]:
    return {k: v for k, v in vars(c).items() if k not in {"qualifiers", "spans"}}


def write(engine: Engine, fs: FixtureSet, paths: list[Path]) -> None:
    rows = _rows(fs)
    meta = record_state(paths)
    with engine.begin() as conn:
        for table in _TABLES_CHILD_FIRST:
            conn.execute(delete(table))
        for table in reversed(_TABLES_CHILD_FIRST[:-1]):
            data = rows[table]
            for i in range(0, len(data), BATCH):
                conn.execute(insert(table), data[i : i + BATCH])
        conn.execute(insert(Meta), [{"key": k, "value": v} for k, v in meta.items()])


def load_paths(engine: Engine, paths: Iterable[Path]) -> FixtureSet:
    """Validate `paths` and make the database mirror them; raise FixtureErrors on bad input."""
    paths = [Path(p).resolve() for p in paths]
    fs = read_fixture_set(paths)
    write(engine, fs, paths)
    return fs

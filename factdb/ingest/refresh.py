"""Making sure the database is built and mirrors its fixtures.

The first command on a fresh machine migrates and loads the fixtures by itself; afterwards a
cheap fingerprint (fixture, seed and migration files' sizes and mtimes) decides whether anything
needs doing, so a `factdb check` does not pay for Alembic unless something changed.
"""

from __future__ import annotations

from sqlalchemy import Engine

from factdb.ingest.discover import loaded_paths, state_key
from factdb.store.db import read_meta


def ensure_ready(engine: Engine) -> None:
    """Migrate and (re)load the fixture set the database mirrors, if anything changed."""
    meta = read_meta(engine)
    paths = loaded_paths(meta)
    if meta.get("state") == state_key(paths):
        return
    from factdb.ingest.loader import load_paths
    from factdb.store.migrations import upgrade

    upgrade(engine)
    load_paths(engine, paths)

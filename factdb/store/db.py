"""Where the database is, how to connect, and making sure it is built and current.

The first command on a fresh checkout migrates and loads the fixtures by itself; afterwards a
cheap fingerprint (fixture, seed and migration files' sizes and mtimes) decides whether anything
needs doing, so a `factdb check` does not pay for Alembic unless something changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError

from factdb.fixtures import DEFAULT_FIXTURES, PROJECT_ROOT, fingerprint
from factdb.models import Meta

ENV_URL = "FACTDB_DATABASE_URL"
DEFAULT_SQLITE = PROJECT_ROOT / "factdb.sqlite"
MIGRATIONS = PROJECT_ROOT / "alembic"
SQLITE_BUSY_MS = 30_000


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(ENV_URL) or f"sqlite:///{DEFAULT_SQLITE}"


def make_engine(url: str | None = None) -> Engine:
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            # WAL lets a `check` read the last committed state while a `load` writes.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
            cur.close()

        return engine
    return create_engine(url)


def read_snapshot(conn: Connection) -> None:
    """Make the reads that follow on `conn`, until it closes, see one committed state: a load
    committing between the claims and their spans must not mix the old base with the new.
    pysqlite otherwise runs each SELECT on its own, and PostgreSQL reads at READ COMMITTED."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


_STATE = select(Meta.value).where(Meta.key == "state")  # built once: every check reads it


def read_state(conn: Connection) -> str | None:
    """The fingerprint of the fixtures the database holds: it changes with every load that
    changes anything, so caches of what was read from the base are keyed by it."""
    try:
        return conn.execute(_STATE).scalar()
    except DBAPIError:
        return None


def _state_key(paths: list[Path]) -> str:
    digest = hashlib.sha256(fingerprint(paths).encode())
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def read_meta(engine: Engine) -> dict[str, str]:
    """The stored meta rows, or {} when the database has not been built."""
    try:
        with engine.connect() as conn:
            return {m.key: m.value for m in conn.execute(select(Meta.key, Meta.value))}
    except DBAPIError:
        return {}


def loaded_paths(meta: dict[str, str]) -> list[Path]:
    if "fixture_paths" in meta:
        return [Path(p) for p in json.loads(meta["fixture_paths"])]
    return [DEFAULT_FIXTURES]


def ensure_ready(engine: Engine) -> None:
    """Migrate and (re)load the fixture set the database mirrors, if anything changed."""
    meta = read_meta(engine)
    paths = loaded_paths(meta)
    if meta.get("state") == _state_key(paths):
        return
    from factdb.loader import load_paths
    from factdb.migrations import upgrade

    upgrade(engine)
    load_paths(engine, paths)


def record_state(paths: list[Path]) -> dict[str, str]:
    return {"fixture_paths": json.dumps([str(p) for p in paths]), "state": _state_key(paths)}

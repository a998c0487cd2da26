"""Connecting to the database and reading one consistent state of it.

Which database is used is decided in factdb.config; building and refreshing it from the
fixtures is factdb.ingest.refresh.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError

from factdb import config
from factdb.store.models import Meta

SQLITE_BUSY_MS = 30_000


def make_engine(url: str | None = None) -> Engine:
    url = config.database_url(url)
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


_PG_WRITER_LOCK = 0x66616374  # "fact": the advisory lock key of factdb's writers


def begin_write(conn: Connection) -> None:
    """Take the database's writer lock for the transaction just begun on `conn`, so that two
    writers (two loads, two first builds) run one after the other, the second seeing what the
    first committed. SQLite: BEGIN IMMEDIATE (pysqlite would otherwise begin only at the first
    INSERT or DELETE, and run DDL outside any transaction). PostgreSQL: an advisory lock held
    until the transaction ends, since READ COMMITTED lets two deletes-then-inserts collide."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITER_LOCK})")


def read_snapshot(conn: Connection) -> None:
    """Make the reads that follow on `conn`, until it closes, see one committed state: a load
    committing between the claims and their spans must not mix the old base with the new.
    pysqlite otherwise runs each SELECT on its own, and PostgreSQL reads at READ COMMITTED."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


STATE = select(Meta.value).where(Meta.key == "state")  # built once: every check reads it


def read_state(conn: Connection) -> str | None:
    """The fingerprint of the fixtures the database holds: it changes with every load that
    changes anything, so caches of what was read from the base are keyed by it."""
    try:
        return conn.execute(STATE).scalar()
    except DBAPIError:
        return None


def read_meta(engine: Engine) -> dict[str, str]:
    """The stored meta rows, or {} when the database has not been built."""
    try:
        with engine.connect() as conn:
            return {m.key: m.value for m in conn.execute(select(Meta.key, Meta.value))}
    except DBAPIError:
        return {}

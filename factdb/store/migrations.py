"""Alembic, driven from Python so users need no alembic.ini in their working directory."""

from __future__ import annotations

from collections.abc import Callable

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import Connection, Engine

from alembic import command
from factdb.config import migrations_path
from factdb.store.db import begin_write


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", migrations_path())
    # No sqlalchemy.url: env.py runs on the connection handed over in config.attributes, and
    # the option would go through ConfigParser interpolation, which a '%' in a path breaks.
    return config


class UnknownRevision(Exception):
    """The database is at a schema revision this factdb does not have: a newer factdb made it."""

    def __init__(self, found: str, newest: str | None) -> None:
        super().__init__(
            f"the database is at schema revision {found}, which this factdb does not know (its "
            f"newest is {newest}): a newer factdb wrote it; upgrade factdb to use this database"
        )
        self.found = found
        self.newest = newest


def _script() -> ScriptDirectory:
    return ScriptDirectory(migrations_path())


def _require_known(conn: Connection) -> None:
    found = MigrationContext.configure(conn).get_current_revision()
    if found is None:
        return
    script = _script()
    try:
        known = script.get_revision(found) is not None
    except AlembicError:  # an unknown id, or a garbled one
        known = False
    if not known:
        raise UnknownRevision(found, script.get_current_head())


def _sqlite_foreign_keys(conn: Connection, on: bool) -> None:
    """Foreign keys on or off for the SQLite connection; only outside a transaction does SQLite
    take it, so the autobegun one is ended here."""
    conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    conn.commit()


def _run(engine: Engine, action: Callable[[Config, str], None], revision: str) -> None:
    """An Alembic command on one transaction of `engine`: the migration and its version stamp
    commit together or not at all.

    On SQLite the foreign keys are off meanwhile: changing a table's keys rebuilds it (Alembic's
    batch mode), and dropping the old table with foreign keys on would fail, or delete the spans
    and qualifiers referring to it (ON DELETE CASCADE). They are checked before the commit."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(conn, on=False)
        try:
            with conn.begin():
                # Two processes building a fresh database at once would both create the tables
                # ("table entities already exists"): the second waits, then finds the schema at
                # head.
                begin_write(conn)
                _require_known(conn)
                config = _config()
                config.attributes["connection"] = conn
                action(config, revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("the migration left rows referring to rows that are gone")
        finally:
            if sqlite:
                _sqlite_foreign_keys(conn, on=True)


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    _run(engine, command.downgrade, revision)


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head() -> str | None:
    return _script().get_current_head()

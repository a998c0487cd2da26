"""Reading a SQLite base through the standard library's sqlite3: the read path of `check` and
`parse` on the default database, which then starts without importing SQLAlchemy.

The statements are factdb.store.queries', compiled to SQLite's SQL text by SQLAlchemy once and
kept in the cache folder, keyed by the code that builds them (queries.py, models.py, db.py,
claims.py and
SQLAlchemy itself). Only a statement not compiled before imports SQLAlchemy. Values cross as
SQLAlchemy makes them cross (dates as ISO text, booleans as 0 and 1), so both paths read the
same rows; tests/test_backends.py compares their verdicts.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from factdb import config
from factdb.startup import INSTALL, contents_digest, drop_stale, sha256, write_atomic

# The interpreter's own path finder, which importlib.machinery names: importing importlib (with
# warnings) costs a fresh check in a wheel install 0.3 ms, where the frozen module is loaded.
try:
    from _frozen_importlib_external import PathFinder
except ImportError:  # another interpreter than CPython
    from importlib.machinery import PathFinder

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any, Protocol

    from sqlalchemy import Engine

    class Reader(Protocol):
        """Rows of the named statements of factdb.store.queries, in one read snapshot."""

        def rows(
            self, name: str, arity: int | None = None, params: dict[str, Any] | None = None
        ) -> list[Any]: ...


SQLITE_BUSY_S = 30  # as make_engine: a read waits this long for a load's commit
READ_CACHE_KIB = 32 * 1024  # SQLite's page cache of a reading connection, at most
_STORE = os.path.dirname(os.path.realpath(__file__))
# What the compiled text depends on: the statements, the tables and columns, and the compiler.
_COMPILED_FROM = ("queries.py", "models.py", "db.py", "claims.py")


def sqlite_file(url: str) -> str | None:
    """The existing file a plain `sqlite:///PATH` URL names; None for any other URL (a server,
    memory, a URI with options, a file not built yet), which SQLAlchemy opens."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(c in url for c in "?%#"):
        return None
    name = url.removeprefix(prefix)
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return name if os.path.isfile(name) else None


def _cache_key() -> str:
    """The code the compiled statements come from: factdb's modules by content, SQLAlchemy's
    by its installed files' size and time (its version lives in its __init__)."""
    # And the interpreter, which reads the kept file with marshal.
    digest = sha256(sys.version.encode())
    digest.update(contents_digest([os.path.join(_STORE, name) for name in _COMPILED_FROM]).encode())
    # The path finder of a top-level name, as importlib.util.find_spec asks it.
    spec = PathFinder.find_spec("sqlalchemy")
    if spec is not None and spec.origin:
        stat = os.stat(spec.origin)
        digest.update(f"{spec.origin}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


_COMPILED_KEYS = {"sql", "params", "expanding", "convert", "columns"}  # of compile_for_sqlite


class CompiledQueries:
    """The statements as SQL text, from the cache file or compiled on first use and stored."""

    def __init__(self) -> None:
        # marshal, not JSON: json is 1.3 ms of a fresh check's start, marshal built in.
        self._kind = f"sqlite-queries-{INSTALL}-"
        self._path = os.path.join(config.cache_path(), f"{self._kind}{_cache_key()}.marshal")
        try:
            with open(self._path, "rb") as handle:
                found = marshal.loads(handle.read())
        except (OSError, ValueError, EOFError, TypeError):
            found = {}
        # A damaged or foreign file is compiled over, entry by entry.
        self._known: dict[str, dict[str, Any]] = {
            key: entry
            for key, entry in (found.items() if isinstance(found, dict) else ())
            if isinstance(entry, dict) and set(entry) == _COMPILED_KEYS
        }

    def get(self, name: str, arity: int | None) -> dict[str, Any]:
        key = name if arity is None else f"{name}/{arity}"
        found = self._known.get(key)
        if found is None:
            from factdb.store.queries import compile_for_sqlite

            found = self._known[key] = compile_for_sqlite(name, arity)
            self._store()
        return found

    def _store(self) -> None:
        if write_atomic(self._path, marshal.dumps(self._known)):
            drop_stale(self._path, self._kind, (".marshal",))  # this install's, of other code


_TO_SQLITE: dict[str, Callable[[Any], Any]] = {"date": dt.date.isoformat, "bool": int}
_FROM_SQLITE: dict[str, Callable[[Any], Any]] = {"date": dt.date.fromisoformat, "bool": bool}


class SqliteReader:
    def __init__(self, conn: sqlite3.Connection, queries: CompiledQueries) -> None:
        self.conn = conn
        self.queries = queries

    def rows(
        self, name: str, arity: int | None = None, params: dict[str, Any] | None = None
    ) -> list[Any]:
        query = self.queries.get(name, arity)
        sql: str = query["sql"]
        values = dict(query["params"])
        convert = query["convert"]
        for key, value in (params or {}).items():
            kind = convert.get(key)
            values[key] = _TO_SQLITE[kind](value) if kind and value is not None else value
        for key in query["expanding"]:
            items = list(values.pop(key))
            names = [f"{key}__{i}" for i in range(len(items))]
            # An empty list matches nothing, as SQLAlchemy's empty IN does.
            listed = ", ".join(f":{n}" for n in names) or "SELECT 1 WHERE 0"
            sql = sql.replace(f"__[POSTCOMPILE_{key}]", listed)
            values.update(zip(names, items, strict=True))
        rows = self.conn.execute(sql, values).fetchall()
        columns = [(i, _FROM_SQLITE[k]) for i, k in enumerate(query["columns"]) if k]
        if not columns:
            return rows
        converted = []
        for row in rows:
            fields = list(row)
            for i, convert_one in columns:
                if fields[i] is not None:
                    fields[i] = convert_one(fields[i])
            converted.append(tuple(fields))
        return converted

    def meta(self) -> dict[str, str]:
        return dict(self.rows("meta"))

    def state(self) -> str | None:
        rows = self.rows("state")
        return rows[0][0] if rows else None


class SqliteFile:
    """A SQLite base read through sqlite3: one connection a process (a forked worker opens its
    own), each snapshot a transaction of its own."""

    def __init__(self, url: str, path: str) -> None:
        self.url = url
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._queries: CompiledQueries | None = None
        self._engine: Engine | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(
                self.path, timeout=SQLITE_BUSY_S, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA query_only=ON")  # a read never writes
            # SQLite's default of 2 MiB holds a seed base whole but not the index pages a
            # process reading a large one keeps coming back to (a batch, `serve`): at 1M claims
            # each check read them again from the operating system, 0.1 ms of its 1.2. Pages
            # are only taken as they are read, so a single check costs no more.
            self._conn.execute(f"PRAGMA cache_size=-{READ_CACHE_KIB}")
            self._pid = os.getpid()
        return self._conn

    @contextmanager
    def snapshot(self) -> Iterator[SqliteReader]:
        """A reader on one committed state of the base (a transaction: under WAL, a load
        committing meanwhile is not seen), until the block ends."""
        if self._queries is None:
            self._queries = CompiledQueries()
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            yield SqliteReader(conn, self._queries)
        finally:
            conn.execute("ROLLBACK")

    def engine(self) -> Engine:
        """An SQLAlchemy engine on the same file, for what only SQLAlchemy reads (made once)."""
        if self._engine is None:
            from factdb.store.db import make_engine

            self._engine = make_engine(self.url)
        return self._engine

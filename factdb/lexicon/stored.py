"""The compiled vocabulary kept between runs, for the standard-library read path, read by key.

Compiling the vocabulary (the base's aliases and triggers, the lexicons' cues, their inflection
keys) costs a fresh `factdb check` more than the check, and grows with the base; so does
unpickling it whole (27,500 phrases and 12,400 entities at 1M claims: 120 ms). So the run that
compiles it keeps it in one SQLite file of the cache folder, for the same base and state under
the same lexicons and code (factdb.lexicon.kept): the phrases by their folded words, the longest
phrase each first word starts, the entities by id, and as one pickle the rest, which does not
grow with the base (predicates, units, the lexicons' cues and inflections, and what the
vocabulary derives from every phrase). A later run opens the file and reads only the rows its
statements' words ask for, each once a process: nothing at start-up grows with the base.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys
from collections.abc import Callable

from factdb import config
from factdb.lexicon.index import Entry
from factdb.lexicon.kept import key_of, pickled
from factdb.lexicon.table import Table
from factdb.lexicon.vocabulary import (
    EntityInfo,
    PhraseIndex,
    Vocabulary,
    _from_row,
    _row,
    load_vocabulary,
)
from factdb.records import fields
from factdb.startup import INSTALL, drop_stale, loads, sha256, write_atomic

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any

    from sqlalchemy import Connection

    from factdb.store.sqlite_read import SqliteFile

_SCHEMA = """
CREATE TABLE kept (name TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID;
CREATE TABLE entities ({columns}, PRIMARY KEY (id)) WITHOUT ROWID;
CREATE INDEX entities_by_type ON entities (type);
CREATE TABLE busy (pair TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE topic_units (lang TEXT PRIMARY KEY, units BLOB NOT NULL) WITHOUT ROWID;
"""
# An entity's row: EntityInfo's fields, in order (a flag stored as 0 or 1: _entity).
_ENTITY_FIELDS = tuple(f.name for f in fields(EntityInfo))
_ENTITY_COLUMNS = ", ".join(_ENTITY_FIELDS)
# The columns of a phrase index's two tables (_write_index).
_PHRASES = "(words TEXT PRIMARY KEY, entries BLOB NOT NULL) WITHOUT ROWID"
_REACH = "(word TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID"


def stored_vocabulary(
    base: SqliteFile, state: str | None, prepare: Callable[[Vocabulary], None] | None = None
) -> Vocabulary | None:
    """The vocabulary of `base` at `state`, read from its kept file or compiled and kept (not
    for a base of unknown state); None when the base has moved past `state` (a load committed)
    before it could be compiled. A compiled vocabulary is derived (Vocabulary.derive) before
    it is kept, with `prepare`: what its user would otherwise derive again in every process
    (the checker's topic units: 7 ms of a fresh check); the kept file is keyed by prepare's
    module too, so that a change of that code compiles anew."""
    # One file a base, holding its last state's vocabulary: an older state's is replaced.
    code = getattr(sys.modules.get(prepare.__module__), "__file__", None) if prepare else None
    path = _kept_file(base, code)
    if state is not None:
        found = _open(path, state)
        if found is not None:
            return found
    from factdb.store.db import read_snapshot, read_state

    with base.engine().connect() as conn:
        read_snapshot(conn)
        if read_state(conn) != state:
            return None
        compiled = load_vocabulary(conn)
        compiled.busy = _busy_keys(conn)
    compiled.derive(prepare)
    if state is not None:
        _keep(path, state, compiled)
    return compiled


def _busy_keys(conn: Connection) -> dict[tuple[str, str], int]:
    """The (predicate, entity) keys with more facts than retrieval weighs one by one
    (store.queries' busy_keys): read once a state, where each statement's retrieval read BUSY +
    1 index rows of each to learn it (0.2 ms of a check at 1M claims)."""
    from factdb.store.claims import BUSY
    from factdb.store.queries import statement

    rows = conn.execute(statement("busy_keys"), {"busy": BUSY})
    return {(predicate, entity): int(facts) for predicate, entity, facts in rows}


def _kept_file(base: SqliteFile, code: str | None = None) -> str:
    name = sha256(os.path.realpath(base.path).encode()).hexdigest()[:24]
    return os.path.join(config.cache_path(), f"vocabulary-{name}-{INSTALL}-{key_of(code)}.sqlite")


# What a path keeps as it is in a file: URI (pathlib's as_uri keeps these too).
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _file_uri(path: str) -> str:
    """`path` as a file: URI, as Path.resolve().as_uri() writes it (without importing pathlib,
    urllib.parse and ipaddress: 4 ms of a fresh check's start)."""
    raw = os.fsencode(os.path.realpath(path))
    return "file://" + "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in raw)


def _open(path: str, state: str) -> Vocabulary | None:
    """The vocabulary kept in `path` for `state`, its tables read on demand; None when the file
    is missing, damaged, or of another state."""
    try:
        # Never written in place (see _keep): immutable, so read without locks or journal.
        conn = sqlite3.connect(
            f"{_file_uri(path)}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
    except (sqlite3.Error, ValueError):
        return None
    try:
        kept = dict(conn.execute("SELECT name, value FROM kept"))
        if kept.get("state") != state:
            conn.close()
            return None
        vocab = loads(kept["rest"])
    except Exception:  # not a database, or another shape or code's pickle: compiled anew
        conn.close()
        return None
    if not isinstance(vocab, Vocabulary):
        conn.close()
        return None
    # A forked batch worker reads through the connection it inherits: nothing on it is ever
    # written or locked (immutable), so it reads in the worker as in the parent. A batch
    # reads each table whole before it forks (read_whole) and goes on with dicts.
    vocab.phrases = _index(conn, "", int(kept["longest"]))
    # Each inflecting language's stem index too (the English one was a third of the pickle).
    vocab.stems = {
        name.removeprefix(_STEMS): _index(conn, f"{name}_", int(longest))
        for name, longest in kept.items()
        if name.startswith(_STEMS)
    }
    vocab.entities = Table(
        conn, "entities", _ENTITY_COLUMNS, str, str, _entity, _setter(vocab, "entities")
    )
    vocab.busy = Table(
        conn, "busy", "pair, facts", "\t".join, _pair, _facts, _setter(vocab, "busy")
    )
    # A language's topic units a row: a check reads its statement's language's alone (each
    # half the pickle a fresh check read whole, 0.5 ms).
    vocab.topic_units = Table(
        conn, "topic_units", "lang, units", str, str, _unpickled, _setter(vocab, "topic_units")
    )
    return vocab


# A kept row per inflecting language, `stems_<lang>`: the longest key of its stem index, whose
# tables are stems_<lang>_phrases and stems_<lang>_reach.
_STEMS = "stems_"


def _index(conn: sqlite3.Connection, prefix: str, longest: int) -> PhraseIndex:
    """The phrase index kept in tables `<prefix>phrases` and `<prefix>reach`, read by key."""
    index = PhraseIndex(longest=longest)
    index.entries = Table(
        conn,
        f"{prefix}phrases",
        "words, entries",
        " ".join,
        _words,
        _entries,
        _setter(index, "entries"),
    )
    index.reach = Table(
        conn, f"{prefix}reach", "word, longest", str, str, _longest, _setter(index, "reach")
    )
    return index


def _write_index(conn: sqlite3.Connection, prefix: str, index: PhraseIndex) -> None:
    """`index` into new tables `<prefix>phrases` and `<prefix>reach` (see _index)."""
    conn.execute(f"CREATE TABLE {prefix}phrases {_PHRASES}")
    conn.execute(f"CREATE TABLE {prefix}reach {_REACH}")
    conn.executemany(
        f"INSERT INTO {prefix}phrases VALUES (?, ?)",
        (
            (" ".join(key), marshal.dumps([_row(e) for e in entries]))
            for key, entries in index.entries.items()
        ),
    )
    conn.executemany(f"INSERT INTO {prefix}reach VALUES (?, ?)", index.reach.items())


def read_whole(vocab: Vocabulary) -> None:
    """Read every table of `vocab` still read by key, so that its owner holds plain dicts: done
    once before a batch forks its workers, which then share them instead of each reading its
    first WHOLE_AFTER lookups row by row and then the whole tables again."""
    indexes = [vocab.phrases, *vocab.stems.values()]
    tables = [t for index in indexes for t in (index.entries, index.reach)]
    for table in (*tables, vocab.entities, vocab.busy, vocab.topic_units):
        if isinstance(table, Table):
            table.read_whole()


def _setter(owner: object, name: str) -> Callable[[dict[Any, Any]], None]:
    def settle(whole: dict[Any, Any]) -> None:
        setattr(owner, name, whole)

    return settle


def _unpickled(_: str, value: bytes) -> Any:
    return loads(value)


def _longest(_: str, longest: int) -> int:
    return int(longest)


def _facts(_: str, facts: int) -> int:
    return int(facts)


def _pair(key: str) -> tuple[str, str]:
    predicate, entity = key.split("\t")
    return predicate, entity


def _words(key: str) -> tuple[str, ...]:
    return tuple(key.split(" "))


def _entries(_: str, entries: bytes) -> list[Entry]:
    # marshal, not JSON: json is 1.3 ms of a fresh check's start; the file is keyed by the
    # interpreter that wrote it (factdb.lexicon.kept.lexicon_key), as marshal's format is.
    return [_from_row(row) for row in marshal.loads(entries)]


def _entity(*row: Any) -> EntityInfo:
    return EntityInfo(*row[:4], bool(row[4]))


def _keep(path: str, state: str, vocab: Vocabulary) -> None:
    """Write `vocab` to `path` for `state`: a file of its own, then moved over the old one
    (atomic: a reader holding the old file reads on in it; a later one opens the new)."""
    import copy  # only to write: copy (with weakref) is 0.7 ms of a fresh check's start

    rest = copy.copy(vocab)  # with what it derived from every phrase (Vocabulary.derive)
    rest.phrases = PhraseIndex(longest=vocab.phrases.longest)
    rest.entities = {}
    rest.busy = {}
    rest.stems = {}
    rest.topic_units = {}

    def write(tmp: str) -> None:
        try:
            _write(tmp, state, vocab, rest)
        except sqlite3.Error as exc:  # a full or read-only cache folder, as write_atomic takes it
            raise OSError(str(exc)) from exc

    if not write_atomic(path, write):
        return  # a read-only or full cache folder only costs speed
    # What was kept for this base under other lexicons or code is not read again, nor what an
    # earlier factdb kept of it as one pickle.
    drop_stale(path, f"{os.path.basename(path).rsplit('-', 1)[0]}-", (".sqlite", ".pickle"))
    config.prune_cache("vocabulary-*.sqlite")


def _write(tmp: str, state: str, vocab: Vocabulary, rest: Vocabulary) -> None:
    """The kept file of `vocab` at `state` (its base's share aside: `rest`), written in `tmp`."""
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(_SCHEMA.format(columns=_ENTITY_COLUMNS))
        conn.executemany(
            "INSERT INTO kept VALUES (?, ?)",
            [
                ("state", state),
                ("longest", vocab.phrases.longest),
                ("rest", pickled(rest)),
                *((f"{_STEMS}{lang}", i.longest) for lang, i in vocab.stems.items()),
            ],
        )
        _write_index(conn, "", vocab.phrases)
        for lang, index in vocab.stems.items():
            _write_index(conn, f"{_STEMS}{lang}_", index)
        conn.executemany(
            "INSERT INTO busy VALUES (?, ?)",
            (("\t".join(pair), facts) for pair, facts in vocab.busy.items()),
        )
        conn.executemany(
            "INSERT INTO topic_units VALUES (?, ?)",
            ((lang, pickled(units)) for lang, units in vocab.topic_units.items()),
        )
        places = ", ".join("?" * len(_ENTITY_FIELDS))
        conn.executemany(
            f"INSERT INTO entities ({_ENTITY_COLUMNS}) VALUES ({places})",
            ([getattr(e, name) for name in _ENTITY_FIELDS] for e in vocab.entities.values()),
        )
        conn.commit()
    finally:
        conn.close()

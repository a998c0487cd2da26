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

import contextlib
import copy
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from factdb.startup import loads, sha256

if TYPE_CHECKING:
    from factdb.store.sqlite_read import SqliteFile

_SCHEMA = """
CREATE TABLE kept (name TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID;
CREATE TABLE phrases (words TEXT PRIMARY KEY, entries TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE reach (word TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT, name_en TEXT, name_vi TEXT, single_holder INTEGER
) WITHOUT ROWID;
CREATE INDEX entities_by_type ON entities (type);
"""
_ENTITY_COLUMNS = "id, type, name_en, name_vi, single_holder"


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
    compiled.derive(prepare)
    if state is not None:
        _keep(path, state, compiled)
    return compiled


def _kept_file(base: SqliteFile, code: str | None = None) -> Path:
    name = sha256(str(base.path.resolve()).encode()).hexdigest()[:24]
    return config.cache_dir() / f"vocabulary-{name}-{key_of(code)}.sqlite"


def _open(path: Path, state: str) -> Vocabulary | None:
    """The vocabulary kept in `path` for `state`, its tables read on demand; None when the file
    is missing, damaged, or of another state."""
    try:
        # Never written in place (see _keep): immutable, so read without locks or journal.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
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
    phrases = vocab.phrases = PhraseIndex(longest=int(kept["longest"]))
    phrases.entries = Table(
        conn, "phrases", "words, entries", " ".join, _words, _entries, _setter(phrases, "entries")
    )
    phrases.reach = Table(
        conn, "reach", "word, longest", str, str, _longest, _setter(phrases, "reach")
    )
    vocab.entities = Table(
        conn, "entities", _ENTITY_COLUMNS, str, str, _entity, _setter(vocab, "entities")
    )
    return vocab


def read_whole(vocab: Vocabulary) -> None:
    """Read every table of `vocab` still read by key, so that its owner holds plain dicts: done
    once before a batch forks its workers, which then share them instead of each reading its
    first WHOLE_AFTER lookups row by row and then the whole tables again."""
    for table in (vocab.phrases.entries, vocab.phrases.reach, vocab.entities):
        if isinstance(table, Table):
            table.read_whole()


def _setter(owner: object, name: str) -> Callable[[dict[Any, Any]], None]:
    def settle(whole: dict[Any, Any]) -> None:
        setattr(owner, name, whole)

    return settle


def _longest(_: str, longest: int) -> int:
    return int(longest)


def _words(key: str) -> tuple[str, ...]:
    return tuple(key.split(" "))


def _entries(_: str, entries: str) -> list[Entry]:
    return [_from_row(row) for row in json.loads(entries)]


def _entity(*row: Any) -> EntityInfo:
    return EntityInfo(*row[:4], bool(row[4]))


def _keep(path: Path, state: str, vocab: Vocabulary) -> None:
    """Write `vocab` to `path` for `state`: a file of its own, then moved over the old one
    (atomic: a reader holding the old file reads on in it; a later one opens the new)."""
    rest = copy.copy(vocab)  # with what it derived from every phrase (Vocabulary.derive)
    rest.phrases = PhraseIndex(longest=vocab.phrases.longest)
    rest.entities = {}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp)
        try:
            conn.executescript(_SCHEMA)
            conn.executemany(
                "INSERT INTO kept VALUES (?, ?)",
                [
                    ("state", state),
                    ("longest", vocab.phrases.longest),
                    ("rest", pickled(rest)),
                ],
            )
            conn.executemany(
                "INSERT INTO phrases VALUES (?, ?)",
                (
                    (" ".join(key), json.dumps([_row(e) for e in entries], ensure_ascii=False))
                    for key, entries in vocab.phrases.entries.items()
                ),
            )
            conn.executemany("INSERT INTO reach VALUES (?, ?)", vocab.phrases.reach.items())
            conn.executemany(
                f"INSERT INTO entities ({_ENTITY_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                (
                    (e.id, e.type, e.name_en, e.name_vi, e.single_holder)
                    for e in vocab.entities.values()
                ),
            )
            conn.commit()
        finally:
            conn.close()
        tmp.replace(path)
        # What was kept for this base under other lexicons or code is not read again, nor
        # what an earlier factdb kept of it as one pickle.
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*"):
            if old != path and old.suffix in (".sqlite", ".pickle"):
                old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return  # a read-only or full cache folder only costs speed
    config.prune_cache("vocabulary-*.sqlite")

"""The whole compiled vocabulary kept between runs, for the standard-library read path.

Compiling the vocabulary (the base's aliases and triggers, the lexicons' cues, their inflection
keys) costs a fresh `factdb check` more than the check, and grows with the base. A run that
finds it compiled for the same base state, code and lexicon files unpickles it instead. The
file lives in the user's own cache folder (factdb.config.cache_dir), which only they write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from factdb import config
from factdb.lexicon import vocabulary
from factdb.lexicon.vocabulary import Vocabulary

if TYPE_CHECKING:
    from factdb.store.sqlite_read import SqliteFile

_LEXICONS = Path(vocabulary.__file__).resolve().parent


def _key(base: SqliteFile, state: str) -> str:
    """The base and its state, the code that compiles and defines the vocabulary, and the
    lexicon files it reads."""
    files = sorted(_LEXICONS.glob("*/*.yaml"))
    lexicons = "\0".join(f"{p}\0{p.stat().st_size}\0{p.stat().st_mtime_ns}" for p in files)
    key = f"{base.path.resolve()}\0{state}\0{vocabulary._code_key()}\0{lexicons}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def stored_vocabulary(base: SqliteFile, state: str | None) -> Vocabulary | None:
    """The vocabulary of `base` at `state`, unpickled or compiled and stored (not for a base
    of unknown state); None when the base has moved past `state` (a load committed) before
    it could be compiled."""
    path = None if state is None else config.cache_dir() / f"vocabulary-{_key(base, state)}.pickle"
    try:
        if path is not None:
            with path.open("rb") as handle:
                found = pickle.load(handle)
            if isinstance(found, Vocabulary):
                return found
    except Exception:  # missing, truncated, or pickled by other code: compile anew
        pass
    from factdb.store.db import read_snapshot, read_state

    with base.engine().connect() as conn:
        read_snapshot(conn)
        if read_state(conn) != state:
            return None
        compiled = vocabulary.load_vocabulary(conn)
    if path is None:
        return compiled
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only home only costs speed
    return compiled

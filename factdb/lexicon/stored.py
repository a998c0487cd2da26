"""The whole compiled vocabulary kept between runs, for the standard-library read path.

Compiling the vocabulary (the base's aliases and triggers, the lexicons' cues, their inflection
keys) costs a fresh `factdb check` more than the check, and grows with the base. A run that
finds it compiled for the same base and state, under the same lexicons and code
(factdb.lexicon.kept), unpickles it instead.
"""

from __future__ import annotations

import gc
import hashlib
from typing import TYPE_CHECKING

from factdb import config
from factdb.lexicon import vocabulary
from factdb.lexicon.kept import read_kept, write_kept
from factdb.lexicon.vocabulary import Vocabulary

if TYPE_CHECKING:
    from factdb.store.sqlite_read import SqliteFile


def stored_vocabulary(base: SqliteFile, state: str | None) -> Vocabulary | None:
    """The vocabulary of `base` at `state`, unpickled or compiled and kept (not for a base of
    unknown state); None when the base has moved past `state` (a load committed) before it
    could be compiled."""
    # One file a base, holding its last state's vocabulary: an older state's is replaced.
    name = f"vocabulary-{hashlib.sha256(str(base.path.resolve()).encode()).hexdigest()[:24]}"
    if state is not None:
        # Unpickling makes tens of thousands of objects at 1M claims, none of them garbage: the
        # collector walking them again and again cost a cold check 40-120 ms there.
        collecting = gc.isenabled()
        gc.disable()
        try:
            found = read_kept(name)
        finally:
            if collecting:
                gc.enable()
        kept_state, vocab = found if isinstance(found, tuple) and len(found) == 2 else (None, None)
        if kept_state == state and isinstance(vocab, Vocabulary):
            return vocab
    from factdb.store.db import read_snapshot, read_state

    with base.engine().connect() as conn:
        read_snapshot(conn)
        if read_state(conn) != state:
            return None
        compiled = vocabulary.load_vocabulary(conn)
    if state is not None:
        write_kept(name, (state, compiled))
        config.prune_cache("vocabulary-*.pickle")
    return compiled

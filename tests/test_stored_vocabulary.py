"""The vocabulary kept between runs (factdb.lexicon.stored): read key by key, it answers as the
compiled one, and a fresh start reads nothing of it that grows with the base."""

from __future__ import annotations

import pickle
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from factdb import config
from factdb.lexicon import kept, stored, table
from factdb.lexicon.table import Table
from factdb.lexicon.vocabulary import Vocabulary, _row, load_vocabulary
from factdb.store.db import read_state
from factdb.store.sqlite_read import SqliteFile, sqlite_file


def _base(engine: Engine) -> SqliteFile:
    url = engine.url.render_as_string()
    path = sqlite_file(url)
    assert path is not None
    return SqliteFile(url, path)


def _compiled_and_state(engine: Engine) -> tuple[Vocabulary, str]:
    with engine.connect() as conn:
        state = read_state(conn)
        assert state is not None
        return load_vocabulary(conn), state


def _kept(engine: Engine) -> tuple[Vocabulary, Vocabulary, SqliteFile, str]:
    """The compiled vocabulary, the one a later run reads from the kept file, the base, its
    state."""
    compiled, state = _compiled_and_state(engine)
    base = _base(engine)
    first = stored.stored_vocabulary(base, state)  # compiles and keeps
    assert first is not None and not isinstance(first.entities, Table)
    again = stored.stored_vocabulary(base, state)
    assert again is not None and isinstance(again.entities, Table)
    return compiled, again, base, state


def test_the_kept_vocabulary_answers_as_the_compiled_one(real_engine: Engine) -> None:
    compiled, kept, _, _ = _kept(real_engine)
    for key, entries in compiled.phrases.entries.items():
        assert [_row(e) for e in kept.phrases.entries.get(key, [])] == [_row(e) for e in entries]
        assert key in kept.phrases.entries
    for word, longest in compiled.phrases.reach.items():
        assert kept.phrases.reach.get(word, 0) == longest
    assert kept.phrases.entries.get(("no", "such", "phrase")) is None
    assert ("no", "such", "phrase") not in kept.phrases.entries
    assert kept.phrases.reach.get("nosuchword", 0) == 0
    assert kept.phrases.longest == compiled.phrases.longest
    eid = next(iter(compiled.entities))
    assert kept.entities[eid] == compiled.entities[eid]
    assert kept.entities.get("no-such-entity") is None
    with pytest.raises(KeyError):
        kept.entities["no-such-entity"]
    assert dict(kept.entities) == dict(compiled.entities)  # listed whole when iterated
    assert kept.capitals == compiled.capitals
    assert kept._words_of == compiled._words_of
    for name in ("predicates", "unit_dimension", "markers", "date_cues", "office_rules"):
        assert getattr(kept, name) == getattr(compiled, name), name
    # The stem indexes are tables too, listed whole (in key order) when iterated.
    assert {
        lang: ({k: [_row(e) for e in es] for k, es in i.entries.items()}, dict(i.reach), i.longest)
        for lang, i in kept.stems.items()
    } == {
        lang: ({k: [_row(e) for e in es] for k, es in i.entries.items()}, dict(i.reach), i.longest)
        for lang, i in compiled.stems.items()
    }


def test_a_fresh_start_reads_nothing_that_grows_with_the_base(real_engine: Engine) -> None:
    """What is read whole at start is the pickle of what no base makes larger: no phrase of the
    base, no entity."""
    _, kept, base, _ = _kept(real_engine)
    assert isinstance(kept.phrases.entries, Table)
    assert not kept.phrases.entries._found and not kept.entities._found  # nothing read yet
    with sqlite3.connect(stored._kept_file(base)) as conn:
        rest = pickle.loads(dict(conn.execute("SELECT name, value FROM kept"))["rest"])
    assert rest.phrases.entries == {} and rest.phrases.reach == {} and rest.entities == {}


def test_another_state_or_a_damaged_file_is_compiled_anew(real_engine: Engine) -> None:
    compiled, _, base, state = _kept(real_engine)
    path = Path(stored._kept_file(base))
    assert stored._open(path, "another state") is None
    for garbage in (b"", b"not a database", path.read_bytes()[:4096]):
        path.write_bytes(garbage)
        assert stored._open(path, state) is None
        again = stored.stored_vocabulary(base, state)
        assert again is not None and again.phrases.reach == compiled.phrases.reach
        assert stored._open(path, state) is not None  # kept again


def test_one_file_a_base_is_kept(real_engine: Engine) -> None:
    _, _, base, _ = _kept(real_engine)
    path = Path(stored._kept_file(base))
    old = path.with_name(path.name.rsplit("-", 1)[0] + "-otherlexicons.sqlite")
    older = path.with_name(path.name.rsplit("-", 1)[0] + "-otherlexicons.pickle")
    old.write_bytes(b"")
    older.write_bytes(b"")
    path.unlink()
    with real_engine.connect() as conn:
        state = read_state(conn)
    assert stored.stored_vocabulary(base, state) is not None
    assert path.exists() and not old.exists() and not older.exists()


def test_entities_of_types_are_read_alike(real_engine: Engine) -> None:
    """A kept vocabulary reads the entities of a type by its index, as the compiled one
    filters them."""
    compiled, kept, _, _ = _kept(real_engine)
    for types in ({"organisation", "party", "committee"}, {"person"}, {"no-such-type"}):
        assert kept.entities_of(types) == compiled.entities_of(types)
    assert len(compiled.entities_of({"person"})) > 10
    assert not kept.entities._whole  # not read whole for it


def test_what_a_module_keeps_is_made_anew_when_the_module_changes(tmp_path: Path) -> None:
    """Data kept by a builder outside factdb.lexicon and factdb.text (the stance cues of
    check.stance) is keyed by that module's file too: an edit to how it is built is not
    answered from the old pickle."""
    code = tmp_path / "builder.py"
    code.write_text("# one\n", "utf-8")
    kept.write_kept("lexicon-builder-test", "old", str(code))
    assert kept.read_kept("lexicon-builder-test", str(code)) == "old"
    kept.key_of.cache_clear()
    code.write_text("# another\n", "utf-8")
    assert kept.read_kept("lexicon-builder-test", str(code)) is None
    kept.key_of.cache_clear()


def test_what_one_python_keeps_is_not_read_by_another(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache folder is shared by every interpreter on the machine: what one Python compiled
    (folded by its Unicode version) is not answered to another."""
    kept.write_kept("lexicon-python-test", "old")
    assert kept.read_kept("lexicon-python-test") == "old"
    monkeypatch.setattr(sys, "version", "3.99.0 (another build)")
    kept.lexicon_key.cache_clear()
    kept.key_of.cache_clear()
    try:
        assert kept.read_kept("lexicon-python-test") is None
    finally:
        monkeypatch.undo()
        kept.lexicon_key.cache_clear()
        kept.key_of.cache_clear()


def test_a_batch_goes_on_with_the_tables_read_whole(
    real_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After many lookups (a batch) each table is read whole once and the vocabulary holds a
    plain dict in its place, with the same rows."""
    monkeypatch.setattr(table, "WHOLE_AFTER", 3)
    compiled, kept, _, _ = _kept(real_engine)
    entities = kept.entities
    for eid in list(compiled.entities)[:3]:
        assert entities[eid] == compiled.entities[eid]
    assert type(kept.entities) is dict and kept.entities == compiled.entities
    assert entities.get("no-such-entity") is None  # a table still held goes on answering
    words = list(compiled.phrases.reach)[:3]
    for word in words:
        kept.phrases.reach.get(word, 0)
    assert type(kept.phrases.reach) is dict and kept.phrases.reach == compiled.phrases.reach
    keys = list(compiled.phrases.entries)[:3]
    for key in keys:
        kept.phrases.entries.get(key)
    assert type(kept.phrases.entries) is dict
    assert {k: [_row(e) for e in v] for k, v in kept.phrases.entries.items()} == {
        k: [_row(e) for e in v] for k, v in compiled.phrases.entries.items()
    }


def test_a_batch_reads_the_tables_whole_before_it_forks(real_engine: Engine) -> None:
    """read_whole (what a batch does before forking its workers, so that they share the dicts)
    leaves plain dicts with the same rows in the vocabulary, without a lookup made first."""
    compiled, kept, _, _ = _kept(real_engine)
    assert isinstance(kept.entities, Table)
    stored.read_whole(kept)
    assert type(kept.entities) is dict and kept.entities == compiled.entities
    assert type(kept.phrases.reach) is dict and kept.phrases.reach == compiled.phrases.reach
    assert type(kept.phrases.entries) is dict
    assert kept.phrases.entries.keys() == compiled.phrases.entries.keys()
    stored.read_whole(kept)  # dicts already: nothing to read
    assert type(kept.entities) is dict


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(
    real_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, state = _compiled_and_state(real_engine)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", "utf-8")
    monkeypatch.setenv(config.ENV_CACHE, str(blocked))
    found = stored.stored_vocabulary(_base(real_engine), state)
    assert found is not None and found.phrases.reach == compiled.phrases.reach


def test_a_key_that_utf8_cannot_write_is_in_no_table(real_engine: Engine) -> None:
    """A lone surrogate (a str from the Python API) is a miss, as in the compiled dicts, not
    an error of sqlite3's."""
    _, kept, _, _ = _kept(real_engine)
    assert kept.phrases.reach.get("x\udcff", 0) == 0
    assert ("x\udcff",) not in kept.phrases.entries
    assert kept.entities.get("x\udcff") is None


def test_what_the_checker_derives_from_a_vocabulary_is_kept_with_it(real_engine: Engine) -> None:
    """The topics' phrases (check.topics), made from every vocabulary a fresh check reads, are
    made when it is compiled and kept with it: a later run reads them, the same, and makes
    none."""
    from factdb.check import topics

    compiled, state = _compiled_and_state(real_engine)
    topics.prepare(compiled)
    made = compiled.topic_units
    assert set(made) == set(topics.LANGUAGES) and any(p.ordered for p in made.values())
    base = _base(real_engine)
    assert stored.stored_vocabulary(base, state, topics.prepare) is not None  # compiles, keeps
    again = stored.stored_vocabulary(base, state, topics.prepare)
    assert again is not None and isinstance(again.entities, Table)  # read from the kept file
    assert again.topic_units == made

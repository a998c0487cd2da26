"""The checker's vocabulary: compiled once, cached between runs, identical either way."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from factdb import config
from factdb.check.checker import Checker
from factdb.ingest.refresh import ensure_ready
from factdb.lexicon import vocabulary as vocabulary_module
from factdb.lexicon.kept import lexicon_key
from factdb.lexicon.vocabulary import Vocabulary, _cache_file, _code_key, _row, load_vocabulary
from factdb.store.db import make_engine
from factdb.text import fold as fold_module


def _rows(vocab: Vocabulary) -> dict[tuple[str, ...], list[list[object]]]:
    """The phrase index as comparable data (entries compare by identity)."""
    return {key: [_row(e) for e in found] for key, found in vocab.phrases.entries.items()}


def test_row_vocabulary_equals_the_compiled_one(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    ensure_ready(engine)
    with engine.connect() as conn:
        found = _cache_file(conn)
        assert found is not None
        cache = Path(found[0])
        assert not cache.exists()
        fresh = load_vocabulary(conn)
        assert cache.exists()
        cached = load_vocabulary(conn)
    assert _rows(cached) == _rows(fresh)
    assert cached.phrases.longest == fresh.phrases.longest
    assert cached.entities == fresh.entities
    assert cached.predicates == fresh.predicates
    assert cached.unit_dimension == fresh.unit_dimension
    engine.dispose()


def test_a_corrupt_cache_is_recompiled(db_url: str) -> None:
    engine = make_engine(db_url)
    ensure_ready(engine)
    with engine.connect() as conn:
        fresh = load_vocabulary(conn)
        found = _cache_file(conn)
        assert found is not None
        Path(found[0]).write_text("{not json", encoding="utf-8")
        assert _rows(load_vocabulary(conn)) == _rows(fresh)
    engine.dispose()


def test_no_cache_before_the_database_is_built(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert _cache_file(conn) is None
    engine.dispose()


def test_the_cache_key_covers_the_folding_code() -> None:
    """The cached keys are computed with factdb.text's folding: a change to fold.py (its size or
    mtime) must give another cache file, as a change to this package's modules does."""
    key = _code_key()
    assert str(Path(fold_module.__file__).resolve()) in key
    assert str(Path(vocabulary_module.__file__).resolve()) in key


def test_the_cache_key_covers_the_lexicon_files(db_url: str) -> None:
    """The vocabulary compiles in the lexicons' synonyms and cues: a change to a lexicon file
    (its size or mtime) must give another key, though the fixtures are the same."""
    engine = make_engine(db_url)
    ensure_ready(engine)
    synonyms = Path(vocabulary_module.__file__).parent / "en" / "synonyms.yaml"
    before = synonyms.stat()
    try:
        with engine.connect() as conn:
            found = _cache_file(conn)
            os.utime(synonyms, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
            lexicon_key.cache_clear()
            again = _cache_file(conn)
        assert found is not None and again is not None and again[1] != found[1]
    finally:
        os.utime(synonyms, ns=(before.st_atime_ns, before.st_mtime_ns))
        lexicon_key.cache_clear()
        engine.dispose()


def test_the_cache_keeps_one_file_a_database(db_url: str) -> None:
    """A load that changes the base replaces its cached vocabulary rather than adding one
    beside it (a cache keyed by state left hundreds of files behind)."""
    engine = make_engine(db_url)
    ensure_ready(engine)
    with engine.connect() as conn:
        found = _cache_file(conn)
        assert found is not None
        path, key = Path(found[0]), found[1]
        load_vocabulary(conn)
        conn.exec_driver_sql("UPDATE factdb_meta SET value = 'another state' WHERE key = 'state'")
        again = _cache_file(conn)
        assert again is not None and Path(again[0]) == path and again[1] != key
        load_vocabulary(conn)
        conn.rollback()
    assert [p.name for p in path.parent.glob("vocabulary-*.json")] == [path.name]
    assert json.loads(path.read_text("utf-8"))["key"] == again[1]
    engine.dispose()


def test_a_cache_of_many_databases_keeps_the_latest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(config.ENV_CACHE, str(tmp_path))
    for n in range(config.CACHE_FILES_KEPT + 5):
        made = tmp_path / f"vocabulary-{n:03d}.json"
        made.write_text("{}", "utf-8")
        os.utime(made, ns=(n * 10**9, n * 10**9))
    (tmp_path / "other.json").write_text("{}", "utf-8")
    config.prune_cache("vocabulary-*.json")
    left = sorted(p.name for p in tmp_path.glob("vocabulary-*.json"))
    assert left == [f"vocabulary-{n:03d}.json" for n in range(5, config.CACHE_FILES_KEPT + 5)]
    assert (tmp_path / "other.json").exists()


def test_a_locative_is_read_at_every_length_the_locatives_have(real_checker: Checker) -> None:
    """One test of "the words before end with a locative" (Vocabulary.ends_with_locative), for
    the judge and the parser alike, with the lengths taken from the data: a locative of four
    words that ends with no shorter one is read too."""
    vocab = copy.copy(real_checker.vocab)
    vocab.locatives = frozenset({("on", "the", "sidelines", "of")})
    vocab.__dict__.pop("_locative_lengths", None)  # derived from the locatives just replaced
    assert vocab.ends_with_locative(["met", "on", "the", "sidelines", "of"])
    assert not vocab.ends_with_locative(["the", "sidelines", "of"])
    assert not vocab.ends_with_locative([])

"""Lexicon tables kept a value at a time (factdb.lexicon.kept.kept_by_key, Index's buckets): what
a fresh check reads from them, value by value, is what building them gives, in English,
Vietnamese and Vietnamese written without diacritics."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from factdb.check import stance_words
from factdb.extract import dates, quantities
from factdb.extract.quantities import find_quantities
from factdb.lexicon import index as lexicon
from factdb.lexicon import kept
from factdb.lexicon.kept import PickledValues, pickled
from factdb.records import fields
from factdb.startup import loads

TABLES = [
    dates._start_keys,
    quantities._start_keys,
    stance_words._by_first_word,
    stance_words._persons_by_first_word,
]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: f"{t.__module__}.{t.__name__}")
def test_a_kept_table_reads_what_its_build_makes(
    table: Callable[[], PickledValues], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept, "_whole", False)  # as a single check reads it
    built = inspect.unwrap(table)()
    table.cache_clear()
    table()  # made and kept
    table.cache_clear()
    read = table()  # read back from the cache folder, every value still pickled
    assert isinstance(read, PickledValues)
    assert sorted(read) == sorted(built)
    assert all(key in read for key in built)  # asked without unpickling
    assert all(read.get(key) == value for key, value in built.items())
    assert dict(read.items()) == built
    assert read.get("no such first word") is None
    assert read.get("no such first word", ()) == ()


@pytest.fixture
def whole(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """kept.read_all_whole run, as a batch runs it, and undone afterwards."""
    monkeypatch.setattr(kept, "_whole", False)
    kept.read_all_whole()
    yield
    monkeypatch.undo()
    for once in kept._made:
        once.cache_clear()


@pytest.mark.parametrize("table", TABLES, ids=lambda t: f"{t.__module__}.{t.__name__}")
def test_a_batch_reads_each_kept_table_as_a_plain_dict(
    table: Callable[[], dict[str, object]], whole: None
) -> None:
    """What a batch reads before it forks: every value unpickled, looked up as a dict's."""
    read = table()
    assert type(read) is dict
    assert read == inspect.unwrap(table)()
    assert all(type(by) is dict for by in lexicon.numbers().by_kind.values())


def _entries(index: lexicon.Index) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    return {
        (kind, key): [tuple(getattr(e, f.name) for f in fields(e)) for e in bucket]
        for kind, by in index.by_kind.items()
        for key, bucket in by.items()
    }


@pytest.mark.parametrize("build", [lexicon.numbers, lexicon.dates], ids=["numbers", "dates"])
def test_an_index_kept_bucket_by_bucket_is_the_index_built(build: Callable[[], Any]) -> None:
    built = inspect.unwrap(build)()
    read = loads(pickled(built))
    assert read.first_keys == built.first_keys
    assert read.kinds_for == built.kinds_for
    assert _entries(read) == _entries(built)


KEPT = [
    (lexicon, "numbers"),
    (lexicon, "dates"),
    (dates, "_start_keys"),
    (quantities, "_start_keys"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary approved four hundred million dollars in aid for Vietnam on February 20",
        "Hungary phê duyệt bốn trăm triệu đô la ODA cho Việt Nam ngày 20 tháng 2",
        "Hungary phe duyet bon tram trieu do la ODA cho Viet Nam ngay 20 thang 2",
    ],
)
def test_numbers_and_dates_read_from_kept_buckets(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Number and date words found through buckets unpickled as the statement asks for them
    are those the index built whole gives."""

    def found() -> str:
        dates._raw_dates.cache_clear()
        return repr((find_quantities(text), dates.find_dates(text)))

    monkeypatch.setattr(kept, "_whole", False)  # as a single check reads them
    for module, name in KEPT:
        getattr(module, name)()  # made and kept
        getattr(module, name).cache_clear()
    from_cache = found()
    assert "value=400000000.0" in from_cache and "date(1, 2, 20)" in from_cache
    for module, name in KEPT:
        built = inspect.unwrap(getattr(module, name))()
        monkeypatch.setattr(module, name, lambda built=built: built)
    assert found() == from_cache

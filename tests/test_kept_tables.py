"""Lexicon tables kept a value at a time (factdb.lexicon.kept.kept_by_key, Index's buckets): what
a fresh check reads from them, value by value, is what building them gives, in English,
Vietnamese and Vietnamese written without diacritics."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from factdb.check import stance
from factdb.extract import dates, quantities
from factdb.extract.quantities import find_quantities
from factdb.lexicon import index as lexicon
from factdb.lexicon.kept import Table, pickled
from factdb.records import fields
from factdb.startup import loads

TABLES = [
    dates._start_keys,
    quantities._start_keys,
    stance._by_first_word,
    stance._persons_by_first_word,
]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: f"{t.__module__}.{t.__name__}")
def test_a_kept_table_reads_what_its_build_makes(table: Callable[[], Table]) -> None:
    built = inspect.unwrap(table)()
    table.cache_clear()
    table()  # made and kept
    table.cache_clear()
    read = table()  # read back from the cache folder, every value still pickled
    assert isinstance(read, Table)
    assert sorted(read) == sorted(built)
    assert all(key in read for key in built)  # asked without unpickling
    assert all(read.get(key) == value for key, value in built.items())
    assert dict(read.items()) == built
    assert read.get("no such first word") is None
    assert read.get("no such first word", ()) == ()


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

    for module, name in KEPT:
        getattr(module, name)()  # made and kept
        getattr(module, name).cache_clear()
    from_cache = found()
    assert "value=400000000.0" in from_cache and "date(1, 2, 20)" in from_cache
    for module, name in KEPT:
        built = inspect.unwrap(getattr(module, name))()
        monkeypatch.setattr(module, name, lambda built=built: built)
    assert found() == from_cache

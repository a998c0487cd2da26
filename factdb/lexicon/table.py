"""A table of a kept vocabulary (factdb.lexicon.stored) as a read-only mapping, read by key.

The vocabulary of a large base is kept in SQLite so that a fresh check reads only the phrases
and entities its statement asks for; the checker reads them as it reads the compiled
vocabulary's dicts (`get`, `in`, `[]`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from typing import Any, TypeVar

    K = TypeVar("K", bound=Hashable)
    V = TypeVar("V")
    _Mapping = Mapping[K, V]
else:  # the same class at run time, which needs no type variables
    _Mapping = Mapping


# Lookups after which a long-running process (serve, open_checker: a single check makes about
# 130; a batch reads the tables whole before it forks) reads a table whole and hands its owner a
# plain dict, whose lookups cost a fifth of this class's.
WHOLE_AFTER = 10_000


class Table(_Mapping):
    """Rows of `table` (`columns`, the key first), each read when first asked for by key and
    remembered for the process, a miss too. `key` writes a key as the table's text, `unkey`
    reads it back, `value` makes the value of a row. Iterating reads the whole table, and so
    does the WHOLE_AFTERth lookup, which hands the rows to `settle` (its owner puts the dict in
    the table's place)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        table: str,
        columns: str,
        key: Callable[[K], str],
        unkey: Callable[[str], K],
        value: Callable[..., V],
        settle: Callable[[dict[K, V]], None],
    ) -> None:
        self._conn = conn
        self._select = f"SELECT {columns} FROM {table}"
        self._key_column = columns.split(",", 1)[0].strip()
        self._by_key = f"{self._select} WHERE {self._key_column} = ?"
        self._key = key
        self._unkey = unkey
        self._value = value
        self._settle = settle
        self._asked = 0
        self._found: dict[K, V | None] = {}
        self._whole = False

    def get(self, key: K, default: Any = None) -> Any:
        self._asked += 1
        if self._asked == WHOLE_AFTER:
            self._settle(self._all())
        try:
            found = self._found[key]
        except KeyError:
            try:
                row = self._conn.execute(self._by_key, (self._key(key),)).fetchone()
            except UnicodeEncodeError:  # a lone surrogate (from the API): in no row, as in a dict
                row = None
            found = self._found[key] = None if row is None else self._value(*row)
        return default if found is None else found

    def __getitem__(self, key: K) -> V:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[K]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def read_whole(self) -> None:
        """Read the table now and hand it to its owner, as the WHOLE_AFTERth lookup would."""
        self._settle(self._all())

    def where(self, column: str, values: Collection[str]) -> list[V]:
        """The rows whose `column` (an indexed one) holds one of `values`, in key order."""
        marks = ", ".join("?" * len(values))
        sql = f"{self._select} WHERE {column} IN ({marks}) ORDER BY {self._key_column}"
        return [self._value(*row) for row in self._conn.execute(sql, tuple(values))]

    def _all(self) -> dict[K, V]:
        if not self._whole:
            for row in self._conn.execute(self._select):
                self._found.setdefault(self._unkey(row[0]), self._value(*row))
            self._whole = True
        return {k: v for k, v in self._found.items() if v is not None}

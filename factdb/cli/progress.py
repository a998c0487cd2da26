"""Progress bars for long commands (load, check --file, draft, eval), on a terminal only.

tqdm draws them on stderr with the count, the rate and, when the total is known, the time left.
When stderr is not a terminal (a pipe, a file, CI) nothing is drawn at all, so output that a
program reads never holds a bar's escape codes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
MIN_ITEMS = 2  # one statement needs no bar


def _on_terminal() -> bool:
    return sys.stderr.isatty()


def track(items: Iterable[T], what: str, unit: str, total: int | None = None) -> Iterable[T]:
    """`items`, drawing a bar while they are consumed."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    if not _on_terminal() or (total is not None and total < MIN_ITEMS):
        return items
    from tqdm import tqdm

    return tqdm(items, desc=what, unit=f" {unit}", total=total, file=sys.stderr, leave=False)


@contextmanager
def counter(what: str, unit: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A function to call with the number of items just done, drawing a bar meanwhile."""
    if not _on_terminal():
        yield lambda _n: None
        return
    from tqdm import tqdm

    with tqdm(desc=what, unit=f" {unit}", total=total, file=sys.stderr, leave=False) as bar:
        yield bar.update

"""Spans (start, end) of a text against each other: whether one lies within or overlaps any of
some others, and which characters some spans cover, so that a word is set against them once
instead of against every span (a statement's words against its names, cues, numbers and dates)."""

from __future__ import annotations

from collections.abc import Iterable


# Plain loops, not any() over a generator: about 18 calls a statement, most over a few spans,
# where making the generator costs more than the comparisons (3.9% of a parse's instructions).
def within(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether start..end lies inside one of `spans`."""
    for s, e in spans:  # noqa: SIM110
        if s <= start and end <= e:
            return True
    return False


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether start..end shares a character with one of `spans`."""
    for s, e in spans:  # noqa: SIM110
        if start < e and s < end:
            return True
    return False


class Covered:
    """The characters of a text of `length` that any of `spans` (start, end) covers."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]]) -> None:
        self._mask = mask = bytearray(length)
        ones = b"\x01" * length  # sliced as the mask is, so each span's bytes are as many as it
        for start, end in spans:
            mask[start:end] = ones[start:end]

    def meets(self, start: int, end: int) -> bool:
        """Whether start..end-1 overlaps a span: a character of it is covered."""
        return self._mask.find(1, start, end) >= 0

"""Which characters of a text some spans cover, so that a word is set against them once instead
of against every span (a statement's words against its names, cues, numbers and dates)."""

from __future__ import annotations

from collections.abc import Iterable


class Covered:
    """The characters of a text of `length` that any of `spans` (start, end) covers."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]]) -> None:
        self._mask = bytearray(length)
        for start, end in spans:
            self._mask[start:end] = b"\x01" * len(self._mask[start:end])

    def meets(self, start: int, end: int) -> bool:
        """Whether start..end-1 overlaps a span: a character of it is covered."""
        return self._mask.find(1, start, end) >= 0

"""Which characters of a text some spans cover, so that a word is set against them once instead
of against every span (a statement's words against its names, cues, numbers and dates)."""

from __future__ import annotations

from collections.abc import Iterable


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

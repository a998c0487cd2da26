"""Finding a quote in a source text, W3C TextQuoteSelector style.

A quote must resolve to exactly one place. When it occurs more than once the fixture narrows it
with the text just before (`prefix`) or after (`suffix`) it, or names the occurrence; anything
still ambiguous is an error, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


class SpanError(ValueError):
    """The quote cannot be tied to exactly one place in the text."""


@dataclass(frozen=True)
class Selector:
    quote: str
    prefix: str | None = None
    suffix: str | None = None
    occurrence: int | None = None  # 1-based, counted among the matches left after prefix/suffix
    start: int | None = None
    end: int | None = None


def occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    i = text.find(quote)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def locate(text: str, sel: Selector) -> tuple[int, int]:
    """Return (start, end) of the one place `sel` denotes; raise SpanError otherwise."""
    if not sel.quote:
        raise SpanError("the quote is empty")
    if sel.start is not None or sel.end is not None:
        if sel.start is None or sel.end is None:
            raise SpanError("give both start and end, or neither")
        actual = text[sel.start : sel.end] if 0 <= sel.start <= sel.end <= len(text) else None
        if actual != sel.quote:
            raise SpanError(
                f"offsets {sel.start}-{sel.end} hold {actual!r}, not the quote {sel.quote!r}"
            )
        if sel.prefix is not None or sel.suffix is not None or sel.occurrence is not None:
            # A fixture that says the same thing twice must say it consistently.
            selected = locate(text, replace(sel, start=None, end=None))
            if selected != (sel.start, sel.end):
                raise SpanError(
                    f"offsets {sel.start}-{sel.end} disagree with prefix/suffix/occurrence, "
                    f"which select {selected[0]}-{selected[1]}"
                )
        return sel.start, sel.end
    starts = occurrences(text, sel.quote)
    if not starts:
        raise SpanError(f"quote not found in the source: {sel.quote!r}")
    if sel.prefix is not None:
        starts = [s for s in starts if text[:s].endswith(sel.prefix)]
    if sel.suffix is not None:
        starts = [s for s in starts if text.startswith(sel.suffix, s + len(sel.quote))]
    if not starts:
        raise SpanError(f"no occurrence of {sel.quote!r} has the given prefix/suffix")
    if sel.occurrence is not None:
        if not 1 <= sel.occurrence <= len(starts):
            raise SpanError(
                f"occurrence {sel.occurrence} asked for, but the quote occurs {len(starts)} time(s)"
            )
        start = starts[sel.occurrence - 1]
    elif len(starts) > 1:
        raise SpanError(
            f"quote is ambiguous: it occurs {len(starts)} times; add prefix, suffix or occurrence"
        )
    else:
        start = starts[0]
    return start, start + len(sel.quote)

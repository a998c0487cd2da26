"""One sentence splitter, for the drafts `check --sentences` reads and for the source texts
whose sentences frame each evidence quote; and the marks that end a sentence or break a clause,
named once for every reader of a statement.

A sentence ends at a line break, or at . ! ? … (with closing quotes or brackets) followed by
white space, except after an abbreviation ("D.C.", "TP."): the languages' lexicons list those,
and callers pass them in (factdb.lexicon.index.abbreviations). "1.000" never splits: no space
follows its dot.

A clause breaks at CLAUSE_BREAKS inside a sentence and ends with it at SENTENCE_ENDS. A reader
that needs more (brackets, quotation marks, dashes) or less (a list of names is written with
commas) makes its set from these named parts and says why; none spells the marks again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from factdb.text.fold import fold, nfc

# What ends a sentence, and every clause in it.
SENTENCE_ENDS = frozenset(".!?")
# What breaks a clause inside a sentence: "Without delay, Hungary approved ..." (the phrase the
# comma closes is not the clause after it), "... as follows: ...", "...; ...".
CLAUSE_BREAKS = frozenset(",;:")
BRACKETS = frozenset("()[]")
DOUBLE_QUOTES = frozenset('"“”')
# "'" is an apostrophe too ("Hungary's"): only a reader that looks past names takes these.
SINGLE_QUOTES = frozenset("'‘’")
DASH_MARKS = frozenset("—–-")


def any_mark(marks: frozenset[str]) -> str:
    """A regular expression's character class matching any one of `marks`."""
    return "[" + "".join(re.escape(m) for m in sorted(marks)) + "]"


# Where a clause ends, at a clause break or a sentence's end: what may not stand between an act
# and the act that is its content, nor between a denying verb and what it falls on.
CLAUSE_END = re.compile(any_mark(CLAUSE_BREAKS | SENTENCE_ENDS))
# A clause break within a sentence alone (a comma, a semicolon, a dash ...).
CLAUSE_BREAK = re.compile(any_mark(CLAUSE_BREAKS))


# An ellipsis ends a sentence of running text too; a statement's readers do not take it as one.
_END = re.compile(rf"(?<={any_mark(SENTENCE_ENDS | {'…'})})[\"'”»)]*\s+|\n\s*\n|\n")


def sentence_spans(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, white space trimmed, empty ones left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        piece = text[start : match.start()]
        words = piece.split()
        if "\n" not in match.group() and words and fold(nfc(words[-1])) in abbreviations:
            continue
        _add(spans, text, start, match.start())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_around(
    text: str, start: int, end: int, abbreviations: frozenset[str]
) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end] (of the sentences it spans, if more)."""
    starts, ends = _bounds(text, abbreviations)
    before = bisect_right(starts, start)
    after = bisect_left(ends, end)
    return starts[before - 1] if before else 0, ends[after] if after < len(ends) else len(text)


@lru_cache(maxsize=64)
def _bounds(text: str, abbreviations: frozenset[str]) -> tuple[list[int], list[int]]:
    """The starts and the ends of the sentences of a text, each in order: a batch report frames
    thousands of quotes in the same few source texts, which are split once."""
    spans = sentence_spans(text, abbreviations)
    return [s for s, _ in spans], [e for _, e in spans]

"""Ordinals that tell the members of a numbered series apart (issue 10): "the 14th Central
Committee", "Đại hội XIII", "Tổng Bí thư khóa XIV".

An ordinal beside the name of a series says which member the statement speaks of; read as a
rank, or as an unknown name ("XIV"), it was a figure no claim gives and left every such
statement open, the right ordinal as much as the wrong one. Here it is tied to its series: the
claims' own words (their spans) name a member too ("khóa XIV", "lần thứ XIV"), and the judge
weighs the one against the other (accounting.ordinals). The series, their members and the
Roman numerals are data (factdb/lexicon/world/numbered.yaml), the names of each series and the
words that may stand between the name and its ordinal the languages' (`numbered`,
`numbered_markers` in factdb/lexicon/<lang>/statements.yaml).
"""

from __future__ import annotations

from functools import cache

from factdb.extract.quantities import Quantity, find_quantities
from factdb.lexicon.index import LANGUAGES
from factdb.lexicon.index import load as load_lexicon
from factdb.records import dataclass
from factdb.text.tokens import Tokens, tokenize, word_keys

RANK = "rank"


@dataclass(frozen=True, slots=True)
class Ordinal:
    """The member `value` of `series`, said by the words from `start` to `end` (the ordinal
    and the name of the series)."""

    series: str
    value: int
    text: str
    start: int
    end: int


@cache
def _heads() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, series) of every name of a series in every language, longest first: a
    statement written without marks is read with both."""
    found = {
        word_keys(str(name)): series
        for lang in LANGUAGES
        for series, names in (load_lexicon(lang, "statements").get("numbered") or {}).items()
        for name in names
    }
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


@cache
def _markers() -> tuple[tuple[str, ...], ...]:
    """The folded words that may stand between a series' name and its ordinal, longest first."""
    found = {
        word_keys(str(m))
        for lang in LANGUAGES
        for m in load_lexicon(lang, "statements").get("numbered_markers") or ()
    }
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _bare_digits() -> int:
    return int(load_lexicon("world", "numbered")["bare_digits"])


@cache
def _roman() -> dict[str, int]:
    return {str(k): int(v) for k, v in load_lexicon("world", "numbered")["roman"].items()}


def members(series: str) -> dict[int, str]:
    """The members of `series` the vocabulary names, by ordinal."""
    listed = load_lexicon("world", "numbered")["series"].get(series) or {}
    return {int(k): str(v) for k, v in (listed.get("members") or {}).items()}


def member_ordinal(eid: str) -> tuple[str, int] | None:
    """(series, ordinal) of an entity that is a member of a numbered series, else None."""
    return _member_of().get(eid)


@cache
def _member_of() -> dict[str, tuple[str, int]]:
    return {
        eid: (series, value)
        for series in load_lexicon("world", "numbered")["series"]
        for value, eid in members(series).items()
    }


def roman_value(written: str) -> int | None:
    """The value of a Roman numeral written in capitals ("XIV" = 14), else None."""
    letters = _roman()
    if not written or not written.isupper() or any(c not in letters for c in written):
        return None
    values = [letters[c] for c in written]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    return total if total > 0 else None


def read_ordinals(text: str, tokens: Tokens | None = None) -> list[Ordinal]:
    """The ordinals of `text` beside the name of a series: a rank right before the name (with a
    marker between: "the 14th-term Central Committee"), or after it, past a marker or none, a
    rank ("lần thứ 14") or a Roman numeral ("khóa XIV"). `tokens` are the statement's, when the
    caller has cut them already. The ranks are read afresh: one inside a name ("14th Party
    Congress") is the name's, which the statement's own reading drops, and is the ordinal."""
    toks = tokens if tokens is not None else tokenize(text)
    words = toks.words()
    keys = [k for k, _, _ in words]
    if not any(_head_at(keys, i) for i in range(len(words))):
        return []  # most texts name no series: their numbers need not be read
    ranks = [q for q in find_quantities(text) if q.unit == RANK and q.comparator is None]
    found: list[Ordinal] = []
    i = 0
    while i < len(words):
        hit = _head_at(keys, i)
        if hit is None:
            i += 1
            continue
        series, n = hit
        start, end = words[i][1], words[i + n - 1][2]
        ordinal = _before(text, words, keys, ranks, i) or _after(text, words, keys, ranks, i + n)
        if ordinal is None:
            i += 1
            continue
        value, lo, hi = ordinal
        lo, hi = min(lo, start), max(hi, end)
        found.append(Ordinal(series, value, text[lo:hi], lo, hi))
        i = next((k for k, (_, s, _) in enumerate(words) if s >= hi), len(words))
    return found


def _head_at(keys: list[str], i: int) -> tuple[str, int] | None:
    for head, series in _heads():
        if tuple(keys[i : i + len(head)]) == head:
            return series, len(head)
    return None


def _marker_at(keys: list[str], i: int) -> int:
    """How many words a marker starting at word i takes (0 for none)."""
    return next((len(m) for m in _markers() if tuple(keys[i : i + len(m)]) == m), 0)


def _before(
    text: str,
    words: list[tuple[str, int, int]],
    keys: list[str],
    ranks: list[Quantity],
    i: int,
) -> tuple[int, int, int] | None:
    """(value, start, end) of a rank right before word i, a marker between them or none."""
    start = words[i][1]
    for n in range(0, 3):
        j = i - n
        if j < 0 or (n and _marker_at(keys, j) != n):
            continue
        at = words[j][1]
        for q in ranks:
            if q.end <= at and not text[q.end : at].replace("-", " ").strip():
                return int(q.value), q.start, start
    return None


def _after(
    text: str,
    words: list[tuple[str, int, int]],
    keys: list[str],
    ranks: list[Quantity],
    j: int,
) -> tuple[int, int, int] | None:
    """(value, start, end) of an ordinal right after the name ending before word j: past a
    marker or none, a rank or a Roman numeral; plain digits after a marker, or short enough
    to be no year (`bare_digits`)."""
    if j >= len(words):
        return None
    marker = _marker_at(keys, j)
    for q in ranks:
        if q.start == words[j][1]:
            return int(q.value), q.start, q.end
    k = j + marker
    if k >= len(words):
        return None
    _, s, e = words[k]
    for q in ranks:
        if q.start == s:
            return int(q.value), q.start, q.end
    value = roman_value(text[s:e])
    if value is None and text[s:e].isdigit() and (marker or len(text[s:e]) <= _bare_digits()):
        value = int(text[s:e])
    return (value, s, e) if value is not None else None

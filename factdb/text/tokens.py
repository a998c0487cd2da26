"""The one token model: every stage of reading a statement, and every phrase of the lexicons, is
cut into these tokens, once.

A token is a run of ASCII digits, a run of letters, or any other single non-space character, all
after :func:`factdb.text.fold.fold`, so "1,5 ty USD" and "1,5 tỷ USD" give the same keys. White
space between tokens is not part of a key ("per cent" matches "per  cent"), but tokens written
together in a phrase ("US$", "L.E") must touch in the statement too; code that cares asks
:meth:`Tokens.touching`. Word-level readers (names, triggers, cues) see only the digit and letter
tokens: :meth:`Tokens.words`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from factdb.records import dataclass, field
from factdb.text.fold import fold, nfc

TYPE_CHECKING = False  # typing is 3 ms of a fresh check's start: for type checkers only
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from factdb.text.inflect import Inflection

# Linear: three alternatives, none nested, each consuming at least one character.
_TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+|\S")

DIGITS, WORD, OTHER = "n", "w", "p"


@dataclass(slots=True)
class Tokens:
    """A statement cut into tokens; offsets are into ``text``, the string the caller passed."""

    text: str
    norm: str  # NFC form of text
    folded: str  # fold(norm), what the keys were cut from; the same length as norm
    kinds: list[str]
    keys: list[str]  # folded token text
    starts: list[int]  # offsets into norm
    ends: list[int]
    _offsets: list[int] | None  # norm offset -> text offset, None when text is already NFC
    touch: list[bool] = field(default_factory=list)  # token k follows k-1 with no space
    loose: bool = True  # no letter of the text has a diacritic: see lexicon.index._written_ok
    _written: dict[int, str] = field(default_factory=dict)
    _words: list[tuple[str, int, int]] | None = None
    # The words' inflection keys per language: the parse's phrases, its topics and its slotted
    # phrases each read them, and they are cut once for the statement, not once per reader.
    _inflected: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.keys)

    def written(self, k: int) -> str:
        """Token k as written, lower-cased (diacritics kept)."""
        got = self._written.get(k)
        if got is None:
            got = self._written[k] = self.norm[self.starts[k] : self.ends[k]].lower()
        return got

    def words(self) -> list[tuple[str, int, int]]:
        """(key, start, end) of each digit or letter token, offsets into ``text``: what names,
        triggers and cues are matched on, punctuation left out ("U.S." is the words u, s)."""
        if self._words is None:
            at = self._offsets  # norm offset -> text offset, as `offset` maps them
            self._words = [
                (key, start, end) if at is None else (key, at[start], at[end])
                for key, kind, start, end in zip(
                    self.keys, self.kinds, self.starts, self.ends, strict=True
                )
                if kind != OTHER
            ]
        return self._words

    def inflected(self, lang: str, inflection: Inflection | None) -> tuple[str, ...]:
        """The keys of :meth:`words` under `lang`'s inflection ("hosted" -> "host"); the words'
        own keys for a language that does not inflect."""
        got = self._inflected.get(lang)
        if got is None:
            words = tuple(key for key, _, _ in self.words())
            got = self._inflected[lang] = inflection.key(words) if inflection else words
        return got

    def touching(self, k: int) -> bool:
        """True when token k follows token k-1 with no space between."""
        return k < len(self.touch) and self.touch[k]

    def offset(self, norm_offset: int) -> int:
        return norm_offset if self._offsets is None else self._offsets[norm_offset]

    def span(self, first: int, end: int) -> tuple[int, int]:
        """Offsets into ``text`` of tokens first..end-1."""
        return self.offset(self.starts[first]), self.offset(self.ends[end - 1])


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """NFC text and, when that changed the text, a map from its offsets to the original's."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    # Compose cluster by cluster (a base and its combining marks) so every composed character
    # can be traced back to the cluster it came from.
    parts: list[str] = []
    offsets: list[int] = []
    start = 0
    for pos in range(1, len(text) + 1):
        if pos < len(text) and unicodedata.combining(text[pos]):
            continue
        composed = unicodedata.normalize("NFC", text[start:pos])
        parts.append(composed)
        offsets.extend([start] * len(composed))
        start = pos
    offsets.append(len(text))
    return "".join(parts), offsets


# fold() is table-driven (factdb.text.fold): one C-level pass over the text.
fold_fast = fold


def _kind(key: str) -> str:
    return DIGITS if "0" <= key[0] <= "9" else WORD if key[0].isalpha() else OTHER


@lru_cache(maxsize=32)
def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` (cached: the checker asks for quantities and dates of one statement)."""
    norm, offsets = _normalise(text)
    folded = fold_fast(norm)
    matches = list(_TOKEN_RE.finditer(folded))
    keys = [m.group() for m in matches]
    kinds = [_kind(key) for key in keys]
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    touch = [False, *(start == end for start, end in zip(starts[1:], ends, strict=False))]
    loose = norm.isascii() or not any(c.isalpha() and not c.isascii() for c in set(norm))
    return Tokens(text, norm, folded, kinds, keys, starts, ends, offsets, touch[: len(keys)], loose)


def phrase_starts(keys: Sequence[str], phrase: Sequence[str]) -> Iterator[int]:
    """Each position in the folded words `keys` where the folded words of `phrase` stand,
    adjacent and in order (none for an empty phrase): the one way a lexicon phrase is found
    among a statement's words (text.tokens.word_keys folds both alike)."""
    n = len(phrase)
    if n == 0:
        return
    first, whole = phrase[0], tuple(phrase)
    for i in range(len(keys) - n + 1):
        # the first word alone rules out nearly every position, without a slice
        if keys[i] == first and tuple(keys[i : i + n]) == whole:
            yield i


def holds_phrase(keys: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the folded words `keys` hold the folded words of `phrase`, adjacent and in order."""
    return next(phrase_starts(keys, phrase), None) is not None


def phrase_spans(
    words: Sequence[tuple[str, int, int]], phrases: Iterable[Sequence[str]]
) -> list[tuple[int, int]]:
    """The (start, end) offsets of each occurrence of each phrase (folded words) among a
    statement's words (folded key, start, end: Tokens.words), phrase by phrase."""
    keys = [w for w, _, _ in words]
    # A list of some dozens of phrases (hedges, repeats) is asked about for every statement,
    # a few times over: each of the statement's words is looked up among the phrases it may
    # begin, not each phrase among the words.
    by_first = _by_first(phrases if isinstance(phrases, tuple) else tuple(phrases))
    found = [
        (n, i, len(p))
        for i, key in enumerate(keys)
        for n, p in by_first.get(key, ())
        if tuple(keys[i : i + len(p)]) == p
    ]
    found.sort()
    return [(words[i][1], words[i + size - 1][2]) for _, i, size in found]


@lru_cache(maxsize=256)  # a lexicon's lists, asked again for every statement
def _by_first(
    phrases: tuple[Sequence[str], ...],
) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each non-empty phrase of `phrases` under its first word, with its place in the list."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for n, phrase in enumerate(phrases):
        if phrase:
            index.setdefault(phrase[0], []).append((n, tuple(phrase)))
    return index


@lru_cache(maxsize=4096)  # the lexicons' phrases, asked again for every statement
def word_keys(phrase: str) -> tuple[str, ...]:
    """The folded word keys of a phrase, as :meth:`Tokens.words` cuts a statement."""
    keys, _, _ = phrase_tokens(phrase)
    return tuple(key for key in keys if _kind(key) != OTHER)


def phrase_tokens(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """(folded keys, written forms, glued positions) of a lexicon phrase, cut like a statement.

    A glued position m is a token written against token m-1 with no space ("US$", "L.E"): in a
    statement it must touch too, so "a $5" is not "A$5".
    """
    norm = nfc(str(phrase))
    folded = fold(norm)
    keys, written, glued = [], [], []
    previous_end = -1
    for m, match in enumerate(_TOKEN_RE.finditer(folded)):
        keys.append(match.group())
        written.append(norm[match.start() : match.end()].lower())
        if m and match.start() == previous_end:
            glued.append(m)
        previous_end = match.end()
    return tuple(keys), tuple(written), tuple(glued)

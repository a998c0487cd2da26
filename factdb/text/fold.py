"""Text folding shared by every stage that compares words: aliases, triggers, number words.

Folding is length-preserving on NFC text (one character in, one character out), so offsets found
in the folded text are offsets in the original statement too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Dashes and quotes that people type interchangeably; folded to their ASCII forms.
_PUNCT = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
    "\u202f": " ",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _PUNCT:
        return _PUNCT[char]
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# fold() works character by character, so a translation table filled from it gives the same
# string with one C-level pass; it is bounded so that odd input cannot grow it without end.
_FOLD_TABLE: dict[int, str] = {}
_FOLD_TABLE_MAX = 50_000


def fold(text: str) -> str:
    """Lower-case, strip diacritics (also đ), unify dashes; len(fold(s)) == len(s) for NFC s."""
    if text.isascii():
        return text.lower()  # what folding each character gives
    table = _FOLD_TABLE
    missing = [c for c in set(text) if ord(c) not in table]
    if len(table) + len(missing) > _FOLD_TABLE_MAX:
        table.clear()
        missing = list(set(text))
    for char in missing:
        table[ord(char)] = _fold_char(char)
    return text.translate(table)


# The characters met so far, by whether they carry a mark: a text is asked about once a word
# and once whole, and its letters are nearly always ones met before.
_PLAIN: set[str] = set()
_MARKED: set[str] = set()


def _marked(char: str) -> bool:
    return char in "đĐ" or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", char))


def has_marks(phrase: str) -> bool:
    """Whether the text carries diacritics (đ included). Character by character: the canonical
    decomposition of a text is its characters' decompositions, reordered."""
    if phrase.isascii() or _PLAIN.issuperset(phrase):
        return False
    if not _MARKED.isdisjoint(phrase):
        return True
    if len(_PLAIN) + len(_MARKED) > _FOLD_TABLE_MAX:
        _PLAIN.clear()
        _MARKED.clear()
    found = False
    for char in set(phrase).difference(_PLAIN):
        if _marked(char):
            _MARKED.add(char)
            found = True
        else:
            _PLAIN.add(char)
    return found


# The Vietnamese tone marks: where a writer sets one ("hoà", "hòa") is spelling, not the word.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


@lru_cache(maxsize=65536)
def marked_key(word: str) -> str:
    """`word` lower-cased with its marks, the tone moved to the end: the word itself, where its
    fold may be another ("dừng", stop, and "dựng", build, both fold to "dung"); "hoà" and
    "hòa" are one word."""
    chars = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in chars if c not in _TONES) + "".join(
        sorted(c for c in chars if c in _TONES)
    )


def letters(text: str) -> str:
    """The letters and digits of `text`, nothing between them ("U.S." -> "US")."""
    return "".join(c for c in text if c.isalnum())


def fold_phrase(text: str) -> str:
    """Fold and collapse white space: the key under which aliases and triggers are stored."""
    return " ".join(fold(nfc(text)).split())


# What a terminal acts on rather than prints: escape sequences (CSI, OSC and the other string
# commands, 7- and 8-bit), the remaining C0 and C1 controls but tab and line ends, and the bidi
# overrides that reorder what follows them. Every branch is linear: no nested repetition.
_STRING_END = r"(?:\x07|\x1b\\|\x9c)?"  # BEL, ESC \ or ST; a missing one runs to the end
_CONTROLS = (
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?"  # CSI: colours, cursor moves
    r"|[]PX^_][^\x07\x1b\x9c]*" + _STRING_END + r"|[ -~]?)"  # OSC, DCS…: titles, links
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*"
    + _STRING_END  # 8-bit OSC, DCS…
    + r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def blank_controls(text: str) -> str:
    """`text` with each escape sequence and control character replaced by as many spaces: the
    parser reads them as word breaks, and "\\x1b]0;title\\x07" is not the number 0.
    Length-preserving, like fold, so offsets stay offsets into the statement."""
    # Each match starts with a control or format character, which no printable text holds:
    # the pattern is compiled only for a text with one (1.5 ms of a fresh check).
    if text.isprintable():
        return text
    controls = _compiled_controls()
    if not controls.search(text):
        return text
    return controls.sub(lambda m: " " * len(m.group()), text)


@cache
def _compiled_controls() -> re.Pattern[str]:
    return re.compile(_CONTROLS)

"""Text folding shared by every stage that compares words: aliases, triggers, number words.

Folding is length-preserving on NFC text (one character in, one character out), so offsets found
in the folded text are offsets in the original statement too.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


def fold(text: str) -> str:
    """Lower-case, strip diacritics (also đ), unify dashes; len(fold(s)) == len(s) for NFC s."""
    return "".join(_fold_char(c) for c in text)


def fold_phrase(text: str) -> str:
    """Fold and collapse white space: the key under which aliases and triggers are stored."""
    return " ".join(fold(nfc(text)).split())

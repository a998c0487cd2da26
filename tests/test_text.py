"""Text folding: length-preserving, case- and diacritic-blind, dash-unifying."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.text.fold import fold, fold_phrase, has_marks, nfc

# The Vietnamese alphabet with every tone mark, in both cases, precomposed (NFC).
_VI_BASE = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
VI_LOWER = sorted(
    {nfc(base + tone) for base in _VI_BASE for tone in (_TONES if base in "aăâeêioôơuưy" else [""])}
)
VI_LETTERS = "".join(VI_LOWER) + "".join(c.upper() for c in VI_LOWER)
assert all(len(c) == 1 for c in VI_LOWER), "every Vietnamese letter is one precomposed char"

vietnamese = st.text(alphabet=VI_LETTERS + " -–—\u00a0'’0123456789.,", max_size=60)
nfc_text = st.text(max_size=60).map(nfc)
# Latin script (Basic Latin to Latin Extended-B, Latin Extended Additional, where Vietnamese lives)
# and general punctuation, precomposed: what English and Vietnamese statements are written in.
_latin_chars = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x24F),
    st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
    st.characters(min_codepoint=0x2000, max_codepoint=0x206F),
).filter(lambda c: not unicodedata.combining(c) and unicodedata.category(c) != "Cs")
latin_text = st.text(alphabet=_latin_chars, max_size=60)


@given(nfc_text)
def test_fold_is_length_preserving_on_nfc_text(s: str) -> None:
    assert len(fold(s)) == len(s)


@given(vietnamese)
def test_fold_is_length_preserving_on_vietnamese(s: str) -> None:
    folded = fold(s)
    assert len(folded) == len(s)
    # ... and position by position, so offsets found in folded text hold in the original.
    for original, f in zip(s, folded, strict=True):
        assert fold(original) == f


@given(vietnamese)
def test_fold_strips_every_vietnamese_diacritic(s: str) -> None:
    assert set(fold(s)) <= set("abcdeghiklmnopqrstuvxy -\"' 0123456789.,")


@given(nfc_text)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@settings(max_examples=300)
@given(st.one_of(vietnamese, latin_text))
def test_fold_phrase_is_stable_under_folding(s: str) -> None:
    # fold is defined on NFC text. Not for arbitrary Unicode: a stray combining mark that no
    # precomposed letter absorbs ("ā" + U+0301, "i" + U+0307) survives fold, so folding twice
    # differs. Precomposed Latin text has none.
    assert fold_phrase(fold(s)) == fold_phrase(s)
    assert fold_phrase(fold_phrase(s)) == fold_phrase(s)


@given(st.text(max_size=60))
def test_fold_phrase_ignores_normalisation_form(s: str) -> None:
    nfd = unicodedata.normalize("NFD", s)
    assert fold_phrase(nfd) == fold_phrase(nfc(s)) == fold_phrase(s)


@settings(max_examples=300)
@given(vietnamese)
def test_fold_phrase_ignores_case_and_diacritics_of_vietnamese(s: str) -> None:
    key = fold_phrase(s)
    assert fold_phrase(s.upper()) == key
    assert fold_phrase(s.lower()) == key
    assert fold_phrase(s.title()) == key
    assert fold_phrase(fold(s)) == key
    # Diacritics removed by hand (NFD, drop the combining marks, đ → d) give the same key.
    stripped = (
        "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    assert fold_phrase(stripped) == key


@given(
    st.lists(st.text(alphabet=VI_LETTERS, min_size=1, max_size=8), min_size=1, max_size=5),
    st.lists(
        st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", " \u00a0 "]), min_size=6, max_size=6
    ),
)
def test_fold_phrase_collapses_white_space(words: list[str], gaps: list[str]) -> None:
    spaced = gaps[0] + "".join(w + g for w, g in zip(words, gaps[1:], strict=False)) + gaps[-1]
    assert fold_phrase(spaced) == " ".join(fold(w) for w in words)


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Tô Lâm", "to lam"),
        ("TÔ LÂM", "to lam"),
        ("to lam", "to lam"),
        ("  Tô   Lâm ", "to lam"),
        ("Hung-ga-ri", "hung-ga-ri"),
        ("Hung–ga–ri", "hung-ga-ri"),  # en dashes
        ("Hung—ga—ri", "hung-ga-ri"),  # em dashes
        ("Séc", "sec"),
        ("Cộng hòa Séc", "cong hoa sec"),
        ("Đ", "d"),
        ("đ", "d"),
        ("Đảng Cộng sản Việt Nam", "dang cong san viet nam"),
        ("Viktor Orbán", "viktor orban"),
        ("18–20/2/2026", "18-20/2/2026"),
        ("Việt Nam – Hungary", "viet nam - hungary"),
        ("Nguyễn Phú Trọng", "nguyen phu trong"),
        ("Thủ tướng", "thu tuong"),
        ("“Kỷ niệm 30 năm”", '"ky niem 30 nam"'),
        ("Đối tác chiến lược toàn diện", "doi tac chien luoc toan dien"),
    ],
)
def test_known_pairs(phrase: str, key: str) -> None:
    assert fold_phrase(phrase) == key


@pytest.mark.parametrize(
    ("char", "folded"),
    [
        ("\u2013", "-"),  # en dash
        ("\u2014", "-"),  # em dash
        ("\u2212", "-"),  # minus sign
        ("\u2011", "-"),  # non-breaking hyphen
        ("\u2019", "'"),
        ("\u201c", '"'),
        ("\u00a0", " "),
        ("Đ", "d"),
        ("đ", "d"),
        ("Ư", "u"),
        ("ơ", "o"),
        ("Ặ", "a"),
    ],
)
def test_fold_single_characters(char: str, folded: str) -> None:
    assert fold(char) == folded


def test_fold_keeps_offsets_of_a_real_sentence() -> None:
    s = "Thủ tướng Hungary Viktor Orbán, Năm 2025 – kim ngạch"
    folded = fold(s)
    i = folded.index("orban")
    assert s[i : i + 5] == "Orbán"
    j = folded.index("nam 2025 - kim")
    assert s[j : j + 14] == "Năm 2025 – kim"


@settings(max_examples=300)
@given(
    st.text(alphabet="ab .!?\n“”TP", max_size=80),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
def test_the_sentence_around_a_quote_is_the_one_every_split_gives(
    text: str, a: int, b: int
) -> None:
    """sentence_around looks a quote up in the sentences it kept for the text; the sentence is
    the one a fresh split gives: the last sentence starting at or before the quote, through the
    first ending at or after it."""
    from factdb.text.sentences import sentence_around, sentence_spans

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    abbreviations = frozenset({"tp"})
    spans = sentence_spans(text, abbreviations)
    want = (
        max((s for s, _ in spans if s <= start), default=0),
        min((e for _, e in spans if e >= end), default=len(text)),
    )
    assert sentence_around(text, start, end, abbreviations) == want
    assert sentence_around(text, start, end, abbreviations) == want  # from what was kept


# --- covered characters (factdb.text.covered) ---------------------------------------------------

_span = st.tuples(st.integers(0, 40), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_span, max_size=6), _span)
def test_covered_meets_exactly_the_spans_a_span_overlaps(spans: list, word: tuple) -> None:
    """What parse and assertions ask of a word: does it overlap any of these spans."""
    from factdb.text.covered import Covered, overlaps

    start, end = word
    met = any(start < e and s < end for s, e in spans)
    assert Covered(60, spans).meets(start, end) is met is overlaps(start, end, spans)  # ends by 50


def test_covered_is_by_character() -> None:
    from factdb.text.covered import Covered

    covered = Covered(10, [(2, 4), (7, 8)])
    assert [covered.meets(k, k + 1) for k in range(10)] == [k in (2, 3, 7) for k in range(10)]
    assert covered.meets(0, 3) and covered.meets(3, 9) and not covered.meets(4, 7)


def _marks_of_whole_text(s: str) -> bool:
    """has_marks as it was written before it kept the characters it had met: the whole text
    decomposed at once."""
    return not s.isascii() and (
        any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))
        or any(c in "đĐ" for c in s)
    )


@given(st.text(max_size=40))
@settings(max_examples=300)
def test_has_marks_character_by_character_is_the_whole_texts_answer(s: str) -> None:
    assert has_marks(s) == _marks_of_whole_text(s)
    assert has_marks(s) == _marks_of_whole_text(s)  # again, from the characters kept


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Tô Lâm met Viktor Orbán in Hanoi", True),  # English with Vietnamese names
        ("Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Hungary", True),  # Vietnamese
        ("Tong Bi thu To Lam hoi dam voi Thu tuong Hungary", False),  # Vietnamese unmarked
        ("Đà Nẵng", True),
        ("Việt Nam — Hungary “partners”", True),
        ("Vietnam — Hungary “partners”", False),  # typographic punctuation is no mark
        ("Cafe\u0301", True),  # a mark written apart from its letter
    ],
)
def test_has_marks_reads_english_vietnamese_and_unmarked_vietnamese(
    text: str, marked: bool
) -> None:
    assert has_marks(text) is marked

"""A lexicon phrase is found among a statement's words one way (text.tokens.phrase_starts), and a
lexicon list is folded one way (lexicon.index.phrase_keys): adjacent folded words, in order, in
English, Vietnamese and Vietnamese written without diacritics alike."""

from __future__ import annotations

import pytest

from factdb.lexicon.index import phrase_keys
from factdb.text.tokens import holds_phrase, phrase_spans, phrase_starts, tokenize, word_keys


@pytest.mark.parametrize(
    ("statement", "phrase", "starts"),
    [
        ("Leaders gathered for the opening session in Washington", "opening session", [4]),
        ("Các nhà lãnh đạo dự phiên khai mạc tại Washington", "phiên khai mạc", [5]),
        ("Cac nha lanh dao du phien khai mac tai Washington", "phiên khai mạc", [5]),
        ("Session after session, the opening one", "session", [0, 2]),
    ],
)
def test_a_phrase_is_found_where_its_words_stand_together(
    statement: str, phrase: str, starts: list[int]
) -> None:
    keys = word_keys(statement)
    assert list(phrase_starts(keys, word_keys(phrase))) == starts
    assert holds_phrase(keys, word_keys(phrase))


@pytest.mark.parametrize(
    ("statement", "phrase"),
    [
        ("The session opened in Washington", "opening session"),
        ("Phiên họp khai mạc tại Washington", "phiên khai mạc"),
        ("Khai mac phien hop tai Washington", "phiên khai mạc"),
    ],
)
def test_words_apart_or_out_of_order_are_not_the_phrase(statement: str, phrase: str) -> None:
    assert not holds_phrase(word_keys(statement), word_keys(phrase))


def test_an_empty_phrase_is_nowhere() -> None:
    assert list(phrase_starts(word_keys("Orbán met Tô Lâm"), ())) == []


def test_spans_are_the_offsets_of_the_words_found() -> None:
    text = "Tô Lâm met Orbán and other leaders; và nhiều lãnh đạo khác"
    words = tokenize(text).words()
    spans = phrase_spans(words, [word_keys("and other leaders"), word_keys("nhieu lanh dao khac")])
    assert [text[s:e] for s, e in spans] == ["and other leaders", "nhiều lãnh đạo khác"]


def test_a_lexicon_list_is_folded_for_every_language_by_default() -> None:
    both = phrase_keys("occasions", "occasion_words")
    english = phrase_keys("occasions", "occasion_words", ("en",))
    vietnamese = phrase_keys("occasions", "occasion_words", ("vi",))
    assert both == english + vietnamese
    assert word_keys("inaugural") in english
    assert word_keys("khai mạc") in vietnamese


@pytest.mark.parametrize(
    ("statement", "count"),
    [
        ("Session after session, the opening session and the opening one", 4),
        ("Phiên họp rồi phiên khai mạc, phiên khai mạc thứ hai", 5),
        ("Phien hop roi phien khai mac, phien khai mac thu hai", 5),
    ],
)
def test_spans_are_each_start_of_each_phrase_in_the_lists_order(statement: str, count: int) -> None:
    # phrase_spans finds a phrase only where its first word stands (one lookup a phrase); it
    # must give what phrase_starts gives at every position, phrase by phrase: repeated words,
    # a phrase inside another, one running past the last word, an empty one
    lexicon = ("opening session", "session", "phiên khai mạc", "phiên", "khai mạc thứ hai ba", "")
    phrases = [word_keys(p) for p in lexicon]
    words = tokenize(statement).words()
    keys = [w for w, _, _ in words]
    every = [
        (words[i][1], words[i + len(p) - 1][2]) for p in phrases for i in phrase_starts(keys, p)
    ]
    assert phrase_spans(words, phrases) == every
    assert len(every) == count

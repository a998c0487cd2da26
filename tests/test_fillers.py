"""The words a statement leaves unread (issue 10, precision): a word no phrase of the
vocabulary or the lexicons reads, no number or date and no filler (`fillers` in each
`lexicon/<lang>/fillers.yaml`) is a detail the deciding claims must account for. The examples
there are the tests of that data."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.lexicon.index import LANGUAGES, fillers, glossed, glosses
from factdb.lexicon.index import load as load_lexicon
from factdb.text.tokens import word_keys

EXAMPLES = [
    pytest.param(example, id=f"{lang}:{example['text']}")
    for lang in LANGUAGES
    for example in load_lexicon(lang, "fillers").get("examples", [])
]
# Lexicon lists of words that narrow what is said: a filler must never be one of them.
NARROWING = ("only_words", "distributives", "exclusions", "event_orders", "cessations")


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def test_every_language_has_examples() -> None:
    for lang in LANGUAGES:
        assert load_lexicon(lang, "fillers").get("examples"), lang


@pytest.mark.parametrize("example", EXAMPLES)
def test_filler_examples(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        parsed = checker.parse(example["text"])
    assert parsed.to_dict()["unaccounted"] == example["loose"]


def test_no_filler_narrows_what_is_said() -> None:
    narrowing = {
        word_keys(str(w))
        for lang in LANGUAGES
        for kind in NARROWING
        for w in load_lexicon(lang, "statements").get(kind) or []
    }
    assert not fillers().folded & narrowing


def test_a_glossed_word_is_no_filler() -> None:
    """A word with glosses is a detail its claims' sources must say; as a filler it would be
    passed over everywhere."""
    for lang in LANGUAGES:
        assert not set(glosses(lang)) & fillers().folded, lang


def test_diacritics_keep_a_filler_apart_from_a_detail(checker: Checker) -> None:
    """'đã' (a past marker) is a filler; 'đá' (to kick) is not, though both fold to 'da'. A
    filler phrase is read whole: 'tư cách' (as) is one, 'tư vấn' (advised) holds no filler."""
    with checker.snapshot():
        accented = checker.parse("Tô Lâm đã đá bóng với Orbán").to_dict()
        phrase = checker.parse("Tô Lâm gặp Orbán với tư cách khách mời").to_dict()
        other = checker.parse("Tô Lâm tư vấn cho Orbán").to_dict()
    assert accented["unaccounted"] == ["đá", "bóng"]
    assert "tư" not in phrase["unaccounted"]
    assert other["unaccounted"][:2] == ["tư", "vấn"]


@pytest.mark.parametrize(
    ("word", "gloss"),
    [
        ("supporting", ("ung", "ho")),  # glossed in its base form, "support"
        ("supports", ("ung", "ho")),
        ("normalising", ("binh", "thuong", "hoa")),  # British spelling of "normalize"
        ("defences", ("quoc", "phong")),
        ("markets", ("thi", "truong")),
    ],
)
def test_a_gloss_covers_every_form_and_spelling_of_its_word(
    word: str, gloss: tuple[str, ...]
) -> None:
    assert gloss in glossed("en", (word,))


def test_a_form_of_an_unglossed_word_has_no_gloss() -> None:
    assert glossed("en", ("secretly",)) == ()
    assert glossed("vi", ("supporting",)) == ()  # Vietnamese does not inflect


def test_an_inflected_gloss_accounts_for_a_word_and_a_detail_still_blocks(
    checker: Checker,
) -> None:
    """'offering' is accounted for by 'offer' ("cấp" in the claim's source); 'in secret' is
    a detail no source says, which keeps the same statement from support."""
    with checker.snapshot():
        borne = checker.check(
            "Hungary will keep offering 200 scholarships a year to Vietnamese students"
        )
        secret = checker.check(
            "Hungary will keep offering 200 scholarships a year to Vietnamese students in secret"
        )
    assert borne.verdict == "supported"
    assert secret.verdict == "not_enough_info"
    assert "'secret'" in secret.explanation


def test_a_capitalised_filler_is_no_unknown_name(checker: Checker) -> None:
    """'The Ministry of Foreign Affairs announces that ...' names who reports, as 'the
    ministry' does; a capitalised word that is no filler is still a name nobody knows."""
    with checker.snapshot():
        framed = checker.parse(
            "The Ministry of Foreign Affairs announces that To Lam will visit the United States"
        )
        other = checker.parse("The Ministry of Trade Kerbala approved 400 million USD of ODA")
    assert framed.unknown_names == []
    assert "Kerbala" in other.unknown_names[0]


VERDICT_EXAMPLES = [
    pytest.param(example, id=f"{lang}:{kind}:{example['text']}")
    for lang in LANGUAGES
    for kind in ("compound_examples", "time_frame_examples", "present_opener_examples")
    for example in load_lexicon(lang, "fillers").get(kind, [])
]


@pytest.mark.parametrize("example", VERDICT_EXAMPLES)
def test_verdict_examples(checker: Checker, example: dict[str, Any]) -> None:
    """A compound ("Hạ viện", "lower house") is accounted for only where a deciding claim's
    sentence says it whole: the "viện" of "Thượng viện" does not say "Hạ viện". A time frame
    ("trong nam nay", "next month") holds no filler: the claims must say that time."""
    with checker.snapshot():
        assert checker.check(example["text"]).verdict == example["verdict"]

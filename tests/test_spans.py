"""The span finder: a quote must resolve to exactly one place, never a guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factdb.ingest.spans import Selector, SpanError, locate, occurrences

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = {
    p.name[:3]: p.read_bytes().decode("utf-8") for p in sorted((REPO_ROOT / "seeds").glob("*.txt"))
}
TEXT = "the cat sat on the mat; the cat ran. The end."


def test_unique_quote_resolves_to_its_offsets() -> None:
    assert locate(TEXT, Selector("sat on")) == (8, 14)
    assert TEXT[8:14] == "sat on"


def test_quote_at_the_very_start_and_end() -> None:
    assert locate(TEXT, Selector("the cat sat")) == (0, 11)
    assert locate(TEXT, Selector("end.")) == (len(TEXT) - 4, len(TEXT))


def test_missing_quote_is_an_error() -> None:
    with pytest.raises(SpanError, match="not found"):
        locate(TEXT, Selector("the dog"))


def test_quote_is_case_and_dash_sensitive() -> None:
    # Evidence is quoted exactly; folding is for matching statements, not for fixtures.
    with pytest.raises(SpanError, match="not found"):
        locate(TEXT, Selector("The cat sat"))
    text = SEEDS["004"]
    assert "18–20/2/2026" in text
    with pytest.raises(SpanError, match="not found"):
        locate(text, Selector("18-20/2/2026"))


def test_empty_quote_is_an_error() -> None:
    with pytest.raises(SpanError, match="empty"):
        locate(TEXT, Selector(""))


def test_ambiguous_quote_is_an_error_not_a_guess() -> None:
    with pytest.raises(SpanError, match=r"ambiguous: it occurs 2 times"):
        locate(TEXT, Selector("the cat"))


def test_ambiguous_quote_in_a_real_seed() -> None:
    text = SEEDS["004"]
    n = text.count("Tổng Bí thư Tô Lâm")
    assert n > 2
    with pytest.raises(SpanError, match=f"occurs {n} times"):
        locate(text, Selector("Tổng Bí thư Tô Lâm"))


def test_prefix_disambiguates() -> None:
    assert locate(TEXT, Selector("cat", prefix="; the ")) == (28, 31)


def test_prefix_that_still_matches_twice_is_ambiguous() -> None:
    with pytest.raises(SpanError, match="ambiguous"):
        locate(TEXT, Selector("cat", prefix="the "))


def test_prefix_must_end_right_before_the_quote() -> None:
    # "the" is before both cats, but not immediately before either.
    with pytest.raises(SpanError, match="prefix/suffix"):
        locate(TEXT, Selector("cat", prefix="the"))


def test_suffix_disambiguates() -> None:
    assert locate(TEXT, Selector("the cat", suffix=" ran")) == (24, 31)
    assert locate(TEXT, Selector("the cat", suffix=" sat")) == (0, 7)


def test_suffix_must_start_right_after_the_quote() -> None:
    with pytest.raises(SpanError, match="prefix/suffix"):
        locate(TEXT, Selector("the cat", suffix="ran"))


def test_prefix_and_suffix_together() -> None:
    assert locate(TEXT, Selector("the", prefix="on ", suffix=" mat")) == (15, 18)
    with pytest.raises(SpanError, match="prefix/suffix"):
        locate(TEXT, Selector("the", prefix="on ", suffix=" cat"))


def test_occurrence_picks_the_nth_match() -> None:
    assert locate(TEXT, Selector("the cat", occurrence=1)) == (0, 7)
    assert locate(TEXT, Selector("the cat", occurrence=2)) == (24, 31)


@pytest.mark.parametrize("n", [0, 3, -1])
def test_occurrence_out_of_range(n: int) -> None:
    with pytest.raises(SpanError, match="occurrence"):
        locate(TEXT, Selector("the cat", occurrence=n))


def test_occurrence_counts_among_matches_left_after_prefix() -> None:
    # "the " precedes three lowercase "the"s... only two of which are followed by " cat".
    text = "a the x. b the x. a the x."
    assert locate(text, Selector("the x", prefix="a ", occurrence=2)) == (20, 25)
    assert locate(text, Selector("the x", prefix="b ")) == (11, 16)
    with pytest.raises(SpanError, match="occurs 2 time"):
        locate(text, Selector("the x", prefix="a ", occurrence=3))


def test_overlapping_occurrences_are_counted() -> None:
    assert occurrences("aaaa", "aa") == [0, 1, 2]
    with pytest.raises(SpanError, match="occurs 3 times"):
        locate("aaaa", Selector("aa"))
    assert locate("aaaa", Selector("aa", occurrence=3)) == (2, 4)


def test_offsets_that_match_are_accepted() -> None:
    assert locate(TEXT, Selector("the cat", start=24, end=31)) == (24, 31)
    # Offsets alone disambiguate a quote that occurs twice.
    assert locate(TEXT, Selector("the cat", start=0, end=7)) == (0, 7)


@pytest.mark.parametrize(
    ("start", "end"),
    [(1, 8), (0, 6), (24, 30), (100, 107)],
)
def test_offsets_that_do_not_match_are_an_error(start: int, end: int) -> None:
    with pytest.raises(SpanError, match="offsets"):
        locate(TEXT, Selector("the cat", start=start, end=end))


def test_offsets_must_come_in_pairs() -> None:
    with pytest.raises(SpanError, match="both start and end"):
        locate(TEXT, Selector("the cat", start=0))
    with pytest.raises(SpanError, match="both start and end"):
        locate(TEXT, Selector("the cat", end=7))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (-4, None),  # text[-4:len] == "end." but -4 is not a code-point offset
        (-4, -4 + 1000),  # slicing past the end truncates silently
        (len(TEXT) - 4, len(TEXT) + 10),
    ],
)
def test_offsets_outside_the_text_are_an_error(start: int, end: int | None) -> None:
    end = len(TEXT) if end is None else end
    assert TEXT[start:end] == "end."  # Python slicing would "match"...
    with pytest.raises(SpanError):  # ...but these are not offsets of the quote in the text
        locate(TEXT, Selector("end.", start=start, end=end))


def test_offsets_contradicting_the_prefix_are_an_error() -> None:
    with pytest.raises(SpanError):
        locate(TEXT, Selector("the cat", prefix="; ", start=0, end=7))


def test_real_seed_prefix_picks_the_second_mention() -> None:
    text = SEEDS["004"]
    quote = "Thủ tướng Hungary Viktor Orbán"
    first, second = occurrences(text, quote)
    assert locate(text, Selector(quote, occurrence=1)) == (first, first + len(quote))
    assert locate(text, Selector(quote, prefix="Tại cuộc gặp ")) == (second, second + len(quote))
    assert locate(text, Selector(quote, suffix=", hai nhà")) == (second, second + len(quote))


def test_offsets_are_code_points_not_bytes() -> None:
    text = "Tô Lâm gặp Orbán"
    assert locate(text, Selector("Orbán")) == (11, 16)
    assert len(text.encode("utf-8")) > len(text)


# --- property: any span of a real seed round-trips -----------------------------------------


@st.composite
def seed_spans(draw: st.DrawFn) -> tuple[str, int, int]:
    name = draw(st.sampled_from(sorted(SEEDS)))
    text = SEEDS[name]
    start = draw(st.integers(0, len(text) - 1))
    length = draw(st.integers(1, min(80, len(text) - start)))
    return name, start, start + length


def _oracle(text: str, quote: str, prefix: str | None, suffix: str | None) -> list[int]:
    """Every start of `quote` with the given context, by brute force over all positions."""
    return [
        i
        for i in range(len(text))
        if text[i : i + len(quote)] == quote
        and (prefix is None or (i >= len(prefix) and text[i - len(prefix) : i] == prefix))
        and (suffix is None or text[i + len(quote) : i + len(quote) + len(suffix)] == suffix)
    ]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed_spans(),
    st.one_of(st.none(), st.integers(0, 40)),
    st.one_of(st.none(), st.integers(0, 40)),
    st.booleans(),
)
def test_random_seed_spans_round_trip(
    span: tuple[str, int, int], pre: int | None, suf: int | None, always_occurrence: bool
) -> None:
    """A curator quoting text[start:end] with some prefix/suffix, and an occurrence number only
    when still needed, gets back exactly (start, end)."""
    name, start, end = span
    text = SEEDS[name]
    quote = text[start:end]
    prefix = None if pre is None else text[max(0, start - pre) : start]
    suffix = None if suf is None else text[end : end + suf]
    matches = _oracle(text, quote, prefix, suffix)
    assert start in matches
    occurrence = matches.index(start) + 1 if always_occurrence or len(matches) > 1 else None
    sel = Selector(quote, prefix, suffix, occurrence)
    assert locate(text, sel) == (start, end)
    if len(matches) > 1:
        # Without the occurrence number the same selector is ambiguous, never a guess.
        with pytest.raises(SpanError, match="ambiguous"):
            locate(text, Selector(quote, prefix, suffix))


@settings(max_examples=100, deadline=None)
@given(seed_spans())
def test_random_seed_offsets_round_trip(span: tuple[str, int, int]) -> None:
    name, start, end = span
    text = SEEDS[name]
    assert locate(text, Selector(text[start:end], start=start, end=end)) == (start, end)
    if end < len(text):  # off by one: the slice no longer holds the quote (unless periodic)
        shifted = text[start + 1 : end + 1]
        assume(shifted != text[start:end])
        with pytest.raises(SpanError, match="offsets"):
            locate(text, Selector(text[start:end], start=start + 1, end=end + 1))


@settings(max_examples=100, deadline=None)
@given(seed_spans())
def test_random_unique_quotes_need_no_help(span: tuple[str, int, int]) -> None:
    name, start, end = span
    text = SEEDS[name]
    quote = text[start:end]
    n = len(_oracle(text, quote, None, None))
    if n == 1:
        assert locate(text, Selector(quote)) == (start, end)
    else:
        with pytest.raises(SpanError, match=f"occurs {n} times"):
            locate(text, Selector(quote))

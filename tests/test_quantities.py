"""factdb.extract.quantities: example corpora of every language, and properties of the reader."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.quantities import Quantity, find_quantities
from factdb.lexicon.index import LANGUAGES, examples

CASES = [
    pytest.param(example, id=f"{lang}-{n}-{example['text']}")
    for lang in LANGUAGES
    for n, example in enumerate(examples(lang))
]


def _num(value: Any) -> float | None:
    return None if value is None else float(f"{float(value):.12g}")


def _found(q: Quantity, keys: set[str]) -> dict[str, Any]:
    got = {
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "low_open": q.low_open,
        "high_open": q.high_open,
        "unit": q.unit,
        "comparator": q.comparator,
        "ambiguous": q.ambiguous,
        "text": q.text,
    }
    return {k: v for k, v in got.items() if k != "text" or "text" in keys}


def _wanted(item: dict[str, Any]) -> dict[str, Any]:
    value = _num(item["value"])
    want = {
        "value": value,
        "low": _num(item["low"]) if "low" in item else value,
        "high": _num(item["high"]) if "high" in item else value,
        "low_open": item.get("low_open", False),
        "high_open": item.get("high_open", False),
        "unit": item.get("unit"),
        "comparator": item.get("comparator"),
        "ambiguous": item.get("ambiguous", False),
    }
    if "text" in item:
        want["text"] = item["text"]
    return want


@pytest.mark.parametrize("example", CASES)
def test_example(example: dict[str, Any]) -> None:
    found = find_quantities(example["text"])
    wanted = [_wanted(item) for item in example.get("quantities", [])]
    assert [_found(q, set(w)) for q, w in zip(found, wanted, strict=False)] == wanted
    assert len(found) == len(wanted), [q.text for q in found]


def test_equivalent_amounts() -> None:
    texts = [
        "400 triệu USD",
        "0,4 tỷ USD",
        "400 million USD",
        "US$400m",
        "400,000,000 USD",
        "400.000.000 USD",
        "0,4 ty USD",
    ]
    for text in texts:
        (q,) = find_quantities(text)
        assert (q.value, q.unit, q.low, q.high) == (4e8, "USD", 4e8, 4e8), text


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([",", "."]))
def test_grouped_digits_round_trip(n: int, sep: str) -> None:
    text = _grouped(n, sep)  # "1,234,567" or "1.234.567"; below 1000 no separator at all
    assert [q.value for q in find_quantities(text)] == [n], text


SCALES = [
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("triệu", 1e6),
    ("trieu", 1e6),
    ("tỷ", 1e9),
    ("ty", 1e9),
    ("tỉ", 1e9),
    ("bn", 1e9),
]


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(SCALES),
    st.sampled_from([",", "."]),
)
def test_scaled_decimals_round_trip(
    whole: int, part: int, scale: tuple[str, float], mark: str
) -> None:
    """ "1,5 tỷ" and "1.5 billion": a decimal mark before one or two digits, then a scale."""
    word, factor = scale
    text = f"{whole}{mark}{part:02d} {word}" if part else f"{whole} {word}"
    (q,) = find_quantities(text)
    assert q.value == pytest.approx((whole + (part / 100 if part else 0)) * factor), text


@given(
    st.integers(min_value=1, max_value=999_999_999),
    st.sampled_from([",", "."]),
    st.sampled_from(["USD", "đồng", "VND", "dollars", "%", "người", "people"]),
)
def test_amount_with_unit_round_trip(n: int, sep: str, unit: str) -> None:
    (q,) = find_quantities(f"{_grouped(n, sep)} {unit}")
    assert q.value == n and q.unit is not None


VOCAB = [
    "1",
    "19",
    "2025",
    "1,5",
    "0,4",
    "1.000",
    "/",
    "-",
    "–",
    ",",
    ".",
    "%",
    "$",
    "US$",
    "(",
    ")",
    "tỷ",
    "ty",
    "triệu",
    "million",
    "bn",
    "m",
    "k",
    "USD",
    "đồng",
    "đô",
    "hơn",
    "more",
    "than",
    "khoảng",
    "about",
    "nearly",
    "gần",
    "từ",
    "đến",
    "between",
    "and",
    "và",
    "năm",
    "tháng",
    "ngày",
    "hai",
    "mươi",
    "mười",
    "lăm",
    "trăm",
    "linh",
    "one",
    "twenty",
    "hundred",
    "a",
    "few",
    "hàng",
    "thứ",
    "lớn",
    "nhất",
    "first",
    "top",
    "second",
    "largest",
    "of",
    "phần",
    "per",
    "cent",
    "February",
    "May",
    "in",
    "mid",
    "đầu",
    "quý",
    "rưỡi",
    "and a half",
    "point",
    "phẩy",
    "\u200f",
    "\x00",
    "\u0301",
    "e\u0301",
    "İ",
]


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(),
        st.lists(st.sampled_from(VOCAB), max_size=25).map(lambda words: " ".join(words)),
        st.lists(st.sampled_from(VOCAB), max_size=25).map("".join),
    )
)
def test_never_raises_and_spans_are_consistent(text: str) -> None:
    found = find_quantities(text)
    previous_end = 0
    for q in found:
        assert text[q.start : q.end] == q.text
        assert previous_end <= q.start < q.end
        previous_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.low is not None:
            assert q.low <= q.value or q.comparator in ("gt", "ge") or q.unit == "rank"


@pytest.mark.parametrize(
    "text",
    [
        "1,1" * 100_000,
        "1." * 100_000,
        "- " * 100_000,
        "hai " * 50_000,
        "twenty-" * 50_000,
        "nghìn " * 50_000,
        "$" * 100_000,
        "19/2/" * 50_000,
        "\u202e\u0301" * 100_000,
        "ít nhất cũng đạt " * 25_000,
        "passed the " * 40_000,
        "half a " * 40_000,
    ],
)
def test_long_inputs_take_linear_time(text: str) -> None:
    started = time.process_time()
    find_quantities(text)
    assert time.process_time() - started < 10


def _statements() -> list[str]:
    """Every example text and every labelled statement: words that begin number and date
    phrases ("the end of", "thứ hai") and the same words in other phrases ("the President",
    "Bí thư")."""
    import yaml
    from conftest import REPO_ROOT

    texts = [e["text"] for lang in LANGUAGES for e in examples(lang)]
    labelled = yaml.safe_load(
        (REPO_ROOT / "fixtures" / "statements" / "labelled.yaml").read_text(encoding="utf-8")
    )
    return texts + [item["text"] for item in labelled["statements"]]


def test_a_text_the_start_phrases_pass_over_holds_no_number_and_no_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """dates.may_start decides from the kept start phrases alone (no index read) that a text
    holds none: the scanners, run on every text regardless, find the same in each."""
    from factdb.extract import dates

    texts = _statements()

    def found() -> list[str]:
        dates._raw_dates.cache_clear()
        return [repr((find_quantities(t), dates.find_dates(t))) for t in texts]

    gated = found()
    monkeypatch.setattr(dates, "may_start", lambda toks, starts: True)
    assert found() == gated
    # and the gate does pass over most English statements' "the" and Vietnamese "thư"
    assert not dates.find_dates("Hun Manet is the Prime Minister of Cambodia.")

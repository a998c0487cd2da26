"""factdb.extract.dates: the example corpora of every language, and properties of the reader."""

from __future__ import annotations

import datetime
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.dates import DateSpan, find_dates
from factdb.lexicon.index import LANGUAGES, examples
from factdb.text.fold import fold, nfc
from factdb.text.tokens import fold_fast

CASES = [
    pytest.param(example, id=f"{lang}-{n}-{example['text']}")
    for lang in LANGUAGES
    for n, example in enumerate(examples(lang))
]


def _found(span: DateSpan, keys: set[str]) -> dict[str, Any]:
    got = {
        "first": span.first,
        "last": span.last,
        "grain": span.grain,
        "year_known": span.year_known,
        "text": span.text,
    }
    return {k: v for k, v in got.items() if k != "text" or "text" in keys}


def _wanted(item: dict[str, Any]) -> dict[str, Any]:
    want = {
        "first": item["first"],
        "last": item["last"],
        "grain": item["grain"],
        "year_known": item.get("year_known", True),
    }
    if "text" in item:
        want["text"] = item["text"]
    return want


@pytest.mark.parametrize("example", CASES)
def test_example(example: dict[str, Any]) -> None:
    found = find_dates(str(example["text"]), example.get("ref"))
    wanted = [_wanted(item) for item in example.get("dates", [])]
    assert [_found(d, set(w)) for d, w in zip(found, wanted, strict=False)] == wanted
    assert len(found) == len(wanted), [d.text for d in found]


@given(
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
    st.sampled_from(
        [
            "{d}/{m}/{y}",
            "{d}-{m}-{y}",
            "{d:02d}/{m:02d}/{y}",
            "{y}-{m:02d}-{d:02d}",
            "ngày {d} tháng {m} năm {y}",
            "{d} {month} {y}",
            "{month} {d}, {y}",
            "Thứ năm, {d}/{m}/{y}, 11:52 (GMT+7)",
        ]
    ),
)
def test_written_days_round_trip(day: datetime.date, pattern: str) -> None:
    month = day.strftime("%B")
    text = pattern.format(d=day.day, m=day.month, y=day.year, month=month)
    (span,) = find_dates(text)
    assert (span.first, span.last, span.grain, span.year_known) == (day, day, "day", True)
    assert span.text == text


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1900, max_value=2100),
    st.sampled_from(["tháng {m}/{y}", "{m}/{y}", "tháng {m} năm {y}", "{month} {y}"]),
)
def test_written_months_round_trip(month: int, year: int, pattern: str) -> None:
    name = datetime.date(2000, month, 1).strftime("%B")
    (span,) = find_dates(pattern.format(m=month, y=year, month=name))
    assert (span.first, span.grain) == (datetime.date(year, month, 1), "month")
    assert span.last.month == month and (span.last + datetime.timedelta(days=1)).day == 1


@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.dates(min_value=datetime.date(1901, 1, 1), max_value=datetime.date(2099, 12, 31)),
)
def test_missing_year_comes_from_ref(day: int, month: int, ref: datetime.date) -> None:
    (span,) = find_dates(f"ngày {day}/{month}", ref)
    assert span.first == datetime.date(ref.year, month, day) and span.year_known
    (span,) = find_dates(f"ngày {day}/{month}")
    assert (span.first.month, span.first.day, span.year_known) == (month, day, False)


VOCAB = [
    "19",
    "2",
    "2026",
    "/",
    "-",
    "–",
    ",",
    ".",
    ":",
    "11:52",
    "(GMT+7)",
    "ngày",
    "tháng",
    "năm",
    "từ",
    "đến",
    "thứ",
    "Thứ năm",
    "February",
    "Feb",
    "Sept.",
    "mid",
    "early",
    "đầu",
    "cuối",
    "quý",
    "Q1",
    "first",
    "half",
    "of",
    "the",
    "to",
    "between",
    "and",
    "in",
    "May",
    "on",
    "\u200f",
    "\x00",
    "\u0301",
    "İ",
]


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(),
        st.lists(st.sampled_from(VOCAB), max_size=25).map(" ".join),
        st.lists(st.sampled_from(VOCAB), max_size=25).map("".join),
    ),
    st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_spans_are_consistent(text: str, ref: datetime.date | None) -> None:
    previous_end = 0
    for span in find_dates(text, ref):
        assert text[span.start : span.end] == span.text
        assert previous_end <= span.start < span.end
        previous_end = span.end
        assert span.first <= span.last
        assert span.grain in ("day", "month_part", "month", "quarter", "year", "range")


@given(st.text())
def test_fast_fold_is_fold(text: str) -> None:
    text = nfc(text)
    assert fold_fast(text) == fold(text)


def test_decomposed_text_keeps_offsets() -> None:
    text = "nga\u0300y 19/2/2026"  # "ngày" with a combining grave accent
    (span,) = find_dates(text)
    assert text[span.start : span.end] == span.text == text
    assert span.first == datetime.date(2026, 2, 19)


@pytest.mark.parametrize(
    "text",
    [
        "19/2/" * 50_000,
        "ngày tháng năm " * 30_000,
        "từ 18 - " * 40_000,
        "2020-" * 50_000,
        "\u0301" * 200_000,
    ],
)
def test_long_inputs_take_linear_time(text: str) -> None:
    started = time.process_time()
    find_dates(text)
    assert time.process_time() - started < 10

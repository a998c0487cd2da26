"""factdb.store.intervals.describe: the wording reasons and listings use for a value."""

from __future__ import annotations

import pytest

from factdb.store.intervals import Interval, describe


@pytest.mark.parametrize(
    ("interval", "unit", "words"),
    [
        (Interval(4e8, 4e8, False, False), "USD", "400,000,000 USD"),
        (Interval(300, 300, False, False), "scholarship", "300 scholarships"),
        (Interval(1, 1, False, False), "year", "1 year"),
        (Interval(50, 50, False, False), "year", "50 years"),
        (Interval(2, 2, False, False), "person", "2 people"),
        (Interval(3, 3, False, False), "rank", "rank 3"),
        (Interval(1e9, None, True, False), "USD", "more than 1,000,000,000 USD"),
        (Interval(None, 1e9, False, False), "USD", "at most 1,000,000,000 USD"),
        (Interval(5, 7, False, False), "percent", "between 5 % and 7 %"),
        (Interval(0.9, 1, False, True), None, "at least 0.9 and less than 1"),
    ],
)
def test_describe(interval: Interval, unit: str | None, words: str) -> None:
    assert describe(interval, unit) == words

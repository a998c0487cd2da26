"""Numeric intervals with open/closed ends, the common form of every value factdb compares.

"vượt mốc 1 tỷ USD" is (1e9, ∞); "400 triệu USD" is [4e8, 4e8]. A statement is entailed by a claim
when the claim's interval lies inside the statement's, and conflicts with it when they are disjoint.
"""

from __future__ import annotations

import datetime as dt
import math

from factdb.records import dataclass


@dataclass(frozen=True)
class Interval:
    low: float | None  # None: unbounded
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def exact(cls, value: float) -> Interval:
        return cls(value, value)

    @classmethod
    def of_value(
        cls, low: float | None, high: float | None, low_open: bool, high_open: bool
    ) -> Interval | None:
        """A stored value's interval (the value columns of a claim), or None when it has none."""
        if low is None and high is None:
            return None
        return cls(low, high, bool(low_open), bool(high_open))

    def _lo(self) -> float:
        return -math.inf if self.low is None else self.low

    def _hi(self) -> float:
        return math.inf if self.high is None else self.high

    def contains(self, other: Interval) -> bool:
        """Every point of `other` is in `self`."""
        lo_ok = self._lo() < other._lo() or (
            self._lo() == other._lo() and (not self.low_open or other.low_open)
        )
        hi_ok = self._hi() > other._hi() or (
            self._hi() == other._hi() and (not self.high_open or other.high_open)
        )
        return lo_ok and hi_ok

    def disjoint(self, other: Interval) -> bool:
        if self._hi() < other._lo() or other._hi() < self._lo():
            return True
        if self._hi() == other._lo():
            return self.high_open or other.low_open
        if other._hi() == self._lo():
            return other.high_open or self.low_open
        return False

    def to_dict(self) -> dict[str, float | bool | None]:
        return {
            "low": self.low,
            "high": self.high,
            "low_open": self.low_open,
            "high_open": self.high_open,
        }


def format_number(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}"


# Units whose id is a lower-case English noun are counted with it ("300 scholarships", "1 year");
# the plural is regular but for these. Currency codes and % read as they are written.
_IRREGULAR_PLURALS = {"person": "people"}
_SYMBOLS = {"percent": "%"}


def _quantity(number: float, unit: str | None) -> str:
    text = format_number(number)
    if not unit:
        return text
    if unit == "rank":
        return f"rank {text}"
    if unit in _SYMBOLS:
        return f"{text} {_SYMBOLS[unit]}"
    if unit.islower() and number != 1:
        unit = _IRREGULAR_PLURALS.get(unit, unit + "s")
    return f"{text} {unit}"


def describe(interval: Interval, unit: str | None) -> str:
    """Human wording: '400,000,000 USD', 'more than 1,000,000,000 USD', '300 scholarships',
    'rank 3', 'between 5 % and 7 %', 'at least 0.9 and less than 1 USD'."""
    low, high = interval.low, interval.high
    if low is not None and low == high:
        return _quantity(low, unit)
    if high is None and low is not None:
        return ("more than " if interval.low_open else "at least ") + _quantity(low, unit)
    if low is None and high is not None:
        return ("less than " if interval.high_open else "at most ") + _quantity(high, unit)
    if low is None or high is None:
        return "any value" + (f" in {unit}" if unit else "")
    if not interval.low_open and not interval.high_open:
        return f"between {_quantity(low, unit)} and {_quantity(high, unit)}"
    above = "more than" if interval.low_open else "at least"
    below = "less than" if interval.high_open else "at most"
    return f"{above} {_quantity(low, unit)} and {below} {_quantity(high, unit)}"


def describe_time(
    start: dt.date | None, end: dt.date | None, grain: str | None, prose: bool = False
) -> str:
    """A claim's time at its granularity: '2025', '2023-09', '2026-02-18..2026-02-20', or with
    `prose` 'September 2023', '18 February 2026 to 20 February 2026' for reasons. Describing a
    value (describe) and a time is wording, kept together here for every layer that writes it."""
    if start is None or end is None:
        return ""
    if start == dt.date.min:
        return f"before {end + dt.timedelta(days=1)}"
    if grain == "year":
        return str(start.year)
    day, month = ("%-d %B %Y", "%B %Y") if prose else ("%Y-%m-%d", "%Y-%m")
    if grain == "since_month":  # a series from a month on, its first occasion in that month
        return f"from {start.strftime(month)}" if prose else f"{start.strftime(month)}.."
    if grain == "month":
        return start.strftime(month)
    if start == end:
        return start.strftime(day)
    return f"{start.strftime(day)}{' to ' if prose else '..'}{end.strftime(day)}"


def time_phrase(start: dt.date | None, end: dt.date | None, grain: str | None) -> str:
    """A claim's time as reasons put it after the claim: 'on 19 February 2026', 'in September
    2023', 'from 18 February 2026 to 20 February 2026', 'before 2026-02-20' (held at some time
    before then), or '' when it has none."""
    text = describe_time(start, end, grain, prose=True)
    if not text or start == dt.date.min or grain == "since_month":
        return text
    if start == end:
        return f"on {text}"
    return f"in {text}" if grain in ("month", "year") else f"from {text}"

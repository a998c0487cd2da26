"""Numeric intervals with open/closed ends, the common form of every value factdb compares.

"vượt mốc 1 tỷ USD" is (1e9, ∞); "400 triệu USD" is [4e8, 4e8]. A statement is entailed by a claim
when the claim's interval lies inside the statement's, and conflicts with it when they are disjoint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    low: float | None  # None: unbounded
    high: float | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def exact(cls, value: float) -> Interval:
        return cls(value, value)

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


def describe(interval: Interval, unit: str | None) -> str:
    """Human wording: '400,000,000 USD', 'more than 1,000,000,000 USD', 'between 5 and 7 %'."""
    suffix = f" {unit}" if unit else ""
    low, high = interval.low, interval.high
    if low is not None and low == high:
        return format_number(low) + suffix
    if high is None and low is not None:
        return ("more than " if interval.low_open else "at least ") + format_number(low) + suffix
    if low is None and high is not None:
        return ("less than " if interval.high_open else "at most ") + format_number(high) + suffix
    if low is None and high is None:
        return "any value" + suffix
    lo_b = "(" if interval.low_open else "["
    hi_b = ")" if interval.high_open else "]"
    return f"{lo_b}{format_number(low)}, {format_number(high)}{hi_b}{suffix}"  # type: ignore[arg-type]

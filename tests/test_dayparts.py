"""The part of the day a statement gives against the one the claim's source gives
(factdb.check.dayparts.compare): borne out, refuted only in the source's own zone, else open."""

from __future__ import annotations

import pytest

from factdb.check.dayparts import CLOCK, DayPart, compare

CAPITALS = {"washington-dc": "united-states"}
LOCAL = frozenset()
MORNING_LOCAL = DayPart("morning", "sáng", LOCAL)  # "sáng 19/2 (giờ địa phương)"


def said(part: str, zone: frozenset[str] | None = None) -> DayPart:
    return DayPart(part, part, zone)


@pytest.mark.parametrize(
    ("statement", "rule"),
    [
        (said("morning"), "same"),  # "Sáng 19/2, Tô Lâm gặp …"
        (said("evening"), "open"),  # no zone: a Washington morning is a Hanoi evening
        (said("morning", LOCAL), "same"),
        (said("evening", LOCAL), "other"),
        (said("evening", frozenset({"washington-dc"})), "other"),  # "Washington time"
        (said("evening", frozenset({"united-states"})), "other"),  # "US time": its country
        (said("morning", frozenset({"hanoi"})), "open"),  # another zone
        (said(CLOCK, LOCAL), "open"),  # "8pm": no part to compare
    ],
)
def test_compare(statement: DayPart, rule: str) -> None:
    assert compare(statement, MORNING_LOCAL, "washington-dc", CAPITALS) == rule


def test_a_source_without_a_part_of_the_day_leaves_it_open() -> None:
    assert compare(said("morning", LOCAL), None, "washington-dc", CAPITALS) == "open"
    unzoned = DayPart("morning", "sáng", None)
    assert compare(said("evening", LOCAL), unzoned, "washington-dc", CAPITALS) == "open"

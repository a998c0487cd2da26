"""The part of the day a statement gives against the one the claim's source gives
(factdb.check.dayparts.compare): borne out, refuted only in the source's own zone, else open."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.dayparts import CLOCK, DayPart, compare
from factdb.extract.dates import DateSpan

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


# Across zones (factdb/lexicon/world/zones.yaml): the source's morning of 19 February 2026 in
# Washington (EST, UTC-5) is the evening of the 19th in Hanoi (UTC+7).
FEB_19 = dt.date(2026, 2, 19)


def on(day: int) -> tuple[DateSpan, dt.date]:
    span = DateSpan(f"{day}/2", 0, 4, dt.date(2026, 2, day), dt.date(2026, 2, day), "day", True)
    return span, FEB_19


HANOI = frozenset({"hanoi"})


@pytest.mark.parametrize(
    ("statement", "day", "lang", "rule"),
    [
        (said("evening", HANOI), 19, "vi", "same"),  # "tối 19/2 giờ Hà Nội"
        (said("morning", HANOI), 19, "vi", "other"),  # the evening of the 18th in Washington
        (said("morning", HANOI), 20, "en", "other"),  # "the morning of Feb 20, Hanoi time"
        (said("night", HANOI), 19, "vi", "open"),  # shares Washington's morning in part
        (said("afternoon"), 19, "vi", "other"),  # "chiều 19/2": another part on either clock
        (said("evening"), 19, "vi", "open"),  # "tối 19/2": Hanoi's evening is the morning
        (said("evening"), 19, "en", "open"),  # an English text names no clock of its own
        (said("morning", frozenset({"united-states"})), 19, "en", "same"),  # "US time": no clock
    ],
)
def test_across_zones(statement: DayPart, day: int, lang: str, rule: str) -> None:
    assert compare(statement, MORNING_LOCAL, "washington-dc", CAPITALS, on(day), lang) == rule


def test_a_place_without_a_clock_leaves_it_open() -> None:
    assert (
        compare(said("morning", HANOI), MORNING_LOCAL, "geneva", CAPITALS, on(19), "vi") == "open"
    )

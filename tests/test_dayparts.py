"""The part of the day a statement gives against the one the claim's source gives
(factdb.check.dayparts.compare): borne out, refuted only in the source's own zone, else open."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from factdb.check.checker import Checker
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
        (said("evening"), 19, "en", "open"),  # in English too: Hanoi's evening is that morning
        (said("afternoon"), 19, "en", "other"),  # another part on either clock
        (said("morning", frozenset({"united-states"})), 19, "en", "same"),  # "US time": no clock
    ],
)
def test_across_zones(statement: DayPart, day: int, lang: str, rule: str) -> None:
    assert compare(statement, MORNING_LOCAL, "washington-dc", CAPITALS, on(day), lang) == rule


def test_a_place_without_a_clock_leaves_it_open() -> None:
    assert (
        compare(said("morning", HANOI), MORNING_LOCAL, "geneva", CAPITALS, on(19), "vi") == "open"
    )


def test_the_first_hours_of_a_part_have_their_own() -> None:
    """'rạng sáng 20/2 giờ Hà Nội' (before 7) may be the afternoon of the 19th in Washington."""
    afternoon = DayPart("afternoon", "Chiều", LOCAL)  # "Chiều 19/2 (giờ địa phương)"
    dawn = DayPart("morning", "Rạng sáng", HANOI)
    morning = DayPart("morning", "Sáng", HANOI)
    assert compare(dawn, afternoon, "washington-dc", CAPITALS, on(20), "vi") != "other"
    # "sáng 20/2 giờ Hà Nội" may be those hours too ("5 giờ sáng": zones.yaml `reach`): open,
    # never refuted; an evening there is hours apart from them
    assert compare(morning, afternoon, "washington-dc", CAPITALS, on(20), "vi") == "open"
    evening = DayPart("evening", "Tối", HANOI)
    assert compare(evening, afternoon, "washington-dc", CAPITALS, on(20), "vi") == "other"


def test_a_call_during_a_summit_keeps_the_summit_s_clock(real_checker: Checker) -> None:
    """The Leahy call has no place of its own; its occasion, the Board of Peace meeting, was
    held in Washington, whose afternoon of 19 February its source gives."""
    assert real_checker.check("Tô Lâm điện đàm với cựu TNS Leahy sáng 19/2.").verdict == (
        "contradicted"
    )
    assert real_checker.check("Tô Lâm điện đàm với cựu TNS Leahy chiều 19/2.").verdict == (
        "supported"
    )


def test_zones_do_not_depend_on_the_systems_data() -> None:
    """Without a system time zone database (Windows, slim containers) the zones come from the
    tzdata package, a dependency: the same statement gets the same verdict on any machine."""
    from factdb.check import dayparts

    try:
        zoneinfo.reset_tzpath(to=[])
        zoneinfo.ZoneInfo.clear_cache()
        assert dayparts._zone("Asia/Ho_Chi_Minh") is not None
        assert dayparts._zone("America/New_York") is not None
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()

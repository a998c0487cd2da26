"""One placing of a statement's date against a claim's days (factdb.extract.dates): a date
without a year in the year the days begin in (placed_in_year, the year step), a day of an unsaid
month in their month where they lie in one (placed_days). world, windows, later, elsewhere,
dayparts and rules each wrote the year step out by hand; they now call these, and where a site
places less on purpose (no day of an unsaid month: world.before_the_first, windows.misdated,
elsewhere._inside, later._within_date) that is pinned here, in English, Vietnamese and
Vietnamese without diacritics."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.dayparts import day_said
from factdb.check.windows import misdated
from factdb.extract.dates import DateSpan, find_dates, placed_days, placed_in_year
from factdb.records import replace

D = dt.date
FEB = (D(2026, 2, 18), D(2026, 2, 20))  # a stay of three days in one month
ACROSS = (D(2026, 1, 30), D(2026, 2, 2))  # days across two months


def _date(text: str) -> DateSpan:
    [date] = find_dates(text)
    return date


@pytest.mark.parametrize(
    ("text", "days", "placed"),
    [
        # a date without a year: in the year the days begin in
        ("on Feb 19", FEB, (D(2026, 2, 19), D(2026, 2, 19))),
        ("ngày 19/2", FEB, (D(2026, 2, 19), D(2026, 2, 19))),
        ("ngay 19/2", FEB, (D(2026, 2, 19), D(2026, 2, 19))),
        ("ngày 18-20/2", FEB, FEB),
        # a date with its year keeps it, whatever the days
        ("on Feb 19, 2025", FEB, (D(2025, 2, 19), D(2025, 2, 19))),
        ("ngày 19/2/2025", FEB, (D(2025, 2, 19), D(2025, 2, 19))),
        ("ngay 19/2/2025", FEB, (D(2025, 2, 19), D(2025, 2, 19))),
        # a day of an unsaid month: in the days' month, where they lie in one
        ("on the 19th", FEB, (D(2026, 2, 19), D(2026, 2, 19))),
        ("hôm 19", FEB, (D(2026, 2, 19), D(2026, 2, 19))),
        ("hom 19", FEB, (D(2026, 2, 19), D(2026, 2, 19))),
        # traps: which month is meant is unknown, or the year has no such day
        ("on the 31st", ACROSS, None),
        ("hôm 31", ACROSS, None),
        ("hom 31", ACROSS, None),
        ("on Feb 29", FEB, None),
        ("ngày 29/2", FEB, None),
        ("ngay 29/2", FEB, None),
    ],
)
def test_placed_days(text: str, days: tuple[D, D], placed: tuple[D, D] | None) -> None:
    assert placed_days(_date(text), days) == placed


@pytest.mark.parametrize("text", ["on the 19th", "hôm 19", "hom 19"])
def test_the_year_step_places_no_day_of_an_unsaid_month(text: str) -> None:
    # the sites that keep such a day unplaced (it may be of another month) rely on this
    assert placed_in_year(_date(text), 2026) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Feb 19", D(2026, 2, 19)),
        ("ngày 19/2", D(2026, 2, 19)),
        ("ngay 19/2", D(2026, 2, 19)),
        ("on the 19th", D(2026, 2, 19)),
        ("hôm 19", D(2026, 2, 19)),
        ("hom 19", D(2026, 2, 19)),
        ("on Feb 19, 2025", D(2025, 2, 19)),
        ("on the 30th", None),  # February has none
        ("hôm 30", None),
        ("hom 30", None),
    ],
)
def test_day_said_places_as_placed_days(text: str, day: D | None) -> None:
    assert day_said(_date(text), D(2026, 2, 18)) == day


class _Claim:
    """The two fields misdated reads of a claim."""

    def __init__(self, start: D, end: D) -> None:
        self.time_start, self.time_end = start, end


CALL = _Claim(D(2026, 2, 18), D(2026, 2, 18))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Feb. 17", True),
        ("ngày 17/2", True),
        ("ngay 17/2", True),
        ("in 2016", False),  # another year may be another call
        ("năm 2016", False),
        ("nam 2016", False),
        # traps: "on the 17th" may be of another month, and another call
        ("on the 17th", False),
        ("hôm 17", False),
        ("hom 17", False),
    ],
)
def test_misdated_places_no_day_of_an_unsaid_month(text: str, expected: bool) -> None:
    assert misdated(_date(text), CALL) is expected  # type: ignore[arg-type]


def test_a_year_less_range_keeps_its_span() -> None:
    # a range read across a year's end keeps its years when placed
    date = replace(_date("ngày 18-20/2"), first=D(1, 12, 30), last=D(2, 1, 2))
    assert placed_in_year(date, 2026) == (D(2025, 12, 30), D(2026, 1, 2))

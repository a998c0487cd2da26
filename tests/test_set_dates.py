"""Whether a claim's days lie in the statement's dates, as the set passes ask it (a title said of
every one met on a date, a date said of all three acts: factdb.check.quantifiers): one test,
rules.on_dates, which places a date as every other path of the checker does (dates.placed_days:
a date without a year in the claim's year, a day of an unsaid month in the claim's month where
its days lie in one), the claim's days inside the statement's.

Before, the set passes compared a year-less date by its month and day alone: "on the 18th"
("hôm 18") fell on the placeholder January, so every call of 18 February lay outside it and
"All three of Lam's calls ... took place on the 18th" was refuted by the call of the 18th
rather than by the one of the 19th; "in February" ended on the 28th of a common year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, on_dates
from factdb.extract.dates import find_dates
from tests.builders import claim_view

FEB_18 = (dt.date(2026, 2, 18), dt.date(2026, 2, 18))
FEB_19 = (dt.date(2026, 2, 19), dt.date(2026, 2, 19))

# (the statement's date, the claim's first and last days, whether they lie in it): each wording
# in English, Vietnamese and Vietnamese without diacritics.
ON_DATES = [
    *[(said, FEB_19, True) for said in ("on Feb 19", "ngày 19/2", "ngay 19/2")],
    *[(said, FEB_18, False) for said in ("on Feb 19", "ngày 19/2", "ngay 19/2")],
    # a day of an unsaid month, placed in the claim's month
    *[(said, FEB_19, True) for said in ("on the 19th", "hôm 19", "hom 19")],
    *[(said, FEB_18, False) for said in ("on the 19th", "hôm 19", "hom 19")],
    # ... but not in a claim whose days run over two months: which month is unsaid
    *[
        (said, (dt.date(2026, 1, 19), dt.date(2026, 2, 19)), False)
        for said in ("on the 19th", "hôm 19", "hom 19")
    ],
    # a month without a year, placed in the claim's year: 29 February of a leap year is in it
    *[
        (said, (dt.date(2028, 2, 29), dt.date(2028, 2, 29)), True)
        for said in ("in February", "trong tháng 2", "trong thang 2")
    ],
    # a stay's days inside a range of days, and one running past it
    *[
        (said, (dt.date(2026, 2, 19), dt.date(2026, 2, 20)), True)
        for said in ("from Feb 18 to 20", "từ 18 đến 20/2", "tu 18 den 20/2")
    ],
    *[
        (said, (dt.date(2026, 2, 20), dt.date(2026, 2, 21)), False)
        for said in ("from Feb 18 to 20", "từ 18 đến 20/2", "tu 18 den 20/2")
    ],
    # a year given is the claim's or not
    *[
        (said, (dt.date(2025, 2, 19), dt.date(2025, 2, 19)), False)
        for said in ("on Feb 19, 2026", "ngày 19/2/2026", "ngay 19/2/2026")
    ],
]


@pytest.mark.parametrize(("said", "days", "inside"), ON_DATES)
def test_on_dates(said: str, days: tuple[dt.date, dt.date], inside: bool) -> None:
    """The claim's days lie in the statement's date, placed in the claim's year and month."""
    dates = find_dates(said)
    assert len(dates) == 1, said
    claim = claim_view(time_start=days[0], time_end=days[1])
    assert on_dates(claim, dates) is inside, (said, days)


def test_on_dates_undated() -> None:
    """An undated claim lies in no date; every claim lies in a statement that gives none."""
    dates = find_dates("on Feb 19")
    assert not on_dates(claim_view(), dates)
    assert on_dates(claim_view(time_start=FEB_19[0], time_end=FEB_19[1]), [])


# (statement, verdict, the deciding claim): three calls with US lawmakers, two of 18 February
# (Daines, Hagerty) and one of the 19th (Leahy).
LEAHY = "to-lam-phone-call-leahy-2026-02-19"
DAINES = "to-lam-phone-call-daines-2026-02-18"
CASES = [
    # each of a counted set said of a day of an unsaid month: the act of another day refutes
    ("All three of Lam's calls with US lawmakers took place on the 18th.", CONTRADICTED, LEAHY),
    ("Cả ba cuộc điện đàm của Tô Lâm với các nghị sĩ Mỹ đều diễn ra hôm 18.", CONTRADICTED, LEAHY),
    ("Ca 3 cuoc dien dam cua To Lam voi cac nghi si My deu dien ra hom 18.", CONTRADICTED, LEAHY),
    ("All three of Lam's calls with US lawmakers took place on the 19th.", CONTRADICTED, DAINES),
    ("Cả ba cuộc điện đàm của Tô Lâm với các nghị sĩ Mỹ đều diễn ra hôm 19.", CONTRADICTED, DAINES),
    ("Ca 3 cuoc dien dam cua To Lam voi cac nghi si My deu dien ra hom 19.", CONTRADICTED, DAINES),
    # traps: no number enumerates the set, so one call borne out is not each: open
    ("Each of Lam's calls with US lawmakers took place on the 18th.", NEI, None),
    ("Tất cả các cuộc điện đàm của Tô Lâm với nghị sĩ Mỹ đều diễn ra hôm 18.", NEI, None),
    ("Tat ca cac cuoc dien dam cua To Lam voi nghi si My deu dien ra hom 18.", NEI, None),
    # one call said of its own day is borne out
    ("Lam's call with Daines took place on the 18th.", SUPPORTED, DAINES),
    ("Cuộc điện đàm của Tô Lâm với Daines diễn ra hôm 18.", SUPPORTED, DAINES),
    ("Cuoc dien dam cua To Lam voi Daines dien ra hom 18.", SUPPORTED, DAINES),
]


@pytest.mark.parametrize(("statement", "verdict", "deciding"), CASES)
def test_set_dates(
    real_checker: Checker, statement: str, verdict: str, deciding: str | None
) -> None:
    """A date said of each of a counted set of acts is refuted by the act of another day, and
    that act is the one the reason gives."""
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, statement
    if deciding is not None:
        assert judgement.parts[0].decisive[0].id == deciding, statement

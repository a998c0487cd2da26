"""Date arithmetic is total: every day of every month, with and without a year, compared with
claims of leap and common years, gives a verdict (issue 12: a year-less 29 February compared
with a claim of 2026 raised ValueError, and with --file killed the whole batch)."""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.cli import main
from factdb.extract.dates import find_dates, in_year
from factdb.store.db import make_engine
from tests.conftest import REPO_ROOT, assert_ok

DAYS = [(day, month) for month in range(1, 13) for day in range(1, 32)]
YEARS = range(2023, 2030)  # common and leap years, around the claims' 2023-2026


@pytest.mark.parametrize("text", ["on {d}/{m}", "ngày {d}/{m}", "on {d}/{m}/{y}"])
def test_every_day_placed_in_every_year_is_total(text: str) -> None:
    for day, month in DAYS:
        for year in YEARS:
            for span in find_dates(text.format(d=day, m=month, y=year)):
                if span.year_known:
                    continue
                for target in YEARS:
                    placed = in_year(span, target)
                    exists = day <= calendar.monthrange(target, month)[1]
                    assert (placed is not None) == exists, (day, month, target)
                    if placed is not None:
                        assert placed == (datetime.date(target, month, day),) * 2


def test_a_yearless_month_reaches_its_end_in_a_leap_year() -> None:
    (span,) = find_dates("in February")
    assert in_year(span, 2024) == (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    assert in_year(span, 2025) == (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path_factory.mktemp('calendar') / 'real.sqlite'}"
    assert_ok(CliRunner().invoke(main, ["--db", url, "load", str(REPO_ROOT / "fixtures")]))
    eng = make_engine(url)
    yield eng
    eng.dispose()


# An event of 2026 (a common year) and a series of 2025: both compare a year-less date with
# the claim's year.
STATEMENTS = [
    "Tô Lâm met Orbán on {date}",
    "Tô Lâm gặp Orbán ngày {date}",
    "Vietnam-Hungary trade passed 1 billion USD on {date}",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_every_day_of_every_month_gets_a_verdict(engine: Engine, statement: str) -> None:
    checker = Checker(engine)
    for day, month in DAYS:
        for date in (f"{day}/{month}", f"{day}/{month}/2024", f"{day}/{month}/2026"):
            judgement = checker.check(statement.format(date=date))
            assert judgement.verdict in {"supported", "contradicted", "not_enough_info"}


def test_a_yearless_29_february_in_a_batch_does_not_stop_it(engine: Engine, tmp_path: Path) -> None:
    lines = tmp_path / "statements.txt"
    lines.write_text("Tô Lâm met Orbán on 29/2\nTô Lâm gặp Orbán ngày 29/2\nFebruary 29\n")
    result = CliRunner().invoke(main, ["--db", str(engine.url), "check", "--file", str(lines)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1)
    assert result.output.count("NOT ENOUGH INFO") + result.output.count("SUPPORTED") >= 2

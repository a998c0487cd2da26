"""Issue 10, class 6 (dates as people give them): one day of a range said before the range ("on
the final day of the Feb. 18-20 trip", "ngày thứ hai của chuyến công tác 18-20/2") is that day,
not the range (`range_days` in lexicon/<lang>/dates.yaml, check.dates.day_of_range): an act on
another day of the range is refuted on its occasion. The meeting with Orbán was on 19 February
2026, the second day of the 18-20 February trip."""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement, verdict",
    [
        ("Lam sat down with Orbán on the second day of his Feb. 18-20 Washington trip.", SUPPORTED),
        ("Lam held talks with Orbán on the last day of the Feb. 18-20 visit.", CONTRADICTED),
        (
            "Lam met Hungary's Orbán on the opening day of the Feb. 18-20 trip, officials said.",
            CONTRADICTED,
        ),
        (
            "TBT hội kiến Thủ tướng Orbán vào ngày thứ hai của chuyến công tác 18-20/2/2026.",
            SUPPORTED,
        ),
        ("Tổng Bí thư gặp ông Orbán vào ngày cuối cùng của chuyến công tác 18-20/2.", CONTRADICTED),
        ("Tong Bi thu gap ong Orban ngay thu hai cua chuyen cong tac 18-20/2/2026", SUPPORTED),
        ("Tong Bi thu gap ong Orban ngay dau tien cua chuyen cong tac 18-20/2", CONTRADICTED),
    ],
)
def test_a_day_of_a_range(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert any(c.id == "to-lam-met-orban-2026-02-19" and c.spans for c in cited)


def test_the_range_stays_for_the_trip_said_between(checker: Checker) -> None:
    parsed = checker.parse(
        "Tổng Bí thư gặp ông Orbán vào ngày thứ hai của chuyến công tác 18-20/2/2026."
    )
    days = sorted((d.first, d.last) for d in parsed.dates)
    assert days == [
        (dt.date(2026, 2, 18), dt.date(2026, 2, 20)),
        (dt.date(2026, 2, 19), dt.date(2026, 2, 19)),
    ]
    assert parsed.weekdays == []  # "ngày thứ hai" is the second day, no Monday


@pytest.mark.parametrize(
    "statement",
    [
        # a window or a list of days has no first or last day said so
        "Lam met Orbán on the last day of a visit between Feb. 18 and 20, 2026.",
        "Lam met Orbán on the final day of meetings on Feb. 18, 19 and 20, 2026.",
        # nor across a clause break
        "It was the final day of talks; Feb. 18-20, 2026 saw Lam in Washington.",
    ],
)
def test_no_day_of_a_window_or_across_a_break(checker: Checker, statement: str) -> None:
    assert all(d.first != d.last for d in checker.parse(statement).dates)

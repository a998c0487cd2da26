"""A day said on another place's clock, of a claim whose source gives the day alone (session 33,
issue 10): "sent the letter on Jan. 16 Washington time", "gửi thư ngày 16/1 giờ Washington" of a
letter its source dates "Ngày 16/1" with no hour. That whole day falls on two days of the named
clock, so which one is not said: not enough info, with or without a comma before the clock
(windows.said_clock_day). A country of several clocks ("US time") names none to set it on,
and the day said on no clock keeps its verdict; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from tests.conftest import assert_judged

LETTER = "trump-letter-to-to-lam-2026-01-16"
CALL = "to-lam-phone-call-hagerty-2026-02-18"

ROWS = [
    ("Trump's letter to Lam went out on Jan. 16 Washington time.", NEI, "another place's time"),
    ("Trump mailed Lam the letter on January 16, Washington time.", NEI, "another place's time"),
    ("Ông Trump gửi thư cho Tổng Bí thư Tô Lâm ngày 16/1 giờ Washington.", NEI, "another place"),
    ("Ong Trump gui thu cho Tong Bi thu To Lam ngay 16/1 gio Washington.", NEI, "another place"),
    # traps: the day as its source tells it stays borne out
    ("Trump's letter to Lam went out on Jan. 16.", SUPPORTED, LETTER),
    ("Ông Trump gửi thư cho Tổng Bí thư Tô Lâm ngày 16/1.", SUPPORTED, LETTER),
    # ... and a country of several clocks names no one clock to set the day on
    ("Lam held phone talks with Senator Hagerty on Feb. 18, US time.", SUPPORTED, CALL),
    ("Tong Bi thu dien dam voi TNS Hagerty ngay 18/2 theo gio My.", SUPPORTED, CALL),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_day_on_another_clock_without_an_hour(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)

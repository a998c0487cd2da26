"""Session 31, fxsince2: a "since" said of a title in apposition ("Hegseth, US Secretary of
Defense since January 2025, visited Vietnam", "(US Secretary of Defense since 2025)", "Bộ trưởng
Chiến tranh Hoa Kỳ từ tháng 1/2025") was read as the visit's date, which the visit's claim, dated
from its year's stand-in first day (1 January 2025) to the article's, bore out: supported. The
"since" right after a title (its country's name between at most) says when the office began
(check.scope.place_values, titled_since); the office's claim gives only the article's day, and no
act that entered it (assess.entered_within), so the office since then is open. Traps kept: the
level's "since" of session 30 (tests/test_fxsince.py), the office with a copula, the visit's own
year, and the title with no date."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the reviewer's
        ("Hegseth (US Secretary of Defense since 2025) visited Vietnam.", NEI),
        ("Hegseth, US Secretary of Defense since January 2025, visited Vietnam.", NEI),
        ("Ông Hegseth, Bộ trưởng Chiến tranh Hoa Kỳ từ tháng 1/2025, thăm Việt Nam.", NEI),
        ("Ong Hegseth, Bo truong Chien tranh Hoa Ky tu thang 1/2025, tham Viet Nam.", NEI),
        # our own paraphrases
        ("Pete Hegseth, Secretary of War since 2025, visited Vietnam.", NEI),
        ("Ông Pete Hegseth, Bộ trưởng Chiến tranh từ năm 2025, đã thăm Việt Nam.", NEI),
        ("Ong Pete Hegseth, Bo truong Chien tranh Hoa Ky ke tu nam 2025, da tham Viet Nam.", NEI),
        # kept: the office said with a copula, since a date
        ("Hegseth has been US Secretary of Defense since January 2025.", NEI),
        # kept: the title with no date, the visit in its year
        ("Hegseth, US Secretary of Defense, visited Vietnam.", SUPPORTED),
        ("Hegseth visited Vietnam in 2025.", SUPPORTED),
        ("Ông Hegseth, Bộ trưởng Chiến tranh Hoa Kỳ, thăm Việt Nam.", SUPPORTED),
        ("Ong Hegseth, Bo truong Chien tranh Hoa Ky, tham Viet Nam.", SUPPORTED),
        # kept: session 30's levels said since a date
        (
            "Vietnam and the US have been comprehensive strategic partners since September 2023.",
            SUPPORTED,
        ),
        ("Vietnam and the US have been comprehensive strategic partners since 2022.", NEI),
        (
            "Vietnam and the US have been comprehensive strategic partners since 2024.",
            CONTRADICTED,
        ),
        ("Viet Nam va My la Doi tac chien luoc toan dien tu thang 9/2023.", SUPPORTED),
        # kept: a level's name is no office's title; "từ" after it dates the upgrade
        (
            "Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác chiến lược toàn diện từ tháng 9/2013",
            CONTRADICTED,
        ),
        ("Viet Nam va My nang quan he len Doi tac chien luoc toan dien tu nam 2013.", CONTRADICTED),
        (
            "Vietnam and the US upgraded ties to a comprehensive strategic partnership since 2013.",
            CONTRADICTED,
        ),
    ],
)
def test_a_title_since_dates_the_office(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation

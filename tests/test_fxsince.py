"""Session 30, fxsince: a level of relations said to hold "since" a date later than it began
("comprehensive strategic partners since September 2024" of a level upgraded to in September
2023) was supported, as a state said to hold from a date on is borne out by any claim holding
on that date. "Since" / "từ" / "kể từ" / "tu" says when it began: where the claims date the act
that enters the level (`entered_by` in lexicon/world/levels.yaml: an upgrade) wholly before the
date's first day, it began before, and the statement is refuted (assess.entered_before), as
"dates from 2024" already was. Traps kept: the month or year of the upgrade (supported), said
to begin then ("established in"), a "since" earlier than the upgrade (open), and an office no
act enters (its claim's first day is only its sources' first: open). The reviewer's wording and
our own, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the reviewer's: a "since" after the upgrade's month
        (
            "Vietnam and the US have been comprehensive strategic partners since September 2024.",
            CONTRADICTED,
        ),
        ("Việt Nam và Mỹ là Đối tác chiến lược toàn diện từ năm 2025.", CONTRADICTED),
        ("Việt Nam và Mỹ là Đối tác chiến lược toàn diện kể từ tháng 9/2024.", CONTRADICTED),
        ("Viet Nam va My la Doi tac chien luoc toan dien tu thang 9/2024.", CONTRADICTED),
        # our own paraphrases: another later year, the month after the upgrade's
        (
            "Vietnam and the United States have been comprehensive strategic partners since 2025.",
            CONTRADICTED,
        ),
        (
            "Vietnam and the US have been comprehensive strategic partners since October 2023.",
            CONTRADICTED,
        ),
        ("Việt Nam và Hoa Kỳ là Đối tác chiến lược toàn diện từ tháng 10/2023.", CONTRADICTED),
        ("Viet Nam va Hoa Ky la Doi tac chien luoc toan dien ke tu nam 2024.", CONTRADICTED),
        # kept: the month or year of the upgrade
        (
            "Vietnam and the US have been comprehensive strategic partners since September 2023.",
            SUPPORTED,
        ),
        ("Vietnam and the US have been comprehensive strategic partners since 2023.", SUPPORTED),
        ("Việt Nam và Mỹ là Đối tác chiến lược toàn diện kể từ tháng 9/2023.", SUPPORTED),
        ("Viet Nam va My la Doi tac chien luoc toan dien tu nam 2023.", SUPPORTED),
        # kept: said to begin then, or in a later year ("dates from")
        (
            "The Vietnam-US Comprehensive Strategic Partnership was established in September 2023.",
            SUPPORTED,
        ),
        ("The Vietnam-US comprehensive strategic partnership dates from 2024.", CONTRADICTED),
        # kept: a "since" before the upgrade (the level's claim does not say when it began)
        ("Vietnam and the US have been comprehensive strategic partners since 2022.", NEI),
        ("Việt Nam và Mỹ là Đối tác chiến lược toàn diện từ tháng 8/2023.", NEI),
        ("Viet Nam va My la Doi tac chien luoc toan dien tu nam 2022.", NEI),
        # kept: a denial of the level held since a later date reads as today
        (
            "Vietnam and the US have not been comprehensive strategic partners since 2024.",
            CONTRADICTED,
        ),
        ("Việt Nam và Mỹ không phải là Đối tác chiến lược toàn diện từ năm 2024.", CONTRADICTED),
        # kept: an office no act enters stays open
        ("Tô Lâm has been general secretary since November 2025.", NEI),
        ("Tô Lâm giữ chức Tổng Bí thư kể từ tháng 11/2025.", NEI),
        ("To Lam giu chuc Tong Bi thu tu thang 11/2025.", NEI),
    ],
)
def test_a_level_since_after_its_upgrade(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation

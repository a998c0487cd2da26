"""A level of relations said to hold "since" a month or a year (session 30, dates and days): "Khuôn
khổ Đối tác chiến lược toàn diện Việt - Mỹ, được xác lập từ tháng 9/2023" was not enough info, as
the level's claim holds from 30 September 2023 (the last day of the month of the upgrade) and a
state said "since" a date was borne out only by a claim holding on its first day. "Since September
2023" says it held from a day of that month on; the claims show that only where the act that
puts a pair at the level (`entered_by` in lexicon/world/levels.yaml: an upgrade to it) is dated
within that month or year and the level's claim holds from no later than its end
(assess.entered_within). Traps: a month or year before the upgrade (the level's claim does not
say when it began), and a state no act enters (an office, whose claim's first day is only the
first day its sources speak of). Our own wording, in English, Vietnamese and Vietnamese without
diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the month or the year of the upgrade: the level held from a day of it on
        (
            "Vietnam and the US have been comprehensive strategic partners since September 2023.",
            SUPPORTED,
        ),
        ("Vietnam and the US have been comprehensive strategic partners since 2023.", SUPPORTED),
        (
            "Việt Nam và Mỹ là Đối tác chiến lược toàn diện từ tháng 9/2023.",
            SUPPORTED,
        ),
        (
            "Khuôn khổ Đối tác chiến lược toàn diện Việt - Mỹ, được xác lập từ tháng 9/2023, "
            "đang tiếp tục được triển khai.",
            SUPPORTED,
        ),
        ("Viet Nam va My la Doi tac chien luoc toan dien tu nam 2023.", SUPPORTED),
        # said to begin then ("established in", "được xác lập"): the upgrade's month or year
        (
            "The Vietnam-US Comprehensive Strategic Partnership was established in September 2023.",
            SUPPORTED,
        ),
        ("Quan hệ Đối tác chiến lược toàn diện Việt - Mỹ được thiết lập năm 2023.", SUPPORTED),
        (
            "Khuon kho Doi tac chien luoc toan dien Viet - My duoc xac lap tu thang 9/2023.",
            SUPPORTED,
        ),
        # ... a later year is refuted by the level held before it; an earlier month is open
        (
            "The Vietnam-US Comprehensive Strategic Partnership was established in 2024.",
            CONTRADICTED,
        ),
        (
            "Quan hệ Đối tác chiến lược toàn diện Việt - Mỹ được xác lập vào tháng 8/2023.",
            NEI,
        ),
        # a month or a year before the upgrade: the level's claim does not say when it began
        (
            "Vietnam and the US have been comprehensive strategic partners since August 2023.",
            NEI,
        ),
        ("Việt Nam và Mỹ là Đối tác chiến lược toàn diện từ năm 2022.", NEI),
        ("Viet Nam va My la Doi tac chien luoc toan dien tu thang 8/2023.", NEI),
        # an office: no act enters it, and its claim's first day is its sources' first
        ("To Lam has been general secretary since November 2025.", NEI),
        ("Tô Lâm giữ chức Tổng Bí thư từ tháng 11/2025.", NEI),
        ("To Lam giu chuc Tong Bi thu tu thang 11/2025.", NEI),
    ],
)
def test_a_level_since_the_month_of_its_upgrade(
    real_checker: Checker, text: str, verdict: str
) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation


def test_entering_acts_are_predicates(real_checker: Checker) -> None:
    """Every state and act `entered_by` lists is a predicate of the vocabulary."""
    entered = load_lexicon("world", "levels")["entered_by"]
    assert {*entered, *entered.values()} <= set(real_checker.vocab.predicates)

"""A person the claims keep in one country on a day does not do an act in person in another
that day (session 24, factdb.check.elsewhere): Tô Lâm's trip to the United States runs 18-20
February 2026, so on the 19th he met, received, hosted, visited or stayed nowhere outside the
US. The trip's first and last day are travel days (he may have been at home or there), so only
the days strictly inside a stay are decided.

Written before the rule, in wire, headline and social wording of our own; traps: a travel day,
no date or one outside the stay, an act made at a distance (a call, a letter, a message), a
place inside the stay's country (Washington, the Capitol), a denial, a plan, a person the
claims place nowhere that day."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # English: wire copy, headline, social post
        ("Party chief To Lam hosted Sen. Bill Hagerty in Hanoi on Feb. 19, state media said."),
        "Lam Receives US Senator Daines In Hanoi On February 19",
        "Lam visited Phnom Penh on Feb 19 🇰🇭",
        # Vietnamese
        "Ngày 19/2, Tổng Bí thư Tô Lâm tiếp Thượng nghị sĩ Steve Daines tại Hà Nội.",
        "Tổng Bí thư Tô Lâm thăm Campuchia hôm 19/2",
        # without diacritics
        "Ngay 19/2 Tong Bi thu To Lam tiep TNS Hagerty o Ha Noi",
        "To Lam gap ong Daines tai Phnom Penh ngay 19/2",
        # a day told on the stay's own clock
        "Lam received Daines in Hanoi on the morning of Feb 19, Washington time.",
    ],
)
def test_in_person_elsewhere_on_a_stay_day(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "inside the stay" in judgement.explanation
    assert any(p.decisive for p in judgement.parts if p.verdict == CONTRADICTED)


@pytest.mark.parametrize(
    "statement",
    [
        # a travel day: the first and the last of the trip
        "Lam received Sen. Daines in Hanoi on Feb. 18.",
        "Tô Lâm tiếp ông Hagerty tại Hà Nội ngày 20/2.",
        "To Lam tiep ong Daines tai Ha Noi ngay 18/2",
        # no date, or a day outside the stay
        "Lam hosted Sen. Hagerty in Hanoi.",
        "Tô Lâm tiếp Thượng nghị sĩ Daines tại Hà Nội ngày 25/2.",
        "To Lam gap ong Hagerty tai Ha Noi ngay 25/2",
        # at a distance: a call, a letter, a message can be made from anywhere
        "Lam sent Trump a letter from Hanoi on Feb 19.",
        "Tô Lâm gửi thư cho ông Trump tại Hà Nội ngày 19/2.",
        # a place inside the stay's country
        "Lam met Vietnamese Americans in Washington on Feb 19.",
        "Tô Lâm tiếp ông Hagerty tại Điện Capitol ngày 19/2.",
        # a denial, a plan
        "Lam did not receive Daines in Hanoi on Feb 19.",
        "To Lam se tiep ong Daines tai Ha Noi ngay 19/2",
        # a stay the sources date only to a part of a month ("early February" in Cambodia)
        "Lam received Sen. Daines in Hanoi on Feb. 5.",
        "Tô Lâm tiếp ông Hagerty tại Hà Nội ngày 6/2.",
        "To Lam gap ong Daines tai Ha Noi ngay 4/2",
        # ... or to a year's part ("in 2025": Hegseth's visit to Vietnam)
        "Hegseth met Hun Manet in Phnom Penh on June 5, 2025.",
        "Ông Hegseth gặp ông Hun Manet tại Phnom Penh ngày 5/6/2025.",
        # a day told on another clock may be the stay's travel day there
        "Lam received Daines in Hanoi on Feb 19, Hanoi time.",
        "Tô Lâm tiếp ông Daines tại Hà Nội sáng 19/2 giờ Hà Nội.",
        "To Lam tiep ong Hagerty tai Ha Noi ngay 19/2 gio dia phuong",
        # a country named as whose leader was met, not where
        "Lam met Hungary's Orban on Feb 19",
        "Tô Lâm gặp Thủ tướng Hungary Orbán ngày 19/2.",
        "To Lam gap Thu tuong Campuchia Hun Manet ngay 19/2",
        # a person the claims keep nowhere that day
        "Sen. Daines met Vietnamese officials in Hanoi on Feb 19.",
    ],
)
def test_left_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "On Feb 19 last year, Lam received a foreign delegation in Hanoi.",
        "Two years ago on Feb 19, Lam hosted an envoy in Hanoi.",
        "Năm ngoái, ngày 19/2, Tổng Bí thư tiếp một đoàn khách tại Hà Nội.",
        "Ngay 19/2 hai nam truoc, Tong Bi thu tiep khach tai Ha Noi.",
    ],
)
def test_a_day_of_another_year_is_no_stay_day(checker: Checker, statement: str) -> None:
    """A year-less day set in another year ("last year", "năm ngoái": `other_years` in
    statements.yaml) is not placed in the year of the stay, so the stay refutes nothing."""
    assert checker.check(statement).verdict != CONTRADICTED

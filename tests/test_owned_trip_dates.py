"""Issue 10, dates (days): a trip named by its owner's title and its place, dated ("the party
chief's Cambodia visit took place in early February 2026", "the General Secretary's U.S. trip
ran from February 18 to 20"). A title before a possessive owns what follows it
(assertions._Reader._owns_next): the place after it is the trip's, not the title's place (no
"general secretary of Cambodia"), nor the trip's doer; the title stands for its holder, whose
trip the claims date. Days running past the US trip (18-20 February 2026) refute it; a visit
to Cambodia in another month may be another visit. Vietnamese names the owner after the trip
("chuyến thăm Campuchia của Tổng Bí thư"), which the same verdicts guard.

A stay said in the destination's capital ("Lam's trip to Washington ran Feb. 17-19") is the
country's seen closer (assess.capital_stay): days running past the trip's are refuted, days
inside it may be the capital's part of the trip and stay open.

"Go back to" a date is when a series began, not a visit (`date_start` in
lexicon/en/statements.yaml).

Written before the rule, in English, Vietnamese and Vietnamese without diacritics, with traps."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the owner's title, then the place of the trip
        ("The party chief's Cambodia visit took place in early February 2026.", SUPPORTED),
        ("The General Secretary's U.S. trip ran from February 18 to 20, 2026.", SUPPORTED),
        ("The party chief's Washington trip ran from February 17 to 19.", CONTRADICTED),
        ("The general secretary's US trip ran from February 19 to 21.", CONTRADICTED),
        ("Chuyến thăm Campuchia của Tổng Bí thư diễn ra đầu tháng 2/2026.", SUPPORTED),
        ("Chuyến công tác Mỹ của Tổng Bí thư diễn ra từ 17 đến 19/2.", CONTRADICTED),
        ("Chuyen tham Campuchia cua TBT dien ra dau thang 2/2026", SUPPORTED),
        ("Chuyen cong tac My cua TBT dien ra tu 17 den 19/2", CONTRADICTED),
        # traps: another month or year of a visit may be another visit
        ("The party chief's Cambodia trip took place in late January 2026.", NEI),
        ("The party chief's Cambodia visit took place in 2024.", NEI),
        ("Chuyến thăm Campuchia của Tổng Bí thư diễn ra cuối tháng 1/2026.", NEI),
        ("Chuyen tham Campuchia cua TBT dien ra cuoi thang 1/2026", NEI),
        # traps: a title whose holder the claims do not make visit there
        ("The prime minister's Cambodia visit took place in early February 2026.", NEI),
        ("Chuyến thăm Campuchia của Thủ tướng diễn ra đầu tháng 2/2026.", NEI),
        ("Chuyen tham Campuchia cua Thu tuong dien ra dau thang 2/2026", NEI),
    ],
)
def test_a_trip_named_by_its_owners_title(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_refuted_trip_cites_its_claim(checker: Checker) -> None:
    judgement = checker.check("The party chief's Washington trip ran from February 17 to 19.")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "to-lam-visited-us-2026-02" in judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert cited and all(c.spans for c in cited)


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # days past the US trip (18-20 February 2026) of a stay in its capital
        ("To Lam's trip to Washington ran from February 17 to 19.", CONTRADICTED),
        (
            "The party chief's Board of Peace trip to Washington ran from February 17 to 19.",
            CONTRADICTED,
        ),
        ("Tổng Bí thư Tô Lâm thăm Washington từ 17 đến 19/2.", CONTRADICTED),
        ("Chuyến công tác Washington của Tổng Bí thư Tô Lâm diễn ra từ 19 đến 21/2.", CONTRADICTED),
        ("Chuyen cong tac Washington cua TBT To Lam dien ra tu 19 den 21/2", CONTRADICTED),
        ("TBT To Lam tham Washington tu 17 den 19/2", CONTRADICTED),
        # the trip's own days
        ("To Lam's trip to Washington ran from February 18 to 20.", SUPPORTED),
        # traps: days inside the trip may be the capital's part of it; another month another trip
        ("To Lam's trip to Washington ran from February 18 to 19.", NEI),
        ("Chuyến thăm Washington của Tổng Bí thư Tô Lâm diễn ra từ 19 đến 20/2.", NEI),
        ("Chuyen tham Washington cua TBT To Lam dien ra tu 18 den 19/2", NEI),
        ("To Lam's trip to Washington ran from March 3 to 5.", NEI),
        ("Tổng Bí thư Tô Lâm thăm Washington từ 3 đến 5/3.", NEI),
    ],
)
def test_a_stay_in_the_destinations_capital(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # "go back to" a date is when the series began (`date_start` in
        # lexicon/<lang>/statements.yaml), which one call of 2025 does not say
        "Phone calls between To Lam and Donald Trump go back to 2023.",
        "Các hoạt động trao đổi thư, điện đàm giữa Tổng Bí thư Tô Lâm và ông Trump có từ năm 2023.",
        "Cac hoat dong trao doi thu, dien dam giua TBT To Lam va ong Trump co tu nam 2023",
    ],
)
def test_a_series_going_back_to_a_date(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert "when it began" in judgement.explanation
    assert "visited" not in judgement.explanation


def test_going_back_to_a_place_is_still_a_visit(checker: Checker) -> None:
    judgement = checker.check("Hagerty wants to go back to Vietnam soon.")
    assert judgement.verdict == SUPPORTED, judgement.explanation

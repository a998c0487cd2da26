"""Session 24, speakers: the country of a title, and speakers who say what they will do to
each other (issue 10). "Pakistani Prime Minister Shehbaz Sharif and To Lam said they were
ready to exchange visits": Pakistan is whose office it is (assess.described), not where
Sharif would go, so Sharif's plan to visit Vietnam bears his way out; and the speakers listed
before their verb of saying do the visits to each other (judge._mutual), so each needs a way
of his own: Lâm's plan to visit Pakistan is sourced, his plan to visit Hungary is not. Named
again outside the title, or a party rather than a country ("Republican senator Leahy"), the
name is still a party of what is said. The owner said of a body ("Trump's Board of Peace")
describes it as the title's country does: no stand-in for the one a view was told to. In
English, Vietnamese and Vietnamese without diacritics, in wording of our own."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Pakistani PM Shehbaz Sharif and To Lam say they're ready to exchange visits", SUPPORTED),
        (
            "Thủ tướng Pakistan Shehbaz Sharif và Tổng Bí thư Tô Lâm sẵn sàng trao đổi chuyến"
            " thăm vào thời điểm phù hợp",
            SUPPORTED,
        ),
        (
            "Thu tuong Pakistan Shehbaz Sharif va Tong Bi thu To Lam san sang trao doi chuyen tham",
            SUPPORTED,
        ),
        # one way only is sourced for Hungary, with or without the title, said or not
        ("Hungarian PM Viktor Orban and To Lam say they're ready to exchange visits", NEI),
        ("Viktor Orban and To Lam say they're ready to exchange visits", NEI),
        ("Thủ tướng Hungary Orbán và Tổng Bí thư Tô Lâm sẵn sàng trao đổi chuyến thăm", NEI),
        ("Thu tuong Hungary Orban va TBT To Lam cho biet san sang trao doi chuyen tham", NEI),
        # planned, not done
        ("Pakistani PM Shehbaz Sharif has already visited Vietnam", NEI),
        # a party in a title is a membership, which the claims refute
        ("Lam held a call with former Republican senator Patrick Leahy", CONTRADICTED),
    ],
)
def test_the_country_of_a_title(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the owner said of a body describes it ("Trump's Board of Peace"): no stand-in for the
        # one a view was told to, so Daines's own praise of the joining decides
        ("Sen. Daines is not happy about Vietnam joining Trump's Board of Peace", CONTRADICTED),
        (
            "TNS Daines bày tỏ hoài nghi về việc Việt Nam tham gia Hội đồng Hòa bình của ông Trump",
            CONTRADICTED,
        ),
        (
            "TNS Daines hoai nghi ve viec Viet Nam tham gia Hoi dong Hoa binh cua ong Trump",
            CONTRADICTED,
        ),
        (
            "Ông Daines hoan nghênh việc Việt Nam tham gia Hội đồng Hòa bình của Tổng thống Trump",
            SUPPORTED,
        ),
        # someone else's doubts: the sources never say who was against it
        ("Hagerty isn't thrilled about Vietnam joining Trump's Board of Peace", NEI),
    ],
)
def test_an_owner_said_of_a_body(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Lam attended the Board of Peace opening at the invitation of Indonesia's president.",
        "Tổng Bí thư dự phiên họp khai mạc theo lời mời của Tổng thống Indonesia.",
        "Tong Bi thu du phien hop khai mac theo loi moi cua Tong thong Indonesia",
    ],
)
def test_a_bare_titles_country_says_who_he_is(checker: Checker, statement: str) -> None:
    """A title with no name after it stands for its holder by its country (World.bare_holders):
    the country is who he is, not a description of a name, so Lâm's own invitation to Prabowo
    does not bear out an invitation given to Lâm by Indonesia's president (ctx.title_places)."""
    assert checker.check(statement).verdict != SUPPORTED

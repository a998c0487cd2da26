"""Trips said with a plain verb of going (session 23, occasions): "sang Mỹ", "tới Washington",
"đến Hà Nội" say a trip only with where it went right after the verb (`placed_after` in
lexicon/vi/synonyms.yaml, factdb.check.places.drop_unplaced), so the trip an invitation was
for is read there as it is after "flew to", and the inviter of that occasion decided
(factdb.check.doers). A trip the statement sets its acts in ("during his US trip", "trong
chuyến sang Mỹ") is when something was done, not a trip made at that invitation; nor is a
trip beside an invitation said with its verb ("X invited Lam to tour ..."), whose occasion is
what follows the verb.

Written before the rule, in our own wire, headline and social wording; traps: the verbs alone
("sang năm", "đến nay", "sáng 19/2" written without marks), a place before the verb (its doer's),
an invitation made during the trip to somewhere the claims do not have."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "Lãnh đạo Đảng Tô Lâm sang Washington theo lời mời của Thủ tướng Mark Carney.",
        "Tong Bi thu To Lam sang My theo loi moi cua ong Hegseth",
        "TBT Tô Lâm tới Washington theo lời mời của ông Hegseth, truyền thông Mỹ đưa tin",
        # English wording of the same mechanism (a verb of going with its place)
        "Lam travelled to Washington at the invitation of Jamieson Greer, state media said.",
    ],
)
def test_trip_at_another_inviter(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "trump-invited-to-lam-bop-meeting" in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng Bí thư Tô Lâm sang Hoa Kỳ theo lời mời của Tổng thống Donald Trump.",
        "TBT To Lam den Washington theo loi moi cua Tong thong Trump",
        "Lam headed to Washington at the invitation of President Trump.",
    ],
)
def test_trip_at_the_inviter(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # an invitation made during the trip, to somewhere the claims do not have
        "Ông Hegseth mời Tổng Bí thư Tô Lâm thăm Lầu Năm Góc trong chuyến sang Mỹ tới",
        "Ong Hegseth moi TBT To Lam tham Lau Nam Goc trong chuyen di My toi",
        "Hegseth invited Lam to tour the Pentagon during his US trip.",
        # an invitation said with its verb: what follows is what he was invited to, and a trip
        # beside it is no trip made at it (session 23: these came out refuted before)
        "Hegseth invited Lam to tour an aircraft carrier during his Washington trip.",
        "Ông Hegseth mời Tổng Bí thư thăm một tàu sân bay trong chuyến công tác Mỹ.",
        "Ong Hegseth moi Tong Bi thu tham can cu quan su trong chuyen sang My",
        # the verbs alone, or after a place: no trip said
        "Sang năm, Thủ tướng Hun Manet sẽ mời Tổng Bí thư thăm Campuchia.",
        "Phía Mỹ tới đây sẽ mời Tổng Bí thư Tô Lâm dự một hội nghị khác.",
    ],
)
def test_no_trip_at_that_invitation(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "read"),
    [
        ("Tổng Bí thư Tô Lâm sang Mỹ hôm 18/2.", True),
        ("Tong Bi thu To Lam toi Washington", True),
        ("Ông Tô Lâm đến Hoa Kỳ dự họp.", True),
        ("Sang 19/2, Tong Bi thu gap Thu tuong Hun Manet.", False),
        ("Từ năm 1995 đến nay, quan hệ Việt - Mỹ phát triển.", False),
        ("Tổng thống Mỹ tới đây sẽ gửi thư.", False),
    ],
)
def test_going_read_with_its_place(checker: Checker, statement: str, read: bool) -> None:
    assert ("visited" in checker.parse(statement).predicates) == read


@pytest.mark.parametrize(
    "statement",
    [
        "Lam accepted Hegseth's invitation to attend the Board of Peace inaugural meeting.",
        "Tô Lâm nhận lời mời của Bộ trưởng Hegseth dự phiên khai mạc Hội đồng Hòa bình.",
        "Tổng Bí thư Tô Lâm nhận lời mời của ông Ajay Banga, sang Mỹ dự phiên họp đầu tiên của "
        "Hội đồng Hòa bình.",
    ],
)
def test_accepted_invitation_of_another_host(checker: Checker, statement: str) -> None:
    """An acceptance answers an invitation (`answers` in lexicon/<lang>/polarity.yaml), whose
    doer is its other party: on the occasion of Trump's invitation, another inviter's is
    refuted as an invitation by him would be."""
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "trump-invited-to-lam-bop-meeting" in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        "Tô Lâm nhận lời mời của Tổng thống Trump dự phiên khai mạc Hội đồng Hòa bình.",
        # another year, no occasion of the claims: another invitation
        "Năm 2024, ông Tô Lâm từng nhận lời mời thăm Mỹ của Tổng thống Biden.",
        "Lam accepted Hegseth's invitation.",
        "Tong Bi thu nhan loi moi cua ong Hegseth sang tham Lau Nam Goc",
    ],
)
def test_accepted_invitation_left_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation

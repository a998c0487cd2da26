"""One inviter per occasion (session 20, visits): an invitation to an occasion comes from its
host (`one_doer` in lexicon/world/directions.yaml, factdb.check.doers). A statement that names
someone else as the one who invited the claim's invitee to that occasion, by name or by a name
the base does not know ("at the invitation of UN chief Antonio Guterres", "theo lời mời của
Ngoại trưởng Marco Rubio"), is refuted where it speaks of the claim's occasion: it names the
event, or the trip or attendance of that event it says was at that invitation.

Written before the rule, our own wire, headline and social wording; traps: the true inviter,
alone or listed with others (a joint invitation), another occasion (a visit to Vietnam, an
invitation with no occasion, another act of the body: a dinner), a name sharing a word with
the inviter's, a denial."""

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
        "Lam heads to the Board of Peace's inaugural meeting at the invitation of Pete Hegseth",
        "Lam flew to Washington at the invitation of Mark Carney, his office said.",
        "Tổng Bí thư dự phiên khai mạc Hội đồng Hòa bình theo lời mời của ông Orbán",
        "Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình theo lời mời của ông Ajay Banga.",
        "TBT To Lam du phien khai mac Hoi dong Hoa binh theo loi moi cua ong Hegseth",
    ],
)
def test_another_inviter_of_that_occasion(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "trump-invited-to-lam-bop-meeting" in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        # the inviter the claims give: not refuted (whatever else decides it)
        "Lam flew to Washington at the invitation of Donald Trump.",
        "Tô Lâm sang Mỹ theo lời mời của Tổng thống Trump.",
        # a name that shares a word with the inviter's may be his
        "Lam flew to Washington at the invitation of President Donald J. Trump Jr.",
        # no occasion of the claims: another invitation, perhaps; an undated trip may be any
        # of his trips (one to Cambodia too)
        "Lam travels at the invitation of Hun Manet",
        "Lam is travelling at the invitation of Mark Carney.",
        "Lam will visit Canada at the invitation of Prime Minister Mark Carney.",
        "Tô Lâm nhận được lời mời của ông Ajay Banga.",
        # another invitee: another invitation
        "Hegseth attended the Board of Peace inaugural meeting at the invitation of Lam.",
        # denied: the denial may fall elsewhere
        "Lam did not go to Washington at the invitation of Mark Carney.",
        # the invitee himself inviting someone, beside a call of his trip (session 21 review):
        # an invitation of his own, not his host's
        "Speaking with Leahy, Lam invited him to visit Vietnam.",
        "Speaking with Daines, Lam invited him to the Board of Peace inaugural meeting.",
        "Trong cuộc điện đàm với ông Leahy, Tổng Bí thư Tô Lâm mời ông sang thăm Việt Nam.",
        "Trong cuoc dien dam voi ong Leahy, Tong Bi thu To Lam moi ong sang tham Viet Nam.",
    ],
)
def test_not_refuted(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the inviter the claims give, listed with another: a joint invitation, not excluded
        "Lam flew to Washington at the invitation of Marco Rubio and Donald Trump.",
        "Hegseth and Trump invited Lam to the Board of Peace inaugural meeting",
        "Tổng Bí thư sang Washington theo lời mời của ông Hegseth và Tổng thống Trump",
        "TBT To Lam du hop Hoi dong Hoa binh theo loi moi cua ong Hegseth va TT Trump",
        # another act of the body (`other_acts` of attended): not the claim's occasion
        "Lam attended a working dinner of the Board of Peace at the invitation of Marco Rubio.",
        "Tô Lâm dự bữa tối làm việc của Hội đồng Hòa bình theo lời mời của ông Kushner",
        "TBT To Lam du tiec toi cua Hoi dong Hoa binh theo loi moi cua Jared Kushner",
        # ... even with the event named: the invitation may be the dinner's
        "Lam attended a dinner at the invitation of Marco Rubio during the Board of Peace "
        "inaugural meeting.",
        "Tổng Bí thư dự bữa tối theo lời mời của ông Kushner bên lề cuộc họp khai mạc Hội đồng "
        "Hòa bình",
    ],
)
def test_a_joint_invitation_or_another_act(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation


def test_a_list_without_the_inviter(checker: Checker) -> None:
    judgement = checker.check(
        "Lam flew to Washington at the invitation of Pete Hegseth and Mark Carney."
    )
    assert judgement.verdict == CONTRADICTED, judgement.explanation


def test_the_reason_names_both(checker: Checker) -> None:
    judgement = checker.check("To Lam went to the US at the invitation of Mark Carney.")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "Mark Carney" in judgement.explanation
    assert "Donald Trump" in judgement.explanation
    assert judgement.verdict != NEI


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # an invitation to visit said beside other acts of its occasion (the reception of
        # Hegseth, the greetings passed on then): read in, and borne out where their claims
        # share its occasion (Judge._framed)
        ("Lam welcomed Hegseth to Hanoi's Party HQ and asked him to invite Trump", NEI),
        ("Lam received Hegseth, then invited Trump and his wife to visit Vietnam.", SUPPORTED),
        (
            "Tổng Bí thư tiếp ông Hegseth, gửi lời thăm hỏi Tổng thống Trump và mời ông cùng "
            "Phu nhân sớm thăm Việt Nam.",
            SUPPORTED,
        ),
        ("TBT tiep ong Hegseth va moi Tong thong Trump sang tham Viet Nam", SUPPORTED),
        # another invitation beside it is its own act, decided by its own claims
        ("Lam invited Trump to visit Vietnam but did not invite the First Lady.", CONTRADICTED),
        # traps: acts of another occasion, or none the claims give; the invitation's own letter
        ("Trump got a letter inviting him to become a founding member of the Board.", NEI),
        ("Lam phoned Trump and invited him to visit Vietnam.", NEI),
        ("Tô Lâm điện đàm với ông Trump và mời ông sang thăm Việt Nam.", NEI),
        ("Lam met Orbán in Washington and invited Trump to visit Vietnam.", NEI),
    ],
)
def test_an_invitation_beside_other_acts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # another event or place than the claim's occasion (session 22, press14's confident
        # wrong): an invitation by another host to another gathering
        "Indonesian leader Prabowo invites Lam to the ASEAN summit in Jakarta",
        "Prabowo invited To Lam to attend a meeting in Jakarta.",
        "Tổng thống Prabowo mời ông Tô Lâm tham dự Diễn đàn Kinh tế Thế giới tại Davos.",
        "Tổng thống Indonesia mời Tổng Bí thư dự hội nghị thượng đỉnh ASEAN ở Jakarta",
        "Tong thong Prabowo moi TBT To Lam du Hoi nghi Thuong dinh ASEAN o Jakarta",
        # a gathering the statement does not name: the one meeting the claims give him is not
        # thereby the one he was invited to
        "Prabowo invited To Lam to attend a summit.",
        "Prabowo mời Tổng Bí thư dự một hội nghị khu vực.",
        "Prabowo moi Tong Bi thu du mot hoi nghi khu vuc.",
    ],
)
def test_another_occasion_of_another_host(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the claim's occasion, its place said with it: still refuted
        "Orbán invited Lam to the Board of Peace inaugural meeting in Washington.",
        "Thủ tướng Orbán mời Tổng Bí thư dự phiên khai mạc Hội đồng Hòa bình tại Washington",
        "Thu tuong Orban moi Tong Bi thu du phien khai mac Hoi dong Hoa binh",
        # a title naming what the inviter heads is his, not the occasion's
        "Lam is attending the Board of Peace inaugural meeting at the invitation of UN "
        "Secretary-General Antonio Guterres.",
    ],
)
def test_another_host_of_the_named_occasion(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "trump-invited-to-lam-bop-meeting" in {c.id for c in judgement.evidence}

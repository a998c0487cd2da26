"""Occasions said the way the press says them (session 21, occasions): readiness to make a visit
is no visit made ("stand ready to visit each other", "sẵn sàng thăm lẫn nhau": `ready_verbs`
in lexicon/<lang>/statements.yaml), borne out by the sources' readiness or plans and never by a
visit done; an
inviter written after a dotted abbreviation ("at the invitation of U.S. President Trump") is
read past its full stop (statement.Mention.end_in), and a date a verb takes as its own act's ("will
attend ... from Feb 18 to 20 at the invitation of ...") does not date the invitation after it
(scope.place_values). A verb that opens the statement with no doer, its clause closed by a comma
("Receiving Hegseth, Lam invited Trump to visit Vietnam", "Hội kiến ông Hegseth, ông Tô Lâm
chuyển lời mời ...") is done by the names opening the clause after it (assertions._fronted), and
the place of an invitation's content ("to visit Vietnam") is no place of the meeting beside it
(entailment._borne), so the reception bears out the meeting and the invitation made at it.

Written before the rules, in wire, headline and social wording of our own; traps: a visit said
as done, another country, another inviter, a reception the sources do not give, a meeting
placed where the reception is not."""

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
        # English: wire copy, headline, social post
        ("Vietnam and Pakistan are ready to visit each other at an appropriate time.", SUPPORTED),
        ("Vietnam, Pakistan stand ready to visit each other at a suitable time", SUPPORTED),
        ("Vietnam and Pakistan visited each other at a suitable time.", NEI),
        ("Vietnam and Indonesia stand ready to visit each other at a suitable time.", NEI),
        # Vietnamese
        (
            "Việt Nam và Pakistan sẵn sàng thăm lẫn nhau vào thời điểm phù hợp, theo thông cáo.",
            SUPPORTED,
        ),
        ("Việt Nam và Pakistan sẵn sàng thăm lẫn nhau vào lúc thích hợp", SUPPORTED),
        ("Việt Nam và Pakistan đã thăm lẫn nhau vào năm ngoái.", NEI),
        # without diacritics
        ("Viet Nam va Pakistan san sang tham lan nhau vao thoi diem phu hop", SUPPORTED),
        ("Pakistan va Viet Nam san sang tham lan nhau", SUPPORTED),
        ("Viet Nam va Indonesia san sang tham lan nhau vao thoi diem phu hop", NEI),
        # folded, "sẵn sàng tham gia" holds "sang thăm": the plan word takes "sàng", so the verb
        # read is "tham gia" (join), which the plan to join as a founding member bears out
        ("Vietnam is ready to join the Board of Peace as a founding member.", SUPPORTED),
        (
            "Việt Nam sẵn sàng tham gia Hội đồng Hòa bình với tư cách thành viên sáng lập.",
            SUPPORTED,
        ),
        ("Viet Nam san sang tham gia Hoi dong Hoa binh voi tu cach thanh vien sang lap", SUPPORTED),
        ("Hungary sẵn sàng tham gia Hội đồng Hòa bình với tư cách thành viên sáng lập.", NEI),
        # each other: each way must be borne out; the sources give Orbán's plan to visit Vietnam,
        # none of a Vietnamese visit to Hungary (Judge._reciprocal)
        ("Vietnam and Hungary will visit each other.", NEI),
        ("Việt Nam và Hungary sẽ thăm lẫn nhau.", NEI),
        ("Viet Nam va Hungary san sang tham lan nhau", NEI),
    ],
)
def test_readiness_to_visit_is_a_plan(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "Lam will attend the inaugural meeting of the Board of Peace from Feb 18 to 20 at the"
            " invitation of U.S. President Donald Trump.",
            SUPPORTED,
        ),
        (
            "To Lam is attending the Board of Peace's opening meeting at the invitation of U.S."
            " President Donald Trump.",
            SUPPORTED,
        ),
        (
            "Lam will attend the Board of Peace's inaugural meeting from Feb 18 to 20 at the"
            " invitation of U.S. President Joe Biden.",
            CONTRADICTED,
        ),
        (
            "Lam will attend the Board of Peace's inaugural meeting at the invitation of U.N."
            " Secretary-General Antonio Guterres.",
            CONTRADICTED,
        ),
        (
            "Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình từ 18 đến 20/2 theo lời mời của Tổng"
            " thống Mỹ Donald Trump.",
            SUPPORTED,
        ),
        (
            "To Lam du cuoc hop khai mac Hoi dong Hoa binh tu 18 den 20/2 theo loi moi cua Tong"
            " thong My Donald Trump.",
            SUPPORTED,
        ),
    ],
)
def test_inviter_after_a_dated_attendance(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites its evidence"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # English
        ("Hosting Pentagon chief Hegseth, Lam invited Trump to visit Vietnam.", SUPPORTED),
        ("Meeting Hegseth, To Lam invited President Trump to visit Vietnam soon", SUPPORTED),
        ("Lam met Hegseth and invited Trump to visit Vietnam.", SUPPORTED),
        ("Receiving Orbán, Lam invited Trump to visit Vietnam.", NEI),
        # the full stop of "U.S." ends no sentence before the comma
        (
            "Hosting U.S. War Secretary Hegseth, Lam passed on his greetings to President Trump.",
            SUPPORTED,
        ),
        ("Meeting Hegseth, To Lam invited Prabowo to visit Vietnam.", NEI),
        ("Lam met Hegseth in Washington and invited Trump to visit Vietnam.", NEI),
        # Vietnamese
        (
            "Tiếp Bộ trưởng Hegseth, Tổng Bí thư Tô Lâm mời Tổng thống Trump thăm Việt Nam.",
            SUPPORTED,
        ),
        ("Hội kiến ông Hegseth, ông Tô Lâm mời Tổng thống Trump sớm thăm Việt Nam", SUPPORTED),
        ("Tiếp Thủ tướng Orbán, ông Tô Lâm mời Tổng thống Trump thăm Việt Nam.", NEI),
        ("Tiếp Bộ trưởng Hegseth, Tổng Bí thư mời Tổng thống Trump sớm thăm Việt Nam.", SUPPORTED),
        ("Tiếp Thủ tướng Orbán, Tổng Bí thư mời Tổng thống Trump sớm thăm Việt Nam.", NEI),
        # without diacritics
        ("Tiep Bo truong Hegseth, Tong Bi thu moi Tong thong Trump som tham Viet Nam", SUPPORTED),
        (
            "Tiep Bo truong Hegseth, Tong Bi thu To Lam moi Tong thong Trump tham Viet Nam",
            SUPPORTED,
        ),
        (
            "Hoi kien ong Hegseth, ong To Lam chuyen loi moi Tong thong Trump tham Viet Nam",
            SUPPORTED,
        ),
        ("Tiep Thu tuong Orban, ong To Lam moi Tong thong Trump tham Viet Nam", NEI),
    ],
)
def test_fronted_encounter_frames_the_invitation(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict == SUPPORTED:
        assert "to-lam-received-hegseth-2025" in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        "To Lam met Orbán in Washington and invited him to visit Vietnam.",
        "Lam sat down with Pakistan's Sharif in Washington and invited him to Hanoi",
        "Gặp Thủ tướng Orbán tại Washington, ông Tô Lâm mời ông sang thăm Việt Nam.",
        "Gap Thu tuong Orban tai Washington, ong To Lam moi ong sang tham Viet Nam",
    ],
)
def test_one_who_invites_is_not_the_invitee(checker: Checker, statement: str) -> None:
    """Trump invited Lam to the Washington summit; an invitation Lam makes there is another one
    (doers.other_doer_parts), which no claim refutes."""
    judgement = checker.check(statement)
    assert judgement.verdict != CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the place of an invitation's content is not the meeting's (scope.locative)
        "Lam met Orbán on Feb 19 and invited him to visit Vietnam.",
        "Tô Lâm gặp Thủ tướng Orbán ngày 19/2 và mời ông sang thăm Việt Nam.",
        "To Lam gap Thu tuong Orban ngay 19/2 va moi ong sang tham Viet Nam",
        # a date after the first verb still dates a verb joined after it (scope.place_values):
        # only an act named by its noun and doer ("at the invitation of") is left undated
        "Lam met Orbán on Feb 19 and called Daines.",
    ],
)
def test_content_place_and_joined_dates_stay_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

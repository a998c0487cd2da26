"""Two facts run together with a comma alone (session 24, occasions): headlines and posts write
"Trump mời ..., TBT nhận lời rồi" where wire copy writes "and". Each side opens with a name and
its act right after it, so each is judged as a clause of its own (stance.bare_commas,
stance.runs_on, Judge.clauses): the acceptance is the one named, not Trump's.

Written before the rule, in our own headline and social wording; traps: a fronted phrase, a list
of names, a title set after a name, a stance that goes on to what was said, a call and a meeting
in person (two encounters, read whole), and a second fact the claims do not bear out (the
clause it is in decides, the first one's support does not carry it)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # English: headline, social post
        "White House invites Vietnam to found Board of Peace, party chief To Lam has accepted",
        "Trump invited Hanoi's leader to the Gaza board's first meeting, Lam accepted 🇻🇳",
        # Vietnamese: wire, social post
        "Ông Trump gửi thư mời Việt Nam tham gia Hội đồng Hòa bình, Tổng Bí thư đã nhận lời.",
        "Ông Trump mời TBT Tô Lâm dự họp Hội đồng Hòa bình, TBT nhận lời rồi nhé",
        # without diacritics
        "Trump gui thu moi VN vao Hoi dong Hoa binh, Tong Bi thu nhan loi",
        "ong Trump moi TBT sang My hop Hoi dong Hoa binh, TBT da nhan loi",
    ],
)
def test_two_facts_after_a_bare_comma(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert judgement.explanation.startswith("in ")


@pytest.mark.parametrize(
    "statement",
    [
        "At the Board of Peace's opening session, Lam met Tokayev",
        "Bên lề phiên họp khai mạc Hội đồng Hòa bình, Tổng Bí thư hội kiến Tổng thống Tokayev",
        "Ben le phien hop khai mac Hoi dong Hoa binh, Tong Bi thu hoi kien Tong thong Tokayev",
        "Lam met Orbán, Tokayev and Aliyev in Washington",
        "Tổng Bí thư tiếp ông Petr Macinka, Phó Thủ tướng kiêm Ngoại trưởng Séc",
        "Daines said Vietnam is a key partner, the US is its second-largest trading partner",
        # the speaker's attribution after a comma frames what went before
        "Vietnam backs a two-state solution, Lam said while hosting Hegseth",
        # a call before the comma and a meeting in person after it: two encounters, read
        # whole (modes.told_apart), as "met him in person after their call" is
        "Lam phoned Hagerty, Hagerty met Lam in person on Feb 18",
        "Tổng Bí thư điện đàm với TNS Hagerty, TNS Hagerty gặp trực tiếp Tổng Bí thư ngày 18/2",
        "Tong Bi thu dien dam voi TNS Hagerty, TNS Hagerty gap truc tiep Tong Bi thu ngay 18/2",
    ],
)
def test_no_clause_of_its_own(checker: Checker, statement: str) -> None:
    assert checker.judge.clauses(checker.parse(statement)) == []


@pytest.mark.parametrize(
    "statement",
    [
        # an acceptance the claims do not give, or a wrong amount in the second fact: that
        # clause decides, the first one's support does not carry it
        "Trump invited Vietnam to the Board of Peace, Hun Manet accepted",
        "Trump invited Vietnam to join the Board of Peace, Hungary approved 500 million USD in ODA",
        "Tong thong Prabowo moi Tong Bi thu tham Indonesia, Tong Bi thu nhan loi",
    ],
)
def test_the_second_clause_decides(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict != SUPPORTED, judgement.explanation
    assert judgement.explanation.startswith("in ")

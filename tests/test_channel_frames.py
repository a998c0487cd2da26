"""How an act was done, said by a frame or a verb of its channel (session 24, reviewer B's H):
"At a face-to-face meeting on Feb 18, Daines said ...", "Trong cuộc gặp trực tiếp ngày 18/2,
...", a channel verb joined to the act it carried ("điện đàm nhận lời mời", "phoned to accept").

- a mode said of the encounter that frames an act, one party named: the framed act's claim of
  that day gives the other party, and where the sources give their encounter that day as held
  another way (a call), the frame is refuted (factdb.check.modes);
- a mode said of an act that no claim of that act bears out (the meeting only the praise's
  words stand for, undated) is a detail nothing bears out: open;
- an act a call or a letter is said to carry is borne out only on that channel's occasion, and
  refuted where the claims give the act's own occasion as held through another channel (the
  acceptance by letter), else open (judge._carried).

Written before the code, in wire, headline and social wording of our own."""

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
        # the framing encounter said in person on the day of the senator's call
        (
            "At an in-person meeting on Feb. 18, "
            "Daines said Vietnam was an important economic partner",
            CONTRADICTED,
        ),
        (
            "Face to face with the party chief on Feb 18, Hagerty voiced hope to return to Vietnam",
            NEI,
        ),
        (
            "Trong buổi gặp mặt trực tiếp hôm 18/2, "
            "TNS Daines khẳng định Việt Nam là đối tác kinh tế quan trọng",
            CONTRADICTED,
        ),
        (
            "TNS Hagerty bày tỏ mong muốn sớm trở lại Việt Nam trong buổi gặp trực tiếp hôm 18/2",
            CONTRADICTED,
        ),
        (
            "Trong cuoc gap truc tiep hom 18/2, "
            "TNS Daines khang dinh Viet Nam la doi tac kinh te quan trong",
            CONTRADICTED,
        ),
    ],
)
def test_framing_mode_refuted_by_the_call(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    if verdict == NEI:
        assert judgement.verdict != SUPPORTED, judgement.explanation
    else:
        assert judgement.verdict == verdict, judgement.explanation
        assert "phone call" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the frame of a call, as the sources give it: borne out
        "In a phone call on Feb. 18, "
        "Daines said Vietnam was an important economic partner of the US.",
        "Tại cuộc điện đàm hôm 18/2, TNS Daines khẳng định Việt Nam là đối tác kinh tế quan trọng.",
        "Tai cuoc dien dam ngay 18/2, TNS Daines khang dinh Viet Nam la doi tac kinh te quan trong",
    ],
)
def test_framing_call_borne_out(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        # undated: another encounter of theirs may be meant, and no claim bears the mode out
        "Daines met the party chief face to face and lauded Vietnam for joining the Board of Peace",
        "TNS Daines gặp trực tiếp Tổng Bí thư, đánh giá cao Việt Nam tham gia Hội đồng Hòa bình",
        "TNS Daines truc tiep gap Tong Bi thu va danh gia cao Viet Nam tham gia Hoi dong Hoa binh",
    ],
)
def test_undated_mode_unborne_is_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the acceptance was by letter: said by phone, refuted (the English purpose "to
        # accept" is read as a call's detail no claim says: open, never supported)
        ("Lam phoned Trump to accept his Board of Peace invitation", NEI),
        (
            "Tổng Bí thư Tô Lâm điện đàm nhận lời tham gia Hội đồng Hòa bình của ông Trump.",
            CONTRADICTED,
        ),
        ("TBT To Lam dien dam nhan loi moi cua TT Trump tham gia Hoi dong Hoa binh", CONTRADICTED),
        # by letter, as the sources give it
        (
            "Tổng Bí thư Tô Lâm gửi thư nhận lời mời tham gia Hội đồng Hòa bình của ông Trump.",
            SUPPORTED,
        ),
        ("Trump gửi thư mời Tô Lâm tham gia Hội đồng Hòa bình.", SUPPORTED),
        # an invitation the sources give no letter for: open
        ("Lam wrote to Trump inviting him and the First Lady to Vietnam", NEI),
    ],
)
def test_act_carried_by_its_channel(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    if verdict == NEI:
        assert judgement.verdict != SUPPORTED, judgement.explanation
    else:
        assert judgement.verdict == verdict, judgement.explanation

"""Issue 10, classes 2 and 3 (session 17): acts undone, states ended, and a lasting state's
absence that reaches back.

Written before the code, the way wire copy, headlines and posts put things, in English,
Vietnamese and Vietnamese without diacritics, each with its traps:

- talks called off ("hủy cuộc hội đàm") against talks the sources say were held;
- a funding policy said to be discontinued ("đã bị dừng") against the speaker's own word that
  it is maintained to this day (the claim's subject, the US, named: stance.py binds a view to
  its subject); contact said to have stopped ("ngừng liên lạc");
- a plan ruled out ("loại trừ khả năng"), a vote to go on with a war, letters never exchanged
  ("chưa từng trao đổi thư từ"; "chưa từng có", unprecedented, denies nothing);
- approval procedures not yet completed ("has yet to complete the procedures") against a
  package the sources say was approved;
- a lasting state (party to an agreement) that the sources deny on a day: an entry into it
  dated wholly before that day is refuted; one dated after it, or in a period running past it,
  is a time the sources do not know (not enough info).

The absence of a claim never contradicts: talks no claim gives, a denial of what no claim
speaks of, stay open.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def verdict_of(checker: Checker, statement: str) -> str:
    judgement = checker.check(statement)
    return judgement.verdict


UNDONE = [
    # talks called off, of talks the sources say were held
    ("Hegseth and his Vietnamese counterpart Phan Van Giang called off their talks", CONTRADICTED),
    ("Pentagon chief Hegseth cancelled talks with Phan Văn Giang", CONTRADICTED),
    ("Bộ trưởng Phan Văn Giang và Bộ trưởng Hegseth đã hủy cuộc hội đàm", CONTRADICTED),
    ("Bo truong Phan Van Giang va Bo truong Hegseth huy hoi dam", CONTRADICTED),
    # traps: talks no claim gives; held talks; "chưa từng có" (unprecedented) is no denial
    ("Lam called off talks with Kazakhstan's Tokayev", NEI),
    ("Tổng Bí thư Tô Lâm hủy cuộc hội đàm với Tổng thống Kazakhstan", NEI),
    ("Hegseth held talks with Phan Van Giang", SUPPORTED),
    ("Bo truong Hegseth hoi dam voi Bo truong Phan Van Giang", SUPPORTED),
    ("Hegseth và Phan Văn Giang có cuộc hội đàm chưa từng có", NEI),
    # a funding policy discontinued, of the speaker's word that it is maintained to this day
    ("Leahy said US war-legacy funding has since been discontinued", CONTRADICTED),
    ("Ông Leahy cho biết ngân sách khắc phục hậu quả chiến tranh của Mỹ đã bị dừng", CONTRADICTED),
    ("Ong Leahy noi ngan sach cua My cho khac phuc hau qua chien tranh da bi cat bo", CONTRADICTED),
    # traps: another speaker's word is not Leahy's; the scholarships are another grant
    ("Hagerty said the US war-legacy funding has since been discontinued", NEI),
    # the policy said to go on is borne out
    ("Leahy said US war-legacy funding is still maintained today", SUPPORTED),
    # contact with lawmakers stopped, of his word that he still talks with them regularly
    ("Leahy says he has stopped talking to lawmakers", CONTRADICTED),
    ("Ông Leahy nói đã ngừng liên lạc với các nghị sĩ", CONTRADICTED),
    ("Ong Leahy noi da ngung lien lac voi cac nghi si", CONTRADICTED),
    # trap: contact with his old staff is nothing the sources speak of
    ("Ông Leahy nói đã ngừng liên lạc với nhân viên cũ", NEI),
    # approval procedures not completed, of a package the sources say was approved
    (
        "Orban says Hungary has yet to complete the procedures for the $400 million ODA",
        CONTRADICTED,
    ),
    ("Hungary chưa hoàn tất thủ tục thông qua khoản ODA 400 triệu USD cho Việt Nam", CONTRADICTED),
    ("Hungary chua hoan tat thu tuc thong qua khoan ODA 400 trieu USD cho Viet Nam", CONTRADICTED),
    ("Hungary completed the procedures for the $400 million ODA for Vietnam", SUPPORTED),
    # trap: procedures for another country's loan
    ("Hungary has yet to complete the procedures for a loan to Indonesia", NEI),
]

INTENDED = [
    # a plan ruled out, of the plan the sources report
    ("Orban ruled out visiting Vietnam", CONTRADICTED),
    ("Ông Orbán loại trừ khả năng sang thăm Việt Nam", CONTRADICTED),
    ("Ong Orban gat bo kha nang sang tham Viet Nam", CONTRADICTED),
    # traps: a cut ruled out is the grant kept; a plan of a leader no claim gives stays open
    ("Hungary ruled out cutting scholarships for Vietnamese students", SUPPORTED),
    ("Hungary ruled out approving more ODA for Indonesia", NEI),
]

OPPOSITE_ACTS = [
    # a vote to go on with the war, of a vote to end it
    ("Leahy voted to keep funding the war in Vietnam", CONTRADICTED),
    ("Ông Leahy bỏ phiếu ủng hộ tiếp tục cuộc chiến tranh ở Việt Nam", CONTRADICTED),
    ("Ong Leahy bo phieu ung ho tiep tuc cuoc chien tranh tai Viet Nam", CONTRADICTED),
    ("Leahy voted to end the Vietnam War", SUPPORTED),
    # letters never exchanged, of the letters the sources report
    ("To Lam has never exchanged letters with Trump", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm chưa từng trao đổi thư từ với Tổng thống Trump", CONTRADICTED),
    ("Tong Bi thu To Lam chua tung trao doi thu tu voi Tong thong Trump", CONTRADICTED),
    # traps: "chưa từng có" (unprecedented) denies nothing; unaccented "thu tu" may be Wednesday
    ("Hungary thông qua khoản ODA 400 triệu USD chưa từng có cho Việt Nam", NEI),
    ("Hungary thong qua khoan ODA 400 trieu USD chua tung co cho Viet Nam", NEI),
    ("Tong Bi thu To Lam goi dien cho Thuong nghi si Daines hom thu tu", SUPPORTED),
]

LASTING = [
    # party to an agreement, which the sources deny on 18 February 2026: a signing dated
    # wholly before that day is refuted (it would have made them parties then)
    ("The US and Vietnam inked the reciprocal trade deal in 2025", CONTRADICTED),
    ("Việt Nam và Mỹ đã ký kết hiệp định thương mại đối ứng năm 2025", CONTRADICTED),
    ("Viet Nam va My da ky ket hiep dinh thuong mai doi ung nam 2025", CONTRADICTED),
    ("Hanoi and Washington signed the reciprocal trade agreement in January 2026", CONTRADICTED),
    ("Hiệp định thương mại đối ứng Việt - Mỹ được ký kết vào tháng 1/2026", CONTRADICTED),
    # the denial reaches back: not a party in 2025 is borne out
    ("Vietnam was not a party to the reciprocal trade agreement in 2025", SUPPORTED),
    # traps: a time later than the sources know, or a period running past the day they know
    ("The US and Vietnam signed the reciprocal trade deal in March 2026", NEI),
    ("Viet Nam va My ky hiep dinh thuong mai doi ung vao thang 2/2026", NEI),
    ("The US and Vietnam signed the reciprocal trade deal in February 2026", NEI),
    # a plan for later is no signing
    ("The US and Vietnam will sign the reciprocal trade deal in 2027", NEI),
    # an agreement the sources give as in force is not refuted by an earlier signing
    ("Vietnam and the EU signed the EVFTA in 2019", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), UNDONE + INTENDED + OPPOSITE_ACTS + LASTING)
def test_turned_acts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_day_the_absence_reaches_back_from(checker: Checker) -> None:
    # the reason says why an earlier date is refuted: the sources' denial on a later day
    judgement = checker.check("The US and Vietnam inked the reciprocal trade deal in 2025")
    assert {c.id for c in judgement.evidence} == {"vn-us-reciprocal-trade-agreement-not-concluded"}
    assert "18 February 2026" in judgement.explanation
    assert "2025" in judgement.explanation


def test_the_reason_names_the_word_that_turned_the_act(checker: Checker) -> None:
    judgement = checker.check("Hegseth and Phan Van Giang called off their talks")
    assert "called off" in judgement.explanation

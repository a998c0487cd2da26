"""Session 30, predicates read as refuting: contrary wordings of what a claim holds.

A statement that says the opposite of a claim in other words ("snubbed" of a meeting, "political
trust has eroded" of growing trust, "reluctant to play any mediating role" of a bridge for peace)
is read as the claim's predicate or view under a denial (`antonyms` and `opposites` in
factdb/lexicon/<lang>/polarity.yaml), so the claim of that same occasion refutes it. Given to
another speaker, another party or another place, the contrary wording stays not enough info.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a snub is a meeting refused: the claim that they met in Washington refutes it
    ("Lam snubbed Pashinyan in Washington.", CONTRADICTED),
    ("Lam Snubs Pashinyan in Washington", CONTRADICTED),
    ("Lam declined to meet Prabowo in Washington.", CONTRADICTED),
    ("Tô Lâm né gặp ông Pashinyan tại Washington.", CONTRADICTED),
    ("To Lam ne gap ong Pashinyan tai Washington.", CONTRADICTED),
    ("Tô Lâm không chịu gặp Tổng thống Prabowo tại Washington.", CONTRADICTED),
    ("To Lam khong chiu gap Tong thong Prabowo tai Washington.", CONTRADICTED),
    ("Lam shunned Pashinyan in Washington.", CONTRADICTED),
    ("Tô Lâm tránh gặp ông Pashinyan tại Washington.", CONTRADICTED),
    ("To Lam lanh mat ong Pashinyan tai Washington.", CONTRADICTED),
    # ... traps: another place, a person the claims never have him meet
    # ... a group no claim gives, where no name is: the denial falls on it, not on meeting
    # anyone (scope.denied_groups), so the meetings with named leaders refute nothing
    ("Lam snubbed the press in Washington.", NEI),
    ("Lam did not meet reporters in Washington.", NEI),
    ("Tô Lâm tránh gặp báo chí tại Washington.", NEI),
    ("To Lam tranh gap bao chi tai Washington.", NEI),
    ("Lam snubbed Pashinyan in Hanoi.", NEI),
    ("Tô Lâm né gặp ông Pashinyan tại Hà Nội.", NEI),
    ("To Lam ne gap ong Pashinyan tai Ha Noi.", NEI),
    ("Lam snubbed Hun Sen.", NEI),
    ("Tô Lâm né gặp ông Hun Sen.", NEI),
    # ... a snub of an offer refuses the offer, and denies no meeting with the one who made it
    ("Lam snubbed Orbán's offer of closer ties.", NEI),
    # trust worn away, of Hagerty's gladness at growing political trust
    ("Hagerty said political trust has eroded.", CONTRADICTED),
    ("Ông Hagerty cho rằng tin cậy chính trị bị xói mòn.", CONTRADICTED),
    ("Ong Hagerty cho rang tin cay chinh tri bi xoi mon.", CONTRADICTED),
    # ... given to another speaker: the sources never say what he thought of it
    ("Leahy said political trust has eroded.", NEI),
    ("Ông Leahy cho rằng tin cậy chính trị bị xói mòn.", NEI),
    ("Ong Leahy cho rang tin cay chinh tri bi xoi mon.", NEI),
    # ... and denied again, the opposite says nothing of the view
    ("Hagerty said political trust had not eroded.", NEI),
    # out of touch with the lawmakers in office, of Leahy's regular talks with both parties
    ("Leahy said he no longer keeps in touch with sitting lawmakers.", CONTRADICTED),
    ("Ông Leahy nói ông không còn giữ liên lạc với các nghị sĩ đương nhiệm.", CONTRADICTED),
    ("Ong Leahy noi ong khong con giu lien lac voi cac nghi si duong nhiem.", CONTRADICTED),
    ("Daines said he no longer keeps in touch with sitting lawmakers.", NEI),
    # reluctant to mediate, of Lam's telling Hegseth that Vietnam is ready to be a bridge for peace
    ("To Lam told Hegseth that Vietnam was reluctant to play any mediating role.", CONTRADICTED),
    ("Tô Lâm nói với ông Hegseth rằng Việt Nam ngần ngại đóng vai trò trung gian.", CONTRADICTED),
    ("To Lam noi voi ong Hegseth rang Viet Nam ngan ngai dong vai tro trung gian.", CONTRADICTED),
    # ... an antonym of a view on another occasion stays open: Lam never spoke of it to Leahy
    ("To Lam told Leahy that Vietnam was reluctant to play any mediating role.", NEI),
    ("Tô Lâm nói với ông Leahy rằng Việt Nam ngần ngại đóng vai trò trung gian.", NEI),
    ("To Lam noi voi ong Leahy rang Viet Nam ngan ngai dong vai tro trung gian.", NEI),
    ("Hegseth said Vietnam was reluctant to play any mediating role.", NEI),
    # a body's first meeting as the press heads it, skipped: the claim that Lam attended it
    ("To Lam skipped Trump's Board of Peace opener.", CONTRADICTED),
    ("Tô Lâm vắng mặt tại phiên họp đầu tiên của Hội đồng Hòa bình.", CONTRADICTED),
    ("To Lam vang mat tai phien hop dau tien cua Hoi dong Hoa binh.", CONTRADICTED),
    # ... the opener of something else is no meeting the claims give
    ("Lam skipped the opener of the Vietnam-US trade talks.", NEI),
    # thanked for standing in the way of the resolution he pushed through
    ("Lam thanked Daines for blocking the 30th-anniversary resolution.", CONTRADICTED),
    ("Tô Lâm cảm ơn ông Daines đã ngăn cản nghị quyết kỷ niệm 30 năm.", CONTRADICTED),
    ("To Lam cam on ong Daines vi da ngan can nghi quyet ky niem 30 nam.", CONTRADICTED),
    # ... thanks to another senator: no claim of his part in it
    ("Lam thanked Hagerty for blocking the 30th-anniversary resolution.", NEI),
    ("Tô Lâm cảm ơn ông Hagerty đã ngăn cản nghị quyết kỷ niệm 30 năm.", NEI),
    # ... and the resolution blocked by its chamber is still its adoption denied
    ("The Senate blocked the 30th-anniversary resolution.", CONTRADICTED),
    # a bad beginning, of Lam's telling Leahy the trip was a positive start
    ("Lam said the trip was a negative start to 2026", CONTRADICTED),
    ("Tổng Bí thư cho biết chuyến đi là khởi đầu tiêu cực cho năm 2026", CONTRADICTED),
    ("Tong Bi thu cho biet chuyen di la khoi dau tieu cuc cho nam 2026", CONTRADICTED),
    # ... of another speaker, or told to another than the one he told
    ("Leahy said the trip was a negative start to 2026", NEI),
    ("Ông Leahy nói chuyến đi là khởi đầu tiêu cực cho năm 2026", NEI),
    ("Ong Leahy noi chuyen di la khoi dau tieu cuc cho nam 2026", NEI),
    ("Lam told Hegseth the trip was a bad start to 2026.", NEI),
    # support for prolonging the war, "việc" before what is supported, of Leahy's early opposition
    (
        "Ông Leahy cho biết khi mới vào Thượng viện, ông từng ủng hộ việc kéo dài cuộc chiến"
        " tại Việt Nam",
        CONTRADICTED,
    ),
    (
        "Ong Leahy cho biet khi moi vao Thuong vien, ong tung ung ho viec keo dai cuoc chien"
        " tai Viet Nam",
        CONTRADICTED,
    ),
    ("Ông Hagerty cho biết ông từng ủng hộ việc kéo dài cuộc chiến tại Việt Nam", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_refuting_wordings(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# A word that denies several predicates is read for the one whose object it falls on, where one
# does (denials.bind_denials): "walked away from the EVFTA" leaves an agreement, and no body it was
# a founding member of; with no agreement after it, the body is what it leaves.
DENIED = [
    ("Lam snubbed Trump's invitation.", "accepted_invitation", "met"),
    ("Lam snubbed Pashinyan in Washington.", "met", "accepted_invitation"),
    ("Vietnam walked away from the EVFTA.", "party_to_agreement", "founding_member"),
    ("Việt Nam rút khỏi Hiệp định EVFTA.", "party_to_agreement", "founding_member"),
    ("Viet Nam rut khoi Hiep dinh EVFTA.", "party_to_agreement", "founding_member"),
    ("Vietnam walked away from the Board of Peace.", "founding_member", "party_to_agreement"),
    ("Việt Nam rút khỏi Hội đồng Hòa bình.", "founding_member", "party_to_agreement"),
    ("Viet Nam rut khoi Hoi dong Hoa binh.", "founding_member", "party_to_agreement"),
]


@pytest.mark.parametrize(("statement", "denied", "not_read"), DENIED)
def test_a_shared_denying_word_is_read_for_the_object_it_falls_on(
    checker: Checker, statement: str, denied: str, not_read: str
) -> None:
    parsed = checker.parse(statement)
    assert parsed.negation is not None
    assert denied in parsed.predicates
    assert not_read not in parsed.predicates


# An act denied with its parties' roles the other way round (`reversals` in
# lexicon/<lang>/statements.yaml, factdb.check.reversal): the claims that bear the act out
# turned round refute it; an act of one occasion turned round keeps its date.
REVERSALS = [
    # Lam invited Pashinyan to visit Vietnam: the place is the inviter's country, turned too
    ("Pashinyan invited Lam to Armenia, not the other way round.", CONTRADICTED),
    ("Pashinyan invited Lam to Armenia, not vice versa.", CONTRADICTED),
    (
        "Ông Pashinyan mời Tổng Bí thư Tô Lâm sang thăm Armenia, chứ không phải ngược lại.",
        CONTRADICTED,
    ),
    (
        "Ong Pashinyan moi Tong Bi thu To Lam sang tham Armenia, chu khong phai nguoc lai.",
        CONTRADICTED,
    ),
    # Orbán congratulated Lam
    ("Lam congratulated Orbán, not the other way round.", CONTRADICTED),
    ("Tô Lâm chúc mừng ông Orbán, chứ không phải ngược lại.", CONTRADICTED),
    # traps: the act as written borne out, the other way round not denied by any claim
    ("Orbán congratulated Lam, not the other way round.", NEI),
    ("Ông Orbán chúc mừng Tổng Bí thư Tô Lâm, chứ không phải ngược lại.", NEI),
    # ... a meeting is the same both ways round
    ("Lam met Orbán, not the other way round.", NEI),
    ("Tô Lâm gặp ông Orbán, chứ không phải ngược lại.", NEI),
    ("To Lam gap ong Orban, chu khong phai nguoc lai.", NEI),
    # ... no claim of the act turned round
    ("Tokayev invited Lam, not the other way round.", NEI),
    ("Ông Tokayev mời Tổng Bí thư Tô Lâm, chứ không phải ngược lại.", NEI),
    # ... another occasion: the invitation of 2026 says nothing of one in 2020
    ("Pashinyan invited Lam in 2020, not the other way round.", NEI),
    ("Ông Pashinyan mời Tổng Bí thư Tô Lâm năm 2020, chứ không phải ngược lại.", NEI),
    ("Ong Pashinyan moi Tong Bi thu To Lam nam 2020, chu khong phai nguoc lai.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), REVERSALS)
def test_an_act_denied_the_other_way_round(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

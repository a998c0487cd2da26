"""A word that denies is bound to what it denies, not to the whole statement.

"Missing" denies an attendance only with a meeting to be missing from ("missed the meeting",
"was missing from the summit"); "servicemen missing in the war" says nothing of anyone's
attendance. A denying verb's object names what was refused, not an act of the subject
("bác bỏ đề nghị ...": the proposal rejected, not "proposed"). A denial before a relative date
("did not call Daines and Leahy on the same day") falls on the relation, not on the calls.
Written the way wire copy, headlines and posts put things, in English, Vietnamese and
Vietnamese without diacritics; the traps keep the denials that are denials.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "denied"),
    [
        # a participle that describes a noun is no denial of the statement's act
        ("Lam vowed to keep up the search for US servicemen missing in the war", False),
        ("Lam raised the missing-in-action issue with Sen. Daines", False),
        ("Lam urged help finding Vietnamese soldiers still missing from the war", False),
        # traps: missing a meeting, or missing from one, is not attending it
        ("To Lam missed the Board of Peace's inaugural meeting", True),
        ("Lam was missing from the opening session of Trump's peace board", True),
        ("Lam gave the Board of Peace's opening meeting a miss", True),
        ("Tổng Bí thư vắng mặt tại cuộc họp khai mạc Hội đồng Hòa bình", True),
        ("Tong Bi thu vang mat tai cuoc hop khai mac Hoi dong Hoa binh", True),
    ],
)
def test_a_denying_word_needs_what_it_denies(
    checker: Checker, statement: str, denied: bool
) -> None:
    parsed = checker.parse(statement)
    assert (parsed.negation is not None) == denied, parsed.negation
    assert ("attended" in parsed.predicates) == denied


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a vow is a commitment he stressed (a stance verb since the support work)
        (
            "Lam vowed Hanoi would keep up the search for US servicemen missing in the war",
            SUPPORTED,
        ),
        ("Lam raised the missing-in-action issue with Sen. Daines", NEI),
        ("The MIA search came up in Lam's call with Daines", NEI),
        # borne out: "missing" is a word the claim's source says ("mất tích")
        (
            "Lam told Daines that Vietnam is committed to cooperating fully and responsibly"
            " with the US in the search for American servicemen missing in the war.",
            SUPPORTED,
        ),
        (
            "Lam stressed to Sen. Daines that Hanoi remains committed to the search for US"
            " servicemen missing in the war.",
            SUPPORTED,
        ),
        ("Lam urged Washington to help find Vietnamese soldiers still missing from the war", NEI),
        ("Tổng Bí thư nêu việc tìm kiếm quân nhân Mỹ mất tích trong điện đàm với ông Daines", NEI),
        ("Tong Bi thu neu viec tim kiem quan nhan My mat tich trong dien dam voi ong Daines", NEI),
        # traps
        ("To Lam missed the Board of Peace's inaugural meeting", CONTRADICTED),
        ("Vietnam's party chief skipped the Board of Peace meeting in Washington", CONTRADICTED),
        ("Lam was missing from the opening meeting of the Board of Peace", CONTRADICTED),
        ("Tổng Bí thư Tô Lâm vắng mặt tại cuộc họp khai mạc Hội đồng Hòa bình", CONTRADICTED),
        ("Tong Bi thu To Lam vang mat tai cuoc hop khai mac Hoi dong Hoa binh", CONTRADICTED),
    ],
)
def test_missing_in_the_war_is_no_absence(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng Bí thư bác bỏ đề nghị tăng cường hợp tác nghị viện",
        "Tong Bi thu bac bo de nghi tang cuong hop tac nghi vien",
        "Tổng Bí thư từ chối đề nghị điện đàm với ông Leahy",
        # ("Tong Bi thu tu choi" reads "thu tu" as "thứ tư", the fourth: the name between)
        "Tong Bi thu To Lam tu choi de nghi dien dam voi ong Leahy",
        "Lam rejected the request for a phone call with Leahy",
        "Lam turned down the offer of talks with Orban",
        # a refusal denied answers the request all the same: no request denied
        "Defense Secretary Hegseth did not reject Lam's request for help with dioxin remediation",
        "Daines never refused Lam's request on demining, his office said",
        "Hegseth didn't turn down the general secretary's request on dioxin cleanup",
        "Bộ trưởng Hegseth không bác bỏ đề nghị của Tổng Bí thư về tẩy độc dioxin",
        "Bo truong Hegseth khong tu choi de nghi cua Tong Bi thu ve ra pha bom min",
    ],
)
def test_the_object_of_a_denying_verb_is_no_act(checker: Checker, statement: str) -> None:
    parsed = checker.parse(statement)
    assert not {"requested", "phone_call", "met"} & set(parsed.predicates)
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # traps: the act a refusal of an invitation leads to is still read, as a wish denied
        ("Indonesia's president turned down Lam's invitation to visit Vietnam.", CONTRADICTED),
        ("Tong thong Prabowo tu choi loi moi tham Viet Nam cua Tong Bi thu", CONTRADICTED),
        # a request itself denied is still denied
        ("Lam did not ask the US for help with dioxin remediation.", CONTRADICTED),
        # a denial in another clause than the act keeps the act
        ("Lam rejected nothing: he asked Congress to keep funding dioxin cleanup", NEI),
    ],
)
def test_a_refusal_keeps_the_acts_it_leads_to(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    "statement",
    [
        "Lam did not call Daines and Leahy on the same day",
        "Lam's calls with Daines and Leahy did not take place on the same day",
        "Tổng Bí thư không điện đàm với ông Daines và ông Leahy trong cùng một ngày",
        "Tong Bi thu khong dien dam voi ong Daines va ong Leahy trong cung mot ngay",
    ],
)
def test_a_denial_of_a_relative_date_falls_on_the_relation(
    checker: Checker, statement: str
) -> None:
    judgement = checker.check(statement)
    # the calls took place; whether on one day depends on the clock counted in (18 February in
    # Washington is 19 February in Hanoi): open, and said to be about the relation
    assert judgement.verdict == NEI, judgement.explanation
    assert judgement.explanation.startswith("the statement denies its acts"), judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the relation fixed by the claims: a denial of it is refuted or borne out
        ("Lam did not phone Leahy the day after his call with Daines", CONTRADICTED),
        ("Lam did not phone Leahy two days after his call with Daines", SUPPORTED),
        (
            "Tổng Bí thư không điện đàm với ông Leahy một ngày sau cuộc điện đàm với ông Daines",
            CONTRADICTED,
        ),
    ],
)
def test_a_denied_relation_is_decided_by_the_claims(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# Traps of the same classes, written as the press writes: a word that denies, or looks as if it
# did, inside a noun phrase, a name, a quotation or a compound ("không quân", "không gian",
# "no-fly", "danh dự"), and denials that are denials. None may come out confidently wrong.
TRAPS = [
    # inside a noun phrase
    ("Lam met the mother of a US pilot missing in action since 1968.", NEI),
    ("Lam thanked Leahy for his work on the Missing in Action accounting programme.", NEI),
    ("The phone call with Daines touched on remains of soldiers missing since the war.", NEI),
    ("Tổng Bí thư cảm ơn ông Leahy về chương trình tìm kiếm người mất tích.", NEI),
    ("Tong Bi thu cam on ong Leahy ve chuong trinh tim kiem nguoi mat tich.", NEI),
    ("Tổng Bí thư nhắc tới các quân nhân mất tích tại cuộc họp khai mạc Hội đồng Hòa bình.", NEI),
    ("Lam told Daines the remains of missing servicemen are still being sought.", NEI),
    ("Hanoi won't stop searching for missing US troops, Lam told Daines.", NEI),
    # inside a name or a quotation
    ('Lam met families featured in the documentary "Missing" at the Board of Peace meeting.', NEI),
    ("Lam met the head of the Missing Persons Office at the Board of Peace meeting.", NEI),
    ('"No one can stop peace," Lam told Trump\'s Board of Peace.', NEI),
    ('Lam\'s "Never Again" speech at the Board of Peace drew applause.', NEI),
    ("Tong Bi thu trich dan Khong Tu tai cuoc hop khai mac Hoi dong Hoa binh.", NEI),
    # compounds
    ("Lam discussed the no-fly zone over Gaza with Trump's Board of Peace.", NEI),
    ("No-deal fears eased as Lam met Orban in Washington.", NEI),
    ("Lam met Orban in a no-holds-barred discussion in Washington.", NEI),
    ("Tư lệnh Không quân Việt Nam tháp tùng Tổng Bí thư sang Mỹ.", NEI),
    ("Tu lenh Khong quan Viet Nam thap tung Tong Bi thu sang My.", NEI),
    ("Tổng Bí thư và ông Orbán bàn về hợp tác không gian.", NEI),
    ("Tong Bi thu va ong Orban ban ve hop tac khong gian.", NEI),
    ("Không khí cuộc gặp giữa Tổng Bí thư và Thủ tướng Orbán rất cởi mở.", NEI),
    ("Đội danh dự Không quân Mỹ đón Tổng Bí thư Tô Lâm tại Washington.", NEI),
    ("Doi danh du Khong quan My don Tong Bi thu To Lam tai Washington.", NEI),
    # "không ít" denies nothing; who else was present is a detail the attendance claim's source
    # does not give (it was borne out by the title's claim's sentences until session 22's
    # title-coverage fix, cb44a21)
    (
        "Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình, nơi không ít lãnh đạo"
        " thế giới có mặt.",
        NEI,
    ),
    ("Lam did not just meet Orban; he also called Leahy.", SUPPORTED),
    # what a refusing verb falls on
    ("Lam rejected the idea that the reciprocal trade deal had stalled.", NEI),
    ("Tổng Bí thư bác bỏ ý kiến cho rằng đàm phán thương mại bị đình trệ.", NEI),
    ("Lam turned down a request to meet reporters in Washington.", NEI),
    ("Tổng Bí thư từ chối bình luận về cuộc gặp với Thủ tướng Orbán.", NEI),
    ("Lam declined comment on his meeting with Orban.", NEI),
    # a denying verb of a predicate falls on its object, not on anything after it
    ("Hungary reduced tariffs on Vietnamese goods, Orban told Lam.", NEI),
    ("Hungary giảm thuế cho hàng hóa Việt Nam, ông Orbán nói với Tổng Bí thư.", NEI),
    ("Hungary halted imports of Vietnamese rice, Orban told Lam.", NEI),
    ("Hungary ended visa requirements for Vietnamese students, Orban told Lam.", NEI),
    ("Hungary ngừng nhập khẩu gạo Việt Nam, ông Orbán cho biết.", NEI),
    ("Hungary ngung nhap khau gao Viet Nam, ong Orban cho biet.", NEI),
    ("Hungary stopped short of promising more ODA to Vietnam.", NEI),
    ("Tổng Bí thư cắt băng khánh thành trung tâm học bổng Hungary - Việt Nam.", NEI),
    ("Hungary cắt giảm thủ tục cấp học bổng cho sinh viên Việt Nam.", NEI),
    ("Hungary cat giam thu tuc cap hoc bong cho sinh vien Viet Nam.", NEI),
    ("Lam walked away from the talks with Orban satisfied.", NEI),
    ("Vietnam downgraded its growth forecast as Lam met Prabowo.", NEI),
    ("Orban stopped in Washington to meet Lam.", SUPPORTED),
    # denials that are denials
    ("Hungary reduced the number of scholarships for Vietnamese students.", CONTRADICTED),
    ("Hungary giảm số lượng học bổng cho sinh viên Việt Nam.", CONTRADICTED),
    ("Jakarta downgrades ties with Hanoi", CONTRADICTED),
    ("Trump rescinded the invitation to Lam ahead of the Board of Peace meeting.", CONTRADICTED),
    ("Tổng thống Trump rút lại lời mời Tổng Bí thư dự cuộc họp Hội đồng Hòa bình.", CONTRADICTED),
    ("Tong thong Trump rut lai loi moi Tong Bi thu du cuoc hop Hoi dong Hoa binh.", CONTRADICTED),
    ("Lam was a no-show at the Board of Peace meeting.", CONTRADICTED),
    ("Lam turned down Trump's invitation to the Board of Peace.", CONTRADICTED),
    ("Tô Lâm từ chối lời mời của Tổng thống Trump tham gia Hội đồng Hòa bình.", CONTRADICTED),
    ("Tong Bi thu khong du cuoc hop khai mac Hoi dong Hoa binh.", CONTRADICTED),
    ("Lam Declines to Meet Hungary's Orban in Washington", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), TRAPS)
def test_denial_words_inside_phrases(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # found by the traps above: of an act with one direction, the claim's doer named after
        # the verb is who it was done to ("officials welcomed Lam at the airport" is no
        # reception Lam hosted)
        ("Quan chức Mỹ đón Tổng Bí thư Tô Lâm tại sân bay.", NEI),
        ("Quan chuc My don Tong Bi thu To Lam tai san bay.", NEI),
        ("Giới chức Mỹ tiếp Tổng Bí thư Tô Lâm tại sân bay.", NEI),
        ("US officials received To Lam at the airport.", NEI),
        # a country's people as the doer where the claim's doer holds no office there: "US
        # officials met Lam" is not his meeting with Aliyev
        ("US officials met To Lam.", NEI),
        ("Quan chức Mỹ gặp Tổng Bí thư Tô Lâm tại sân bay.", NEI),
        ("Cac quan chuc My gap Tong Bi thu To Lam.", NEI),
        ("Lãnh đạo Mỹ gặp Tổng Bí thư Tô Lâm tại Washington.", NEI),
        # several of Hungary's people (session 24, assertions._people_beside): the claims give
        # one, Orbán, so the meeting is borne out for no group of them; open, never refuted
        ("Hungarian officials met To Lam in Washington.", NEI),
        # ... and after the verb: "met US officials" is no meeting with Aliyev either
        ("Lam met US officials in Washington.", NEI),
        ("Tổng Bí thư Tô Lâm gặp các quan chức Mỹ tại Washington.", NEI),
        ("Tong Bi thu To Lam gap cac quan chuc My tai Washington.", NEI),
        ("Tổng Bí thư Tô Lâm gặp lãnh đạo Hungary tại Washington.", SUPPORTED),
        # a country the claim gives another role is that role's
        ("Tổng Bí thư Tô Lâm mời Thủ tướng Pashinyan sang thăm Việt Nam.", SUPPORTED),
        ("Lãnh đạo Việt Nam gặp Thủ tướng Orbán tại Washington.", SUPPORTED),
        # traps: the host named first, or a mutual act named either way round
        ("Tổng Bí thư Tô Lâm tiếp Trưởng đại diện Thương mại Mỹ Jamieson Greer.", SUPPORTED),
        ("To Lam received USTR Jamieson Greer.", SUPPORTED),
        ("Orban met Lam in Washington.", SUPPORTED),
    ],
)
def test_a_one_way_act_done_to_its_doer(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng thống Trump rút lại lời mời Tổng Bí thư dự cuộc họp Hội đồng Hòa bình.",
        "Tong thong Trump rut lai loi moi Tong Bi thu du cuoc hop Hoi dong Hoa binh.",
        "Trump rescinded the invitation to General Secretary To Lam.",
    ],
)
def test_a_denying_verb_denies_no_title_after_it(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    refuted = {p.predicate for p in judgement.parts if p.verdict == CONTRADICTED}
    assert refuted == {"invited"}, judgement.explanation

"""Session 16, support: press wording the sources bear out (issue 10), written before the code.
Each mechanism has its statements in English, Vietnamese and Vietnamese without diacritics, and
traps that must stay not enough info: another occasion or place, another party, one unstated
detail. None of these is the wording of a corpus item.

- a country named for a person of the claim by description ("the Vietnamese leader",
  "nhà lãnh đạo Việt Nam", "the Vietnamese party chief"): the general secretary of the
  Communist Party of Vietnam holds Vietnam's office;
- a country that goes on the name of what the claims name, whose name holds it ("tìm kiếm
  hài cốt liệt sĩ Việt Nam", "the war in Vietnam"), is part of that name;
- an invitation given by a title with no name ("theo lời mời của Tổng Bí thư", "at the
  invitation of the general secretary"): the order of the names says nothing of who invited;
- joining a body is a membership, which a founding membership bears out, and joining a meeting
  an attendance: "join", "tham gia", "gia nhập" say one of the two (world/readings.yaml);
- an agreement between two parties is one act of both: "Macinka agreed with Lam to ..." is
  Lam's agreement with Macinka (predicates.yaml: agreed is symmetric);
- "the two sides", "hai bên" in words given to a speaker, with the one spoken to named, are
  the two countries of the exchange (stances.yaml persons `sides`), as "the two countries";
- making something a priority is committing to it ("make _ a priority", "ưu tiên");
- a speaker who is the doer of the act in the words given him ("Hagerty said he would ...",
  "ông Hagerty cho biết sẽ ...") is its doer himself, not the state whose act he stated; only
  his own verb of saying, where it is the act ("pledged", "cam kết"), states his state's act;
  so is he where the parse binds no one: his pronoun right after his verb of saying or after
  the one he told ("said he would", "told Lam he would", "cho biết ông sẽ":
  `self_reference` in stances.yaml), or a plan word opening his words, with no one else
  bound to the act, after his name and a colon ("Hagerty: sẽ ...");
- English pronouns and auxiliaries mark English ("he" is no Vietnamese "hệ"):
  tests/test_language.py."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# A country joined to a title or a leader's noun describes the claim's own person.
DESCRIBED = [
    ("Orbán sat down with the Vietnamese leader on the sidelines in Washington.", SUPPORTED),
    ("Nhà lãnh đạo Việt Nam đã gặp Thủ tướng Orbán tại Washington.", SUPPORTED),
    ("Nha lanh dao Viet Nam da gap Thu tuong Orban tai Washington.", SUPPORTED),
    ("Vietnam's Communist Party chief To Lam held talks with Orbán in Washington.", SUPPORTED),
    # another party: no claim gives the Cambodian leader a meeting with Orbán
    ("Orbán sat down with the Cambodian leader on the sidelines in Washington.", NEI),
    ("Nhà lãnh đạo Campuchia đã gặp Thủ tướng Orbán tại Washington.", NEI),
    ("Nha lanh dao Campuchia da gap Thu tuong Orban tai Washington.", NEI),
    # another place: the meeting was in Washington; where the act was done from
    ("To Lam phoned Leahy from Vietnam.", NEI),
    ("Tô Lâm điện đàm với ông Leahy từ Việt Nam.", NEI),
    ("Orbán sat down with the Vietnamese leader in Hanoi.", NEI),
    ("Nhà lãnh đạo Việt Nam đã gặp Thủ tướng Orbán tại Hà Nội.", NEI),
    ("Nha lanh dao Viet Nam da gap Thu tuong Orban tai Ha Noi.", NEI),
    # another act: no claim gives Orbán a call with him
    ("Orbán phoned the Vietnamese leader.", NEI),
    ("Ong Orban dien dam voi nha lanh dao Viet Nam.", NEI),
]

# A party's title with its country ("the Vietnamese party chief") stands for its one holder.
PARTY_TITLE = [
    ("The Vietnamese party chief met Indonesian President Prabowo in Washington.", SUPPORTED),
    ("Tổng Bí thư Việt Nam gặp Tổng thống Indonesia Prabowo tại Washington.", SUPPORTED),
    ("Tong Bi thu Viet Nam gap Tong thong Indonesia Prabowo tai Washington.", SUPPORTED),
    # no claim gives the Cambodian party's leader that meeting
    ("The Cambodian party chief met Indonesian President Prabowo in Washington.", NEI),
    ("Tổng Bí thư Việt Nam gặp Tổng thống Indonesia Prabowo tại Jakarta.", NEI),
]

# What one makes a priority one undertakes.
PRIORITY = [
    ("Daines said he would make war-legacy cooperation a priority.", SUPPORTED),
    (
        "Ông Daines cho biết sẽ ưu tiên thúc đẩy hợp tác khắc phục hậu quả chiến tranh.",
        SUPPORTED,
    ),
    (
        "Ong Daines cho biet se uu tien thuc day hop tac khac phuc hau qua chien tranh.",
        SUPPORTED,
    ),
    # another party
    ("Hagerty said he would make war-legacy cooperation a priority.", NEI),
    ("Ong Hagerty cho biet se uu tien thuc day hop tac khac phuc hau qua chien tranh.", NEI),
    # another thing made a priority
    ("Daines said he would make the reciprocal trade deal a priority.", NEI),
    ("Ông Daines cho biết sẽ ưu tiên thúc đẩy hiệp định thương mại đối ứng.", NEI),
]

# The speaker as the doer in his own words is himself: Hagerty stated the United States'
# coordination on war legacies, Daines that he himself would make it a priority.
SAID_OF_HIMSELF = [
    ("Hagerty said he would prioritize war-legacy cooperation.", NEI),
    ("Ông Hagerty cho biết sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("Ong Hagerty cho biet se uu tien hop tac khac phuc hau qua chien tranh.", NEI),
    # his pronoun after his verb of saying, or after the one he told
    ("Ông Hagerty cho biết ông sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", NEI),
    ("Ong Hagerty cho biet ong se uu tien hop tac khac phuc hau qua chien tranh.", NEI),
    ("Hagerty said he would keep coordinating closely with Vietnam on war legacies.", NEI),
    ("Hagerty told Lam he would keep coordinating closely with Vietnam on war legacies", NEI),
    (
        "Ông Hagerty nói với Tổng Bí thư Tô Lâm ông sẽ ưu tiên hợp tác khắc phục hậu quả "
        "chiến tranh.",
        NEI,
    ),
    (
        "Ong Hagerty noi voi Tong Bi thu To Lam ong se uu tien hop tac khac phuc hau qua "
        "chien tranh.",
        NEI,
    ),
    # a plan alone after his name and a colon is his own
    ("Hagerty: will make war-legacy cooperation a priority", NEI),
    ("Hagerty: sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh", NEI),
    ("Hagerty: se uu tien hop tac khac phuc hau qua chien tranh", NEI),
    ("Hagerty: will keep coordinating closely with Vietnam on war legacies", NEI),
    ("Ông Hagerty: sẽ tiếp tục phối hợp chặt chẽ với Việt Nam khắc phục hậu quả chiến tranh", NEI),
    ("Ong Hagerty: se tiep tuc phoi hop chat che voi Viet Nam khac phuc hau qua chien tranh", NEI),
    # he himself, of his own undertaking
    ("Daines said he would prioritize war-legacy cooperation.", SUPPORTED),
    ("Daines told Lam he would make war-legacy cooperation a priority.", SUPPORTED),
    ("Ông Daines cho biết ông sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", SUPPORTED),
    ("Ong Daines cho biet ong se uu tien hop tac khac phuc hau qua chien tranh.", SUPPORTED),
    ("Daines: sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh", SUPPORTED),
    ("Ông Daines cho biết sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", SUPPORTED),
    ("Ong Daines cho biet se uu tien hop tac khac phuc hau qua chien tranh.", SUPPORTED),
    # the state named in his words
    ("Hagerty said the US would make war-legacy cooperation a priority.", SUPPORTED),
    ("Ông Hagerty cho biết Mỹ sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh.", SUPPORTED),
    ("Ong Hagerty cho biet My se uu tien hop tac khac phuc hau qua chien tranh.", SUPPORTED),
    (
        "Hagerty told Lam the US would keep coordinating closely with Vietnam on war legacies.",
        SUPPORTED,
    ),
    ("Hagerty: Mỹ sẽ ưu tiên hợp tác khắc phục hậu quả chiến tranh", SUPPORTED),
    ("Hagerty: My se uu tien hop tac khac phuc hau qua chien tranh", SUPPORTED),
    ("Hagerty: the US will keep coordinating closely with Vietnam on war legacies", SUPPORTED),
    # his verb of saying is the act: he pledged his state's cooperation
    (
        "Lam pledged Hanoi would keep cooperating fully with Washington in the search for "
        "missing US servicemen.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư cam kết Việt Nam sẽ tiếp tục hợp tác đầy đủ với Mỹ trong tìm kiếm quân "
        "nhân Mỹ mất tích.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu cam ket Viet Nam se tiep tuc hop tac day du voi My trong tim kiem quan "
        "nhan My mat tich.",
        SUPPORTED,
    ),
]

# A country that goes on the name of an event or a view the claims name, whose name holds it.
IN_NAME = [
    ("Tổng Bí thư đề nghị Mỹ tiếp tục hỗ trợ tìm kiếm hài cốt liệt sĩ Việt Nam.", SUPPORTED),
    ("Tong Bi thu de nghi My tiep tuc ho tro tim kiem hai cot liet si Viet Nam.", SUPPORTED),
    ("Leahy told Lam he was among the first senators to oppose the war in Vietnam.", SUPPORTED),
    # another country's soldiers; another country's war
    ("Tổng Bí thư đề nghị Mỹ tiếp tục hỗ trợ tìm kiếm hài cốt liệt sĩ Campuchia.", NEI),
    ("Tong Bi thu de nghi My tiep tuc ho tro tim kiem hai cot liet si Lao.", NEI),
    ("Leahy told Lam he was among the first senators to oppose the war in Cambodia.", NEI),
    # another who asks
    (
        "Hungary asked the US to back the search for Vietnamese soldiers missing in the war.",
        NEI,
    ),
    # the country as the one the act falls on, not the name's
    ("Mỹ đề nghị Việt Nam tiếp tục hỗ trợ tìm kiếm hài cốt liệt sĩ Việt Nam.", NEI),
]

# An invitation given by a title alone: whoever holds it invited; the names' order says nothing.
INVITED_BY_TITLE = [
    ("Prabowo hopes to visit Vietnam soon at the invitation of the general secretary.", SUPPORTED),
    ("Prabowo hopes to visit Vietnam soon at the party chief's invitation.", SUPPORTED),
    ("Tổng thống Prabowo mong sớm sang thăm Việt Nam theo lời mời của Tổng Bí thư.", SUPPORTED),
    ("Tong thong Prabowo mong som sang tham Viet Nam theo loi moi cua Tong Bi thu.", SUPPORTED),
    # another inviter
    ("Tổng thống Prabowo mong sớm sang thăm Việt Nam theo lời mời của Thủ tướng Hun Manet.", NEI),
    ("Prabowo hopes to visit Vietnam soon at the invitation of Prime Minister Hun Manet.", NEI),
    # another destination; the wish stated as a visit made
    ("Prabowo hopes to visit Cambodia soon at the invitation of the general secretary.", NEI),
    ("Prabowo visited Vietnam at the invitation of the general secretary.", NEI),
    ("Tong thong Prabowo da tham Viet Nam theo loi moi cua Tong Bi thu.", NEI),
    # a visit said before the invitation is said to have been made, named inviter or not
    # (supported on main: judge._drop_subsumed took it for the invitation's content)
    ("Prabowo visited Vietnam at the invitation of To Lam.", NEI),
    ("Tổng thống Prabowo đã thăm Việt Nam theo lời mời của Tổng Bí thư Tô Lâm.", NEI),
    ("Tong thong Prabowo da tham Viet Nam theo loi moi cua TBT To Lam.", NEI),
]

# Joining a body: a membership, borne out by a founding one; joining a meeting: attending it.
JOINED = [
    ("Vietnam has joined Trump's Board of Peace.", SUPPORTED),
    ("Việt Nam đã gia nhập Hội đồng Hòa bình của ông Trump.", SUPPORTED),
    ("Viet Nam da gia nhap Hoi dong Hoa binh cua ong Trump.", SUPPORTED),
    ("Vietnam became a member of the Board of Peace.", SUPPORTED),
    # joining the meeting stays an attendance
    ("Lam joined the other leaders at the Board of Peace meeting in Washington.", SUPPORTED),
    ("Tô Lâm tham gia phiên họp đầu tiên của Hội đồng Hòa bình.", SUPPORTED),
    # joining as an invitation's content, dated: the date is the invitation's
    ("Trump invited Vietnam to join the Board of Peace on Jan 16, 2026.", SUPPORTED),
    ("Ong Trump moi Viet Nam tham gia Hoi dong Hoa binh hom 16/1/2026", SUPPORTED),
    ("Trump invited Vietnam to join the Board of Peace in 2030.", NEI),
    ("Ông Trump mời Việt Nam tham gia Hội đồng Hòa bình năm 2030", NEI),
    # another party; one detail the sources do not give
    ("Cambodia has joined Trump's Board of Peace.", NEI),
    ("Campuchia đã gia nhập Hội đồng Hòa bình.", NEI),
    ("Việt Nam đã gia nhập Hội đồng Hòa bình của ông Orbán.", NEI),
    ("Vietnam was the first Asian country to join the Board of Peace.", NEI),
    ("Viet Nam la nuoc chau A dau tien gia nhap Hoi dong Hoa binh.", NEI),
]

# An agreement between two parties is theirs both ways round.
AGREED_WITH = [
    ("Czech Foreign Minister Macinka agreed with Lam to make fuller use of the EVFTA.", SUPPORTED),
    ("Ông Macinka nhất trí với Tổng Bí thư Tô Lâm tận dụng hiệu quả EVFTA.", SUPPORTED),
    ("Ong Macinka nhat tri voi TBT To Lam tan dung hieu qua EVFTA", SUPPORTED),
    # another party; another thing agreed
    ("Orbán agreed with Lam to make fuller use of the EVFTA.", NEI),
    ("Ong Orban nhat tri voi TBT To Lam tan dung hieu qua EVFTA", NEI),
    ("Macinka agreed with Lam to renegotiate the EVFTA.", NEI),
]

# "The two sides" in words given to a speaker: the countries of speaker and listener.
TWO_SIDES = [
    (
        "Hagerty told Lam the two sides had made significant progress in talks on the "
        "reciprocal trade agreement.",
        SUPPORTED,
    ),
    (
        "Ông Hagerty nói với Tổng Bí thư Tô Lâm rằng hai bên đã đạt nhiều tiến triển quan trọng "
        "trong đàm phán Hiệp định thương mại đối ứng.",
        SUPPORTED,
    ),
    (
        "Ong Hagerty noi voi TBT To Lam rang hai ben da dat nhieu tien trien quan trong trong "
        "dam phan Hiep dinh thuong mai doi ung",
        SUPPORTED,
    ),
    # another speaker; another listener, whose side is another country
    (
        "Daines told Lam the two sides had made significant progress in talks on the "
        "reciprocal trade agreement.",
        NEI,
    ),
    (
        "Hagerty told Orbán the two sides had made significant progress in talks on the "
        "reciprocal trade agreement.",
        NEI,
    ),
    (
        "Ong Hagerty noi voi Thu tuong Orban rang hai ben da dat nhieu tien trien quan trong "
        "trong dam phan Hiep dinh thuong mai doi ung",
        NEI,
    ),
]


@pytest.mark.parametrize(
    ("statement", "verdict"),
    DESCRIBED
    + PARTY_TITLE
    + PRIORITY
    + SAID_OF_HIMSELF
    + IN_NAME
    + INVITED_BY_TITLE
    + JOINED
    + AGREED_WITH
    + TWO_SIDES,
)
def test_press_wording(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

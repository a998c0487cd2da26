"""Session 17, paraphrase: press wording the sources bear out (issue 10, classes 7 and 8),
written before the code. Each mechanism has its statements in English, Vietnamese and Vietnamese
without diacritics, and traps that must not be supported: another pair of people, the parties
turned round, another place.

- an act received ("received a letter from Trump", "got an invitation from", "nhận được thư
  của"): the verb of receiving names no reception of a guest; the act is the noun's, done by the
  one named after it (`given_by`) to the one who receives it (`receipts` in
  lexicon/<lang>/synonyms.yaml);
- a trip said as a noun with its country ("chuyến đi Mỹ", "có chuyến đi Campuchia", "the U.S.
  trip"): a visit; with no place beside it ("Trong chuyến đi, ...", "During the trip, ...") it
  says when, and asserts no trip (`placed` in lexicon/<lang>/synonyms.yaml);
- who gave an invitation is named after its noun past an abbreviated title that stands for
  several offices ("theo lời mời của TT Trump": Tổng thống or Thủ tướng), as past a full one;
- a body said to be someone's, and an event whose name holds it ("the inaugural meeting of
  President Trump's Board of Peace", "phiên họp đầu tiên của Hội đồng Hòa bình của Tổng thống
  Trump"): the words are the event's name ("meeting" is no meeting with Trump), and the owner,
  with his titles, is borne out by an office he holds in that body, or not at all;
- an abbreviation of several titles right before a name ("TT Trump", "TT Orbán": Tổng thống or
  Thủ tướng) is the one the claims give that person (Offices.narrowed_titles); English writes
  no such abbreviation in the lexicons, so its tests are the full titles;
- a name nothing reads, of capitalised words in running text ("do Bộ Công an thông báo"), is
  accounted for by a source only where it says the name whole, not word by word from other
  names ("Bộ Ngoại giao", "công tác"): statement.ParsedStatement.name_runs.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# The act received is the noun's, done by the one named after it to the one who receives it.
RECEIVED = [
    ("Vietnam's party chief To Lam received a letter from President Trump.", SUPPORTED),
    ("In January, To Lam got a letter from Donald Trump about the Board of Peace.", SUPPORTED),
    ("To Lam received an invitation from Trump to attend the Board of Peace meeting.", SUPPORTED),
    ("Lam has received Trump's invitation to the Board of Peace.", SUPPORTED),
    ("Trump received a letter from Vietnam's party chief To Lam.", SUPPORTED),
    ("To Lam received congratulations from Trump on his re-election.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm đã nhận được thư của Tổng thống Trump.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm nhận được lời mời từ Tổng thống Trump.", SUPPORTED),
    ("Tô Lâm nhận được lời chúc mừng của Tổng thống Trump.", SUPPORTED),
    # a telegram ("điện mừng") is a medium 000 does not give Trump's congratulation (fxleave)
    ("Tô Lâm nhận được điện mừng của Tổng thống Trump.", NEI),
    ("TBT To Lam da nhan duoc thu cua TT Trump.", SUPPORTED),
    ("Tong Bi thu To Lam nhan duoc loi moi tu Tong thong Trump.", SUPPORTED),
    # another pair of people: no letter from Trump to Orbán, none from Orbán to Lam
    ("Orbán received a letter from Trump.", NEI),
    ("To Lam received a letter from Orbán.", NEI),
    ("Hun Manet received a letter from To Lam.", NEI),
    ("Thủ tướng Orbán nhận được thư của Tổng thống Trump.", NEI),
    ("Thu tuong Orban nhan duoc thu cua TT Trump.", NEI),
    # the parties turned round: Trump invited Lam to the meeting, and no claim has Trump attend
    # (the one invited does what the invitation asks: never borne out by Lam's attendance)
    ("Trump received an invitation from To Lam to attend the Board of Peace meeting.", NEI),
    ("Trump nhận được lời mời từ Tổng Bí thư Tô Lâm dự cuộc họp Hội đồng Hòa bình.", NEI),
    # a guest received is still a reception
    ("To Lam received USTR Jamieson Greer.", SUPPORTED),
    ("Tô Lâm tiếp Đại diện Thương mại Mỹ Jamieson Greer.", SUPPORTED),
    ("Orbán received To Lam in Budapest.", NEI),
]

# A trip said as a noun with its country is a visit there.
TRIPS = [
    ("Chuyến đi Mỹ của Tổng Bí thư Tô Lâm diễn ra vào tháng 2/2026.", SUPPORTED),
    ("Chuyen di My cua Tong Bi thu To Lam dien ra vao thang 2/2026.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm có chuyến đi Campuchia đầu tháng 2/2026.", SUPPORTED),
    ("Party chief To Lam's trip to the US took place in February 2026.", SUPPORTED),
    ("To Lam's U.S. trip took place in February 2026.", SUPPORTED),
    # the trip with no place beside it says when, not that a trip was made: what is said
    # during it is judged alone (the deal was not sealed)
    ("During the trip, Vietnam and the US sealed the reciprocal trade deal.", CONTRADICTED),
    ("Trong chuyến đi, Việt Nam và Mỹ đã chốt xong Hiệp định thương mại đối ứng.", CONTRADICTED),
    ("Trong chuyen di, Viet Nam va My da chot xong Hiep dinh thuong mai doi ung.", CONTRADICTED),
    # a locative between the trip and its place is read with the place (a kept-aside
    # statement of 13:27 in wording no corpus uses; the second of the three still has "hồi")
    ("Chuyến đi tới Hoa Kỳ của Tổng Bí thư kéo dài từ 18 đến 20/2/2026.", SUPPORTED),
    ("Ông Tô Lâm có chuyến thăm sang Campuchia đầu tháng 2/2026.", SUPPORTED),
    ("Tong Bi thu co chuyen di toi Hoa Ky tu 18 den 20/2/2026.", SUPPORTED),
    ("To Lam made a trip to Cambodia in early February 2026.", SUPPORTED),
    ("Ông Tô Lâm có chuyến thăm sang Hungary đầu tháng 2/2026.", NEI),
    ("Tong Bi thu co chuyen di toi Hungary tu 18 den 20/2/2026.", NEI),
    # another country: no trip to Hungary in the sources
    ("Chuyến đi Hungary của Tổng Bí thư Tô Lâm diễn ra vào tháng 2/2026.", NEI),
    ("Chuyen di Hungary cua Tong Bi thu To Lam dien ra vao thang 2/2026.", NEI),
    ("Party chief To Lam's trip to Hungary took place in February 2026.", NEI),
    # another traveller: Orbán's trip to the US is no claim's
    ("Chuyến đi Mỹ của Thủ tướng Orbán diễn ra vào tháng 2/2026.", NEI),
]


# An unknown name is accounted for whole: the trip was announced by the foreign ministry.
NAME_RUNS = [
    ("Chuyến thăm Mỹ của Tổng Bí thư Tô Lâm do Bộ Ngoại giao thông báo.", SUPPORTED),
    ("Chuyen tham My cua Tong Bi thu To Lam do Bo Ngoai giao thong bao.", SUPPORTED),
    ("Vietnam's Foreign Ministry announced To Lam's trip to the US.", SUPPORTED),
    # another announcer, whom no claim names
    ("Chuyến đi Mỹ của Tổng Bí thư Tô Lâm do Bộ Công an thông báo.", NEI),
    ("Chuyen di My cua Tong Bi thu To Lam do Bo Cong an thong bao.", NEI),
    ("To Lam's trip to the US was announced by the Public Security Ministry.", NEI),
]


# The one who invites, after an abbreviated title of several offices.
GIVEN_BY_TITLE = [
    ("TBT To Lam sang My du hop Hoi dong Hoa binh ve Gaza theo loi moi cua TT Trump", SUPPORTED),
    ("Tô Lâm sang Mỹ dự họp Hội đồng Hòa bình theo lời mời của TT Trump.", SUPPORTED),
    ("To Lam attended the Board of Peace meeting at the invitation of Pres. Trump.", SUPPORTED),
    # another inviter: Orbán invited no one to the meeting (session 20: Trump invited Lâm to
    # it, one inviter an occasion, so Orbán is refuted: tests/test_one_inviter.py)
    ("TBT To Lam du hop Hoi dong Hoa binh theo loi moi cua TT Orban", CONTRADICTED),
    ("Tô Lâm dự họp Hội đồng Hòa bình theo lời mời của TT Orbán.", CONTRADICTED),
    # the parties turned round: Lam did not invite Orbán to the meeting
    ("TT Orban du hop Hoi dong Hoa binh theo loi moi cua TBT To Lam", NEI),
]


# A body's owner said inside an event's name, or after it.
OWNED = [
    (
        "Vietnam's party chief To Lam flew to Washington for the inaugural meeting of President "
        "Trump's Board of Peace.",
        SUPPORTED,
    ),
    ("To Lam attended the first meeting of Trump's Board of Peace.", SUPPORTED),
    ("Tô Lâm dự phiên họp đầu tiên của Hội đồng Hòa bình của Tổng thống Trump.", SUPPORTED),
    ("Tô Lâm tham gia Hội đồng Hòa bình của Tổng thống Trump.", SUPPORTED),
    ("To Lam du phien hop dau tien cua Hoi dong Hoa binh cua Tong thong Trump", SUPPORTED),
    # another owner: Orbán holds no office in the Board of Peace (on main these were supported
    # through "meeting of Orbán" read as Lam's meeting with him)
    ("To Lam flew to Washington for the inaugural meeting of Orbán's Board of Peace.", NEI),
    ("To Lam attended the first meeting of Prime Minister Orbán's Board of Peace.", NEI),
    ("Tô Lâm dự phiên họp đầu tiên của Hội đồng Hòa bình của Thủ tướng Orbán.", NEI),
    ("To Lam du phien hop dau tien cua Hoi dong Hoa binh cua Thu tuong Orban", NEI),
    # another meeting of it: the sources know the first
    ("To Lam attended the second meeting of Trump's Board of Peace.", NEI),
]


# An abbreviated title of several offices is the one the person holds.
NARROWED = [
    ("TBT moi TT Trump va phu nhan sang tham VN", SUPPORTED),
    ("Tổng Bí thư Tô Lâm mời TT Trump và Phu nhân sang thăm Việt Nam.", SUPPORTED),
    ("TBT To Lam gap TT Orban tai Washington", SUPPORTED),
    ("Lam invited President Trump and the First Lady to visit Vietnam.", SUPPORTED),
    # before a country the title names no one: which office is meant stays open, though the
    # claims give Hungary a prime minister only
    ("TT Hungary đã gặp Tổng Bí thư Tô Lâm tại Washington.", NEI),
    ("TT Hungary da gap TBT To Lam tai Washington", NEI),
    ("Hungary's president met Lam in Washington.", NEI),
    # someone who holds neither office: the title stays unread
    ("TBT To Lam dien dam voi TT Leahy", NEI),
    ("Tô Lâm điện đàm với TT Leahy.", NEI),
    ("Lam phoned President Leahy.", NEI),
]


@pytest.mark.parametrize(
    ("statement", "verdict"), RECEIVED + TRIPS + NAME_RUNS + GIVEN_BY_TITLE + OWNED + NARROWED
)
def test_received_and_trips(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


# What a received letter says it does ("inviting him", "accepting the invitation", "mời ông",
# "nhận lời mời") is the sender's act, done to the one who receives it, not the receiver's
# (review of 13:52, group A; seeds 000: Trump invited Lam on 16 January, Lam accepted by
# letter). A date said of the letter dates the letter.
RECEIVED_CONTENT = [
    # the reviewer's four
    ("Trump received a letter from To Lam inviting him to join the Board of Peace.", NEI),
    (
        "Trump received a letter from To Lam on January 16 inviting the US to join the Board "
        "of Peace.",
        NEI,
    ),
    (
        "To Lam received a letter from Trump accepting the invitation to join the Board of Peace.",
        NEI,
    ),
    ("Tô Lâm nhận thư của Trump nhận lời mời tham gia Hội đồng Hòa bình.", NEI),
    # traps of the class: the receiver's act read from the sender's letter
    ("Trump got a message from Vietnam's party chief inviting him to the Board of Peace.", NEI),
    ("To Lam received Trump's letter accepting the invitation to the Board of Peace.", NEI),
    ("Tổng thống Trump nhận được thư của Tổng Bí thư Tô Lâm mời ông dự Hội đồng Hòa bình.", NEI),
    ("Tong thong Trump nhan duoc thu cua TBT To Lam moi ong tham gia Hoi dong Hoa binh", NEI),
    ("Tô Lâm nhận được thư của Tổng thống Trump nhận lời mời tham gia Hội đồng Hòa bình.", NEI),
    ("To Lam nhan duoc thu cua TT Trump nhan loi moi tham gia Hoi dong Hoa binh", NEI),
    ("TBT To Lam nhan thu cua Trump nhan loi moi tham gia Hoi dong Hoa binh", NEI),
    # a congratulation in the letter is the sender's too: Lam did not congratulate Trump
    ("Trump received a letter from Vietnam's To Lam congratulating him.", NEI),
    ("Trump nhận được thư của Tô Lâm chúc mừng ông tái đắc cử.", NEI),
    ("Trump nhan duoc thu cua To Lam chuc mung ong tai dac cu", NEI),
    # no sender named: the receiver is still not the one who invites
    ("Trump received a letter inviting him to join the Board of Peace.", NEI),
    ("Trump nhận được thư mời ông tham gia Hội đồng Hòa bình.", NEI),
    ("Trump nhan duoc thu moi ong tham gia Hoi dong Hoa binh", NEI),
    # the sender's act, as the sources give it
    ("To Lam received a letter from Trump inviting him to join the Board of Peace.", SUPPORTED),
    (
        "Trump received a letter from To Lam accepting the invitation to join the Board of Peace.",
        SUPPORTED,
    ),
    ("Tô Lâm nhận được thư của Tổng thống Trump mời ông tham gia Hội đồng Hòa bình.", SUPPORTED),
    ("To Lam nhan duoc thu cua TT Trump moi ong tham gia Hoi dong Hoa binh", SUPPORTED),
    ("Trump nhận được thư của Tô Lâm nhận lời mời tham gia Hội đồng Hòa bình.", SUPPORTED),
    ("Trump nhan thu cua To Lam nhan loi moi tham gia Hoi dong Hoa binh", SUPPORTED),
    ("Trump received To Lam's letter accepting the invitation to the Board of Peace.", SUPPORTED),
    # "nhận lời mời" is accepting, not receiving, an invitation
    ("Tô Lâm nhận lời mời của Tổng thống Trump tham gia Hội đồng Hòa bình.", SUPPORTED),
    ("To Lam nhan loi moi cua TT Trump tham gia Hoi dong Hoa binh", SUPPORTED),
    ("Trump nhận lời mời của Tô Lâm tham gia Hội đồng Hòa bình.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), RECEIVED_CONTENT)
def test_received_content_is_the_senders(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    # the sender's act given to the receiver: no such act, or the parties turned round on the
    # one occasion the claims give (either is right; a support is the confident wrong)
    allowed = {NEI, CONTRADICTED} if verdict == NEI else {verdict}
    assert judgement.verdict in allowed, judgement.explanation


# The act a received letter carries is borne out only on the letter's occasion (review2 group
# C; seeds 000: Trump congratulated Lam on his re-election, no letter named; Trump's one letter
# is the 16 January Board of Peace invitation). A letter claim and a congratulation claim of
# another occasion do not make a letter of congratulations (judge._carried).
CARRIED_ELSEWHERE = [
    # the reviewer's two
    ("To Lam received a letter from Trump congratulating him on his re-election.", NEI),
    ("Tô Lâm nhận thư chúc mừng của Trump nhân dịp tái đắc cử.", NEI),
    # traps of the class: wire copy, headlines, posts
    ("Vietnam's party chief gets congratulatory letter from Trump after re-election", NEI),
    ("Lam received a letter from the US president congratulating him.", NEI),
    ("Tổng Bí thư Tô Lâm nhận được thư của Tổng thống Trump chúc mừng ông tái đắc cử.", NEI),
    ("TBT To Lam nhan duoc thu cua TT Trump chuc mung tai dac cu", NEI),
    ("To Lam nhan thu chuc mung cua Trump nhan dip tai dac cu.", NEI),
    # the sender's side: a letter sent, the same act carried
    ("Trump sent To Lam a letter congratulating him on his re-election.", NEI),
    ("Trump wrote to To Lam to congratulate him on his re-election", NEI),
    ("Trump gửi thư chúc mừng Tô Lâm tái đắc cử.", NEI),
    ("Tổng thống Trump gửi tới Tổng Bí thư Tô Lâm thư chúc mừng.", NEI),
    ("Trump gui thu chuc mung To Lam tai dac cu", NEI),
    # the letter as the one who congratulates
    ("Trump's letter congratulated To Lam on his re-election", NEI),
    ("Thư của Trump chúc mừng Tô Lâm tái đắc cử", NEI),
    ("Thu cua Trump chuc mung To Lam tai dac cu", NEI),
    # a letter and a congratulation joined as two acts: each borne out on its own
    ("Trump sent a letter to To Lam and congratulated him on his re-election.", SUPPORTED),
    ("Trump gửi thư cho Tô Lâm và chúc mừng ông tái đắc cử.", SUPPORTED),
    ("Trump gui thu cho To Lam va chuc mung ong tai dac cu", SUPPORTED),
    # the congratulation alone, and the letter's own invitation, as the sources give them
    ("Trump sent To Lam a letter inviting him to join the Board of Peace.", SUPPORTED),
    ("Trump gửi thư mời Tô Lâm tham gia Hội đồng Hòa bình.", SUPPORTED),
    ("Trump congratulated To Lam on his re-election.", SUPPORTED),
    ("Tổng thống Trump gửi lời chúc mừng tới Tổng Bí thư Tô Lâm.", SUPPORTED),
    ("Tong thong Trump gui loi chuc mung toi Tong Bi thu To Lam", SUPPORTED),
    ("To Lam received a letter from Trump inviting him to join the Board of Peace", SUPPORTED),
    ("Tô Lâm nhận được thư của Tổng thống Trump mời tham gia Hội đồng Hòa bình.", SUPPORTED),
    ("To Lam nhan duoc thu cua TT Trump moi tham gia Hoi dong Hoa binh", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), CARRIED_ELSEWHERE)
def test_carried_act_on_the_letters_occasion(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""What a confident verdict requires (issue 10): the paths that answer supported or contradicted
each need the same participant, the same occasion and time, and words read as an assertion.
One statement per precondition, in English and Vietnamese, with the verdict a careful
fact-checker gives; fixtures/statements/press/traps.yaml holds the press-style corpus of them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


VERDICTS = [
    # a detail no deciding claim's source says keeps a statement from support (the words
    # nothing read: lexicon/<lang>/fillers.yaml); harmless filler does not
    ("Lam and Orban held a closed-door meeting on February 19.", NEI),
    ("Tô Lâm và Thủ tướng Orbán có cuộc gặp kín ngày 19/2.", NEI),
    ("Hungary will keep 200 scholarships a year for Vietnamese lecturers.", NEI),
    ("Meanwhile, Hungary keeps granting 200 scholarships a year to Vietnamese students", SUPPORTED),
    ("Đáng chú ý, Hungary vẫn duy trì cấp 200 học bổng mỗi năm cho sinh viên Việt Nam.", SUPPORTED),
    # a word the deciding claim's sentence says only in ANOTHER fact's span is that fact's
    # (World.own_words): the students are the scholarships' beneficiaries, not the ODA's
    ("Hungary approved 400 million USD in ODA for Vietnamese students.", NEI),
    ("Hungary thông qua gói ODA 400 triệu USD dành cho sinh viên Việt Nam", NEI),
    ("Hungary thong qua goi ODA 400 trieu USD danh cho sinh vien Viet Nam", NEI),
    # "in the region" is the economic-partner remark's, not the trade rank's
    (
        "Daines told Lam the US had become Vietnam's second-biggest trading partner in the region",
        NEI,
    ),
    ("Daines: Mỹ đã là đối tác thương mại lớn thứ hai của Việt Nam trong khu vực", NEI),
    ("Daines: My da la doi tac thuong mai lon thu hai cua Viet Nam trong khu vuc", NEI),
    # multilateral forums and mechanisms are where the leaders stressed coordination, not the plan
    ("Lam agreed to implement the Gaza peace plan through multilateral forums.", NEI),
    ("Tô Lâm nhất trí triển khai Kế hoạch Hòa bình Dải Gaza qua các cơ chế quan trọng", NEI),
    ("To Lam nhat tri trien khai Ke hoach Hoa binh Dai Gaza qua cac co che quan trong", NEI),
    # paraphrases in the deciding claim's own words stay borne out
    ("Hungary has approved $400 million in ODA for Vietnam, Orban said.", SUPPORTED),
    ("Hungary hoàn tất thủ tục thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
    ("Hungary hoan tat thu tuc thong qua khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
    ("Hungary keeps up 200 scholarships a year for Vietnamese students", SUPPORTED),
    ("Daines said the US has become Vietnam's second-largest trading partner", SUPPORTED),
    ("Daines vui mừng khi Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam", SUPPORTED),
    ("Tô Lâm nhất trí phối hợp triển khai Kế hoạch Hòa bình Dải Gaza", SUPPORTED),
    # a count of the parties of one occasion: below what its claims name is refuted; above a
    # list one source sentence gives whole for that day is refuted too (World.listed_whole:
    # "sáng 19/2 ... với" the nine), above a list it does not give whole is open
    ("Tong Bi thu gap 8 nha lanh dao cac nuoc sang 19/2 tai Washington", CONTRADICTED),
    ("Lam met 3 presidents and 4 prime ministers on Feb 19.", CONTRADICTED),
    ("Lam met ten foreign leaders on the morning of Feb 19.", CONTRADICTED),
    # one occasion is held in one place: another place on that day refutes it, on another
    # day (or with none) it may be another meeting
    ("Lam met Orban in Budapest on February 19.", CONTRADICTED),
    ("Tô Lâm gặp Thủ tướng Orbán tại Hà Nội ngày 19/2/2026.", CONTRADICTED),
    ("Lam met Orban in Hanoi.", NEI),
    ("Lam met Orban in the United States on February 19.", SUPPORTED),
    # a state said to change on the occasion is not refuted by the state held then
    (
        "Hungary va VN nang cap quan he len doi tac chien luoc toan dien tai cuoc gap o Washington",
        NEI,
    ),
    ("Vietnam and Hungary are comprehensive strategic partners.", CONTRADICTED),
    # a question asserts nothing
    ("Did Lam meet Orban in Washington?", NEI),
    ("Tô Lâm có gặp Thủ tướng Orbán tại Washington không?", NEI),
    # someone named by their relation to a name is not that person
    ("Lam's wife met Orban on February 19.", NEI),
    ("Phu nhân Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán ngày 19/2.", NEI),
    # a name excluded is denied what is said: contradicted where the claims bear it out
    ("Lam met Orban, not Tokayev, on February 19.", CONTRADICTED),
    ("Lam met all the leaders except Orban on February 19.", CONTRADICTED),
    (
        "Tô Lâm gặp Tổng thống Tokayev nhưng không gặp Tổng thống Aliyev tại Washington.",
        CONTRADICTED,
    ),
    # set against the name before it: "Daines, not Hagerty, sent …" is Hagerty's act, denied
    ("Daines, not Hagerty, sent Lunar New Year greetings to Lam.", CONTRADICTED),
    (
        "Ông Daines, chứ không phải ông Hagerty, gửi lời chúc mừng năm mới tới Tổng Bí thư.",
        CONTRADICTED,
    ),
    # "only": refuted by another party of the same occasion
    ("Lam met only Orban in Washington.", CONTRADICTED),
    ("Tô Lâm chỉ gặp Thủ tướng Orbán tại Washington.", CONTRADICTED),
    # an "only" said of no name is a uniqueness no claim bears out
    ("Lam was the only leader to meet Orban.", NEI),
    ("Việt Nam là thành viên sáng lập duy nhất ở Đông Nam Á của Hội đồng Hòa bình.", NEI),
    # a date counted from events that name no one: the events of their kind of who is named
    # (two days after, wrong on both clocks; one day after is the next day on Hanoi's: open)
    ("Hai ngày sau cuộc gặp các lãnh đạo nước ngoài, TBT mới điện đàm với ông Leahy", CONTRADICTED),
    ("The day after his calls with Daines and Hagerty, Lam met Orban.", SUPPORTED),
    # the order of two events of one day is no claim's
    ("Lam met Orban before meeting Tokayev.", NEI),
    # a denial inside a clause of its own denies that clause
    ("Hungary, which had rejected an earlier request, approved 400 million USD of ODA.", NEI),
    # a topic denied at a meeting where the other side told of it: Orbán informed Lâm of the
    # ODA at their meeting, so it was talked about (check/unmentioned.py)
    ("Tô Lâm gặp Orbán nhưng không bàn về ODA.", CONTRADICTED),
    # a part of the day: borne out by the source's, refuted in the source's own zone only
    ("Sáng 19/2, Tổng Bí thư Tô Lâm gặp Tổng thống Uzbekistan Shavkat Mirziyoyev.", SUPPORTED),
    ("Lam met Orban on the evening of February 19, Washington time.", CONTRADICTED),
    ("Tô Lâm gặp Thủ tướng Orbán tối 19/2.", NEI),
    ("Lam met Orban at 8pm on February 19.", NEI),
    # a state's start: refuted by the state held before it, borne out by nothing
    ("The Vietnam-US comprehensive strategic partnership was established in 2024.", CONTRADICTED),
    ("Orban became Hungary's prime minister in 2026.", NEI),
    # an office said to have ended
    ("Tokayev stepped down as president of Kazakhstan.", CONTRADICTED),
    ("Leahy is no longer a senator.", SUPPORTED),
    ("Ông Orbán không còn là Thủ tướng Hungary.", CONTRADICTED),
    # a series' figure is its period's: "since 2020" is not the 2025 figure
    ("Thuong mai VN Hungary da vuot 1 ty USD tu nam 2020", NEI),
    # a figure at the bound the sources say was passed is not refuted by it; said reached, it
    # is the mark passed on the way, borne out (tests/test_numbers.py)
    ("Vietnam-Hungary trade was 1 billion USD in 2025.", NEI),
    ("Vietnam-Hungary trade reached 1 billion USD in 2025.", SUPPORTED),
    # words the sources give to someone are not borne out, for another speaker, by the fact
    ("Senator Hagerty welcomed the US becoming Vietnam's second-largest trading partner.", NEI),
    (
        "TNS Hagerty bày tỏ vui mừng khi Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam",
        NEI,
    ),
    # words that look like a denial and are none, and a denied denying verb
    ("There is no doubt that Lam met Orban in Washington.", SUPPORTED),
    ("Hungary did not cut its scholarships for Vietnam.", SUPPORTED),
    ("Hungary never stopped granting scholarships to Vietnamese students.", SUPPORTED),
    # a title in the sentence is said of the name next to it, not of one across another name
    ("Trump congratulated Lam on his election as president.", NEI),
    # a title said of a list of countries names each country's one holder of it
    ("Lam met the presidents of Indonesia, Kazakhstan and Azerbaijan.", SUPPORTED),
    ("Tô Lâm gặp Thủ tướng các nước Campuchia, Armenia và Pakistan.", SUPPORTED),
    ("Lam met the presidents of Indonesia, Kazakhstan and Hungary.", NEI),
    # a place after a locative is where something happened, not an office's jurisdiction
    ("Hegseth's visit was his first trip to Vietnam as Secretary of War", NEI),
    # a plan made of an agreement is not the state it aims at
    ("Vietnam and Czechia agreed to upgrade ties to a comprehensive strategic partnership", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_precondition_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict

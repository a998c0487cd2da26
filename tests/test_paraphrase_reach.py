"""Session 31, coverage: press wording of facts the claims hold that the parse did not reach.

- a word of a name of someone is that name's, never a word of a view's key phrase: "the party
  chief backed ..." read "party ... backed" as the topic "backing from both parties"
  (check.topics.stated_topics), so the view the sources give Tô Lâm was out of reach;
- what the talks brought about said as their fruits ("thành quả cuộc hội đàm", "the fruits of
  the talks"): a synonym group in lexicon/<lang>/topics.yaml;
- "kể" (to recount) as a speaker's verb, as "recounted" is (lexicon/vi/stances.yaml), with "kế
  hoạch", "kế nhiệm" among `not_stances`: without diacritics "ke" of those is no one's words;
- the EVFTA by its official name, its parties after "between", "giữa" (an alias in
  fixtures/vocabulary/entities.yaml: "Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu
  Âu");
- a fact of the seeds no span held: the priorities of cooperation Tô Lâm and Shehbaz Sharif
  agreed on (004 ¶17: "ưu tiên kinh tế – thương mại, khai thác thị trường và lợi thế so sánh của
  mỗi bên"), a second span of `to-lam-agreed-cooperation-priorities-with-shehbaz-sharif-2026-02-19`.

Each in English, Vietnamese and Vietnamese without diacritics, with traps that stay not enough
info: another speaker, another field, another chamber, another party to the talks.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PALESTINE_EN = "the creation of a Palestinian state living peacefully alongside Israel."
PALESTINE_VI = "việc thành lập nhà nước Palestine cùng tồn tại hòa bình bên cạnh Israel."
PALESTINE_VN = "viec thanh lap nha nuoc Palestine cung ton tai hoa binh ben canh Israel."
TALKS_VI = "cuộc hội đàm giữa Bộ Chính trị ĐCS Việt Nam và Ban Thường vụ Đảng Nhân dân Campuchia."
TALKS_VN = "cuoc hoi dam giua Bo Chinh tri DCS Viet Nam va Ban Thuong vu Dang Nhan dan Campuchia."
TALKS_EN = "the talks between the CPV Politburo and the CPP Standing Committee."
VOTE_VI = "một trong những lá phiếu quan trọng đầu tiên của ông ở Thượng viện là để chấm dứt"
VOTE_VN = "mot trong nhung la phieu quan trong dau tien cua ong o Thuong vien la de cham dut"

VERDICTS = [
    # a role's words are its own, not a view's
    (f"In his letter of acceptance, the party chief backed {PALESTINE_EN}", SUPPORTED),
    (f"The party chief backed {PALESTINE_EN}", SUPPORTED),
    (f"Người đứng đầu Đảng Cộng sản Việt Nam ủng hộ {PALESTINE_VI}", SUPPORTED),
    (f"Nguoi dung dau Dang Cong san Viet Nam ung ho {PALESTINE_VN}", SUPPORTED),
    # a title a view's phrase holds whole, past its country, is still the view's words
    (
        "Leahy said he was proud to have been among the first US senators to oppose the war in "
        "Vietnam.",
        SUPPORTED,
    ),
    (
        "Ông Leahy tự hào là một trong những Thượng nghị sĩ Mỹ sớm phản đối chiến tranh tại Việt "
        "Nam.",
        SUPPORTED,
    ),
    (
        "Ong Leahy tu hao la mot trong nhung Thuong nghi si My som phan doi chien tranh tai Viet "
        "Nam.",
        SUPPORTED,
    ),
    # traps: the view is Tô Lâm's, not another party's head's, nor the parties' backing
    (f"The Hungarian party chief backed {PALESTINE_EN}", NEI),
    ("Both parties backed the creation of a Palestinian state.", NEI),
    (f"Người đứng đầu Đảng Dân chủ ủng hộ {PALESTINE_VI}", NEI),
    (f"Nguoi dung dau Dang Dan chu ung ho {PALESTINE_VN}", NEI),
    # the fruits of the talks are their outcome
    (f"Ông Hun Manet ghi nhận thành quả {TALKS_VI}", SUPPORTED),
    (f"Ong Hun Manet ghi nhan thanh qua {TALKS_VN}", SUPPORTED),
    (f"Hun Manet praised the fruits of {TALKS_EN}", SUPPORTED),
    # traps: another speaker, another party to the talks
    (f"Ông Tô Lâm ghi nhận thành quả {TALKS_VI}", NEI),
    (f"Ong To Lam ghi nhan thanh qua {TALKS_VN}", NEI),
    (
        "Hun Manet praised the fruits of the talks between the CPV Politburo and the US Congress.",
        NEI,
    ),
    # to recount a past act is to say it happened
    (f"Ông Leahy kể {VOTE_VI} chiến tranh Việt Nam", SUPPORTED),
    (f"ong Leahy ke {VOTE_VN} chien tranh VN", SUPPORTED),
    (
        "Leahy recounted that one of his first important votes in the Senate was to end the "
        "Vietnam War.",
        SUPPORTED,
    ),
    # traps: another speaker, another chamber, and "kế" (succeeded) with no marks
    (f"Ông Daines kể {VOTE_VI} chiến tranh Việt Nam", NEI),
    (f"ong Leahy ke {VOTE_VN.replace('Thuong vien', 'Ha vien')} chien tranh VN", NEI),
    ("Ong Leahy ke nhiem ong Daines o Thuong vien", NEI),
    (
        "Daines recounted that one of his first important votes in the Senate was to end the "
        "Vietnam War.",
        NEI,
    ),
    # the EVFTA by its official name
    (
        "VN và Séc nhất trí khai thác hiệu quả Hiệp định thương mại tự do giữa Việt Nam và Liên "
        "minh châu Âu",
        SUPPORTED,
    ),
    (
        "VN va Sec nhat tri khai thac hieu qua Hiep dinh thuong mai tu do giua Viet Nam va Lien "
        "minh chau Au",
        SUPPORTED,
    ),
    (
        "Vietnam and the Czech Republic agreed to make effective use of the free trade agreement "
        "between Vietnam and the European Union.",
        SUPPORTED,
    ),
    # traps: another agreement's parties, another side to the agreement
    (
        "Việt Nam và Séc nhất trí khai thác hiệu quả Hiệp định thương mại tự do giữa Việt Nam "
        "và Mỹ",
        NEI,
    ),
    (
        "Viet Nam va Sec nhat tri khai thac hieu qua Hiep dinh thuong mai tu do giua Viet Nam "
        "va My",
        NEI,
    ),
    (
        "Vietnam and Hungary agreed to make effective use of the free trade agreement between "
        "Vietnam and the European Union.",
        NEI,
    ),
    # the priorities agreed with Pakistan's prime minister, in the sentence of their meeting
    (
        "Việt Nam và Pakistan nhất trí ưu tiên hợp tác kinh tế – thương mại, khai thác lợi thế "
        "so sánh của mỗi bên.",
        SUPPORTED,
    ),
    (
        "Viet Nam va Pakistan nhat tri uu tien hop tac kinh te – thuong mai, khai thac loi the so "
        "sanh cua moi ben.",
        SUPPORTED,
    ),
    (
        "Vietnam and Pakistan agreed to give priority to cooperation in the economy and trade, "
        "tapping each side's comparative advantages.",
        SUPPORTED,
    ),
    # traps: a field the sources do not give, and a country whose leader agreed on none
    (
        "Việt Nam và Pakistan nhất trí ưu tiên hợp tác quốc phòng, khai thác lợi thế so sánh "
        "của mỗi bên.",
        NEI,
    ),
    (
        "Viet Nam va Pakistan nhat tri uu tien hop tac quoc phong, khai thac loi the so sanh cua "
        "moi ben.",
        NEI,
    ),
    (
        "Vietnam and India agreed to give priority to cooperation in the economy and trade, "
        "tapping each side's comparative advantages.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_paraphrase_reach(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

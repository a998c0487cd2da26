"""A predicate said in other words (session 28): the press's verbs and nouns for what a claim
holds, read as lexicon data in each language, never by matching a sentence.

- A phase entered is entered however the press moves into it ("heading into a decisive phase",
  "đang tiến vào / bước sang giai đoạn quyết định"): the entering words are one synonym group
  of the topic's key phrase (`synonyms` in lexicon/<lang>/topics.yaml), so Greer's view of the
  reciprocal trade talks is borne out; another speaker, or a phase the source does not name,
  stays open.
- The two countries' trade talks name their reciprocal trade agreement in Vietnamese as in
  English ("đàm phán thương mại Việt - Mỹ", the agreement's aliases in
  fixtures/vocabulary/entities.yaml); another pair's talks do not.
- Resources poured into a project are resources devoted to it ("rót nguồn lực", "pouring
  resources": the glosses of "dành nguồn lực" in lexicon/<lang>/glosses.yaml), so Tô Lâm's
  request that Congress keep funding the Biên Hòa clean-up is borne out; another airport, a
  detail the source never gives, or another asker stays open.
- A view's key phrase in the words the source gives it: the whole line of the foreign policy
  ("independent, self-reliant, multilateralised and diversified", "đa phương hóa, đa dạng hóa")
  and a welcome as warm as the source's "thân tình" ("cordial", "heartfelt", "thâm tình") are
  aliases of their topics (fixtures/vocabulary/entities.yaml); another addressee or host, or a
  word the source does not give, stays open.
- Two sides agreeing to do something have pledged it to each other: `agreed` implies
  `committed` (fixtures/vocabulary/predicates.yaml), and the implied claim speaks only where
  the statement names both sides, a leader by name, title or a country where the claims give
  him an office (check.entailment). One side alone, another side, or what no one agreed stays
  open.
- A side's own ("của mình", as English "its") is a filler of a key phrase
  (lexicon/vi/topics.yaml), so "Séc coi Việt Nam là cầu nối của mình tại EU" is the Czech side
  given Vietnam's view, refuted as in English.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
CONTRADICTED = "contradicted"
SUPPORTED = "supported"


PHASES = [
    # English
    ("Greer said US-Vietnam trade talks were moving into a decisive phase", SUPPORTED),
    ("Greer said US-Vietnam trade talks were heading into a make-or-break phase", SUPPORTED),
    ("Greer said US-Vietnam trade talks have entered the decisive phase", SUPPORTED),
    ("Greer said US-Vietnam trade talks had stalled", CONTRADICTED),
    # traps: another speaker, a phase the source does not name, another pair's talks
    ("Hagerty said US-Vietnam trade talks were heading into a decisive phase", NEI),
    ("Greer said US-Vietnam trade talks were heading into their final phase", NEI),
    ("Greer said Vietnam-Czech trade talks were heading into a decisive phase", NEI),
    # Vietnamese
    (
        "Ông Greer nói đàm phán thương mại Việt - Mỹ đang tiến vào giai đoạn quyết định",
        SUPPORTED,
    ),
    (
        "Ông Greer nói đàm phán thương mại Việt - Mỹ đã bước sang giai đoạn quyết định",
        SUPPORTED,
    ),
    ("Ông Hagerty nói đàm phán thương mại Việt - Mỹ đang tiến vào giai đoạn quyết định", NEI),
    ("Ông Greer nói đàm phán thương mại Việt - Mỹ đang tiến vào giai đoạn cuối", NEI),
    ("Ông Greer nói đàm phán thương mại Việt - Séc đang tiến vào giai đoạn quyết định", NEI),
    # Vietnamese without diacritics
    (
        "Dai su Greer noi dam phan thuong mai Viet My dang tien vao giai doan quyet dinh",
        SUPPORTED,
    ),
    ("Ong Greer noi dam phan thuong mai Viet - My dang be tac", CONTRADICTED),
    ("Ong Greer noi dam phan thuong mai Viet - My dang tien vao giai doan cuoi", NEI),
]

RESOURCES = [
    # English
    (
        "To Lam asked the U.S. Congress to keep pouring resources into dioxin cleanup at Bien"
        " Hoa airport.",
        SUPPORTED,
    ),
    (
        "To Lam asked the U.S. Congress to keep channelling resources into dioxin cleanup at"
        " Bien Hoa airport.",
        SUPPORTED,
    ),
    # traps: another airport, a span of years the source does not give, the reverse
    (
        "To Lam asked the U.S. Congress to keep pouring resources into dioxin cleanup at Da"
        " Nang airport.",
        NEI,
    ),
    (
        "To Lam asked the U.S. Congress to keep pouring resources into dioxin cleanup at Bien"
        " Hoa airport for ten more years.",
        NEI,
    ),
    (
        "To Lam asked the U.S. Congress to stop pouring resources into dioxin cleanup at Bien"
        " Hoa airport.",
        NEI,
    ),
    # Vietnamese
    (
        "TBT đề nghị Quốc hội Mỹ tiếp tục rót nguồn lực cho xử lý dioxin ở sân bay Biên Hòa",
        SUPPORTED,
    ),
    (
        "TBT đề nghị Quốc hội Mỹ tiếp tục rót nguồn lực cho xử lý dioxin ở sân bay Biên Hòa"
        " trong 10 năm",
        NEI,
    ),
    (
        "Ông Daines đề nghị Quốc hội Mỹ tiếp tục rót nguồn lực cho xử lý dioxin ở sân bay Biên Hòa",
        NEI,
    ),
    # Vietnamese without diacritics
    (
        "TBT de nghi Quoc hoi My tiep tuc rot nguon luc cho xu ly dioxin o san bay Bien Hoa",
        SUPPORTED,
    ),
    ("TBT de nghi Quoc hoi My tiep tuc rot von cho xu ly dioxin o san bay Bien Hoa", SUPPORTED),
    (
        "TBT de nghi Quoc hoi My tiep tuc rot nguon luc cho xu ly dioxin o san bay Da Nang",
        NEI,
    ),
]

POLICY_LINE = [
    # English: the whole line of the policy the source gives, its words in any order
    (
        "To Lam told Hagerty that Vietnam consistently pursues an independent, self-reliant,"
        " multilateralised and diversified foreign policy.",
        SUPPORTED,
    ),
    (
        "To Lam told Hagerty that Vietnam pursues an independent, self-reliant, diversified"
        " and multilateralized foreign policy.",
        SUPPORTED,
    ),
    # traps: another addressee, a word of the line the source does not give
    (
        "To Lam told Daines that Vietnam consistently pursues an independent, self-reliant,"
        " multilateralised and diversified foreign policy.",
        NEI,
    ),
    (
        "To Lam told Hagerty that Vietnam pursues an independent, self-reliant,"
        " multilateralised and neutral foreign policy.",
        NEI,
    ),
    # Vietnamese
    (
        "Tổng Bí thư nói với ông Hagerty rằng Việt Nam nhất quán thực hiện đường lối đối ngoại"
        " độc lập, tự chủ, đa phương hóa, đa dạng hóa.",
        SUPPORTED,
    ),
    # Vietnamese without diacritics
    (
        "Tong Bi thu noi voi ong Hagerty rang Viet Nam nhat quan thuc hien duong loi doi ngoai"
        " doc lap, tu chu, da phuong hoa, da dang hoa.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu noi voi ong Daines rang Viet Nam nhat quan thuc hien duong loi doi ngoai"
        " doc lap, tu chu, da phuong hoa, da dang hoa.",
        NEI,
    ),
]

WELCOME = [
    # English: "cordial", "heartfelt" are the source's "thân tình"
    (
        "To Lam thanked Hun Sen for the cordial welcome during his visit to Cambodia in early"
        " February",
        SUPPORTED,
    ),
    ("To Lam thanked Hun Sen for his heartfelt welcome", SUPPORTED),
    # traps: another host; the thanks given to the one thanked (only Lâm thanked)
    ("To Lam thanked Prabowo for his cordial welcome", NEI),
    ("Hun Sen thanked To Lam for the cordial welcome", CONTRADICTED),
    # Vietnamese: "thâm tình" is the press's "thân tình"
    (
        "TBT cảm ơn Chủ tịch Hun Sen đã đón tiếp thâm tình trong chuyến thăm Campuchia đầu tháng 2",
        SUPPORTED,
    ),
    (
        "TBT cảm ơn Tổng thống Prabowo đã đón tiếp thâm tình trong chuyến thăm Indonesia đầu"
        " tháng 2",
        NEI,
    ),
    # Vietnamese without diacritics
    (
        "TBT cam on Chu tich Hun Sen da don tiep tham tinh chuyen tham Campuchia dau thang 2",
        SUPPORTED,
    ),
    ("TBT cam on Tong thong Prabowo da don tiep tham tinh", NEI),
]

PLEDGES = [
    # English: both sides named, by name, title or country
    ("Islamabad and Hanoi pledge to build political trust", SUPPORTED),
    ("Vietnam and Pakistan pledge to strengthen political trust", SUPPORTED),
    ("To Lam and Sharif pledge to strengthen political trust", SUPPORTED),
    # traps: a side the agreement does not have; a pledge of what no one agreed
    ("To Lam and Orban pledge to strengthen political trust", NEI),
    ("Pakistan pledged to strengthen political trust", NEI),
    # Vietnamese
    ("Tô Lâm và Thủ tướng Shehbaz Sharif cam kết củng cố tin cậy chính trị", SUPPORTED),
    ("Tô Lâm và Thủ tướng Pakistan cam kết củng cố tin cậy chính trị", SUPPORTED),
    ("Tô Lâm và ông Orbán cam kết củng cố tin cậy chính trị", NEI),
    ("Tô Lâm và Thủ tướng Shehbaz Sharif cam kết nâng kim ngạch thương mại lên 5 tỷ USD", NEI),
    # Vietnamese without diacritics
    ("To Lam va Thu tuong Shehbaz Sharif cam ket cung co tin cay chinh tri", SUPPORTED),
    ("To Lam va ong Orban cam ket cung co tin cay chinh tri", NEI),
]

# One side's own, as English "its": the reflexive possessive ("của mình") may stand inside a key
# phrase, so the Czech side's view turned round is refuted as the English one is (only Vietnam
# called the Czech Republic its bridge in the EU)
OWN = [
    ("The Czech Republic sees Vietnam as its bridge in the EU", CONTRADICTED),
    ("Vietnam sees the Czech Republic as its bridge in the EU", SUPPORTED),
    ("Séc coi Việt Nam là cầu nối của mình tại Liên minh châu Âu.", CONTRADICTED),
    ("Việt Nam coi Séc là nhịp cầu quan trọng của mình tại EU", SUPPORTED),
    # traps: a place the view does not name
    ("Séc coi Việt Nam là cửa ngõ của mình vào thị trường châu Phi", NEI),
    ("Việt Nam coi Séc là cầu nối của mình tại ASEAN", NEI),
    # Vietnamese without diacritics
    ("VN coi Sec la cau noi o EU", SUPPORTED),
    ("Sec coi VN la cau noi cua minh o EU", CONTRADICTED),
    ("VN coi Sec la cau noi cua minh o chau Phi", NEI),
]


@pytest.mark.parametrize(
    ("text", "verdict"), [*PHASES, *RESOURCES, *POLICY_LINE, *WELCOME, *PLEDGES, *OWN]
)
def test_predicates_in_other_words(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

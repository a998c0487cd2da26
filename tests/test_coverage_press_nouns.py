"""Session 33, coverage: the press's words for what the sources say, which nothing read.

- New Year wishes "extended" (as "offered") and, in Vietnamese, "lời chúc năm mới", "chuyển lời
  chúc Tết", "lời chúc mừng Tết": greetings sent (`sent_greetings` in lexicon/<lang>/
  synonyms.yaml). Before, "extended" was a word no source said, and "gửi lời chúc năm mới" was
  read as a congratulation; "extended greetings" alone stays a congratulation's;
- work done together is "joint" ("joint efforts", "nỗ lực chung", "chung sức") where the source
  says "hợp tác" (lexicon/<lang>/glosses.yaml);
- "the Vietnamese account", "by Hanoi's account": a report, framing as "readout" is
  (lexicon/en/fillers.yaml);
- what the sides agreed on they discussed ("bàn về", "thảo luận": a gloss of "nhất trí");
- the missions' staff ("cán bộ các cơ quan đại diện") are the missions met, named with "của"
  before the country and "ở" for "tại" (an alias of the missions), and "kiều bào" is the
  community the source calls "bà con cộng đồng"; "Đảng ta" (our Party) is the Communist Party
  of Vietnam, as the Vietnamese press names it.

Each in English, Vietnamese and Vietnamese without diacritics where it applies, with traps that
stay not enough info: another party or doer, a detail no source gives, another country.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


GREETINGS = "hagerty-new-year-greetings-to-lam-2026-02-18"
HIGHLIGHT = "to-lam-regards-war-legacy-cooperation-highlight-2026-02-18"
SUPPORT = "us-affirmed-support-strong-independent-vietnam"
MISSIONS = "to-lam-met-vietnamese-missions-in-us-2026-02"
MACINKA = "to-lam-met-macinka-2026-02-19"
ORBAN = "to-lam-met-orban-2026-02-19"

# (statement, verdict, a claim the verdict cites, or a word the reason names)
ROWS = [
    # New Year wishes extended, passed on or sent, in each language
    ("Senator Hagerty extended Tet greetings to the Vietnamese party chief.", SUPPORTED, GREETINGS),
    ("Hagerty also extends Lunar New Year wishes to Lam", SUPPORTED, GREETINGS),
    ("TNS Hagerty gửi lời chúc năm mới tới Tổng Bí thư Tô Lâm.", SUPPORTED, GREETINGS),
    ("Ông Hagerty chuyển lời chúc Tết đến Tổng Bí thư.", SUPPORTED, GREETINGS),
    ("TNS Hagerty gui loi chuc nam moi toi TBT To Lam", SUPPORTED, GREETINGS),
    ("Ong Hagerty chuyen loi chuc Tet toi Tong Bi thu", SUPPORTED, GREETINGS),
    # traps: another sender, another addressee
    ("Senator Daines extended Tet greetings to the Vietnamese party chief.", NEI, "Daines"),
    ("Hagerty extended Lunar New Year wishes to Orbán.", NEI, "Orbán"),
    ("TNS Daines gửi lời chúc năm mới tới Tổng Bí thư Tô Lâm.", NEI, "Daines"),
    ("Ong Hagerty gui loi chuc nam moi toi Thu tuong Orban", NEI, "sent greetings"),
    # joint work, of cooperation
    (
        "Lam described joint efforts to overcome the war's consequences as a bright spot in"
        " Vietnam-US ties",
        SUPPORTED,
        HIGHLIGHT,
    ),
    (
        "Tổng Bí thư xem nỗ lực chung khắc phục hậu quả chiến tranh là điểm sáng của quan hệ"
        " hai nước.",
        SUPPORTED,
        HIGHLIGHT,
    ),
    (
        "Tong Bi thu xem no luc chung khac phuc hau qua chien tranh la diem sang cua quan he"
        " hai nuoc",
        SUPPORTED,
        HIGHLIGHT,
    ),
    # traps: a detail beside the joint work, a joint act no source gives
    (
        "Lam described joint efforts to overcome the war's consequences as the brightest spot in"
        " Vietnam-US ties",
        NEI,
        "brightest",
    ),
    ("Lam and Hagerty issued a joint statement on war legacy cooperation.", NEI, "statement"),
    (
        "Tổng Bí thư xem nỗ lực chung khắc phục hậu quả chiến tranh là điểm sáng duy nhất của"
        " quan hệ hai nước.",
        NEI,
        "duy nhất",
    ),
    # the account a side gives, as its readout
    (
        "By Hanoi's account, Washington backs a strong, independent, self-reliant and prosperous"
        " Vietnam.",
        SUPPORTED,
        SUPPORT,
    ),
    (
        "The US supports a strong, independent, self-reliant and prosperous Vietnam, the Vietnamese"
        " account says.",
        SUPPORTED,
        SUPPORT,
    ),
    # trap: the account frames, the words it reports stay the claims'
    (
        "By Hanoi's account, Washington has voiced support for a strong, independent, self-reliant"
        " and prosperous Vietnam for 50 years.",
        NEI,
        "50",
    ),
    # what was agreed on was discussed
    ("Tổng Bí thư gặp Phó Thủ tướng Séc Petr Macinka, hai bên bàn về EVFTA.", SUPPORTED, MACINKA),
    ("Tong Bi thu gap Pho Thu tuong Sec Petr Macinka, thao luan ve EVFTA", SUPPORTED, MACINKA),
    # trap: a talk the sources never give
    ("Tổng Bí thư gặp Phó Thủ tướng Séc Petr Macinka, bàn về vũ khí hạt nhân.", NEI, "vũ khí"),
    # the missions and their staff, the community as the press calls it
    ("Tổng Bí thư gặp cán bộ các cơ quan đại diện của Việt Nam ở Mỹ.", SUPPORTED, MISSIONS),
    ("Tong Bi thu gap can bo cac co quan dai dien cua Viet Nam o My", SUPPORTED, MISSIONS),
    (
        "Tổng Bí thư gặp kiều bào và cán bộ các cơ quan đại diện Việt Nam tại Mỹ.",
        SUPPORTED,
        MISSIONS,
    ),
    # "Đảng ta", the press's own name for the Party, in its leader's title
    ("Tổng Bí thư Đảng ta gặp Thủ tướng Hungary Orbán tại Washington.", SUPPORTED, ORBAN),
    ("Tong Bi thu Dang ta gap Thu tuong Hungary Orban tai Washington", SUPPORTED, ORBAN),
    ("Tổng Bí thư Đảng ta gặp riêng Thủ tướng Hungary Orbán.", NEI, "riêng"),
    # traps: another country's missions, a detail no source gives
    ("Tổng Bí thư gặp cán bộ các cơ quan đại diện của Việt Nam ở Pháp.", NEI, "Pháp"),
    ("Tổng Bí thư gặp kín cán bộ các cơ quan đại diện của Việt Nam ở Mỹ.", NEI, "kín"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_press_words_covered(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

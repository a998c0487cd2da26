"""Who said what: the parties a speaker's quoted words name by his own way of naming them.

A title in a quotation whose speaker is named outside it ("'I thank the General Secretary ...,'
Leahy told Lam") is how the speaker names the title's one holder, though that holder is named
outside the quotation too: it describes no name there, nor does a title outside the quotation
describe one the quotation names ("“Cảm ơn ngài ...”, ông Leahy nói với Tổng Bí thư")
(World.bare_holders, with persons.quotations_apart). The words for the two sides of what was
said ("our relations", "hai nước": factdb.check.persons) name the countries of the deciding
claims' own speaker and the one spoken to, the parties of that claim's exchange: they set the
words on no other occasion, so words given to the wrong one of that exchange stay refuted. Two
countries joined in a speaker's words ("closer Vietnam-U.S. cooperation") are those sides too
(accounting.exchanged_sides). An act the quotation opens with, done by saying it
("'Congratulations,' Lam told Orbán"), is the speaker's to the one spoken to
(persons.quoted_doers), not anyone's act of that kind. Traps: a title several people hold, a
title of someone the exchange lacks, another speaker, another listener, an act turned round stay
not enough info.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

TITLES = [
    # Lâm thanked Leahy for his contributions, not the reverse: the exchange's one thanks
    (
        "'I thank the General Secretary for his contributions to normalising relations,'"
        " Leahy told Lam",
        CONTRADICTED,
    ),
    (
        "“Tôi cảm ơn Tổng Bí thư vì những đóng góp cho quan hệ Việt - Mỹ”, ông Leahy nói với"
        " ông Tô Lâm",
        CONTRADICTED,
    ),
    (
        "“Toi cam on Tong Bi thu vi nhung dong gop cho quan he Viet - My”, ong Leahy noi voi"
        " ong To Lam",
        CONTRADICTED,
    ),
    # Hagerty thanked Lâm, whom he names by his title, for Vietnam's help in the MIA search
    (
        "'I thank the General Secretary for Vietnam's active cooperation in the search for"
        " missing US servicemen,' Hagerty told Lam",
        SUPPORTED,
    ),
    (
        "“Tôi cảm ơn Tổng Bí thư về hợp tác tìm kiếm quân nhân Mỹ mất tích”, ông Hagerty nói"
        " với ông Tô Lâm",
        SUPPORTED,
    ),
    (
        "“Toi cam on Tong Bi thu ve hop tac tim kiem quan nhan My mat tich”, ong Hagerty noi"
        " voi ong To Lam",
        SUPPORTED,
    ),
    # ... and the title the words are said to outside it, though "you" in them is its holder
    (
        "'I thank you for the contributions to relations,' Leahy told the General Secretary",
        CONTRADICTED,
    ),
    (
        "“Cảm ơn ngài vì những đóng góp cho quan hệ hai nước”, ông Leahy nói với Tổng Bí thư",
        CONTRADICTED,
    ),
    (
        "“Cam on ngai vi nhung dong gop cho quan he hai nuoc”, ong Leahy noi voi Tong Bi thu",
        CONTRADICTED,
    ),
    # traps: a title several hold, one the exchange lacks, another speaker
    ("'I thank you for the contributions to relations,' Leahy told the Secretary of War", NEI),
    ("“Cảm ơn ngài vì những đóng góp cho quan hệ hai nước”, ông Leahy nói với Thủ tướng", NEI),
    ("'I thank the President for his contributions to normalising relations,' Leahy told Lam", NEI),
    (
        "'I thank the Secretary of War for his contributions to normalising relations,'"
        " Leahy told Lam",
        NEI,
    ),
    (
        "“Tôi cảm ơn Bộ trưởng Chiến tranh vì những đóng góp cho quan hệ Việt - Mỹ”, ông Leahy"
        " nói với ông Tô Lâm",
        NEI,
    ),
    (
        "“Toi cam on Tong thong vi nhung dong gop cho quan he Viet - My”, ong Leahy noi voi"
        " ong To Lam",
        NEI,
    ),
    (
        "'I thank the General Secretary for the active cooperation in the search for missing"
        " US servicemen,' Daines told Lam",
        NEI,
    ),
]

SIDES = [
    (
        "'I thank Lam for his contributions to normalising our relations,' Leahy told Lam",
        CONTRADICTED,
    ),
    (
        "“Tôi cảm ơn Tổng Bí thư vì những đóng góp cho quan hệ hai nước”, ông Leahy nói với"
        " ông Tô Lâm",
        CONTRADICTED,
    ),
    (
        "“Toi cam on Tong Bi thu vi nhung dong gop cho quan he hai nuoc”, ong Leahy noi voi"
        " ong To Lam",
        CONTRADICTED,
    ),
    # traps: the sides of another exchange (Leahy and Orbán), another speaker
    (
        "'I thank the General Secretary for his contributions to our relations,' Leahy told Orbán",
        NEI,
    ),
    (
        "“Tôi cảm ơn Tổng Bí thư vì những đóng góp cho quan hệ hai nước”, ông Leahy nói với"
        " Thủ tướng Orbán",
        NEI,
    ),
    (
        "“Toi cam on Tong Bi thu vi nhung dong gop cho quan he hai nuoc”, ong Hagerty noi voi"
        " ong To Lam",
        NEI,
    ),
]


# The two sides named as two countries joined ("between Vietnam and the US", "Việt - Mỹ"): the
# countries Leahy, a former senator, and Lâm speak from, which no claim of his names
NAMED_SIDES = [
    (
        "Leahy said he would always be ready to speak up for closer cooperation between"
        " Vietnam and the US.",
        SUPPORTED,
    ),
    ("Ông Leahy khẳng định sẽ luôn sẵn sàng tiếp tục lên tiếng cho hợp tác Việt - Mỹ", SUPPORTED),
    ("Ong Leahy khang dinh se luon san sang tiep tuc len tieng cho hop tac Viet - My", SUPPORTED),
    # traps: a country of neither side, one not joined to the other
    (
        "Leahy said he would always be ready to speak up for closer cooperation between"
        " Vietnam and China.",
        NEI,
    ),
    (
        "Ông Leahy khẳng định sẽ luôn sẵn sàng tiếp tục lên tiếng cho hợp tác Việt Nam -"
        " Trung Quốc",
        NEI,
    ),
    (
        "Ong Leahy khang dinh se luon san sang tiep tuc len tieng cho hop tac Viet Nam -"
        " Trung Quoc",
        NEI,
    ),
    ("Leahy vowed he would always be ready to speak up for Vietnam, and the US would help.", NEI),
]

# An act done by saying it, opening the quotation ("Congratulations", "Chúc mừng"), is the
# speaker's, to the one spoken to: Orbán congratulated Lâm on his re-election, Lâm never Orbán.
QUOTED_ACTS = [
    ("'Congratulations on your re-election,' Orbán told Lam", SUPPORTED),
    ("“Chúc mừng Ngài tái đắc cử”, Thủ tướng Orbán nói với Tổng Bí thư Tô Lâm", SUPPORTED),
    ("“Chuc mung Ngai tai dac cu”, Thu tuong Orban noi voi Tong Bi thu To Lam", SUPPORTED),
    # traps: turned round, the act is Lâm's, which no claim gives (not Orbán's, which one does)
    ("'Congratulations,' Lam told Orbán", NEI),
    ("“Chúc mừng”, Tổng Bí thư Tô Lâm nói với Thủ tướng Orbán", NEI),
    ("“Chuc mung”, Tong Bi thu To Lam noi voi Thu tuong Orban", NEI),
    ("“Chuc mung Ngai tai dac cu”, Tong Bi thu To Lam noi voi Thu tuong Orban", NEI),
    # a noun of no act from a doer to another opening the words is nobody's act: still borne out
    (
        "'Relations between Vietnam and the US are a model of reconciliation,' Leahy told Lam",
        SUPPORTED,
    ),
    ("“Quan hệ Việt Nam - Mỹ là hình mẫu về hòa giải”, ông Leahy nói.", SUPPORTED),
    ("“Quan he Viet Nam - My la hinh mau ve hoa giai”, ong Leahy noi.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), TITLES + SIDES + NAMED_SIDES + QUOTED_ACTS)
def test_quoted_parties(real_checker: Checker, statement: str, verdict: str) -> None:
    assert real_checker.check(statement).verdict == verdict

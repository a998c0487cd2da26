"""Who reports the words and who said them (session 30): a body or a country an "according to"
cue names beside another speaker's own verb ("According to Hanoi, Washington has said ...",
"Theo thông tin từ Bộ Ngoại giao, Tổng Bí thư đề nghị ...") reports his words; the verb's
speaker said them (stance._reported, StanceReading.reporters). The claims must bear out his
words as if the cue were not there, and the reporter is accounted for as a body reporting a
fact is (accounting.reporter); so is one named after the words with a bare verb of saying
("..., Vietnam's Foreign Ministry said", "..., Bộ Ngoại giao cho biết": the same field, one
reading of who reports). A person so named is a speaker of his own whose words the claims
must bear out, and the seat of one office ("the White House", "Nhà Trắng") is a body no source
gives the news to: both keep the statement open. "According to Hanoi" names the government
that reports, not a place (parse._governments).

A title set before its holder's name by a comma ("US Trade Representative, Ambassador Jamieson
Greer, said ...") is his, in apposition, not a second speaker who must have said the words too
(Judge, speakers listed together); the title's own part judges it. A title the speaker does not
hold, or another speaker's words, keep the statement open.

The statements are written for these tests, in English, Vietnamese and Vietnamese without
diacritics, with traps that stay open and refuted words that stay refuted."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

VERDICTS = [
    # the view of a country, reported by the other's government or ministry
    (
        "According to Hanoi, Washington has consistently said it supports a strong, "
        "independent, self-reliant and prosperous Vietnam.",
        SUPPORTED,
    ),
    (
        "Washington has reaffirmed its support for a strong, independent, self-reliant and "
        "prosperous Vietnam, according to Hanoi.",
        SUPPORTED,
    ),
    (
        "Theo Hà Nội, phía Mỹ nhất quán khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự "
        "cường và thịnh vượng.",
        SUPPORTED,
    ),
    (
        "Theo Ha Noi, phia My nhat quan khang dinh ung ho mot Viet Nam manh, doc lap, tu cuong "
        "va thinh vuong.",
        SUPPORTED,
    ),
    # a person's request, reported by the ministry the information came from
    (
        "According to information from Vietnam's Foreign Ministry, Lam asked Congress to keep "
        "funding the dioxin cleanup at Bien Hoa airport.",
        SUPPORTED,
    ),
    (
        "Theo thông tin từ Bộ Ngoại giao, Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục bố trí "
        "nguồn lực cho dự án tẩy độc dioxin ở sân bay Biên Hòa.",
        SUPPORTED,
    ),
    (
        "Theo thong tin tu Bo Ngoai giao, Tong Bi thu de nghi Quoc hoi My tiep tuc bo tri "
        "nguon luc cho du an tay doc dioxin o san bay Bien Hoa.",
        SUPPORTED,
    ),
    # the same reporter named after the words, set off by a comma (one reading of who reports:
    # StanceReading.reporters)
    (
        "Washington has consistently said it supports a strong, independent, self-reliant and "
        "prosperous Vietnam, Vietnam's Foreign Ministry said.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục bố trí nguồn lực cho dự án tẩy độc dioxin ở "
        "sân bay Biên Hòa, Bộ Ngoại giao cho biết.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu de nghi Quoc hoi My tiep tuc bo tri nguon luc cho du an tay doc dioxin o "
        "san bay Bien Hoa, Bo Ngoai giao cho biet.",
        SUPPORTED,
    ),
    # trap: the words given to one who never said them, whoever reports it
    (
        "According to Hanoi, Hagerty said the US supports a strong, independent, self-reliant "
        "and prosperous Vietnam.",
        NEI,
    ),
    (
        "Theo Bộ Ngoại giao, ông Hagerty nói Mỹ ủng hộ một Việt Nam mạnh, độc lập, tự cường và "
        "thịnh vượng.",
        NEI,
    ),
    (
        "Theo Bo Ngoai giao, ong Hagerty noi My ung ho mot Viet Nam manh, doc lap, tu cuong va "
        "thinh vuong.",
        NEI,
    ),
    # trap: a person "according to" whom another spoke is a speaker of his own
    (
        "According to Leahy, Washington has consistently affirmed its support for a strong, "
        "independent, self-reliant and prosperous Vietnam.",
        NEI,
    ),
    (
        "Theo ông Leahy, phía Mỹ nhất quán khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự "
        "cường và thịnh vượng.",
        NEI,
    ),
    # trap: the seat of one office gives no news the sources give, before the words or after
    (
        "Lam asked Congress to keep funding the dioxin cleanup at Bien Hoa airport, the White "
        "House said.",
        NEI,
    ),
    (
        "According to the White House, Lam asked Congress to keep funding the dioxin cleanup "
        "at Bien Hoa airport.",
        NEI,
    ),
    (
        "Theo thông tin từ Nhà Trắng, Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục bố trí nguồn "
        "lực cho dự án tẩy độc dioxin ở sân bay Biên Hòa.",
        NEI,
    ),
    (
        "Theo thong tin tu Nha Trang, Tong Bi thu de nghi Quoc hoi My tiep tuc bo tri nguon "
        "luc cho du an tay doc dioxin o san bay Bien Hoa.",
        NEI,
    ),
    # the speaker's own words turned round stay refuted, whoever reports them
    (
        "According to Hanoi, Hagerty said the negotiations had so far made little progress.",
        CONTRADICTED,
    ),
    (
        "Theo Bộ Ngoại giao, ông Hagerty nói đàm phán đến nay mới đạt ít tiến triển.",
        CONTRADICTED,
    ),
]


APPOSED = [
    (
        "US Trade Representative, Ambassador Jamieson Greer, said negotiations on the "
        "reciprocal trade agreement were entering a decisive phase.",
        SUPPORTED,
    ),
    (
        "Trưởng đại diện Thương mại Mỹ, Đại sứ Jamieson Greer, cho rằng đàm phán Hiệp định "
        "thương mại đối ứng Việt - Mỹ đang bước vào giai đoạn quyết định.",
        SUPPORTED,
    ),
    (
        "Truong dai dien Thuong mai My, Dai su Jamieson Greer, cho rang dam phan Hiep dinh "
        "thuong mai doi ung Viet - My dang buoc vao giai doan quyet dinh.",
        SUPPORTED,
    ),
    # trap: the words the sources give Greer, given to a senator with his own title
    (
        "US Senator, Bill Hagerty, said negotiations on the reciprocal trade agreement were "
        "entering a decisive phase.",
        NEI,
    ),
    (
        "Thượng nghị sĩ Mỹ, ông Hagerty, cho rằng đàm phán Hiệp định thương mại đối ứng Việt - "
        "Mỹ đang bước vào giai đoạn quyết định.",
        NEI,
    ),
    # trap: a title before the name that another holds is a second speaker, who said nothing
    (
        "Senator Daines, Ambassador Jamieson Greer, said negotiations on the reciprocal trade "
        "agreement were entering a decisive phase.",
        NEI,
    ),
    (
        "Thuong nghi si Daines, Dai su Jamieson Greer, cho rang dam phan Hiep dinh thuong mai "
        "doi ung Viet - My dang buoc vao giai doan quyet dinh.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS + APPOSED)
def test_reported_words(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

"""A frame of denial around a clause (`denial_frames` in lexicon/<lang>/statements.yaml,
factdb.check.denials.denial_frame): "It is false that ...", "Reports that ... are false",
"Nobody can say ...", "Không phải (là) ...", "Không có chuyện ...", "Không thể nói ...", "Sai
khi cho rằng ...". The frame turns the polarity of the clause it holds; a denial in the clause (a
negator or a verb that denies by its sense) turns it back, and so does a denying verb of the
frame's own ("Nobody denies that ...", "Không ai phủ nhận ..."). The reviewer's statements were
all read as plain denials (the first negator taken as the act's, "excludes ('Không phải')"), and a
single frame was left open. A frame whose scope is not read (inside the statement, a closing word
with no opener) leaves the statement open. The near versions keep their verdicts: a plain denial,
a cleft naming someone else, "It is true that ...", a copula "không phải là" of an office. Each
class in English, Vietnamese and Vietnamese without diacritics; statements written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

# The reviewer's findings: two denials, true statements
FINDINGS = [
    "Không phải Tổng Bí thư Tô Lâm vắng mặt tại cuộc họp khai mạc Hội đồng Hòa bình.",
    "Không phải là Tổng Bí thư không dự cuộc họp khai mạc Hội đồng Hòa bình.",
    "Khong phai Tong Bi thu khong du cuoc hop khai mac Hoi dong Hoa binh.",
    "It is false that Hungary has not approved the $400m ODA package.",
    "Nobody can say To Lam did not meet Orbán in Washington.",
    "Không phải ông Hagerty chưa từng thăm Việt Nam.",
    "Khong phai ong Hagerty chua tung tham Viet Nam.",
    "Nobody denies that To Lam met Orbán in Washington.",
    "Reports that To Lam skipped the Board of Peace meeting are false.",
    "Không có chuyện Tổng Bí thư không gặp ông Orbán.",
    "Khong the noi Tong Bi thu khong dien dam voi ong Daines.",
]

VERDICTS = [
    *((s, SUPPORTED) for s in FINDINGS),
    # paraphrases: two denials cancel, in each language form
    ("It is not true that To Lam did not meet Orbán.", SUPPORTED),
    ("No one can say Hagerty has never visited Vietnam.", SUPPORTED),
    ("Sai khi cho rằng Tổng Bí thư không gặp ông Orbán.", SUPPORTED),
    ("Sai khi cho rang Tong Bi thu khong gap ong Orban.", SUPPORTED),
    ("Không thể nói Tổng Bí thư không điện đàm với ông Daines.", SUPPORTED),
    ("Khong co chuyen Tong Bi thu khong gap ong Orban.", SUPPORTED),
    (
        "Thông tin cho rằng Tổng Bí thư vắng mặt tại cuộc họp khai mạc Hội đồng Hòa bình là sai.",
        SUPPORTED,
    ),
    (
        "Thong tin cho rang Tong Bi thu vang mat tai cuoc hop khai mac Hoi dong Hoa binh la sai.",
        SUPPORTED,
    ),
    ("It is untrue that To Lam is not the general secretary.", SUPPORTED),
    # a denying verb of the frame's own turns it back: the clause stands as said
    ("Không ai phủ nhận Tổng Bí thư đã gặp ông Orbán.", SUPPORTED),
    ("Khong ai phu nhan Tong Bi thu da gap ong Orban.", SUPPORTED),
    ("Nobody denies that To Lam skipped the Board of Peace meeting.", CONTRADICTED),
    (
        "Không ai phủ nhận Tổng Bí thư vắng mặt tại cuộc họp khai mạc Hội đồng Hòa bình.",
        CONTRADICTED,
    ),
    # a single frame denies its clause: over a true clause, refuted
    ("It is untrue that Lam met Orbán.", CONTRADICTED),
    ("It is false that To Lam met Orbán.", CONTRADICTED),
    ("Reports that To Lam attended the Board of Peace meeting are false.", CONTRADICTED),
    ("Claims that Hungary approved the $400m ODA package are false.", CONTRADICTED),
    ("Thông tin cho rằng Tổng Bí thư đã gặp ông Orbán là sai sự thật.", CONTRADICTED),
    ("Không có chuyện Tổng Bí thư gặp ông Orbán.", CONTRADICTED),
    ("Khong co chuyen Tong Bi thu gap ong Orban.", CONTRADICTED),
    ("Không phải Tô Lâm gặp ông Orbán.", CONTRADICTED),
    ("Không phải Tổng Bí thư Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình.", CONTRADICTED),
    ("Khong phai Tong Bi thu To Lam du cuoc hop khai mac Hoi dong Hoa binh.", CONTRADICTED),
    ("Khong phai ong Hagerty da tung tham Viet Nam.", CONTRADICTED),
    # ... and over a false one (an office its copula gives), borne out
    ("It is false that To Lam is the Prime Minister of Vietnam.", SUPPORTED),
    ("Không có chuyện Tô Lâm là Thủ tướng.", SUPPORTED),
    ("Không phải Tô Lâm là Thủ tướng Việt Nam.", SUPPORTED),
    ("Khong co chuyen To Lam la Tong Bi thu.", CONTRADICTED),
    # the office a copula gives, not the title the clause's subject is named by
    ("Không phải Thủ tướng Orbán là Tổng thống Hungary.", SUPPORTED),
    ("Khong phai Thu tuong Orban la Tong thong Hungary.", SUPPORTED),
    ("It is false that Prime Minister Orbán is the President of Hungary.", SUPPORTED),
    # a frame that affirms turns nothing
    ("It is true that To Lam met Orbán in Washington.", SUPPORTED),
    ("Đúng là Tổng Bí thư đã gặp ông Orbán.", SUPPORTED),
    ("Dung la Tong Bi thu da gap ong Orban.", SUPPORTED),
    ("It is true that To Lam did not meet Orbán.", CONTRADICTED),
    # a frame whose scope is not read leaves the statement open
    ("Officials said it is false that To Lam skipped the Board of Peace meeting.", NEI),
    ("Ông Orbán cho biết không có chuyện Hungary chưa thông qua khoản ODA.", NEI),
    ("Tô Lâm nói thông tin ấy là sai.", NEI),
    # where the frame ends is not read: a clause break before the clause's act, another frame
    ("Không phải là Thủ tướng, ông Tô Lâm là Tổng Bí thư.", NEI),
    ("Khong phai la Thu tuong, ong To Lam la Tong Bi thu.", NEI),
    ("It is false that, in Washington, To Lam met Orbán.", NEI),
    ("Không phải Tô Lâm nói không có chuyện Hungary chưa thông qua khoản ODA.", NEI),
    # a restriction the frame would turn, or a copula beside an act, is not read
    ("It is false that To Lam met only Orbán.", NEI),
    ("Không có chuyện Tổng Bí thư chỉ gặp ông Orbán.", NEI),
    ("Khong co chuyen Tong Bi thu chi gap ong Orban.", NEI),
    ("Không phải Tô Lâm là người gặp ông Orbán.", NEI),
    # the near versions keep their verdicts: a plain denial, a cleft naming someone else, a
    # copula "không phải là" of an office
    ("Tô Lâm did not meet Orbán.", CONTRADICTED),
    ("Tô Lâm không gặp Orbán.", CONTRADICTED),
    ("To Lam khong gap ong Orban.", CONTRADICTED),
    ("Không phải Tô Lâm mà Thủ tướng Phạm Minh Chính đã gặp ông Orbán.", NEI),
    ("Khong phai To Lam ma Thu tuong Pham Minh Chinh da gap ong Orban.", NEI),
    ("Tô Lâm không phải là Thủ tướng.", SUPPORTED),
    ("To Lam khong phai la Thu tuong.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_denial_frame_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "negation", "unread"),
    [
        # two denials cancel: nothing is denied, and the frame's words are read
        ("Không phải ông Hagerty chưa từng thăm Việt Nam.", None, None),
        ("It is false that Hungary has not approved the $400m ODA package.", None, None),
        # a single frame is the clause's denial
        ("It is untrue that Lam met Orbán.", "It is untrue that", None),
        ("Khong co chuyen Tong Bi thu gap ong Orban.", "Khong co chuyen", None),
        # a frame inside the statement is not read
        (
            "Officials said it is false that To Lam skipped the Board of Peace meeting.",
            "skipped",
            "it is false that To Lam skipped the Board of Peace meeting.",
        ),
    ],
)
def test_denial_frame_parse(
    real_checker: Checker, statement: str, negation: str | None, unread: str | None
) -> None:
    parsed = real_checker.parse(statement)
    assert (parsed.negation.text if parsed.negation else None) == negation
    assert parsed.unread_frame == unread
    assert not parsed.exclusions
    if unread is not None:
        return
    # the frame's words are its own, read: no deciding claim must account for them
    frame = {"false", "untrue", "khong", "phai", "co", "chuyen"}
    assert not frame & {w for w, _, _ in parsed.loose_words}

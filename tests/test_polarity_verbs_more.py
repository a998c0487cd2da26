"""Polarity verbs, more of them (issue 10), session 34.

Verbs that deny a predicate by their meaning (`antonyms` in lexicon/<lang>/polarity.yaml): an
invitation ignored or brushed off ("phớt lờ", "làm ngơ") was not accepted, and only an
invitation (`denied_objects`: "ignored reporters' questions" declines nothing); an ODA package
blocked ("ngăn cản", "ngăn chặn") was not approved; a meeting narrowly missed ("lỡ hẹn") was not
attended, a person one "lỡ hẹn với" was not met; a resolution voted against or opposed
("bỏ phiếu chống") was not adopted; a trip postponed ("bị hoãn") was not made. Each refutes the
claim it denies, cited; another party, another object, a hedge and a time later than the
sources know stay open. English, Vietnamese and Vietnamese without diacritics; the statements
are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from tests.conftest import assert_judged

INVITATION = "to-lam-accepted-trump-invitation-bop-meeting"
ODA = "hu-oda-400m-usd"
ATTENDED = "to-lam-attended-bop-meeting"
MET_ORBAN = "to-lam-met-orban-2026-02-19"
RESOLUTION = "us-senate-adopted-30th-anniversary-resolution"
HEGSETH = "hegseth-visited-vietnam-2025"
NO_CLAIM = "no stored claim"
HEDGED = "as a possibility"
LATER = "another occasion"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # an invitation left unheeded: not accepted
    (
        "Lam brushed off Trump's invitation to the Board of Peace's first meeting.",
        CONTRADICTED,
        INVITATION,
    ),
    (
        "To Lam ignored Donald Trump's invite to the Board of Peace inaugural session",
        CONTRADICTED,
        INVITATION,
    ),
    (
        "Tổng Bí thư làm ngơ lời mời của ông Trump dự phiên khai mạc Hội đồng Hòa bình.",
        CONTRADICTED,
        INVITATION,
    ),
    (
        "TBT To Lam phot lo loi moi cua ong Trump du phien hop Hoi dong Hoa binh",
        CONTRADICTED,
        INVITATION,
    ),
    # traps: no invitation, another party
    ("Lam ignored reporters' questions in Washington.", NEI, NO_CLAIM),
    ("Tổng Bí thư phớt lờ câu hỏi của phóng viên tại Washington.", NEI, NO_CLAIM),
    ("TBT phot lo cau hoi cua phong vien o Washington", NEI, NO_CLAIM),
    ("Orbán ignored Trump's invitation to the Board of Peace meeting.", NEI, NO_CLAIM),
    ("Ông Pashinyan phớt lờ lời mời của ông Trump dự phiên họp Hội đồng Hòa bình.", NEI, NO_CLAIM),
    # an ODA package blocked: not approved
    ("Budapest blocked the US$400 million ODA loan for Vietnam", CONTRADICTED, ODA),
    ("Hungary ngăn chặn gói ODA 400 triệu USD dành cho Việt Nam", CONTRADICTED, ODA),
    ("Hungary ngan can khoan ODA 400 trieu USD danh cho Viet Nam", CONTRADICTED, ODA),
    # traps: a hedge, a time later than the sources know
    ("Hungary có thể ngăn cản khoản ODA 400 triệu USD cho Việt Nam.", NEI, HEDGED),
    ("Năm 2027 Hungary ngăn cản khoản ODA 400 triệu USD cho Việt Nam.", NEI, LATER),
    ("Hungary blocked the $400 million ODA for Vietnam in 2027.", NEI, LATER),
    # a meeting missed, a person one failed to meet
    (
        "Lam narrowly missed the Board of Peace's inaugural session in Washington.",
        CONTRADICTED,
        ATTENDED,
    ),
    ("Tổng Bí thư lỡ hẹn phiên khai mạc Hội đồng Hòa bình tại Washington.", CONTRADICTED, ATTENDED),
    ("Tong Bi thu lo hen phien hop khai mac Hoi dong Hoa binh", CONTRADICTED, ATTENDED),
    ("Tổng Bí thư lỡ hẹn với Thủ tướng Hungary Orbán tại Washington.", CONTRADICTED, MET_ORBAN),
    ("TBT lo hen voi Thu tuong Orban o Washington", CONTRADICTED, MET_ORBAN),
    # traps: another party, another occasion
    ("Ông Macinka lỡ hẹn với ông Orbán tại Washington.", NEI, NO_CLAIM),
    ("Năm 2028 Tổng Bí thư lỡ hẹn với ông Orbán.", NEI, LATER),
    ("Lam missed the Board of Peace meeting in 2027.", NEI, LATER),
    # a resolution voted against or opposed: not adopted
    (
        "The US Senate voted against the resolution marking 30 years of diplomatic ties.",
        CONTRADICTED,
        RESOLUTION,
    ),
    (
        "The Senate opposed the resolution commemorating 30 years of diplomatic relations.",
        CONTRADICTED,
        RESOLUTION,
    ),
    (
        "Thượng viện Mỹ bỏ phiếu chống nghị quyết kỷ niệm 30 năm quan hệ ngoại giao.",
        CONTRADICTED,
        RESOLUTION,
    ),
    (
        "Thuong vien My bo phieu chong nghi quyet ky niem 30 nam quan he ngoai giao",
        CONTRADICTED,
        RESOLUTION,
    ),
    # traps: another body, another senator
    (
        "Daines opposed the resolution commemorating 30 years of diplomatic relations.",
        NEI,
        NO_CLAIM,
    ),
    ("Hạ viện Mỹ bỏ phiếu chống nghị quyết kỷ niệm 30 năm quan hệ ngoại giao.", NEI, NO_CLAIM),
    # a trip postponed: not made
    ("Hegseth's 2025 trip to Vietnam was postponed.", CONTRADICTED, HEGSETH),
    ("Chuyến thăm Việt Nam năm 2025 của Bộ trưởng Hegseth bị hoãn.", CONTRADICTED, HEGSETH),
    ("Chuyen tham Viet Nam nam 2025 cua ong Hegseth bi hoan", CONTRADICTED, HEGSETH),
    # traps: another visitor, a later year
    ("Chuyến thăm Việt Nam năm 2025 của ông Greer bị hoãn.", NEI, NO_CLAIM),
    ("Hegseth's 2027 visit to Vietnam was postponed.", NEI, LATER),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_polarity_verbs_more(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""Who announced it (issue 10, who said what): a body named as the one that announced or
reported the news ("Bộ Ngoại giao thông báo ...", "..., the foreign ministry announced", "do Bộ
Công an thông báo") wraps the content, which is checked as the statement's fact. Where a source
names the body whose announcement reports that content (a claim of `announced` stated in one
sentence with the content's claims), the wrapper is borne out by that body only: another body,
known to the base or not, leaves the statement open, the announcement named in the reason (one
body announcing news does not rule out another doing so too: test_received_acts, session 25's
merge). Where no source
names who announced the content, the wrapper is a detail left aside, as before. English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

VERDICTS = [
    # the body the source gives the announcement to, its content borne out
    (
        "Vietnam's foreign ministry announced that To Lam will head to Washington "
        "for the opening meeting of the Board of Peace.",
        SUPPORTED,
    ),
    (
        "Bộ Ngoại giao thông báo Tổng Bí thư sẽ tới Washington "
        "dự phiên khai mạc Hội đồng Hòa bình.",
        SUPPORTED,
    ),
    ("Bo Ngoai giao thong bao Tong Bi thu se toi My du hop Hoi dong Hoa binh.", SUPPORTED),
    # another body the base knows: the announcement the sources give was the foreign
    # ministry's, which does not rule out another
    (
        "Vietnam's Ministry of National Defence announced the party chief's trip "
        "to the United States.",
        NEI,
    ),
    ("Bộ Quốc phòng công bố chuyến công tác Mỹ của Tổng Bí thư Tô Lâm.", NEI),
    ("Bo Cong an thong bao Tong Bi thu To Lam sap sang My du hop Hoi dong Hoa binh.", NEI),
    # a body the base does not know: open, never borne out by the content alone; nor is one
    # the announcement does not name the day of
    ("The Defence Ministry in Hanoi announced the party chief's trip to the United States.", NEI),
    ("Vietnam's foreign ministry announced on Tuesday that To Lam would fly to Washington.", NEI),
    ("Bộ Y tế thông báo Tổng Bí thư Tô Lâm sẽ sang Mỹ dự họp Hội đồng Hòa bình.", NEI),
    (
        "Vietnam's Health Ministry announced that To Lam would travel to the US "
        "for the Board of Peace meeting.",
        NEI,
    ),
    # a wrong content stays refuted whoever announced it
    (
        "Bộ Ngoại giao thông báo Tổng Bí thư sẽ dự họp Hội đồng Hòa bình từ 20 đến 23/2.",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_announcer_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


def test_another_body_is_open_naming_the_announcement(real_checker: Checker) -> None:
    result = real_checker.check("Bộ Công an thông báo Tổng Bí thư Tô Lâm sẽ sang Mỹ.")
    assert result.verdict == NEI
    assert "vietnam-foreign-ministry-announced-to-lam-us-trip" in result.explanation
    assert "Bộ Công an" in result.explanation

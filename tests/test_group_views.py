"""Views given to people the statement does not name (issue 10, who said what): "Các đối tác
đánh giá cao ...", "The leaders stressed ...", "Partner leaders praised ...". Each member's
words are read in the group's place (Context.voiced: stance.said_by_people), and borne out only
where their source gives them to such a group too (World.done_by_people: "Các nhà lãnh đạo cũng
nhấn mạnh ...", one claim per leader, the noun opening the claim's own span). One man's words,
or words the group's source does not give, stay open. English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    (
        "The foreign leaders stressed the need for closer coordination in multilateral forums.",
        SUPPORTED,
    ),
    ("Partner leaders praised the rising international stature of Vietnam.", SUPPORTED),
    (
        "Các nhà lãnh đạo nước ngoài nhấn mạnh nhu cầu tăng cường phối hợp "
        "tại các diễn đàn đa phương.",
        SUPPORTED,
    ),
    ("Các đối tác đánh giá cao vai trò và vị thế ngày càng tăng của Việt Nam.", SUPPORTED),
    ("Cac doi tac danh gia cao vai tro, vi the ngay cang tang cua Viet Nam.", SUPPORTED),
    # a view one man gave, or no source gives a group
    ("The leaders praised Hungary's decision to approve ODA for Vietnam.", NEI),
    ("Các nhà lãnh đạo nhấn mạnh Việt Nam là cửa ngõ vào thị trường ASEAN.", NEI),
    ("The senators stressed the need for closer coordination in multilateral forums.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_group_view_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

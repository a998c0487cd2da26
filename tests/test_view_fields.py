"""Session 36, issue 10: the field a view is of, named by a verb's trigger word.

"Lam told Hegseth trade was a sideshow" turned over Lâm's view of defence cooperation: "trade"
is a trigger of the trade turnover, so it was no loose word the view's claim had to say, and
the opposite "sideshow" alone decided. Where views alone decide a statement, the triggers of
acts in it are words the views' claims must say (accounting._view_fields): "thương mại" is no
word of the defence sentence, while the trade talks Hagerty spoke of are his sentence's own.
Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

PROGRESS = "hagerty-said-important-progress-trade-talks-2026-02-18"
PILLAR = "to-lam-affirmed-defence-cooperation-pillar-2025"

ROWS = [
    # another field of cooperation, named by a trigger word: the defence view says nothing of it
    ("Lam told Hegseth trade collaboration was a sideshow in the relationship.", NEI, "trade"),
    ("Lam told Hegseth that trade cooperation was still in its infancy.", NEI, "trade"),
    (
        "Tổng Bí thư nói với ông Hegseth hợp tác thương mại chỉ là lĩnh vực thứ yếu.",
        NEI,
        "thương mại",
    ),
    ("Tong Bi thu noi voi ong Hegseth hop tac thuong mai chua phai la tru cot", NEI, "thuong mai"),
    # the field the view's own sentence names: decided as before
    (
        "Lam told Hegseth defence cooperation was a sideshow in the relationship.",
        CONTRADICTED,
        PILLAR,
    ),
    ("Hagerty said the trade talks had made important progress.", SUPPORTED, PROGRESS),
    ("Ông Hagerty cho biết đàm phán thương mại chưa có tiến triển nào.", CONTRADICTED, PROGRESS),
    (
        "Ong Hagerty cho biet dam phan thuong mai da dat nhieu tien trien quan trong",
        SUPPORTED,
        PROGRESS,
    ),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_field_of_a_view_named_by_a_trigger(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

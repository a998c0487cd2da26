"""Bare numbers nothing accounts for (issue 10, session 34, reviewer A group 1).

A number the statement says is a figure the claims must give, whatever word follows it: a
length of time ("kept talking for three sessions", "trong ba giờ", "kéo dài hai tiếng"), an
hour with no part of the day ("at 11"), a 24-hour clock in no zone ("at 16:30", "lúc 9h"; on
the source's own clock see tests/test_clock_parts.py). No source states one, so the statement
is not enough info, never supported. Only grammar is no
figure: the sides of an exchange ("the two sides", "hai bên"), a number before a noun of
`grammar_counts` ("the two countries", "cả hai đảng", "1 trong những trụ cột") and a count of
the days the date after it lists ("trong ba ngày 18, 19 và 20/2"), which still bear a statement
out. Each in English, Vietnamese and Vietnamese without diacritics; the statements are written
for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a length of time no source gives
    ("To Lam met Orbán for three sessions in Washington.", NEI, "three"),
    ("Tổng Bí thư hội đàm với Thủ tướng Orbán suốt hai buổi tại Washington.", NEI, "hai"),
    ("Tong Bi thu hoi dam voi Thu tuong Orban suot hai buoi tai Washington", NEI, "hai"),
    ("Cuộc gặp giữa Tổng Bí thư và ông Prabowo kéo dài ba giờ.", NEI, "ba"),
    ("Tổng Bí thư điện đàm với Thượng nghị sĩ Daines trong hai tiếng.", NEI, "hai"),
    ("Tong Bi thu dien dam voi Thuong nghi si Daines trong hai tieng", NEI, "hai"),
    # an hour with no part of the day, and a 24-hour clock: open, never supported
    ("General Secretary Lam sat down with Orbán at 11.", NEI, "11"),
    ("Lam held talks with Orbán at 16:30 on Feb 19.", NEI, "16:30"),
    ("Tổng Bí thư hội kiến ông Orbán lúc 16:30 ngày 19/2.", NEI, "16:30"),
    ("TBT hoi kien ong Orban luc 16h ngay 19/2", NEI, ""),
    # grammar: the sides of an exchange, the two countries, a count of the dates listed
    (
        "Hagerty told Lam the two sides had made important progress toward a reciprocal "
        "trade deal.",
        SUPPORTED,
        "hagerty-said-important-progress-trade-talks-2026-02-18",
    ),
    (
        "Tổng Bí thư gặp Thủ tướng Orbán, hai bên nhất trí làm sâu sắc quan hệ.",
        SUPPORTED,
        "to-lam-agreed-closer-ties-with-orban-2026-02-19",
    ),
    (
        "TBT gap Thu tuong Orban, hai ben nhat tri lam sau sac quan he",
        SUPPORTED,
        "to-lam-agreed-closer-ties-with-orban-2026-02-19",
    ),
    (
        "Tổng Bí thư có mặt ở Washington trong ba ngày 18, 19 và 20/2 để dự cuộc họp "
        "khai mạc Hội đồng Hòa bình.",
        SUPPORTED,
        "to-lam-attended-bop-meeting",
    ),
    # written bare, "hai long" is "hài lòng" (pleased), no two (`not_numbers`), while "hai gio"
    # is two hours
    ("TBT hoi kien ong Orban trong hai gio", NEI, "hai"),
    (
        "Hai nha lanh dao hai long voi su phat trien cua quan he doi tac toan dien "
        "Viet Nam – Hungary",
        SUPPORTED,
        "vn-hungary-comprehensive-partnership",
    ),
    # traps: a length of time on another occasion stays open
    ("Năm 2019, Tổng Bí thư hội đàm với ông Orbán trong hai buổi.", NEI, ""),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_bare_number_verdicts(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

"""Facts given to a speaker who answers for a party of them (session 33, reviewer A group 4).

"X said <a fact of his country>" was borne out by the fact alone wherever X holds an office now
in one of its parties (`accounting.answers_for`). The sources narrate some facts in their own
voice (the 2023 upgrade to a comprehensive strategic partnership), which no one is reported to
have said: the office is X's warrant only where a source tells the facts inside the account of
an exchange he took part in, with anyone the statement has them told to that exchange's other
side (`occasion.reported_at`). His own title beside his name ("Senator Hagerty said") describes
him and makes him no party of his words, and a title whose holder is a party of the facts (the
doer of a request) is his words as before. Each in English, Vietnamese and Vietnamese without
diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the reporter's narration given to a senator or a leader: not his words
    (
        "Senator Hagerty said Washington and Hanoi lifted relations to a comprehensive strategic "
        "partnership in September 2023.",
        NEI,
        "which no claim gives as that speaker's words",
    ),
    (
        "Lam told Hegseth the two countries had raised ties to a comprehensive strategic "
        "partnership in 2023.",
        NEI,
        "which no claim gives as that speaker's words",
    ),
    (
        "Ông Hagerty cho biết Việt Nam và Mỹ đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện "
        "vào tháng 9/2023.",
        NEI,
        "which no claim gives as that speaker's words",
    ),
    (
        "Ong Hagerty cho biet Viet Nam va My da nang cap quan he len Doi tac chien luoc toan dien "
        "vao thang 9/2023.",
        NEI,
        "which no claim gives as that speaker's words",
    ),
    # traps: told at the speaker's own meeting, to its other side
    (
        "Orbán told Lam that Vietnam-Hungary trade passed $1 billion in 2025.",
        SUPPORTED,
        "hu-vn-trade-2025",
    ),
    # ... to someone else: open
    (
        "Ông Orbán nói với ông Hegseth rằng kim ngạch thương mại Việt Nam - Hungary năm 2025 vượt "
        "1 tỷ USD.",
        NEI,
        "Hegseth",
    ),
    (
        "Ong Orban noi voi ong Hegseth rang kim ngach thuong mai Viet Nam - Hungary nam 2025 vuot "
        "1 ty USD.",
        NEI,
        "Hegseth",
    ),
    # a title whose holder made the request is his words
    (
        "Tổng Bí thư đề nghị Mỹ hỗ trợ tìm kiếm, quy tập và định danh bộ đội Việt Nam mất tích.",
        SUPPORTED,
        "to-lam-requested-us-vietnamese-mia-search-cooperation-2025",
    ),
    (
        "TBT de nghi phia My ho tro ra pha bom min",
        SUPPORTED,
        "to-lam-requested-us-demining-cooperation-2025",
    ),
    (
        "The General Secretary asked Congress to keep funding bomb and mine clearance.",
        SUPPORTED,
        "to-lam-requested-congress-fund-demining-2026-02-18",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "reason"), ROWS)
def test_told_at_exchange(checker: Checker, statement: str, verdict: str, reason: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert reason in result.explanation

"""A committee's shorthand in a list of titles whose first names the chamber (issue 10,
offices), session 36.

"As Senate president pro tempore and Appropriations chairman, Leahy said ...": the press names
the chamber once, in the first title, and the committee of the second by its own word alone.
"Appropriations" alone is no alias (the House has one too: tests/test_committee_shorthand.py),
so the committee went unread, "chairman" was no title, and a capacity the act's source gives
left the statement open. A committee's own words right before a title's head (`body_heads` in
lexicon/<lang>/statements.yaml), joined by "and" to a title or body whose name opens with a
chamber, are read with that chamber ("Senate Appropriations"), where that names a committee
(names.chamber_shorthands); the head is then that committee's chair, as after its full name.

Traps: a House body before the shorthand (the House's committee, which no claim gives Leahy), no
chamber at all, a chair the sources do not give (Hagerty sits on the committee). Vietnamese
names the committee with its own noun ("Chủ tịch Ủy ban Chuẩn chi"), read already: its rows keep
it so. In wording of these tests' own.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


PUSH = "leahy-affirmed-push-for-war-legacy-funding-2026-02-19"
CHAIR = "leahy-former-appropriations-chair"

# (statement, verdict, the claim cited, or words of the reason)
SHORTHANDS = [
    (
        "As Senate president pro tempore and Appropriations chairman, Leahy told To Lam he had "
        "pushed for war-legacy funding.",
        SUPPORTED,
        CHAIR,
    ),
    (
        "Leahy said that, as Senate president pro tempore and Appropriations chair, he helped "
        "secure money for dioxin cleanup.",
        SUPPORTED,
        PUSH,
    ),
    (
        "Leahy, a former Senate president pro tempore and Appropriations chairman, phoned Lam "
        "on Feb. 19.",
        SUPPORTED,
        CHAIR,
    ),
    (
        "Khi còn là Chủ tịch Thường trực Thượng viện và Chủ tịch Ủy ban Chuẩn chi, ông Leahy "
        "cho biết đã thúc đẩy ngân sách khắc phục hậu quả chiến tranh.",
        SUPPORTED,
        CHAIR,
    ),
    (
        "Khi con la Chu tich Thuong truc Thuong vien va Chu tich Uy ban Chuan chi, ong Leahy cho "
        "biet da thuc day ngan sach khac phuc hau qua chien tranh",
        SUPPORTED,
        CHAIR,
    ),
    # traps: a House body named first, no chamber, a chair the sources do not give
    (
        "Leahy, a former House Foreign Affairs member and Appropriations chairman, phoned Lam "
        "on Feb. 19.",
        NEI,
        "",
    ),
    ("Leahy, a former Appropriations chairman, phoned Lam on Feb. 19.", NEI, "Appropriations"),
    (
        "Hagerty, a Senate Foreign Relations member and Appropriations chairman, phoned Lam on "
        "Feb. 18.",
        NEI,
        "",
    ),
    (
        "Khi còn là Chủ tịch Thường trực Thượng viện và Chủ tịch Ủy ban Chuẩn chi Hạ viện, ông "
        "Leahy cho biết đã thúc đẩy ngân sách khắc phục hậu quả chiến tranh.",
        NEI,
        "",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), SHORTHANDS)
def test_a_committee_shorthand_takes_the_chamber_of_the_list(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

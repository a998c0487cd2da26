"""Session 31, from the review: the size of a set the subject is said to be one of ("Vietnam
was one of 20 founding members of the Board of Peace", "Daines is one of 100 US senators") was
never weighed: a bare count is grammar ("the two countries"), and one after "one of" was read
as one. No source says how many founding members the Board has, how many senators or partners
there are, so the statement is not enough info; nine were confidently supported. A bare count a
word of a set stands before (statements.yaml rank_sets, as for "one of his first votes") is now
a figure the claims must give (accounting.set_sizes). "một trong" / "một trong số" are fillers
as "one of" is in English, so "một trong những thành viên sáng lập" is supported as its English
form was. Traps kept: "one of the founding members" without a size, and a count of the parties
met."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Vietnam was one of 20 founding members of the Board of Peace.", NEI),
        ("Vietnam joined the Board of Peace as one of its 20 founding members.", NEI),
        ("Vietnam is among a dozen founding members of the Board of Peace.", NEI),
        ("Vietnam was among the Board of Peace's 27 founding members.", NEI),
        ("Indonesia is one of Vietnam's 12 comprehensive strategic partners.", NEI),
        ("Hungary is one of Vietnam's 14 comprehensive partners.", NEI),
        ("Daines is one of 100 US senators.", NEI),
        ("Việt Nam là một trong 20 thành viên sáng lập của Hội đồng Hòa bình.", NEI),
        ("Indonesia là một trong số 12 Đối tác chiến lược toàn diện của Việt Nam.", NEI),
        ("Viet Nam la mot trong 20 thanh vien sang lap cua Hoi dong Hoa binh.", NEI),
        ("Daines la mot trong 100 thuong nghi si My.", NEI),
        # kept: one of a set whose size is not said
        ("Vietnam is one of the founding members of the Board of Peace.", SUPPORTED),
        ("Việt Nam là một trong những thành viên sáng lập Hội đồng Hòa bình.", SUPPORTED),
        ("Viet Nam la mot trong nhung thanh vien sang lap Hoi dong Hoa binh.", SUPPORTED),
    ],
)
def test_the_size_of_a_set(real_checker: Checker, text: str, verdict: str) -> None:
    assert real_checker.check(text).verdict == verdict

"""Session 26 review (cwcount): "tám" (8) and "bảy" (7), written without diacritics ("tam",
"bay"), are numbers where a count reads: right before a counted noun (`counted_nouns` in
factdb/lexicon/vi/numbers.yaml: "tam nha lanh dao", "bay lanh dao nuoc ngoai"). Elsewhere they
are other words ("bay sang My": to fly; "tam nhin", "tam quoc gia": tầm), and "sau" before
"cuoc" is "after the meeting", never six. Tô Lâm met nine leaders on the morning of 19/2."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tong Bi thu gap tam nha lanh dao cac nuoc", [8]),
        ("gap bay lanh dao nuoc ngoai", [7]),
        ("gap chin vi lanh dao", [9]),
        ("tiep tam quan chuc My", [8]),
        ("bay cuoc dien dam", [7]),
        # the same words, no count: a verb, "tầm", "tạm", "sau" (after)
        ("To Lam bay sang My ngay 17/2", []),
        ("To Lam bay toi Washington", []),
        ("du an co tam quoc gia", []),
        ("tam nhin chien luoc", []),
        ("tam dung dam phan", []),
        ("sau cuoc gap voi lanh dao My", []),
        ("Tong Bi thu gap ba nha lanh dao", []),  # "bà" in a bare text (examples.yaml)
    ],
)
def test_bare_number_words_read_before_a_counted_noun(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the reviewer's three
        ("Sang 19/2, Tong Bi thu gap tam nha lanh dao cac nuoc tai Washington.", CONTRADICTED),
        ("Sang 19/2, Tong Bi thu To Lam gap tam lanh dao nuoc ngoai.", CONTRADICTED),
        ("Sang 19/2, Tong Bi thu To Lam gap bay nha lanh dao cac nuoc.", CONTRADICTED),
        # paraphrases in the three forms
        ("Sáng 19/2, Tổng Bí thư Tô Lâm gặp tám nhà lãnh đạo các nước.", CONTRADICTED),
        ("Sáng 19/2, Tổng Bí thư Tô Lâm gặp bảy nhà lãnh đạo các nước.", CONTRADICTED),
        (
            "On the morning of Feb 19, General Secretary To Lam met eight foreign leaders.",
            CONTRADICTED,
        ),
        ("On Feb 19 To Lam met seven world leaders in Washington.", CONTRADICTED),
        ("Sang ngay 19/2, TBT To Lam da gap bay lanh dao nuoc ngoai tai Washington.", CONTRADICTED),
        ("Sang 19/2, TBT To Lam gap tam nha lanh dao nuoc ngoai tai Washington", CONTRADICTED),
        # "vị lãnh đạo" counts leaders too (statements.yaml counted_people)
        ("Sang 19/2 To Lam gap tam vi lanh dao cac nuoc", CONTRADICTED),
        ("Sáng 19/2 Tô Lâm gặp tám vị lãnh đạo các nước", CONTRADICTED),
        ("Sáng 19/2 Tô Lâm gặp chín vị lãnh đạo các nước", SUPPORTED),
        ("Sang 19/2 To Lam gap chin vi lanh dao cac nuoc", SUPPORTED),
        # right today, and kept: nine is borne out in every form
        ("Sang 19/2, Tong Bi thu To Lam gap chin nha lanh dao cac nuoc.", SUPPORTED),
        ("Sáng 19/2, Tổng Bí thư Tô Lâm gặp chín nhà lãnh đạo các nước.", SUPPORTED),
        ("On the morning of Feb 19, To Lam met nine world leaders.", SUPPORTED),
        # undated: another day's meetings may be meant
        ("Tong Bi thu To Lam gap tam nha lanh dao cac nuoc.", NEI),
        ("Tổng Bí thư Tô Lâm gặp tám nhà lãnh đạo các nước.", NEI),
        # "bay" the verb: no count
        ("Tong Bi thu To Lam bay sang My ngay 17/2.", NEI),
    ],
)
def test_counts_of_leaders_met(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

"""A list of speakers after a number that counts them (issue 10, who said what): "Lãnh đạo ba
nước Kazakhstan, Uzbekistan và Azerbaijan đều bày tỏ ...", "The leaders of the three countries
Kazakhstan, Uzbekistan and Azerbaijan were impressed ...". The number counts the countries or
people listed, so it is the list's own and no word read before it: each listed speaker is
borne out by a claim of their own. A number that counts more or fewer than are listed, or
counts another noun ("after three meetings, A, B and C ..."), is no count of that list, and a
listed speaker no claim gives the words to keeps them open.
English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED
from factdb.check.stance import read_stance

VERDICTS = [
    (
        "Lãnh đạo ba nước Kazakhstan, Uzbekistan và Azerbaijan đều bày tỏ ấn tượng trước "
        "tăng trưởng kinh tế của Việt Nam.",
        SUPPORTED,
    ),
    (
        "Lanh dao 3 nuoc Kazakhstan, Uzbekistan va Azerbaijan deu bay to an tuong truoc "
        "tang truong kinh te cua Viet Nam.",
        SUPPORTED,
    ),
    (
        "The leaders of the three countries Kazakhstan, Uzbekistan and Azerbaijan were "
        "impressed by Vietnam's economic growth.",
        SUPPORTED,
    ),
    (
        "Ba nhà lãnh đạo Tokayev, Mirziyoyev và Aliyev đều bày tỏ ấn tượng trước tăng trưởng "
        "kinh tế của Việt Nam.",
        SUPPORTED,
    ),
    # a listed country whose leader said no such thing leaves the words open
    (
        "Lãnh đạo ba nước Kazakhstan, Uzbekistan và Thái Lan đều bày tỏ ấn tượng trước tăng "
        "trưởng kinh tế của Việt Nam.",
        NEI,
    ),
    (
        "Lanh dao ba nuoc Kazakhstan, Uzbekistan va Thai Lan deu bay to an tuong truoc tang "
        "truong kinh te cua Viet Nam.",
        NEI,
    ),
    (
        "The leaders of the three countries Kazakhstan, Uzbekistan and Thailand were "
        "impressed by Vietnam's economic growth.",
        NEI,
    ),
    # the words are the leaders' of that day, not another view
    (
        "Lãnh đạo ba nước Kazakhstan, Uzbekistan và Azerbaijan đều bày tỏ lo ngại trước tăng "
        "trưởng kinh tế của Việt Nam.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_counted_speaker_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "others"),
    [
        (
            "Lãnh đạo ba nước Kazakhstan, Uzbekistan và Azerbaijan đều bày tỏ ấn tượng.",
            ("uzbekistan", "kazakhstan"),
        ),
        (
            "Lanh dao ba nuoc Kazakhstan, Uzbekistan va Azerbaijan deu bay to an tuong.",
            ("uzbekistan", "kazakhstan"),
        ),
        (
            "The leaders of the three countries Kazakhstan, Uzbekistan and Azerbaijan were "
            "impressed.",
            ("uzbekistan", "kazakhstan"),
        ),
        # four listed, three counted: the number is no count of this list
        (
            "Lãnh đạo ba nước Kazakhstan, Uzbekistan, Hungary và Azerbaijan đều bày tỏ ấn tượng.",
            (),
        ),
        (
            "Lanh dao 3 nuoc Kazakhstan, Uzbekistan, Hungary va Azerbaijan deu bay to an tuong.",
            (),
        ),
        (
            "The leaders of the three countries Kazakhstan, Uzbekistan, Hungary and Azerbaijan "
            "were impressed.",
            (),
        ),
        # a number counting something else before the list is none of its own
        ("After three meetings, Tokayev, Mirziyoyev and Aliyev were impressed.", ()),
        ("Sau ba cuộc gặp, Tokayev, Mirziyoyev và Aliyev đều bày tỏ ấn tượng.", ()),
        ("Sau 3 cuoc gap, Tokayev, Mirziyoyev va Aliyev deu bay to an tuong.", ()),
    ],
)
def test_a_count_of_the_list_is_its_own(
    real_checker: Checker, statement: str, others: tuple[str, ...]
) -> None:
    reading = read_stance(real_checker.parse(statement), real_checker.vocab)
    assert reading is not None and reading.others == others

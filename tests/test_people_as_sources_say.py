"""A plural of people said without a count ("the leaders agreed ...", "Các nhà lãnh đạo nhất
trí ...") where the claims of the act name one doer: borne out where the claim's own source
gives the act to people it does not name, as the statement does (World.done_by_people: a noun of
people before the claim's span in its sentence, "Các nhà lãnh đạo ... nhất trí phối hợp triển
khai Kế hoạch Hòa bình Dải Gaza"). Elsewhere a plural still needs two doers the claims name
(issue 10, session 24)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The leaders agreed to coordinate on implementing the Gaza Peace Plan.", SUPPORTED),
        ("Leaders agree to coordinate on Gaza Peace Plan", SUPPORTED),
        ("Các nhà lãnh đạo thống nhất phối hợp thực hiện Kế hoạch Hòa bình Dải Gaza.", SUPPORTED),
        ("Cac nha lanh dao nhat tri phoi hop trien khai Ke hoach Hoa binh Dai Gaza", SUPPORTED),
        # the act denied is still refuted
        ("The leaders did not agree to coordinate on the Gaza Peace Plan.", CONTRADICTED),
        (
            "Các nhà lãnh đạo không nhất trí phối hợp triển khai Kế hoạch Hòa bình Dải Gaza",
            CONTRADICTED,
        ),
        # the claim's source gives the one doer: a plural stays open
        ("The leaders accepted Trump's invitation to the Board of Peace meeting.", NEI),
    ],
)
def test_a_plural_as_the_source_says_it(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

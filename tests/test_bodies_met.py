"""Session 25, a community or a body met is none of the people met (issue 10).

Reviewer A's M10 (4 confident wrongs on main): "Tổng Bí thư gặp bà con cộng đồng người Việt tại
Washington" was supported by his meeting with Aliyev there, whose place the community meeting
(held "tại Mỹ") lacks. The community, a body, right after the verb was 'open' against a claim
whose counterparty is a person (rules.bind_party), so every meeting of that day bore out the
verb and lent it its place. A body after the verb now stands for a person only where the claims
give him an office in it, as a country does (World.binds); before the verb it may still tell
of his act ("Bộ Ngoại giao thông báo về chuyến công tác của TBT").

In English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the community meeting has no place but the country: Washington is another meeting's
        ("Tổng Bí thư Tô Lâm gặp gỡ kiều bào tại Mỹ ở thủ đô Washington.", NEI),
        ("TBT To Lam gap go cong dong nguoi Viet tai Hoa Ky o Washington", NEI),
        ("To Lam met Vietnamese Americans in Washington.", NEI),
        # as the claims give it
        ("Tổng Bí thư Tô Lâm gặp gỡ kiều bào tại Mỹ.", SUPPORTED),
        ("TBT To Lam gap go cong dong nguoi Viet tai Hoa Ky", SUPPORTED),
        ("To Lam met Vietnamese Americans.", SUPPORTED),
        # a person met there keeps the place of his meeting
        ("Tổng Bí thư gặp Tổng thống Aliyev tại Washington.", SUPPORTED),
        ("Tong Bi thu gap Tong thong Aliyev tai Washington", SUPPORTED),
        ("Lam met Azerbaijani President Aliyev in Washington.", SUPPORTED),
    ],
)
def test_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(statement).verdict == verdict


def test_a_body_after_the_verb_is_not_a_person_without_office_in_it(
    real_checker: Checker,
) -> None:
    with real_checker.snapshot():
        world = real_checker.judge.world
        community = "vietnamese-community-in-us"
        kind = world.type(community)
        assert world.binds(community, kind, "ilham-aliyev", "counterparty") == "other"
        # before the verb, a body may tell of the person's act
        assert world.binds(community, kind, "ilham-aliyev", "agent") == "open"

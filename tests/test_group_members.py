"""Issue 10, review B mechanism E: a group of people the statement does not name ("the
leaders", "các nhà lãnh đạo", "US lawmakers") is borne out by its members' claims, never by
anyone's. A wish or a plan of no event and no time is one man's, no occasion he shares with
another's (Orbán's plan to visit Vietnam and Sharif's are no group's); a doer the statement
names after the verb is another party, none of the group (Tô Lâm, whose invitation "the
leaders" accept); a source gives the act to the group only where its noun opens the sentence
(World.done_by_people), not where it is someone else inside it ("giữa hai bên"); a country
said with the noun ("US lawmakers") still needs several of its people; a view given to such a
group is not borne out by the fact alone. Our own wording, in English, Vietnamese and
Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # one man's wish or plan, however many such men: no group's
        "The leaders plan to visit Vietnam in the near future.",
        "Foreign leaders hope to visit Vietnam soon, the ministry said.",
        "Các nhà lãnh đạo nước ngoài đều mong sớm được thăm Việt Nam.",
        "Cac lanh dao deu mong som tham Viet Nam",
        # the one who invites is none of those he invites
        "Các nhà lãnh đạo nhận lời mời thăm Việt Nam của Tổng Bí thư Tô Lâm.",
        "The leaders accepted the party chief's invitation to visit Vietnam.",
        "Cac nha lanh dao nhan loi moi tham Viet Nam cua Tong Bi thu",
        # one lawmaker's wish is not the lawmakers'
        "US lawmakers hope to return to Vietnam soon.",
        "Các nhà lập pháp Mỹ mong sớm quay lại Việt Nam.",
        "Cac nha lap phap My mong som tham lai Viet Nam",
        # a view given to the group: the fact is no one's view
        "The leaders were glad the US became Vietnam's second-largest trading partner.",
        "Lãnh đạo các nước vui mừng vì Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam.",
        "Lanh dao cac nuoc vui mung vi My tro thanh doi tac thuong mai lon thu hai cua Viet Nam",
    ],
)
def test_a_group_is_not_anyone(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the members of one occasion, as many as the count says or two at least
        "All nine leaders congratulated To Lam on his re-election.",
        "Cả chín nhà lãnh đạo đều chúc mừng Tô Lâm tái đắc cử.",
        "Ca chin nha lanh dao deu chuc mung To Lam tai dac cu",
        # one named before the verb is one of them
        "Tokayev was one of the leaders who met To Lam.",
        # the source gives the act to the group itself
        "Leaders agree to coordinate on Gaza Peace Plan",
        "Các bên thống nhất phối hợp thực hiện Kế hoạch Hòa bình Dải Gaza.",
        # the two leaders' own view, as the source gives it to them
        "Hai nha lanh dao hai long voi quan he doi tac toan dien Viet Nam - Hungary",
        # countries listed name one member each, each with his own claim
        "Indonesian and Armenian leaders want to visit Vietnam soon.",
        # a country's own act, said of its people
        "The US became Vietnam's second-largest trade partner.",
    ],
)
def test_the_members_bear_it_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation

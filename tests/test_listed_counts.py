"""A count of one occasion's parties above a list a source gives whole (issue 10, session 24):
where a source names every party of the act in one sentence, with a span of the act all their
claims share ("sáng 19/2 ... Tổng Bí thư Tô Lâm đã có các cuộc gặp, trao đổi với" nine leaders;
"điện đàm với thượng nghị sĩ Steve Daines và Bill Hagerty"), that list is the occasion's whole,
and a count above it is refuted (World.listed_whole, rules.more_than_listed), as one below is.
Only where the statement names one of that occasion's days: a count over a trip, a month or an
event may hold other days' acts; and where the list's sentence gives a part of the day ("sáng
19/2"), only where the statement names that part: the rest of the day may hold meetings the
sources leave undated (a reception, a community meeting). A list said to go on ("among
others") is no whole; nor is a headline that names none of the parties; a count said in a round
word ("a dozen", `rough_counts`) may only round the list."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # wire copy, a headline, a social post: nine leaders that morning, listed in one sentence
        ("WASHINGTON (Feb 19) - Lam sat down with eleven heads of government and state.", NEI),
        (
            "Lam held talks with 12 foreign leaders in Washington on the morning of Feb. 19.",
            CONTRADICTED,
        ),
        ("Feb 19 morning in DC: To Lam met 10+ world leaders!!", CONTRADICTED),
        ("Sáng 19/2, Tổng Bí thư gặp gỡ 11 lãnh đạo các nước tại Washington.", CONTRADICTED),
        ("Sáng 19/2, Tổng Bí thư Tô Lâm hội kiến hơn mười lãnh đạo nước ngoài", CONTRADICTED),
        ("Sang 19/2 TBT gap 11 lanh dao nuoc ngoai tai Washington", CONTRADICTED),
        # the holders of an office among the whole list: four presidents, four prime ministers
        ("On the morning of Feb 19 Lam met six presidents in Washington.", CONTRADICTED),
        ("Sáng 19/2 Tổng Bí thư gặp 5 tổng thống tại Washington", CONTRADICTED),
        ("Sang 19/2 TBT gap 6 thu tuong tai Washington", CONTRADICTED),
        # two senators called on Feb 18, named together in one sentence
        ("Lam phoned four US senators on Feb 18.", CONTRADICTED),
        ("Ngày 18/2, Tổng Bí thư điện đàm với ba thượng nghị sĩ Mỹ", CONTRADICTED),
        ("Ngay 18/2 TBT dien dam voi 3 thuong nghi si My", CONTRADICTED),
        # the whole list itself, and counts within it, stay borne out
        ("On Feb. 19 Lam met nine foreign leaders in Washington.", SUPPORTED),
        ("Ngày 18/2, Tổng Bí thư điện đàm với hai thượng nghị sĩ Mỹ", SUPPORTED),
        ("Sang 19/2 TBT gap 4 tong thong tai Washington", SUPPORTED),
    ],
)
def test_a_count_above_a_whole_list_is_refuted(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a span holding other occasions: the trip, a month, no time at all
        "Lam met a dozen foreign leaders during his US trip.",
        "Tổng Bí thư gặp 12 lãnh đạo nước ngoài trong tháng 2/2026",
        "Tong Bi thu gap 12 lanh dao nuoc ngoai trong chuyen cong tac",
        "Lam met five presidents in Washington.",
        "Party chief To Lam meets 15 world leaders on Board of Peace sidelines",
        "Tổng Bí thư gặp 11 lãnh đạo nước ngoài bên lề cuộc họp Hội đồng Hòa bình",
        # a round word may only round the list
        "Lam had a dozen bilateral meetings on the morning of Feb. 19, wow",
        # another day's meetings, which no claim lists
        "On Feb. 20 Lam met eleven foreign leaders.",
        # the list is whole for the morning of 19 Feb only (the sentence says "sáng 19/2"): the
        # rest of that day may hold meetings the sources leave undated
        "Lam held talks with 12 foreign leaders in Washington on Feb. 19.",
        "On Feb 19, Lam sat down with no fewer than ten heads of state and government.",
        "Ngày 19/2, Tổng Bí thư gặp gỡ ít nhất 11 lãnh đạo các nước tại Washington.",
        "Trong ngày 19/2 Tổng Bí thư tiếp tối thiểu mười nguyên thủ nước ngoài",
        "Ngay 19/2 TBT gap khong duoi 10 lanh dao nuoc ngoai tai Washington",
        "On Feb 19 Lam met six presidents in Washington.",
        # another part of that day than the list's
        "Lam met ten foreign leaders on the evening of Feb 19.",
        "Chiều 19/2, Tổng Bí thư gặp ít nhất 10 lãnh đạo nước ngoài",
        "Chieu 19/2 TBT gap it nhat 10 lanh dao nuoc ngoai",
        # Leahy was called on another day: the calls over the trip are not one list
        "Lam phoned three US senators during his Washington trip.",
    ],
)
def test_a_count_over_other_occasions_stays_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


def test_the_reason_says_the_list_is_whole(checker: Checker) -> None:
    judgement = checker.check(
        "Lam held talks with eleven foreign leaders on the morning of Feb. 19."
    )
    assert "the claims of that occasion name 9, the whole list its source gives" in (
        judgement.explanation
    )


@pytest.mark.parametrize(
    "example",
    [e for lang in ("en", "vi") for e in load_lexicon(lang, "statements")["rough_examples"]],
)
def test_the_rough_count_examples(checker: Checker, example: dict[str, str]) -> None:
    judgement = checker.check(example["text"])
    assert judgement.verdict == example["verdict"], judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a country's name between the number and the noun it counts describes the nouns
        ("On Feb 18 Lam spoke with three US lawmakers.", CONTRADICTED),
        ("On Feb 18 Lam spoke with two US lawmakers.", SUPPORTED),
        ("Hôm 18/2 Tổng Bí thư điện đàm với ba nghị sĩ Mỹ", CONTRADICTED),
        ("Hom 18/2 TBT dien dam voi 2 nghi si My", SUPPORTED),
        # no day: the calls of the trip are more than one list
        ("Lam phoned three American lawmakers.", NEI),
    ],
)
def test_a_country_between_the_number_and_its_noun(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

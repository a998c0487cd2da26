"""An ordinal beside the name of a numbered series ("the 14th Central Committee", "Đại hội
XIII", "Tổng Bí thư khóa XIV") says which member the statement speaks of
(factdb.check.ordinals, series and Roman numerals in factdb/lexicon/world/numbered.yaml, the
series' names in factdb/lexicon/<lang>/statements.yaml `numbered`). The deciding claims' own
words give a member too: the same one accounts for it, another one of the same series, where
they bear out all else, contradicts it (accounting.ordinals). The sources: Tô Lâm re-elected
general secretary of the 14th-term ("khóa XIV") Central Committee; the leaders he met on 19
February congratulated Vietnam on its 14th Congress ("lần thứ XIV")."""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.ordinals import read_ordinals, roman_value
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("example", load_lexicon("world", "numbered")["examples"])
def test_the_lexicon_examples_read_as_listed(example: dict[str, Any]) -> None:
    found = read_ordinals(example["text"])
    if example["series"] is None:
        assert found == []
    else:
        assert [(o.series, o.value) for o in found] == [(example["series"], example["value"])]


def test_roman_numerals_are_written_in_capitals() -> None:
    assert (roman_value("XIV"), roman_value("XIII"), roman_value("IX")) == (14, 13, 9)
    assert roman_value("vi") is None and roman_value("Mix") is None


def test_an_ordinal_is_no_rank_nor_unknown_name(checker: Checker) -> None:
    parsed = checker.parse("Ong To Lam tai dac cu Tong Bi thu khoa XIII")
    assert [(o.series, o.value) for o in parsed.ordinals] == [("cpv-congress", 13)]
    assert parsed.unknown_names == []
    parsed = checker.parse("Leaders hailed the 13th National Party Congress")
    assert not any(q.unit == "rank" for q in parsed.quantities)
    # "National Party Congress" alone names the 14th: beside "13th" it is another one
    assert "cpv-14th-national-congress" not in parsed.entity_ids()
    # the ordinal's words are its own: "thu" of "lan thu 13" is no letter ("thư")
    assert (
        "sent_letter"
        not in checker.parse("To Lam tai dac cu tai Dai hoi Dang lan thu 13").predicates
    )


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "To Lam was re-elected general secretary of the Party's 14th Central Committee",
            SUPPORTED,
        ),
        (
            "To Lam was re-elected general secretary of the Party's 12th Central Committee",
            CONTRADICTED,
        ),
        ("Ông Tô Lâm tái đắc cử Tổng Bí thư Ban Chấp hành Trung ương khóa XIV", SUPPORTED),
        ("Ông Tô Lâm tái đắc cử Tổng Bí thư Ban Chấp hành Trung ương khóa XII", CONTRADICTED),
        ("Ong To Lam duoc bau lai lam Tong Bi thu khoa XIV", SUPPORTED),
        ("Ong To Lam tai dac cu Tong Bi thu khoa XII", CONTRADICTED),
        (
            "Lãnh đạo các nước chúc mừng Việt Nam tổ chức thành công Đại hội Đảng lần thứ XII",
            CONTRADICTED,
        ),
        ("Lanh dao cac nuoc chuc mung Viet Nam to chuc thanh cong Dai hoi XIV", SUPPORTED),
        # another person's term, and a congress the claims say nothing of: open
        ("Nguyen Phu Trong was re-elected general secretary of the 13th Central Committee", NEI),
        ("Lam attended the 13th Party Congress in 2021", NEI),
        # the National Assembly's terms are no count of the Party's
        ("Ông Tô Lâm là đại biểu Quốc hội khóa XV", NEI),
        # an ordinal inside a name of the vocabulary is that name's member, which the claims'
        # words account for ("lần thứ XIV")
        (
            "The leaders congratulated Vietnam on the successful 14th National Party Congress",
            SUPPORTED,
        ),
        # the whole name the ordinal stands before is the member's
        (
            "Trump congratulated To Lam on being re-elected general secretary of the 14th "
            "Central Committee of the Communist Party of Vietnam",
            SUPPORTED,
        ),
        # before the verb it may describe who did it: he led the 13th, and was re-elected
        (
            "General Secretary To Lam of the 13th Central Committee of the Communist Party of "
            "Vietnam was re-elected",
            NEI,
        ),
    ],
)
def test_an_ordinal_is_weighed_against_the_claims_words(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


def test_the_reason_gives_both_members(checker: Checker) -> None:
    judgement = checker.check(
        "To Lam was re-elected general secretary of the 12th Central Committee"
    )
    assert judgement.verdict == CONTRADICTED
    assert "'12th Central Committee'" in judgement.explanation
    assert "khóa XIV" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # Session 25: a view's content set after a member of a series ("orientations drawn up
        # after the 12th Congress") is of that member, which the claim's own words give
        # another of: the ordinal is wrong, not the order (later.set_later, ordinals)
        (
            "Lam briefed Leahy on Vietnam's major directions after the 12th Party Congress.",
            CONTRADICTED,
        ),
        (
            "To Lam tells Leahy of Vietnam's major orientations after 12th Party Congress",
            CONTRADICTED,
        ),
        (
            "Tổng Bí thư Tô Lâm thông tin với ông Leahy về những định hướng lớn của Việt Nam sau"
            " Đại hội Đảng lần thứ XII.",
            CONTRADICTED,
        ),
        ("Ông Tô Lâm thông tin về những định hướng lớn sau Đại hội XII của Đảng.", CONTRADICTED),
        (
            "Tong Bi thu thong tin voi ong Leahy ve nhung dinh huong lon sau Dai hoi Dang"
            " lan thu XII",
            CONTRADICTED,
        ),
        (
            "Tong Bi thu thong tin voi ong Leahy ve nhung dinh huong lon sau Dai hoi Dang"
            " lan thu XIV",
            SUPPORTED,
        ),
        # the orientations said by what they are for (the country's development), and traps:
        # another development named after them, or the relations' own
        ("Tong Bi thu thong tin ve dinh huong phat trien sau Dai hoi XII", CONTRADICTED),
        (
            "Lam told Leahy about the development directions set after the 12th Party Congress.",
            CONTRADICTED,
        ),
        ("Tổng Bí thư thông tin với ông Leahy về định hướng phát triển kinh tế tư nhân.", NEI),
        ("Tổng Bí thư và ông Leahy thống nhất định hướng phát triển quan hệ hai nước.", NEI),
        # before the attribution it sets the act after that congress: open
        ("After the 12th Party Congress, Lam briefed Leahy on Vietnam's major directions.", NEI),
        ("Sau Đại hội XII, Tổng Bí thư thông tin với ông Leahy về những định hướng lớn.", NEI),
    ],
)
def test_a_views_member_of_a_series_after_its_attribution(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # Session 25: the term an office is held in is the one the act that began it gives (a
        # re-election: `terms_begun_by` in lexicon/world/offices.yaml), for a title of the
        # sources' now or of an act dated after that act (accounting.terms)
        ("Tô Lâm đang giữ cương vị Tổng Bí thư khóa XIV.", SUPPORTED),
        ("To Lam is general secretary of the 14th Central Committee.", SUPPORTED),
        ("Tong Bi thu khoa XIV To Lam gap Tong thong Indonesia Prabowo tai Washington", SUPPORTED),
        # another term is not refuted by the office alone; nor is a time the claims do not
        # set after the re-election ("in November 2025", the reception of Hegseth)
        ("To Lam is now general secretary of the Party's 13th Central Committee.", NEI),
        ("In November 2025, To Lam was general secretary of the 14th Central Committee.", NEI),
        ("Tô Lâm, Tổng Bí thư khóa XIV, tiếp Bộ trưởng Hegseth.", NEI),
    ],
)
def test_an_offices_term_is_the_one_its_election_began(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

"""Issue 10: a leader's description read as the one person the statement names who fits it
(factdb/check/descriptions.py), and the party's one head named by a description
("người đứng đầu Đảng", an alias of its general secretary).

"The Vietnamese leader", "nhà lãnh đạo Việt Nam" stand for the one person named in the same
statement who leads that country; where no one named fits (another country's leader, an
indefinite or plural description), the description stays as written and the act stays open.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.descriptions import with_descriptions
from factdb.check.parse import parse_statement


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the one person named who leads Vietnam: Lâm's invitation, which the claims give
    (
        "Indonesian President Prabowo Subianto told Lam he hoped to visit Vietnam soon at "
        "the Vietnamese leader's invitation",
        "supported",
    ),
    (
        "Indonesian President Prabowo Subianto told Lam he hoped to visit Vietnam soon at "
        "Vietnam's leader's invitation",
        "supported",
    ),
    (
        "Tổng thống Indonesia Prabowo Subianto nói với ông Tô Lâm rằng ông mong sớm thăm Việt "
        "Nam theo lời mời của nhà lãnh đạo Việt Nam.",
        "supported",
    ),
    (
        "Tong thong Indonesia Prabowo Subianto noi voi ong To Lam rang ong mong som tham Viet "
        "Nam theo loi moi cua nha lanh dao Viet Nam.",
        "supported",
    ),
    # traps: another country's leader, named (Prabowo: his own invitation) or not (Hungary)
    (
        "Indonesian President Prabowo Subianto told Lam he hoped to visit Vietnam soon at "
        "the Indonesian leader's invitation",
        "not_enough_info",
    ),
    (
        "Indonesian President Prabowo Subianto told Lam he hoped to visit Vietnam soon at "
        "the Hungarian leader's invitation",
        "not_enough_info",
    ),
    (
        "Tổng thống Indonesia Prabowo Subianto nói với ông Tô Lâm rằng ông mong sớm thăm Việt "
        "Nam theo lời mời của nhà lãnh đạo Hungary.",
        "not_enough_info",
    ),
    (
        "Tong thong Indonesia Prabowo Subianto noi voi ong To Lam rang ong mong som tham Viet "
        "Nam theo loi moi cua nha lanh dao Indonesia.",
        "not_enough_info",
    ),
    # an indefinite description is no one person
    (
        "Indonesian President Prabowo Subianto told Lam he hoped to visit Vietnam soon at "
        "a Vietnamese leader's invitation",
        "not_enough_info",
    ),
    # a senator speaks from his country but does not lead it
    ("Senator Daines told Lam that the American leader would visit Vietnam.", "not_enough_info"),
    # the party's one head, as "party chief": its general secretary
    (
        "Bộ Ngoại giao: chuyến công tác Mỹ của người đứng đầu Đảng kéo dài ba ngày, từ 18 đến "
        "20/2.",
        "supported",
    ),
    (
        "Bo Ngoai giao: chuyen cong tac My cua nguoi dung dau Dang keo dai ba ngay, tu 18 den "
        "20/2.",
        "supported",
    ),
    (
        "Người đứng đầu Đảng Cộng hòa điện đàm với Tổng Bí thư Tô Lâm ngày 18/2.",
        "not_enough_info",
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), ROWS)
def test_descriptions(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("Lam met Prabowo; the Vietnamese leader invited him.", ["Vietnamese leader", "to-lam"]),
        (
            "Ông Tô Lâm gặp ông Prabowo; nhà lãnh đạo Việt Nam mời ông.",
            ["nhà lãnh đạo Việt Nam", "to-lam"],
        ),
        (
            "Ong To Lam gap ong Prabowo; nha lanh dao Viet Nam moi ong.",
            ["nha lanh dao Viet Nam", "to-lam"],
        ),
        # two of the people named lead no one country of the description: none is read
        ("Lam met Prabowo; the Hungarian leader invited him.", None),
        ("Ông Tô Lâm gặp ông Prabowo; các nhà lãnh đạo Việt Nam mời ông.", None),
        ("Vietnamese leader To Lam met Prabowo.", None),
        ("Lam, the Vietnamese leader, met Prabowo.", None),
        # a leader's noun inside a title is the title's
        ("Armenia's head of government, Nikol Pashinyan, was invited by Lam.", None),
        ("Người đứng đầu Chính phủ Armenia Nikol Pashinyan được ông Tô Lâm mời.", None),
        ("Nguoi dung dau Chinh phu Armenia Nikol Pashinyan duoc ong To Lam moi.", None),
        # a defence minister holds one of Vietnam's offices but does not lead it
        ("Hegseth met Giang before he called on the Vietnamese leader.", None),
        ("Ông Hegseth gặp ông Phan Văn Giang rồi chào nhà lãnh đạo Việt Nam.", None),
        ("Ong Hegseth gap ong Phan Van Giang roi chao nha lanh dao Viet Nam.", None),
    ],
)
def test_description_read_as_person(
    checker: Checker, statement: str, named: list[str] | None
) -> None:
    with checker.snapshot():
        read = parse_statement(statement, checker.vocab)
    judged = checker.parse(statement)  # as the judge reads it
    added = [[m.text, eid] for m in judged.entities if m not in read.entities for eid in m.ids]
    assert added == ([named] if named else [])


@pytest.mark.parametrize(
    "statement",
    [
        "Lam met Prabowo; the Vietnamese leader invited him.",
        "Ông Tô Lâm gặp ông Prabowo; nhà lãnh đạo Việt Nam mời ông.",
        "Ong To Lam gap ong Prabowo; nha lanh dao Viet Nam moi ong.",
    ],
)
def test_two_people_who_fit_leave_the_description_open(checker: Checker, statement: str) -> None:
    """Where both people named lead the country (as `led` says here), the description could
    be either: it stays as written, where one person fitting is read as him."""
    read = parse_statement(statement, checker.vocab)
    both = with_descriptions(read, checker.vocab, lambda person: {"vietnam"})
    assert both.entities == read.entities
    one = with_descriptions(
        read, checker.vocab, lambda person: {"vietnam"} if person == "to-lam" else set()
    )
    assert [m.ids for m in one.entities if m not in read.entities] == [("to-lam",)]

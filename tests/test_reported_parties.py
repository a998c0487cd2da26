"""A party named inside what someone said, of the people he speaks of, is no assertion about the
speaker (issue 10, session 21). The statements are written for these tests, the way wire copy,
headlines, speeches and social posts put things.

A party's head noun right beside its name ("the Republican party", "the Democratic and
Republican parties": `shared_heads` in lexicon/en/statements.yaml) is the name's, no
membership said of anyone: the party is then whoever the words tie it to, and a speaker who
reports talking to its members is not tied to it.
A verb of membership ("belongs to"), a copula or an apposition still ties it to him.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


REPORTED_PARTIES = [
    # the parties are those of the people he talks with, not his own
    ("Leahy says he keeps up with senators of the Democratic and Republican parties", NEI),
    ("Ex-Sen. Leahy: I still swap notes with pals in the Republican and Democratic parties", NEI),
    ("Leahy told Lam he regularly meets lawmakers of the Republican party", NEI),
    ("Ông Leahy nói ông vẫn thường gặp gỡ bạn bè trong cả đảng Cộng hòa lẫn đảng Dân chủ.", NEI),
    ("Ong Leahy noi ong van thuong gap go ban be trong ca dang Cong hoa lan dang Dan chu.", NEI),
    ("Ông Leahy cho biết ông hay trao đổi với giới lập pháp thuộc đảng Cộng hòa", NEI),
    ("Ong Leahy cho biet ong hay trao doi voi gioi lap phap thuoc dang Cong hoa", NEI),
    ("Leahy says he chats often with lawmakers from both the Republican and Green parties", NEI),
    ("Leahy spoke to members of both parties, the Democratic and Republican parties", NEI),
    # the parties inside a view's key phrase are its people's: the view is borne out
    (
        "Leahy told Lam he talks regularly with lawmakers from the Democratic and Republican "
        "parties",
        SUPPORTED,
    ),
    # traps: a verb of membership, a copula or an apposition makes it his own, and refuted
    ("Leahy said he belongs to the Republican party", CONTRADICTED),
    ("Leahy, a Republican party veteran, phoned Lam", CONTRADICTED),
    ("Ông Leahy cho biết ông là đảng viên đảng Cộng hòa", CONTRADICTED),
    ("Ong Leahy cho biet ong la dang vien dang Cong hoa", CONTRADICTED),
    ("Leahy, a Democrat, spoke with Lam by phone", SUPPORTED),
    # a verb right before a state is no head noun: it says whom he represented
    ("Leahy, who once represented Rhode Island in the Senate, phoned Lam", CONTRADICTED),
    ("Ông Leahy từng đại diện cho bang Maine tại Thượng viện", CONTRADICTED),
    ("Ong Leahy tung dai dien cho bang Maine tai Thuong vien", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "expected"), REPORTED_PARTIES)
def test_a_party_of_the_people_reported_on_is_not_the_speakers(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected

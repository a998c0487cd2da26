"""Session 30, offices: a legislator titled in general terms (issue 10).

"Nghị sĩ Hagerty cảm ơn Việt Nam ..." was not enough info: "nghị sĩ" (lawmaker) named no
office, so its words were left unaccounted for, though the sources seat Hagerty in the US
Senate. A senator and a representative are each a legislator: the role `legislator`
(fixtures/vocabulary/roles.yaml, "member of Congress") is the title in general terms, and
`titled_as` in lexicon/world/offices.yaml reads a claim of either seat as it
(rules.in_general_terms), of the same country. The bare words are mostly a group's noun
("lawmakers of both parties", "các nghị sĩ"), so they are that title only right before a
person's name (`name_titles` in lexicon/<lang>/statements.yaml, check.titles.name_titles). Its
tense is read as any title's: "former" of a seat held before is borne out, "current" refuted.

A seat is in one country's legislature, and a senator's in one country's senate, at a time
(fixtures/vocabulary/offices.yaml, each rule with its reason): "Hungarian lawmaker Hagerty",
"Thượng nghị sĩ Campuchia Daines" of US senators are refuted; the title's country may stand
between the words and the name ("nghị sĩ Hungary Hagerty", as "Thủ tướng Hungary Orbán").

Traps: an untensed title of a seat held only before stays open; so does another country's seat
said as former; so does a title given to someone the claims give another office with no rule
between the two; and the group's noun stays words the claims' sources account for.
"""

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
        # a sitting senator titled a lawmaker, before his name or after a copula
        (
            "Lawmaker Hagerty thanked Vietnam for its active and responsible cooperation in the "
            "search for missing US servicemen.",
            SUPPORTED,
        ),
        (
            "Nghị sĩ Hagerty cảm ơn Việt Nam đã hợp tác tích cực, có trách nhiệm trong việc tìm "
            "kiếm quân nhân Mỹ mất tích.",
            SUPPORTED,
        ),
        (
            "Nghi si Hagerty cam on Viet Nam da hop tac tich cuc, co trach nhiem trong viec tim "
            "kiem quan nhan My mat tich.",
            SUPPORTED,
        ),
        ("To Lam spoke by phone with US lawmakers Steve Daines and Bill Hagerty.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm điện đàm với các nghị sĩ Steve Daines và Bill Hagerty.", SUPPORTED),
        ("Tong Bi thu To Lam dien dam voi cac nghi si Steve Daines va Bill Hagerty.", SUPPORTED),
        # a seat held before: "former" bears it out, "current" is refuted
        ("Former lawmaker Leahy spoke with Lam on Feb 19.", SUPPORTED),
        ("Cựu nghị sĩ Leahy điện đàm với Tổng Bí thư Tô Lâm ngày 19/2.", SUPPORTED),
        ("Cuu nghi si Leahy dien dam voi Tong Bi thu To Lam ngay 19/2.", SUPPORTED),
        ("Current lawmaker Leahy spoke with Lam on Feb 19.", CONTRADICTED),
        ("Đương kim nghị sĩ Leahy điện đàm với Tổng Bí thư ngày 19/2.", CONTRADICTED),
        ("Duong kim nghi si Leahy dien dam voi Tong Bi thu ngay 19/2.", CONTRADICTED),
        # traps: untensed, of a seat held only before: a courtesy title at best
        ("Lawmaker Leahy spoke with Lam on Feb 19.", NEI),
        ("Nghị sĩ Leahy điện đàm với Tổng Bí thư ngày 19/2.", NEI),
        ("Nghi si Leahy dien dam voi Tong Bi thu ngay 19/2.", NEI),
        # traps: someone the claims give another office, with no rule between the two
        ("Lawmaker Orbán met Lam on February 19.", NEI),
        ("Nghị sĩ Tô Lâm điện đàm với Thượng nghị sĩ Daines.", NEI),
        ("Nghi si To Lam dien dam voi Thuong nghi si Daines.", NEI),
        # another country's legislature or senate than the seat the claims give
        (
            "Hungarian lawmaker Hagerty praised Vietnam's cooperation in the search for missing "
            "US servicemen.",
            CONTRADICTED,
        ),
        (
            "Nghị sĩ Hungary Hagerty cảm ơn Việt Nam đã hợp tác tích cực trong việc tìm kiếm quân "
            "nhân Mỹ mất tích.",
            CONTRADICTED,
        ),
        (
            "Nghi si Hungary Hagerty cam on Viet Nam da hop tac tich cuc trong viec tim kiem quan "
            "nhan My mat tich.",
            CONTRADICTED,
        ),
        ("Cambodian Senator Daines spoke with Lam on February 18.", CONTRADICTED),
        ("Thượng nghị sĩ Campuchia Daines điện đàm với Tổng Bí thư ngày 18/2.", CONTRADICTED),
        ("Thuong nghi si Campuchia Daines dien dam voi Tong Bi thu ngay 18/2.", CONTRADICTED),
        # ... the seat's own country bears it out
        ("US lawmaker Hagerty spoke with Lam on February 18.", SUPPORTED),
        ("Nghị sĩ Mỹ Hagerty điện đàm với Tổng Bí thư ngày 18/2.", SUPPORTED),
        ("Nghi si My Hagerty dien dam voi Tong Bi thu ngay 18/2.", SUPPORTED),
        # traps: another country's seat said as former, of a seat itself held before
        ("Former Hungarian lawmaker Leahy spoke with Lam on February 19.", NEI),
        ("Cựu nghị sĩ Hungary Leahy điện đàm với Tổng Bí thư ngày 19/2.", NEI),
        ("Cuu nghi si Hungary Leahy dien dam voi Tong Bi thu ngay 19/2.", NEI),
        # the group's noun, not a title: the claims' sources account for it
        (
            "Leahy said he still talks regularly with lawmakers from both the Democratic and "
            "Republican parties.",
            SUPPORTED,
        ),
        (
            "Nguyên Thượng nghị sĩ Leahy cho biết đã cùng nhiều nghị sĩ thúc đẩy ngân sách xử lý "
            "ô nhiễm dioxin, hỗ trợ người khuyết tật và tìm kiếm bộ đội Việt Nam mất tích",
            SUPPORTED,
        ),
        (
            "Nguyen Thuong nghi si Leahy cho biet da cung nhieu nghi si thuc day ngan sach xu ly "
            "o nhiem dioxin, ho tro nguoi khuyet tat va tim kiem bo doi Viet Nam mat tich",
            SUPPORTED,
        ),
    ],
)
def test_legislator_title(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"

"""Session 21, the chair of a committee and titles said together (issue 10: read titles as the
press writes them; a title at a time the sources do not fix stays open).

- "chairman of" and "chairwoman of" are the committee chair's title as "chair" is: "Leahy, a onetime
  chairman of the Senate Appropriations Committee" is borne out by his office held before, and
  "Hagerty, chairman of the Senate Appropriations Committee" stays open (the sources give him a
  seat there, not the chair: a member may chair).
- A title that opens the statement, set off by a comma before the name ("Currently the chairman
  of the committee, Leahy phoned Lam"), is that name's, with its tense: a present title of an
  office the sources give as held before is refuted, not passed over.
- A body's founding chairman is its chair: "Trump, who chairs the Board of Peace" is borne out
  by his founding chairmanship (lexicon/world/offices.yaml `titled_as`).
- A present title ("sitting senator") on a date without a year is said in the sources' year:
  from the end of an office the sources give as held before, it is refuted.
- Titles joined by a title joiner after a name ("Leahy, a former president pro tempore of the
  Senate and chairman of its Appropriations Committee, ...", "served as A and as B") are each
  the name's, the first one's tense going on to the others that have none.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the chair's title, held before
    (
        "Pat Leahy, who was once chairman of the Senate Appropriations Committee, rang Lam.",
        SUPPORTED,
    ),
    (
        "Lam's Feb 19 call was with Patrick Leahy, onetime chairwoman of the Senate "
        "Appropriations Committee.",
        SUPPORTED,
    ),
    (
        "Ông Leahy, cựu Chủ tịch Ủy ban Chuẩn chi Thượng viện, điện đàm với Tổng Bí thư Tô Lâm.",
        SUPPORTED,
    ),
    (
        "Ong Leahy, cuu Chu tich Uy ban Chuan chi Thuong vien, dien dam voi Tong Bi thu To Lam.",
        SUPPORTED,
    ),
    # ... said of now
    ("Leahy is the current chairman of the Senate Appropriations Committee.", CONTRADICTED),
    ("Ông Leahy hiện là Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ.", CONTRADICTED),
    ("Ong Leahy hien la Chu tich Uy ban Chuan chi Thuong vien My.", CONTRADICTED),
    # a present title on a day without a year: the sources' year, when the office had ended
    ("Sitting senator Pat Leahy took a call from Lam on February 19.", CONTRADICTED),
    ("Ngày 19/2, Tổng Bí thư điện đàm với Thượng nghị sĩ đương nhiệm Leahy.", CONTRADICTED),
    ("Ngay 19/2, Tong Bi thu dien dam voi Thuong nghi si duong nhiem Leahy.", CONTRADICTED),
    ("On February 2, sitting senator Leahy sent Lam a letter.", NEI),
    # a title opening the statement, set off before the name
    (
        "Currently the chairman of the Senate Appropriations Committee, Leahy phoned Lam.",
        CONTRADICTED,
    ),
    (
        "Hiện là Chủ tịch Ủy ban Chuẩn chi Thượng viện, ông Leahy điện đàm với Tổng Bí thư.",
        CONTRADICTED,
    ),
    (
        "Hien la Chu tich Uy ban Chuan chi Thuong vien, ong Leahy dien dam voi Tong Bi thu.",
        CONTRADICTED,
    ),
    (
        "Once chairman of the Senate Appropriations Committee, Leahy phoned Lam on Feb 19.",
        SUPPORTED,
    ),
    # two titles said together
    (
        "Leahy had been Senate president pro tempore and chairman of the Senate "
        "Appropriations Committee.",
        SUPPORTED,
    ),
    (
        "Leahy, a former Senate president pro tempore and chairman of the Senate "
        "Appropriations Committee, phoned Lam on Feb 19.",
        SUPPORTED,
    ),
    (
        "Leahy, a former senator and currently chairman of the Senate Appropriations "
        "Committee, phoned Lam.",
        CONTRADICTED,
    ),
    (
        "Ông Leahy từng là Chủ tịch tạm quyền Thượng viện và Chủ tịch Ủy ban Chuẩn chi "
        "Thượng viện.",
        SUPPORTED,
    ),
    (
        "Ong Leahy tung la Chu tich tam quyen Thuong vien va Chu tich Uy ban Chuan chi "
        "Thuong vien.",
        SUPPORTED,
    ),
    # traps: a chair the sources do not give; a chairman of no committee named
    (
        "Bill Hagerty, chairman of the Senate Appropriations Committee, spoke by phone with Lam.",
        NEI,
    ),
    (
        "Thượng nghị sĩ Hagerty, Chủ tịch Ủy ban Chuẩn chi Thượng viện, điện đàm với Tổng Bí thư.",
        NEI,
    ),
    (
        "Thuong nghi si Hagerty, Chu tich Uy ban Chuan chi Thuong vien, dien dam voi Tong Bi thu.",
        NEI,
    ),
    # ... and "Chairman" before a name, an honorific the name's own alias reads
    ("Chairman Hun Sen hosted Lam in early February.", SUPPORTED),
]


# A body's founding chairman is its chair (lexicon/world/offices.yaml `titled_as`), not the
# converse; another's chair of it is not borne out.
FOUNDED = [
    (
        "Lam flew to Washington at the invitation of Trump, who chairs the Board of Peace.",
        SUPPORTED,
    ),
    ("Trump, chairman of the Board of Peace, invited Lam to its inaugural meeting.", SUPPORTED),
    ("Ông Trump hiện là Chủ tịch Hội đồng Hòa bình.", SUPPORTED),
    ("Ong Trump hien la Chu tich Hoi dong Hoa binh.", SUPPORTED),
    ("Prime Minister Hun Manet chairs the Board of Peace.", NEI),
    ("Thủ tướng Hun Manet là Chủ tịch Hội đồng Hòa bình.", NEI),
    ("Thu tuong Hun Manet la Chu tich Hoi dong Hoa binh.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS + FOUNDED)
def test_chair_titles(checker: Checker, statement: str, verdict: str) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize(
    ("statement", "offices"),
    [
        (
            "Currently the chairman of the Senate Appropriations Committee, Leahy phoned Lam.",
            [("committee-chair", "present")],
        ),
        (
            "Leahy, a former president pro tempore of the Senate and chairman of the Senate "
            "Appropriations Committee, phoned Lam.",
            [("president-pro-tempore", "former"), ("committee-chair", "former")],
        ),
        (
            "Leahy served as president pro tempore of the Senate and as chairman of the Senate "
            "Appropriations Committee.",
            [("president-pro-tempore", "past"), ("committee-chair", "past")],
        ),
        (
            "As Senate president pro tempore and chairman of the Appropriations Committee, Leahy "
            "worked with colleagues.",
            [("president-pro-tempore", "unmarked"), ("committee-chair", "unmarked")],
        ),
    ],
)
def test_titles_said_together_are_each_the_names(
    checker: Checker, statement: str, offices: list[tuple[str, str]]
) -> None:
    read = [
        (a.office, a.tense)
        for a in checker.reading(statement).assertions
        if a.subject == "patrick-leahy"
    ]
    assert read == offices

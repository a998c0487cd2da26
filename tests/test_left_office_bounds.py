"""Session 29, dates relative to another event: a denial bounded by leaving an office.

"Leahy said he had lost touch with lawmakers since leaving the Senate" denies the talks only
from the day he left on (check.earlier). Leaving a chamber ("leaving the Senate", "rời Thượng
viện": `office_leaving` in lexicon/<lang>/statements.yaml) is the end of the office that seats
him there (`chambers` in lexicon/world/offices.yaml), which the claims date: Leahy held his seat
only before 19 February 2026, a former senator by then (World.left_chamber). His words of that
day, regular talks with members of both parties, came after he left, so they refute the denial.
Leaving a place ("since leaving Vermont"), or a chamber where the claims give the person no seat
or one not yet ended, is no day the claims give: the denial stays open. Written for these tests,
in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


LEFT_OFFICE = [
    ("Leahy said he had lost touch with lawmakers since leaving the Senate.", CONTRADICTED),
    (
        "Leahy said war-legacy funding for Vietnam had been cut since he left the Senate.",
        CONTRADICTED,
    ),
    (
        "Ông Leahy cho biết đã thôi liên lạc với các nghị sĩ đương nhiệm sau khi rời Thượng viện.",
        CONTRADICTED,
    ),
    (
        "Ong Leahy cho biet da thoi lien lac voi cac nghi si duong nhiem sau khi roi Thuong vien.",
        CONTRADICTED,
    ),
    (
        "Ong Leahy cho biet nguon ngan sach khac phuc hau qua chien tranh tai Viet Nam da bi cat "
        "bo sau khi ong roi Thuong vien.",
        CONTRADICTED,
    ),
    # traps: leaving a place is no office the claims end
    ("Leahy said he had lost touch with lawmakers since leaving Vermont.", NEI),
    ("Ông Leahy cho biết đã thôi liên lạc với các nghị sĩ đương nhiệm sau khi rời Vermont.", NEI),
    ("Ong Leahy cho biet da thoi lien lac voi cac nghi si duong nhiem sau khi roi Vermont.", NEI),
    # ... nor is a trip that holds the day of his words
    ("Leahy said he had lost touch with lawmakers since the Washington trip.", NEI),
    # a seat still held, or none, has not been left: Daines was a senator on 18 February
    ("Daines said he had stopped working on Vietnam since leaving the Senate.", NEI),
    ("Ông Daines cho biết đã thôi hợp tác với Việt Nam sau khi rời Thượng viện.", NEI),
    ("Ong Daines cho biet da thoi hop tac voi Viet Nam sau khi roi Thuong vien.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), LEFT_OFFICE)
def test_a_denial_after_leaving_an_office(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

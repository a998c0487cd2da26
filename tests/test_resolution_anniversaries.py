"""A count of years inside a document (issue 10), session 33.

"Passed a resolution celebrating 20 years of ties", "thông qua nghị quyết chào mừng 20 năm quan
hệ ngoại giao": the count is the document's, which may be of any year's marking, and the act
done to the document (adopting, sponsoring it: a predicate of CONTENT_TYPES cues) dates no
figure beside it (assess._dating_acts), nor does an act its verb may also say ("thông qua" also
approves a loan), nor a word of now that is part of that verb ("qua" of "thông qua":
assess._said_of_now). With no date, another count than the claim's 30 years of 2025 is open;
the resolution of the 30th is still borne out, and a count dated to the claim's year, or said
of now, is still refuted. Each in English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ANNIVERSARY = "vn-us-diplomatic-relations-30th-anniversary-2025"
UNDATED = "the year of the marking is not given"

# (statement, verdict, words of the reason)
VERDICTS = [
    # another count in a resolution, undated: another year's resolution may be meant
    (
        "Congress adopted a resolution honouring the 15th anniversary of US-Vietnam "
        "diplomatic ties.",
        NEI,
        UNDATED,
    ),
    (
        "US lawmakers approved a resolution hailing two decades of diplomatic relations "
        "with Vietnam.",
        NEI,
        UNDATED,
    ),
    (
        "Hạ viện Mỹ thông qua nghị quyết chào mừng 20 năm quan hệ ngoại giao Việt Nam - Hoa Kỳ.",
        NEI,
        UNDATED,
    ),
    (
        "Ha vien My thong qua nghi quyet chao mung 20 nam quan he ngoai giao Viet Nam - Hoa Ky.",
        NEI,
        UNDATED,
    ),
    # traps: the resolution of the 30th, as the sources give it ...
    (
        "The Senate adopted a resolution celebrating 30 years of diplomatic relations between "
        "Vietnam and the United States.",
        SUPPORTED,
        "us-senate-adopted-30th-anniversary-resolution",
    ),
    (
        "Thượng viện Mỹ thông qua nghị quyết kỷ niệm 30 năm quan hệ ngoại giao Việt - Mỹ.",
        SUPPORTED,
        "us-senate-adopted-30th-anniversary-resolution",
    ),
    (
        "Thuong vien My thong qua nghi quyet ky niem 30 nam quan he ngoai giao Viet - My.",
        SUPPORTED,
        "us-senate-adopted-30th-anniversary-resolution",
    ),
    # ... another count dated to the claim's year ...
    (
        "In 2025, Vietnam and the US marked 25 years of diplomatic relations.",
        CONTRADICTED,
        ANNIVERSARY,
    ),
    ("Năm 2025, Việt Nam và Hoa Kỳ kỷ niệm 25 năm quan hệ ngoại giao.", CONTRADICTED, ANNIVERSARY),
    ("Nam 2025, Viet Nam va Hoa Ky ky niem 25 nam quan he ngoai giao.", CONTRADICTED, ANNIVERSARY),
    # ... or said of now, are refuted as before
    (
        "Vietnam and the US have had diplomatic relations for 20 years now.",
        CONTRADICTED,
        ANNIVERSARY,
    ),
    ("Quan hệ ngoại giao Việt Nam - Hoa Kỳ đến nay đã được 20 năm.", CONTRADICTED, ANNIVERSARY),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_resolution_anniversary_verdicts(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert why in result.explanation or why in [c.id for c in result.evidence]

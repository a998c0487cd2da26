"""Session 31, offices: a known surname with another person's given name (issue 10, class 1).

- A single-holder title before a name whose last word is a surname the vocabulary knows, but
  whose given name is none of that person's ("Azerbaijani President Heydar Aliyev" of Ilham
  Aliyev, the father for the son), names someone the claim base does not know: contradicted by
  the claim of the office's holder where the statement sets the title at a time that claim
  fixes (a date, or the city of an occasion the claims put the holder at), as "Indonesian
  President Joko Widodo" is (tests/test_wrong_holders.py).
- Traps that stay open: the title said as former, a deputy's title, no time the sources fix
  or a time they fix no holder for (1999), and no country for the title. A name the
  vocabulary knows whole, the holder's own given name with the surname, or a word of the
  language before it (an honorific "Ngài", "Elect") is the holder: never another person.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


OTHER_GIVEN_NAMES = [
    # the holder's surname with another given name, at the occasion the claims fix his office
    ("Lam sat down with Azerbaijani President Heydar Aliyev in Washington.", CONTRADICTED),
    ("On February 19, Azerbaijan's President Heydar Aliyev held talks with To Lam.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm gặp Tổng thống Azerbaijan Heydar Aliyev ở Washington.", CONTRADICTED),
    ("Ngày 19/2, Tổng thống Azerbaijan Heydar Aliyev hội đàm với ông Tô Lâm.", CONTRADICTED),
    ("Tong Bi thu To Lam gap Tong thong Azerbaijan Heydar Aliyev o Washington.", CONTRADICTED),
    ("Armenian Prime Minister Serzh Pashinyan met Lam in Washington on Feb. 19.", CONTRADICTED),
    ("Thủ tướng Armenia Serzh Pashinyan gặp ông Tô Lâm tại Washington ngày 19/2.", CONTRADICTED),
    # traps: a former title, a deputy, no time the claims fix, no country
    ("Former Azerbaijani President Heydar Aliyev met Lam in Washington.", NEI),
    ("Cựu Tổng thống Azerbaijan Heydar Aliyev gặp Tổng Bí thư tại Washington.", NEI),
    ("Cuu Tong thong Azerbaijan Heydar Aliyev gap Tong Bi thu tai Washington.", NEI),
    ("Azerbaijani President Heydar Aliyev once met a Vietnamese leader.", NEI),
    ("Tổng thống Azerbaijan Heydar Aliyev từng thăm Hà Nội.", NEI),
    ("Tong thong Azerbaijan Heydar Aliyev tung tham Ha Noi.", NEI),
    ("President Heydar Aliyev met Lam in Washington.", NEI),
    # a name of another time: the claims fix no holder in 1999
    ("Azerbaijani President Heydar Aliyev visited Hanoi in 1999.", NEI),
    ("Tổng thống Azerbaijan Heydar Aliyev thăm Hà Nội năm 1999.", NEI),
    ("Tong thong Azerbaijan Heydar Aliyev tham Ha Noi nam 1999.", NEI),
    ("Armenian Deputy Prime Minister Serzh Pashinyan met Lam in Washington on Feb. 19.", NEI),
    ("Phó Thủ tướng Armenia Serzh Pashinyan gặp ông Tô Lâm tại Washington ngày 19/2.", NEI),
    # the holder's own given name, or a name the vocabulary knows whole: the holder
    ("Lam sat down with Azerbaijani President Ilham Aliyev in Washington.", SUPPORTED),
    ("Tổng Bí thư Tô Lâm gặp Tổng thống Azerbaijan Ilham Aliyev ở Washington.", SUPPORTED),
    ("Tong Bi thu To Lam gap Tong thong Azerbaijan Ilham Aliyev o Washington.", SUPPORTED),
    ("Cambodian Prime Minister Samdech Hun Manet met To Lam in Washington.", SUPPORTED),
    # a word of the language before the surname is no given name: an honorific, "Elect"
    ("Tổng thống Azerbaijan Ngài Aliyev hội kiến Tổng Bí thư Tô Lâm tại Washington.", SUPPORTED),
    ("Tong thong Azerbaijan Ngai Aliyev hoi kien Tong Bi thu To Lam tai Washington.", SUPPORTED),
    ("Azerbaijani President Elect Aliyev met To Lam in Washington.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), OTHER_GIVEN_NAMES)
def test_a_known_surname_with_another_given_name(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "one person holds at a time" in judged.explanation
        assert judged.evidence, "a verdict cites a verified span"

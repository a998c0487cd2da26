"""A counterpart's office (issue 10, titles), session 34.

"Counterpart", "người đồng cấp" give the name after them the office of the name they pair with,
in the country said with the word: "Orbán and his Kazakh counterpart Tokayev" calls Tokayev
Kazakhstan's prime minister, which his presidency there refutes through the office rules, as
"Kazakh Prime Minister Tokayev" is refuted. The office paired is the title the statement gives
that name, or else the one office the claims give him on a day. The form with the name given it
set off before the other's possessive ("Sharif, Prabowo's Pakistani counterpart") reads the same
(`counterparts` in lexicon/<lang>/statements.yaml, assertions.counterparts,
offices.Offices._counterpart_offices). Without a country or a name beside it, the word stays a
filler; a name with several offices pairs with none of them in particular; an office one
country names its own way pairs in general terms (the US Secretary of War's counterpart is a
defence minister). In English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the paired name's office, given to a president: refuted by his presidency
    (
        "General Secretary To Lam met Hungary's Viktor Orbán and his Uzbek counterpart Mirziyoyev.",
        CONTRADICTED,
        "mirziyoyev-president-uzbekistan",
    ),
    (
        "Lam held talks with Orbán and his Kazakh counterpart, Kassym-Jomart Tokayev.",
        CONTRADICTED,
        "tokayev-president-kazakhstan",
    ),
    # the title the statement gives the paired name, given to a prime minister
    (
        "Lam sat down with Indonesian President Prabowo and his Pakistani counterpart Sharif.",
        CONTRADICTED,
        "shehbaz-sharif-pm-pakistan",
    ),
    # the name given it set off before the other's possessive
    (
        "Lam also met Shehbaz Sharif, Prabowo's Pakistani counterpart.",
        CONTRADICTED,
        "shehbaz-sharif-pm-pakistan",
    ),
    (
        "Tổng Bí thư Tô Lâm hội kiến Tổng thống Indonesia Prabowo và người đồng cấp Pakistan "
        "Shehbaz Sharif.",
        CONTRADICTED,
        "shehbaz-sharif-pm-pakistan",
    ),
    (
        "Tong Bi thu To Lam gap Thu tuong Orban va nguoi dong cap Uzbekistan Mirziyoyev",
        CONTRADICTED,
        "mirziyoyev-president-uzbekistan",
    ),
    # the same office in the other country: borne out
    (
        "Lam sat down with Indonesian President Prabowo and his Kazakh counterpart Tokayev.",
        SUPPORTED,
        "tokayev-president-kazakhstan",
    ),
    (
        "Hun Manet, Orbán's Cambodian counterpart, met To Lam in Washington.",
        SUPPORTED,
        "hun-manet-pm-cambodia",
    ),
    (
        "Tổng Bí thư gặp Thủ tướng Hungary Orbán và người đồng cấp Campuchia Hun Manet.",
        SUPPORTED,
        "hun-manet-pm-cambodia",
    ),
    (
        "TBT To Lam gap Tong thong Prabowo va nguoi dong cap Kazakhstan Tokayev",
        SUPPORTED,
        "tokayev-president-kazakhstan",
    ),
    # an office one country names its own way pairs with the office it is elsewhere: the US
    # Secretary of War's counterpart is a defence minister (`national_forms`)
    (
        "Pete Hegseth and his Vietnamese counterpart Phan Van Giang held talks.",
        SUPPORTED,
        "phan-van-giang-defence-minister-vietnam",
    ),
    (
        "Bộ trưởng Chiến tranh Mỹ Hegseth và người đồng cấp Việt Nam Phan Văn Giang đã hội đàm.",
        SUPPORTED,
        "phan-van-giang-defence-minister-vietnam",
    ),
    (
        "Bo truong Chien tranh Hegseth va nguoi dong cap Viet Nam Phan Van Giang hoi dam",
        SUPPORTED,
        "phan-van-giang-defence-minister-vietnam",
    ),
    # traps: no name after the word, no country with it, a name of several offices, another
    # year's meeting
    ("Lam met Orbán's Kazakh counterpart in 2015.", NEI, "another occasion"),
    ("Ông Orbán và người đồng cấp gặp Tổng Bí thư năm 2015.", NEI, "another occasion"),
    ("Lam met Macinka and his Hungarian counterpart Orbán in 2015.", NEI, "another occasion"),
    ("In 2019 Lam met Orbán and his Cambodian counterpart Hun Sen.", NEI, "another occasion"),
    (
        "Nam 2019 TBT gap Thu tuong Orban va nguoi dong cap Campuchia Hun Sen",
        NEI,
        "another occasion",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_counterpart_titles(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

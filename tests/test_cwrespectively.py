"""Session 28, cwrespectively: "respectively" / "lần lượt" in an apposition or after a copula.

"To Lam met Aliyev and Tokayev, respectively the presidents of Kazakhstan and Azerbaijan" gives
each name the office of the country in its own position (Aliyev of Kazakhstan: refuted), as
"A and B are the presidents of X and Y respectively" does; so do "Ông A và ông B, lần lượt là
Thủ tướng X và Y, gặp ..." and "A và B lần lượt là Thủ tướng X và Y". A list of committees
pairs the same way ("Daines and Hagerty, respectively members of the Appropriations and Foreign
Relations committees"): a seat the sources never give its name is not enough info, never
supported, whatever the other name's seats.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


FINDINGS = [
    # the reviewer's
    (
        "Daines and Hagerty, respectively members of the Appropriations and Foreign Relations "
        "committees, spoke with To Lam.",
        NEI,
    ),
    (
        "Ông Hun Manet và ông Pashinyan, lần lượt là Thủ tướng Armenia và Campuchia, gặp Tổng "
        "Bí thư.",
        CONTRADICTED,
    ),
    (
        "Ông Daines và ông Hagerty lần lượt là thành viên Ủy ban Chuẩn chi và Ủy ban Đối ngoại "
        "Thượng viện.",
        NEI,
    ),
    (
        "To Lam met Aliyev and Tokayev, respectively the presidents of Kazakhstan and Azerbaijan.",
        CONTRADICTED,
    ),
    (
        "Hagerty and Daines, respectively members of the Foreign Relations and Appropriations "
        "committees, spoke with To Lam on Feb 18.",
        NEI,
    ),
    (
        "Ông Orbán và ông Sharif, lần lượt là Thủ tướng Pakistan và Hungary, gặp Tổng Bí thư "
        "ngày 19/2.",
        CONTRADICTED,
    ),
    (
        "Tổng Bí thư gặp ông Aliyev và ông Tokayev, lần lượt là Tổng thống Kazakhstan và "
        "Azerbaijan.",
        CONTRADICTED,
    ),
    (
        "Ong Hun Manet va ong Pashinyan, lan luot la Thu tuong Armenia va Campuchia, gap Tong Bi "
        "thu.",
        CONTRADICTED,
    ),
    (
        "Ong Daines va ong Hagerty lan luot la thanh vien Uy ban Chuan chi va Uy ban Doi ngoai "
        "Thuong vien.",
        NEI,
    ),
    # paraphrases, in the three forms
    (
        "Aliyev and Tokayev are respectively the presidents of Kazakhstan and Azerbaijan.",
        CONTRADICTED,
    ),
    ("Ông Hun Manet và ông Pashinyan lần lượt là Thủ tướng Armenia và Campuchia.", CONTRADICTED),
    ("Ong Hun Manet va ong Pashinyan lan luot la Thu tuong Armenia va Campuchia.", CONTRADICTED),
    (
        "Ông Daines và ông Hagerty, lần lượt là thành viên Ủy ban Chuẩn chi và Ủy ban Đối ngoại "
        "Thượng viện, điện đàm với Tổng Bí thư Tô Lâm.",
        NEI,
    ),
    (
        "Ong Daines va ong Hagerty, lan luot la thanh vien Uy ban Chuan chi va Uy ban Doi ngoai "
        "Thuong vien, dien dam voi Tong Bi thu To Lam.",
        NEI,
    ),
    (
        "Daines and Hagerty are respectively members of the Appropriations and Foreign "
        "Relations committees.",
        NEI,
    ),
    # the word after the list of committees
    (
        "Daines and Hagerty are members of the Appropriations and Foreign Relations committees "
        "respectively.",
        NEI,
    ),
    (
        "Ông Daines và ông Hagerty là thành viên Ủy ban Chuẩn chi và Ủy ban Đối ngoại Thượng viện "
        "tương ứng.",
        NEI,
    ),
    (
        "Ong Daines va ong Hagerty la thanh vien Uy ban Chuan chi va Uy ban Doi ngoai Thuong vien "
        "tuong ung.",
        NEI,
    ),
]

# The right pairing, the tied version without the word and the dated one keep today's verdict.
KEPT = [
    (
        "To Lam met Aliyev and Tokayev, respectively the presidents of Azerbaijan and Kazakhstan.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư gặp ông Aliyev và ông Tokayev, lần lượt là Tổng thống Azerbaijan và "
        "Kazakhstan.",
        SUPPORTED,
    ),
    (
        "Ông Hun Manet và ông Pashinyan, lần lượt là Thủ tướng Campuchia và Armenia, gặp Tổng "
        "Bí thư.",
        SUPPORTED,
    ),
    (
        "Ong Hun Manet va ong Pashinyan, lan luot la Thu tuong Campuchia va Armenia, gap Tong Bi "
        "thu.",
        SUPPORTED,
    ),
    (
        "Daines and Hagerty, respectively members of the Foreign Relations and Appropriations "
        "committees, spoke with To Lam.",
        SUPPORTED,
    ),
    (
        "Ông Daines và ông Hagerty lần lượt là thành viên Ủy ban Đối ngoại Thượng viện và Ủy ban "
        "Chuẩn chi.",
        SUPPORTED,
    ),
    (
        "Ong Daines va ong Hagerty lan luot la thanh vien Uy ban Doi ngoai Thuong vien va Uy ban "
        "Chuan chi.",
        SUPPORTED,
    ),
    (
        "Hagerty and Daines, respectively members of the Appropriations and Foreign Relations "
        "committees, spoke with To Lam on Feb 18.",
        SUPPORTED,
    ),
    (
        "Ông Orbán và ông Sharif, lần lượt là Thủ tướng Hungary và Pakistan, gặp Tổng Bí thư "
        "ngày 19/2.",
        SUPPORTED,
    ),
    (
        "Daines and Hagerty are members of the Foreign Relations and Appropriations committees "
        "respectively.",
        SUPPORTED,
    ),
    (
        "Ong Daines va ong Hagerty la thanh vien Uy ban Doi ngoai Thuong vien va Uy ban Chuan chi "
        "tuong ung.",
        SUPPORTED,
    ),
    # without the word: each name with each committee, as today
    (
        "Daines and Hagerty, members of the Foreign Relations and Appropriations committees, "
        "spoke with To Lam.",
        NEI,
    ),
    (
        "Daines and Hagerty, both members of the Foreign Relations Committee, spoke with Lam.",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), FINDINGS + KEPT)
def test_respectively_in_an_apposition_pairs_in_order(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Session 28, a former office said of a named holder in Vietnamese (issue 10, reviewer A).

"người từng là Thủ tướng Kazakhstan" (who was once prime minister of Kazakhstan) puts the
office in the past, as English "who was" does: held at some time, which the office he holds now
does not refute (it was refuted by Tokayev's presidency). And "nguyên Thủ tướng" folds to a
phrase that holds "nguyên thủ" (head of state): the title read whole is the prime minister's,
with "nguyên" its tense (parse._crossed_title); "Tokayev, nguyên Thủ tướng Kazakhstan" had
been supported as a head of state. The right office, once held, stays supported.

In English, Vietnamese and Vietnamese without diacritics.
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
        # an office once held that the sources never give: open, never refuted by today's
        ("Tổng thống Tokayev, người từng là Thủ tướng Kazakhstan, gặp Tổng Bí thư ngày 19/2.", NEI),
        ("Tong thong Aliyev, nguoi tung la Thu tuong Azerbaijan, gap Tong Bi thu ngay 19/2.", NEI),
        ("Ông Mirziyoyev từng giữ chức Thủ tướng Uzbekistan.", NEI),
        (
            "President Tokayev, who was once Kazakhstan's prime minister, met To Lam on Feb. 19.",
            NEI,
        ),
        # "nguyên Thủ tướng" is a former prime minister, no head of state
        ("Tổng thống Tokayev, nguyên Thủ tướng Kazakhstan, gặp Tổng Bí thư ngày 19/2.", NEI),
        ("Tong thong Tokayev, nguyen Thu tuong Kazakhstan, gap Tong Bi thu ngay 19/2.", NEI),
        ("President Tokayev, a former prime minister of Kazakhstan, met To Lam on Feb. 19.", NEI),
        # the office the claims give as held before, said so, stays supported
        (
            "Ông Leahy, người từng là Chủ tịch Ủy ban Chuẩn chi Thượng viện, điện đàm với Tổng Bí"
            " thư ngày 19/2.",
            SUPPORTED,
        ),
        ("Ong Leahy tung la Chu tich Uy ban Chuan chi Thuong vien.", SUPPORTED),
        ("Leahy, who once chaired the Senate Appropriations Committee, phoned To Lam.", SUPPORTED),
        # a head of state is still read as one, and its count still decides
        ("Tổng Bí thư gặp bảy nguyên thủ và người đứng đầu chính phủ ngày 19/2.", CONTRADICTED),
        # an office said as held now is still refuted by the other office of that country
        ("Tokayev hiện là Thủ tướng Kazakhstan.", CONTRADICTED),
        ("Tokayev, who is Kazakhstan's prime minister, met To Lam on Feb. 19.", CONTRADICTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

"""Words of one side given to the other with no exchange fixed (session 33, reviewer A group 2).

A person who took part in an exchange, given what the other side said there ("Hun Manet proposed
closer Vietnam-Cambodia-Laos links", of Tô Lâm's proposal to him), names that exchange only
where it is the one encounter the claims give him (`World.only_exchange`, read by
`assess.exchange_named`): Hun Manet met Lâm once, so the words refute him there. Tô Lâm had an
exchange with each senator and each leader, and said things on many more occasions than the
sources report: given Leahy's, Daines' or Greer's words with nothing of that exchange named,
he may have said them elsewhere, so the statement is not enough info, not contradicted. Naming
the other side or the call still fixes the exchange. Each in English, Vietnamese and
Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


LAM_OPEN = "which does not say what Tô Lâm said"

ROWS = [
    # the other side's words given to Tô Lâm, no exchange named: he may have said them anywhere
    (
        "To Lam said he was impressed with the socio-economic achievements Vietnam has made.",
        NEI,
        LAM_OPEN,
    ),
    ("To Lam affirmed that support for Vietnam in the US Congress is bipartisan.", NEI, LAM_OPEN),
    ("Tô Lâm khẳng định Quốc hội Mỹ ủng hộ Việt Nam trên cơ sở lưỡng đảng.", NEI, LAM_OPEN),
    ("To Lam khang dinh Quoc hoi My ung ho Viet Nam tren co so luong dang.", NEI, LAM_OPEN),
    (
        "Lam says negotiations on the reciprocal trade deal have entered a decisive stage.",
        NEI,
        LAM_OPEN,
    ),
    (
        "Tổng Bí thư Tô Lâm cho biết đàm phán thỏa thuận thương mại đối ứng đã bước vào giai đoạn "
        "quyết định.",
        NEI,
        LAM_OPEN,
    ),
    (
        "Tong Bi thu To Lam cho biet dam phan thoa thuan thuong mai doi ung da buoc vao giai doan "
        "quyet dinh.",
        NEI,
        LAM_OPEN,
    ),
    # traps: one whose only encounter is that exchange is still refuted there
    (
        "Ông Hun Manet đề xuất thúc đẩy gắn kết phát triển Việt Nam - Campuchia - Lào.",
        CONTRADICTED,
        "to-lam-proposed-vietnam-cambodia-laos-links",
    ),
    (
        "Ong Hun Manet de xuat thuc day gan ket phat trien Viet Nam - Campuchia - Lao.",
        CONTRADICTED,
        "to-lam-proposed-vietnam-cambodia-laos-links",
    ),
    # ... and naming the other side or the call fixes the exchange
    (
        "Lam told Leahy that US congressional support for Vietnam is bipartisan.",
        CONTRADICTED,
        "leahy-affirmed-bipartisan-support-2026-02-19",
    ),
    (
        "Trong cuộc điện đàm với ông Leahy, Tô Lâm khẳng định Quốc hội Mỹ ủng hộ Việt Nam trên cơ "
        "sở lưỡng đảng.",
        CONTRADICTED,
        "leahy-affirmed-bipartisan-support-2026-02-19",
    ),
    # the words in their own speaker's mouth
    (
        "Leahy affirmed that support for Vietnam in the US Congress is bipartisan.",
        SUPPORTED,
        "leahy-affirmed-bipartisan-support-2026-02-19",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "reason"), ROWS)
def test_sole_exchange(checker: Checker, statement: str, verdict: str, reason: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation
    assert reason in result.explanation

"""A former office holder still speaks from his country (issue 10, uncovered): "Leahy said the
war-legacy funding has been maintained to this day" gives the retired senator the words the
sources give him of the United States' funding, as a sitting senator's would be
(assess.spoken_for, World.sides). Another speaker, another country said, or a denial the claim
does not give stay open; a denial of what he affirmed is refuted."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"
CONTRADICTED = "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Leahy said the war-legacy funding has been maintained to this day.", SUPPORTED),
        ("Ex-Sen. Leahy: war legacy funding still maintained today", SUPPORTED),
        (
            "Theo nguyên Thượng nghị sĩ Leahy, chủ trương này vẫn được duy trì đến nay trong"
            " khắc phục hậu quả chiến tranh",
            SUPPORTED,
        ),
        ("Ong Leahy khang dinh chu truong cap ngan sach van duoc duy tri den nay", SUPPORTED),
        # another speaker, another country's funding, another time: open
        ("Daines said the war-legacy funding has been maintained to this day.", NEI),
        ("Leahy said Hungary's funding has been maintained to this day.", NEI),
        ("Ông Hagerty khẳng định chủ trương cấp ngân sách vẫn được duy trì đến nay", NEI),
        # what he affirmed, denied
        ("Leahy said the war-legacy funding had been discontinued.", CONTRADICTED),
    ],
)
def test_former_sides(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

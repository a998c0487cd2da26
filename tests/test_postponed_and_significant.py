"""Session 31, verb polarity: a trip put off on its own occasion, progress denied as significant.

A trip postponed for the Board of Peace meeting ("hoãn chuyến đi Mỹ dự họp Hội đồng Hòa bình",
the meeting named in Vietnamese without "cuộc" too: fixtures/vocabulary/entities.yaml) is
refuted by the trip made for that occasion (assess.stated `delay_dated`); undated and with no
occasion named it may have been another trip, put off to a later date it is no denial, and
without marks "hoan" alone may be "hoàn" (lexicon/vi/polarity.yaml). Significant progress denied
("no significant progress", "chưa đạt được tiến triển đáng kể nào": `opposites:
important-progress`) is refuted by the same speaker's word of important progress, and by nobody
else's.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # a trip put off, with the occasion it was for: the trip made for it refutes it
    ("To Lam postponed his trip to the US for the Board of Peace meeting", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm hoãn chuyến đi Mỹ dự họp Hội đồng Hòa bình về Gaza", CONTRADICTED),
    ("To Lam tam hoan chuyen di My du hop Hoi dong Hoa binh ve Gaza", CONTRADICTED),
    ("Tô Lâm hoãn chuyến công tác Mỹ dự cuộc họp Hội đồng Hòa bình", CONTRADICTED),
    # the meeting attended, named without "cuộc", as before
    ("Tô Lâm dự họp Hội đồng Hòa bình về Gaza", SUPPORTED),
    ("To Lam du hop Hoi dong Hoa binh ve Gaza", SUPPORTED),
    # traps: no occasion named (another trip), a trip elsewhere, a new date (no denial), a
    # meeting of the Board on another date (another meeting)
    ("To Lam postponed his visit to the United States", NEI),
    ("Tô Lâm hoãn chuyến thăm Mỹ", NEI),
    ("Tô Lâm hoãn chuyến thăm Indonesia", NEI),
    ("Tô Lâm hoãn chuyến đi Mỹ dự họp Hội đồng Hòa bình về Gaza sang tháng 3", NEI),
    ("To Lam tri hoan chuyen di My du hop Hoi dong Hoa binh ve Gaza sang thang 3", NEI),
    ("Tong Bi thu To Lam hoan chuyen di My du cuoc hop Hoi dong Hoa binh ve Gaza", NEI),
    # a delay denied: the trip kept its time, which no claim gives
    ("Tổng Bí thư không hoãn chuyến công tác tới Washington.", NEI),
    ("Tô Lâm dự họp Hội đồng Hòa bình về Gaza ngày 25/3", NEI),
    ("To Lam postponed his trip to the US to attend a meeting of the Board of Peace", NEI),
    # significant progress denied, of Hagerty's important progress
    (
        "Hagerty said the negotiations on the reciprocal trade agreement had made no "
        "significant progress.",
        CONTRADICTED,
    ),
    ("Hagerty told Lam there was no major progress in the negotiations.", CONTRADICTED),
    (
        "Ông Hagerty cho rằng đàm phán hiệp định thương mại đối ứng chưa đạt được tiến triển "
        "đáng kể nào.",
        CONTRADICTED,
    ),
    (
        "Ong Hagerty cho rang dam phan hiep dinh thuong mai doi ung chua dat duoc tien trien "
        "dang ke nao.",
        CONTRADICTED,
    ),
    (
        "Ông Hagerty nói đàm phán hiệp định thương mại đối ứng không có tiến triển đáng kể.",
        CONTRADICTED,
    ),
    # traps: another speaker, another year, the affirmed phrase (borne out, not refuted)
    (
        "Daines said the negotiations on the reciprocal trade agreement had made no "
        "significant progress.",
        NEI,
    ),
    (
        "Ông Daines cho rằng đàm phán hiệp định thương mại đối ứng chưa đạt được tiến triển "
        "đáng kể nào.",
        NEI,
    ),
    (
        "Hagerty said the negotiations on the reciprocal trade agreement had made no "
        "significant progress in 2019.",
        NEI,
    ),
    (
        "Ong Daines cho rang dam phan hiep dinh thuong mai doi ung chua dat duoc tien trien "
        "dang ke nao.",
        NEI,
    ),
    (
        "Hagerty said the negotiations on the reciprocal trade agreement had made significant "
        "progress.",
        SUPPORTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_postponed_and_significant_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Whose wrapper it is (issue 10, who said what): a body qualified by a country is that
country's body ("Bộ Ngoại giao Hungary" is no Vietnamese ministry, whatever the bare "Bộ
Ngoại giao" stands for alone), and a building or city standing for a government ("the White
House said", "Nhà Trắng cho biết") names a body the sources never give the news to, as does a
news outlet no deciding claim's source names ("Reuters reported"): each keeps the statement
open. The generic framings the press uses ("officials said", "theo Bộ Ngoại
giao" of the ministry the sources name) stay borne out. English, Vietnamese and Vietnamese
without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

VERDICTS = [
    # a body another country's name qualifies is that country's
    ("Bộ Ngoại giao Hungary cho biết Tổng Bí thư Tô Lâm sẽ sang Mỹ dự họp Hội đồng Hòa bình.", NEI),
    ("Bo Ngoai giao Hoa Ky thong bao Tong Bi thu se sang My du hop Hoi dong Hoa binh", NEI),
    (
        "The Hungarian foreign ministry announced that To Lam would travel to Washington "
        "for the Board of Peace meeting.",
        NEI,
    ),
    # ... and its own country's name, or none, leaves it the body the sources name
    (
        "Bộ Ngoại giao Việt Nam thông báo Tổng Bí thư sẽ sang Mỹ dự họp Hội đồng Hòa bình.",
        SUPPORTED,
    ),
    ("Theo Bộ Ngoại giao, Tổng Bí thư sẽ sang Mỹ dự họp Hội đồng Hòa bình.", SUPPORTED),
    (
        "According to Vietnam's foreign ministry, To Lam will attend the Board of Peace "
        "meeting in Washington.",
        SUPPORTED,
    ),
    # a seat of government no source gives the news to
    (
        "Lam will join the Board of Peace's first meeting in Washington, "
        "the White House announced.",
        NEI,
    ),
    ("Nhà Trắng cho biết Tổng Bí thư Tô Lâm đã điện đàm với Thượng nghị sĩ Daines.", NEI),
    ("Tong Bi thu dien dam voi TNS Hagerty, Nha Trang cho biet.", NEI),
    # generic framings and a country's own name as the reporter stay borne out
    ("To Lam spoke by phone with Senator Daines, officials said.", SUPPORTED),
    ("Tổng Bí thư điện đàm với Thượng nghị sĩ Daines, truyền thông nhà nước đưa tin.", SUPPORTED),
    (
        "Hungary approved 400 million USD of ODA for Vietnam, the Hungarian government said.",
        SUPPORTED,
    ),
    # an outlet no deciding claim's source names is a detail they do not give; one whose
    # credit the source carries (its photo by TTXVN) is borne out
    ("Orban and To Lam met in Washington on Feb. 19, Bloomberg reported.", NEI),
    ("Tổng Bí thư điện đàm với Thượng nghị sĩ Daines, hãng tin Reuters đưa tin.", NEI),
    ("Tong Bi thu gap Tong thong Prabowo tai Washington, theo Tan Hoa Xa", NEI),
    ("Lam met Uzbek President Mirziyoyev in Washington, VNA reported.", SUPPORTED),
    # an outlet given the announcement a source gives the foreign ministry
    (
        "The Vietnam News Agency announced that To Lam would fly to Washington "
        "for the Board of Peace meeting.",
        NEI,
    ),
    ("TTXVN thông báo Tổng Bí thư sẽ sang Mỹ dự họp Hội đồng Hòa bình.", NEI),
    ("Thong tan xa Viet Nam thong bao TBT To Lam se sang My du hop HDHB", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_announcer_body_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

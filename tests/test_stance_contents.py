"""What a speaker said, named as the press names it (issue 10, speakers), session 33.

- A seat taken on a board is its membership: "Lam said Vietnam was ready to take a seat on the
  Board of Peace as a founding member" is his readiness to join (`founding_member` in
  lexicon/en/synonyms.yaml); unread, "take a seat" left the speaker's own claim to the
  praise of another who spoke of the same membership. Vietnamese says "tham gia", read already.
- Respect for each other's independence, sovereignty, territorial integrity and political
  system, in the source's own order ("tôn trọng độc lập, chủ quyền, toàn vẹn lãnh thổ và thể
  chế chính trị của nhau"), is the topic of the US's wish (`respect-for-political-system` in
  fixtures/vocabulary/entities.yaml), not words left over.

Traps: another speaker, another body. English, Vietnamese and Vietnamese without diacritics;
the statements are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

READY = "to-lam-affirmed-vietnam-ready-founding-member"
RESPECT = "us-wished-respect-political-system"

ROWS = [
    (
        "Lam said Vietnam was ready to take a seat on the Board of Peace as a founding member.",
        SUPPORTED,
        READY,
    ),
    (
        "Tô Lâm khẳng định Việt Nam sẵn sàng tham gia Hội đồng Hòa bình với tư cách quốc gia "
        "thành viên sáng lập.",
        SUPPORTED,
        READY,
    ),
    (
        "To Lam khang dinh Viet Nam san sang tham gia Hoi dong Hoa binh voi tu cach quoc gia "
        "thanh vien sang lap.",
        SUPPORTED,
        READY,
    ),
    (
        "Phía Mỹ bày tỏ mong muốn thúc đẩy quan hệ với Việt Nam trên cơ sở tôn trọng độc lập, "
        "chủ quyền, toàn vẹn lãnh thổ và thể chế chính trị của nhau.",
        SUPPORTED,
        RESPECT,
    ),
    (
        "Phia My bay to mong muon thuc day quan he voi Viet Nam tren co so ton trong doc lap, "
        "chu quyen, toan ven lanh tho va the che chinh tri cua nhau.",
        SUPPORTED,
        RESPECT,
    ),
    # traps: another speaker, another body
    (
        "Orban said Hungary was ready to take a seat on the Board of Peace as a founding member.",
        NEI,
        "Viktor Orbán",
    ),
    (
        "Lam said Vietnam was ready to take a seat on the UN Security Council.",
        NEI,
        "United Nations",
    ),
    (
        "Phía Hungary bày tỏ mong muốn thúc đẩy quan hệ với Việt Nam trên cơ sở tôn trọng độc "
        "lập, chủ quyền, toàn vẹn lãnh thổ và thể chế chính trị của nhau.",
        NEI,
        "Hungary",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_stance_content(real_checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(real_checker, statement, verdict, why)

"""Session 30, ordering against an occasion's first day: "before" an occasion is before it began.

"The call with Leahy took place before Lam left for the United States" names the one call with
Leahy the claims know (World.sole_occasion), linked to the order by a verb (`relative_links`
in lexicon/<lang>/dates.yaml). The sources put the trip on 18-20 February and the call on the
19th: done during the trip, from a later day than it began, so not before it (later.begun_before,
check.earlier rule `done-after`), though not after its last day either. A departure, or the
visit named as a noun, is the stay's first day. The first day itself leaves the order open (the
call with Daines on the 18th), as does an act said with its verb (another call), an occasion
the claims give only a window for (the Board of Peace meeting, inside February), and an anchor
with a date of its own (a visit the claims may not know). The same definite occasion set after
another that began only after it ended ("The call with Daines took place after Lam met Orbán":
the 18th, then the 19th) is refuted as well (later.order_act, rule `done-before`). A departure
named as the anchor of "after" is the stay's first day too, not its whole (later.read_anchor,
parse.stay_started): the meeting of the 19th came after Lam left for the United States. Written
for these tests, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


BEGUN_ANCHOR = [
    # the call of the trip's second day, set before the departure
    ("The call with Leahy took place before Lam left for the United States.", CONTRADICTED),
    ("Cuộc điện đàm với ông Leahy diễn ra trước khi Tổng Bí thư lên đường sang Mỹ.", CONTRADICTED),
    ("Cuoc dien dam voi ong Leahy dien ra truoc khi Tong Bi thu len duong sang My.", CONTRADICTED),
    # ... and before the visit, named as a noun
    ("The call with Leahy took place before Lam's visit to the United States.", CONTRADICTED),
    ("Cuộc điện đàm với ông Leahy diễn ra trước chuyến thăm Mỹ của Tổng Bí thư.", CONTRADICTED),
    ("Cuoc dien dam voi ong Leahy dien ra truoc chuyen tham My cua Tong Bi thu.", CONTRADICTED),
    # traps: the call of the trip's first day is in no order the sources give
    ("The call with Daines took place before Lam left for the United States.", NEI),
    ("Cuộc điện đàm với ông Daines diễn ra trước khi Tổng Bí thư lên đường sang Mỹ.", NEI),
    ("Cuoc dien dam voi ong Daines dien ra truoc khi Tong Bi thu len duong sang My.", NEI),
    # ... an act said with its verb may be another call
    ("Lam phoned Leahy before leaving for the United States.", NEI),
    ("Tổng Bí thư điện đàm với ông Leahy trước khi lên đường sang Mỹ.", NEI),
    ("TBT To Lam dien dam voi ong Leahy truoc khi len duong sang My.", NEI),
    # ... a meeting the claims hold only inside February and the trip may have begun later
    ("The meeting with Orbán took place before the Board of Peace meeting.", NEI),
    (
        "Cuộc gặp với Thủ tướng Orbán diễn ra trước cuộc họp khai mạc Hội đồng Hòa bình.",
        NEI,
    ),
    ("Cuoc gap voi Thu tuong Orban dien ra truoc cuoc hop khai mac Hoi dong Hoa binh.", NEI),
    # ... and a visit with a date of its own may be one the claims do not know
    ("The call with Leahy took place before Lam visited the United States in 2025.", NEI),
    ("Cuộc điện đàm với ông Leahy diễn ra trước chuyến thăm Mỹ năm 2025 của Tổng Bí thư.", NEI),
    ("Cuoc dien dam voi ong Leahy dien ra truoc chuyen tham My nam 2025 cua Tong Bi thu.", NEI),
    # the call of the 18th, set after the meeting of the 19th: done before it began
    ("The call with Daines took place after Lam met Orbán.", CONTRADICTED),
    ("Cuộc điện đàm với ông Daines diễn ra sau khi Tổng Bí thư gặp Thủ tướng Orbán.", CONTRADICTED),
    ("Cuoc dien dam voi ong Daines dien ra sau khi Tong Bi thu gap Thu tuong Orban.", CONTRADICTED),
    # ... the afternoon call after the morning meeting bears it out
    ("The call with Leahy took place after Lam met Orbán.", SUPPORTED),
    # traps: an act said with its verb may be another call, two meetings of one morning are in
    # no order the sources give
    ("Lam phoned Daines after meeting Orbán.", NEI),
    ("Tổng Bí thư điện đàm với ông Daines sau khi gặp Thủ tướng Orbán.", NEI),
    ("Tong Bi thu dien dam voi ong Daines sau khi gap Thu tuong Orban.", NEI),
    ("The meeting with Pashinyan took place after Lam met Orbán.", NEI),
    # a departure is the stay's first day: the meeting of the 19th came after it ...
    ("The meeting with Orbán took place after Lam left for the United States.", SUPPORTED),
    ("Lam met Orbán after leaving for the United States.", SUPPORTED),
    ("Cuộc gặp với Thủ tướng Orbán diễn ra sau khi Tổng Bí thư lên đường sang Mỹ.", SUPPORTED),
    ("Tổng Bí thư gặp Thủ tướng Orbán sau khi sang Mỹ.", SUPPORTED),
    ("Cuoc gap voi Thu tuong Orban dien ra sau khi Tong Bi thu len duong sang My.", SUPPORTED),
    # traps: ... not after the whole visit, nor is a call of that first day shown after it
    ("Lam met Orbán after his visit to the United States.", NEI),
    ("The call with Daines took place after Lam left for the United States.", NEI),
    ("Sau khi lên đường sang Mỹ, Tổng Bí thư điện đàm với ông Daines.", NEI),
    ("Sau khi len duong sang My, Tong Bi thu dien dam voi ong Daines.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), BEGUN_ANCHOR)
def test_an_act_set_before_an_occasion_it_followed_the_start_of(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

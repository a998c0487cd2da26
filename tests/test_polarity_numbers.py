"""Acts put off and figures given as a multiple (session 30, verb polarity and numbers), with
verdicts in English, Vietnamese and Vietnamese without diacritics, and the traps that must stay
not enough info:

1. A delay of an act the statement sets on the claim's own occasion ("postponed his trip to the
   US for the Board of Peace meeting", "hoãn chuyến công tác Mỹ dự phiên họp đầu tiên ...") is
   refuted by the act done then, as a dated delay is (assess.stated `delay_dated`); undated
   and with no occasion named, it may have been put off another time (`delayed`).
2. A delaying verb whose words hold an antonym phrase of the act ("trì hoãn chuyến thăm" holds
   "hoãn chuyến thăm") is one denial, not a denial of a denying verb (scope.negated): the
   trip put off is never borne out by the trip made.
3. The procedures of an act are the act ("hoàn tất thủ tục khoản ODA": `transparent_verbs` in
   lexicon/vi/statements.yaml, reached from the end of the verb's whole phrase), not the
   completion of an agreement: denied, the approval done refutes it.
4. A multiplier before an amount ("twice the 100", "gấp đôi 100 suất": `factor` in
   lexicon/<lang>/numbers.yaml) makes the amount the base of the figure said, N times it.
5. Without marks "sau" at a clause's end is "after", not six ("tu nam sau": from next year);
   before a unit it is still six (lexicon/vi/numbers.yaml `alone_ascii: before_unit`).
The statements are written for these tests, the way wire copy, headlines and posts put things.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # 1. a delay on the claim's own occasion, named
        ("To Lam postponed his trip to the US for the Board of Peace meeting.", CONTRADICTED),
        ("To Lam postponed his trip to attend the Board of Peace meeting.", CONTRADICTED),
        ("To Lam postponed his meeting with Orban at the Board of Peace meeting.", CONTRADICTED),
        (
            "Tô Lâm hoãn chuyến công tác Mỹ dự phiên họp đầu tiên của Hội đồng Hòa bình.",
            CONTRADICTED,
        ),
        (
            "To Lam tri hoan chuyen cong tac My du phien hop dau tien cua Hoi dong Hoa binh.",
            CONTRADICTED,
        ),
        # ... undated, with no occasion named: put off some time the sources do not give
        ("To Lam postponed his trip to the United States.", NEI),
        ("To Lam postponed his meeting with Orban.", NEI),
        ("Tô Lâm hoãn chuyến thăm Mỹ.", NEI),
        ("Tô Lâm trì hoãn hội đàm với Orbán.", NEI),
        ("To Lam tam hoan chuyen tham My.", NEI),
        # 2. a delaying verb holding an antonym phrase: one denial
        ("Tô Lâm trì hoãn chuyến thăm Mỹ.", NEI),
        ("Tô Lâm tạm hoãn chuyến thăm Mỹ.", NEI),
        ("To Lam tri hoan chuyen tham My.", NEI),
        ("To Lam delayed his visit to the United States.", NEI),
        (
            "Tô Lâm trì hoãn chuyến thăm Mỹ dự phiên họp đầu tiên của Hội đồng Hòa bình.",
            CONTRADICTED,
        ),
        (
            "To Lam tri hoan chuyen tham My du phien hop dau tien cua Hoi dong Hoa binh.",
            CONTRADICTED,
        ),
        ("To Lam delayed his visit to the US for the Board of Peace meeting.", CONTRADICTED),
        # 3. the procedures of the approval, denied or done
        (
            "Hungary has not completed the procedures for the $400 million ODA for Vietnam.",
            CONTRADICTED,
        ),
        ("Hungary chưa hoàn tất thủ tục khoản ODA 400 triệu USD cho Việt Nam.", CONTRADICTED),
        ("Hungary chua hoan tat thu tuc khoan ODA 400 trieu USD cho Viet Nam.", CONTRADICTED),
        ("Hungary đã hoàn tất thủ tục khoản ODA 400 triệu USD cho Việt Nam.", SUPPORTED),
        ("Hungary da hoan tat thu tuc khoan ODA 400 trieu USD cho Viet Nam.", SUPPORTED),
        # ... another undated amount may be another package
        ("Hungary đã hoàn tất thủ tục khoản ODA 500 triệu USD cho Việt Nam.", NEI),
        ("Hungary has completed the procedures for a $500 million ODA package for Vietnam.", NEI),
        # 4. a figure given as a multiple of another
        ("Hungary grants twice the 100 scholarships a year to Vietnam.", SUPPORTED),
        ("Hungary grants Vietnam three times the 100 scholarships a year.", CONTRADICTED),
        ("Hungary will double the 200 scholarships it grants Vietnam each year.", CONTRADICTED),
        ("Hungary cấp cho Việt Nam gấp đôi 100 suất học bổng mỗi năm.", SUPPORTED),
        ("Hungary cấp cho Việt Nam gấp 3 lần 100 suất học bổng mỗi năm.", CONTRADICTED),
        ("Hungary cap cho Viet Nam gap doi 100 suat hoc bong moi nam.", SUPPORTED),
        ("Hungary cap cho Viet Nam gap 3 lan 100 suat hoc bong moi nam.", CONTRADICTED),
        # ... a multiple of no figure, or of another year's, is no figure the sources give
        ("Hungary doubled its scholarships for Vietnam.", NEI),
        ("Hungary tăng gấp đôi học bổng cho Việt Nam.", NEI),
        ("Hungary tang gap doi hoc bong cho Viet Nam.", NEI),
        # 5. "sau" at a clause's end is no figure; before a unit it is six
        ("Hungary se ngung cap hoc bong cho Viet Nam tu nam sau.", NEI),
        ("Hungary sẽ ngừng cấp học bổng cho Việt Nam từ năm sau.", NEI),
        ("Hungary cap sau suat hoc bong moi nam cho Viet Nam.", CONTRADICTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("twice the 100 scholarships", [(200, 200, 200)]),
        ("twice about 100 scholarships", [(200, 180, 220)]),
        ("gấp đôi 100 suất", [(200, 200, 200)]),
        ("gap doi khoang 100 suat", [(200, 180, 220)]),
        ("gấp 3 lần 100 suất", [(300, 300, 300)]),
        # the new figure after a verb of change needs no multiplier
        ("tăng gấp đôi lên 400 suất", [(400, 400, 400)]),
        ("doubled to 400 a year", [(400, 400, 400)]),
        # without marks "gặp bà Lan 2 lần" is no multiple
        ("gap ba Lan 2 lan", [(2, 2, 2)]),
        # a year after a multiplier is the base's date, no amount
        ("double the 2024 figure", []),
        ("gấp đôi năm 2024", []),
        ("tu nam sau", []),
        ("sau hoc bong", [(6, 6, 6)]),
    ],
)
def test_multiples(text: str, values: list[tuple[float, float, float]]) -> None:
    assert [(q.value, q.low, q.high) for q in find_quantities(text)] == values

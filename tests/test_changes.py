"""Figures the press says changed (session 22, reviewer's M8 and one M2 line), with verdicts in
English, Vietnamese and Vietnamese without diacritics, and the positive cases that keep theirs:

1. A figure given with the value it came from ("200 a year, up from 100", "tăng từ 100") says
   the figure changed: the claims must give that earlier value too, else the statement is open
   (parse._drop_former_values keeps it as a former value; accounting.unborne_changes).
2. A word of change ("raised to", "boosted", "tăng ... lên", "nâng ... lên": `changes` in
   lexicon/<lang>/statements.yaml) is borne out only by a claim whose own span says a change:
   the sources say Hungary maintains ("duy trì") its 200 scholarships a year, no rise to them.
   Without marks "tang" may be "tặng" (gives): alone it is read only as written with marks.
3. A yearly rate of a figure the claims give for one year ("trade exceeds $1bn a year" of 2025's
   trade) is another figure (`other_acts` of trade_turnover in lexicon/<lang>/synonyms.yaml).
The statements are written for these tests, the way wire copy, headlines and posts put things.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # 1. a former value no claim gives
        ("Hungary keeps 200 scholarships a year, up from 100.", NEI),
        ("Budapest now offers Vietnamese students 200 scholarships annually, up from 120", NEI),
        ("Hungary cấp 200 suất học bổng mỗi năm cho sinh viên Việt Nam, tăng từ 100", NEI),
        ("Hungary cap 200 hoc bong moi nam cho sinh vien Viet Nam, tang tu 120", NEI),
        # ... while the figure itself still refutes
        ("Hungary now grants Vietnam 250 scholarships a year, up from 200", CONTRADICTED),
        # 2. a rise of a figure the sources say was kept
        ("Hungary tăng số học bổng cho sinh viên Việt Nam lên 200 suất mỗi năm.", NEI),
        ("Hungary tăng học bổng cho sinh viên Việt Nam lên 200 suất mỗi năm", NEI),
        ("Hungary has increased its scholarships for Vietnamese students to 200 a year", NEI),
        ("Hungary boosts scholarships for Vietnam to 200 a year", NEI),
        ("Hungary nâng số suất học bổng cho sinh viên Việt Nam lên 200 mỗi năm", NEI),
        ("Hungary tang len 200 suat hoc bong moi nam cho sinh vien Viet Nam", NEI),
        # ... and the figure kept, or given, is still borne out
        ("Hungary keeps granting 200 scholarships a year.", SUPPORTED),
        ("Hungary vẫn duy trì 200 suất học bổng mỗi năm cho sinh viên Việt Nam", SUPPORTED),
        ("Hungary van duy tri cap 200 hoc bong moi nam cho sinh vien Viet Nam", SUPPORTED),
        ("Hungary tặng 200 suất học bổng mỗi năm cho sinh viên Việt Nam", SUPPORTED),
        ("Hungary tang Viet Nam 200 suat hoc bong moi nam", SUPPORTED),
        # ... and so is a change denied: the figure stayed
        ("Hungary did not cut its scholarships for Vietnam, still 200 a year", SUPPORTED),
        (
            "Hungary không cắt giảm học bổng, vẫn giữ 200 suất mỗi năm cho sinh viên Việt Nam",
            SUPPORTED,
        ),
        (
            "Hungary khong cat giam hoc bong cho sinh vien Viet Nam, van giu 200 suat moi nam",
            SUPPORTED,
        ),
        # 3. a yearly rate of one year's figure
        ("Vietnam-Hungary trade still exceeds $1 billion a year.", NEI),
        ("Two-way trade between Hungary and Vietnam tops $1bn annually", NEI),
        ("Kim ngạch thương mại Việt Nam - Hungary vượt 1 tỷ USD mỗi năm", NEI),
        ("Kim ngach Viet Nam - Hungary van vuot 1 ty USD moi nam", NEI),
        ("Vietnam-Hungary trade topped $1 billion in 2025.", SUPPORTED),
        ("Năm 2025, kim ngạch Việt Nam - Hungary vượt 1 tỷ USD", SUPPORTED),
        ("Nam 2025 kim ngach Viet Nam - Hungary vuot moc 1 ty USD", SUPPORTED),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


def test_a_former_value_is_kept_apart_from_the_figure(checker: Checker) -> None:
    parsed = checker.parse("Hungary keeps 200 scholarships a year, up from 100.")
    assert [q.value for q in parsed.quantities] == [200]
    assert [q.value for q in parsed.former_values] == [100]


@pytest.mark.parametrize(
    ("statement", "read"),
    [
        ("Hungary raised scholarships for Vietnamese students to 200 a year", True),
        ("Hungary tăng học bổng lên 200 suất", True),
        ("Hungary tặng 200 suất học bổng", False),
        # without marks "tang" alone may be "tặng"; "tang len" is a rise
        ("Hungary tang 200 suat hoc bong", False),
        ("Hungary tang len 200 suat hoc bong", True),
        # "Da Nang" is a city, no "nâng"
        ("BT Hegseth tham Da Nang", False),
    ],
)
def test_change_words_are_read_as_written(checker: Checker, statement: str, read: bool) -> None:
    assert any(c.kind == "change" for c in checker.parse(statement).grammar) == read

"""Issue 10, classes 1, 5 and 7 (session 15, forms): titles, lists and names as the press writes
them. The statements are written for these tests the way wire copy, headlines and social posts
put things, each class in English, Vietnamese and Vietnamese without diacritics, with its traps.

1. The ordinal of a numbered gathering: "the first meeting", "phiên họp thứ nhất", "1st
   session" name the body's first meeting (lexicon/<lang>/occasions.yaml), and the gathering
   noun and the ordinal are that name, not details or figures of their own; any other word
   between them ("closed") is still a detail, and another ordinal ("thứ hai") no name of it.
2. Observer, not member: attending "as an observer" denies a membership
   (`antonyms` of founding_member in lexicon/<lang>/polarity.yaml), so a claim that the
   country is a founding member contradicts it; a country no claim makes a member stays open.
   A phrase that denies by its meaning and that no claim decides keeps the statement open
   (Judge._undecided_denials): "Lam attended as an observer" is not borne out by his attendance.
3. A bare title inside the clause of a plural title over a list ("Bốn thủ tướng mà Tổng Bí thư
   gặp ... gồm Orbán và Hun Manet") stands for its one holder, as it does anywhere else: the
   plural title's span over the clause does not make it part of that title
   (assertions.bare_titles).
4. A country's government or side for the country ("the Hungarian side", "Chính phủ Hungary"):
   fillers (lexicon/<lang>/fillers.yaml), which narrow nothing.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # 1. the ordinal of a numbered gathering
    ("Lam attended the Board of Peace's 1st meeting in Washington", SUPPORTED),
    ("Tổng Bí thư Tô Lâm dự phiên họp thứ nhất của Hội đồng Hòa bình tại Washington", SUPPORTED),
    ("Tong Bi thu To Lam du phien hop thu nhat cua Hoi dong Hoa binh tai Washington", SUPPORTED),
    ("Hội đồng Hòa bình họp phiên khai mạc tại Washington", SUPPORTED),
    ("Hoi dong Hoa binh hop phien thu nhat tai New York", CONTRADICTED),
    # another ordinal is another meeting, which the sources do not know
    ("Lam attended the second meeting of the Board of Peace in Washington", NEI),
    ("Tổng Bí thư Tô Lâm dự phiên họp thứ hai của Hội đồng Hòa bình", NEI),
    ("Tong Bi thu To Lam du phien hop thu hai cua Hoi dong Hoa binh", NEI),
    # a word between the gathering and the ordinal is a detail of its own
    ("The Board of Peace held its first closed session in Washington", NEI),
    ("Hội đồng Hòa bình họp phiên kín đầu tiên tại Washington", NEI),
    # 2. observer, not member
    ("Vietnam joined Trump's Board of Peace as an observer", CONTRADICTED),
    ("Việt Nam tham gia Hội đồng Hòa bình với tư cách quan sát viên", CONTRADICTED),
    ("Viet Nam tham gia Hoi dong Hoa binh voi tu cach quan sat vien", CONTRADICTED),
    ("Vietnam did not join the Board of Peace as an observer", SUPPORTED),
    # a country the claims make no member, and observers sent by one, stay open
    ("Indonesia joined the Board of Peace as an observer", NEI),
    ("Indonesia tham gia Hội đồng Hòa bình với tư cách quan sát viên", NEI),
    ("Vietnam sent observers to the Board of Peace meeting", NEI),
    # a person attending as an observer: no claim of his membership decides it, so the
    # attendance the claims give does not bear the statement out
    ("Lam attended the Board of Peace meeting as an observer", NEI),
    ("Tô Lâm dự cuộc họp Hội đồng Hòa bình với tư cách quan sát viên", NEI),
    ("To Lam du cuoc hop Hoi dong Hoa binh voi tu cach quan sat vien", NEI),
    # 3. a bare title in the clause of a plural title over a list
    (
        "The four prime ministers the General Secretary met in Washington included Orbán and"
        " Hun Manet",
        SUPPORTED,
    ),
    ("Bốn thủ tướng mà Tổng Bí thư gặp tại Washington gồm Orbán và Hun Manet", SUPPORTED),
    ("Bon thu tuong ma Tong Bi thu gap tai Washington gom Orban va Hun Manet", SUPPORTED),
    ("Các tổng thống mà Tổng Bí thư gặp ngày 19/2 gồm Prabowo, Orbán và Tokayev", CONTRADICTED),
    # a title several people hold stands for nobody
    ("The presidents the prime minister met included Prabowo and Tokayev", NEI),
    # 4. a country's side or government stands for the country
    ("The Hungarian side has approved $400 million in ODA for Vietnam", SUPPORTED),
    ("Chính phủ Hungary đã thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
    ("Chinh phu Hungary da thong qua khoan ODA 400 trieu USD cho Viet Nam", SUPPORTED),
    # ... and fixes nothing more: a figure the claims do not give is no support
    ("The Hungarian side has approved $900 million in ODA for Vietnam", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

"""A plan or a wish for an act the sources show done once and for all (issue 10, class 3: tense
and aspect). "Orbán says Hungary will soon approve its $400m ODA" when the sources report the
approval as done, "the Party will hold its 14th Congress in March" when it was held before
February: an intention for something already done says it is not done yet, and the sources
refute that for the time the statement speaks of.

The rule (`already-done`, factdb/check/rules.py) needs an act that happens once for its key (a
functional predicate: an event's dates, an upgrade to a level, an ODA package), the claim's
occasion (named, or told by the one who announced it), and the time spoken of after the act:
a date after it, or, undated, a claim its source gives as done "before" its own date. Another
occasion, a later date for an act that may happen again, a denial, or a repeatable act stay
not enough info. The reverse, an act said done at a time the sources show it still to come
("đã chốt xong" against "sẽ sớm hoàn tất"), is refuted by the claim that it was not done then.
The statements are written for these tests, the way the press puts things.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, done_before
from factdb.extract.dates import DateSpan
from tests.builders import claim_view


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


REFUTED = [
    # an ODA package its announcer reported approved, given to him as still to come
    "Orbán says Hungary will soon sign off on its $400 million aid package for Vietnam",
    "Thủ tướng Orbán cho biết Hungary sắp thông qua gói ODA 400 triệu USD dành cho Việt Nam",
    "Thu tuong Orban cho biet Hungary sap thong qua goi ODA 400 trieu USD danh cho Viet Nam",
    # a numbered congress held before the sources' date, given a later date
    "Vietnam's Communist Party is set to hold its 14th National Congress in March 2026",
    "Đảng Cộng sản Việt Nam sẽ tổ chức Đại hội XIV vào tháng 3/2026",
    "Dang Cong san Viet Nam se to chuc Dai hoi XIV vao thang 3/2026",
    # an upgrade to a level reached in 2023, planned for a later year
    "Hanoi and Washington plan to upgrade ties to a comprehensive strategic partnership in 2026",
    "Việt Nam và Hoa Kỳ dự kiến nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào năm 2026",
    "Viet Nam va Hoa Ky du kien nang cap quan he len Doi tac chien luoc toan dien vao nam 2026",
    # the reverse: an act said done at a time the sources show it still to come ("đã chốt xong"
    # against "sẽ sớm hoàn tất"), the closing of a deal as the press words it
    "Hà Nội và Washington chốt xong thỏa thuận thương mại đối ứng hôm 18/2",
    "Ha Noi va Washington chot xong thoa thuan thuong mai doi ung hom 18/2",
    "Hanoi and Washington wrapped up their reciprocal trade deal on Feb 18",
]

OPEN = [
    # no one who announced it, no occasion: another package may be meant
    "Hungary will approve $400 million in ODA for Vietnam",
    "Hungary sẽ thông qua khoản ODA 400 triệu USD cho Việt Nam",
    "Hungary se thong qua khoan ODA 400 trieu USD cho Viet Nam",
    # its announcer, but a later year: another package, a time the sources do not know
    "Orbán said Hungary will approve another $400 million in ODA for Vietnam in 2027",
    "Ông Orbán cho biết Hungary sẽ thông qua thêm 400 triệu USD ODA cho Việt Nam năm 2027",
    # a date before the act was done: the plan may have been true then
    "Vietnam's Communist Party was set to hold its 14th National Congress in January 2026",
    "Đảng Cộng sản Việt Nam dự kiến tổ chức Đại hội XIV vào tháng 1/2026",
    # a denied plan says nothing the done act refutes
    "Hanoi and Washington do not plan to upgrade ties to a comprehensive strategic partnership",
    # another party's upgrade, which no claim gives
    "Vietnam and Czechia plan to upgrade ties to a comprehensive strategic partnership in 2026",
    "Việt Nam và Séc dự kiến nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào năm 2026",
    # a repeatable act (a visit, a call, a congratulation) may be done again
    "Lam will visit the United States in 2027",
    "Tổng thống Trump sẽ chúc mừng Tổng Bí thư Tô Lâm",
    "Tong thong Trump se chuc mung Tong Bi thu To Lam",
    # a deal said as still to come is what the sources say; another agreement, another year
    "Việt Nam và Mỹ sẽ sớm chốt xong hiệp định thương mại đối ứng",
    "Việt Nam và EU đã ký xong hiệp định thương mại đối ứng năm 2030",
]


@pytest.mark.parametrize("statement", REFUTED)
def test_an_act_done_against_its_tense_is_refuted(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict == CONTRADICTED, result.explanation


@pytest.mark.parametrize("statement", OPEN)
def test_an_intention_elsewhere_stays_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


def test_the_reason_says_it_was_done_before(checker: Checker) -> None:
    result = checker.check(REFUTED[0])
    assert "hu-oda-400m-usd" in result.explanation
    assert "already done" in result.explanation and "a plan" in result.explanation


# --- the rule's time test, at its layer --------------------------------------------------------

BEFORE = claim_view(
    "congress-held",
    "congress",
    "event_dates",
    time_start=dt.date.min,
    time_end=dt.date(2026, 2, 18),
)
DATED = claim_view(
    "upgrade",
    "vietnam",
    "partnership_upgraded",
    time_start=dt.date(2023, 9, 1),
    time_end=dt.date(2023, 9, 30),
)


def _date(first: dt.date, last: dt.date, year_known: bool = True) -> DateSpan:
    return DateSpan("", 0, 0, first, last, "month", year_known)


def test_done_before_the_time_spoken_of() -> None:
    march = _date(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    january = _date(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    # undated: only a claim its source gives as done "before" its date
    assert done_before(BEFORE, None)
    assert not done_before(DATED, None)
    # dated: the act before the statement's first day
    assert done_before(BEFORE, march) and done_before(DATED, march)
    assert not done_before(BEFORE, january)
    # a day and month without a year places nothing
    assert not done_before(DATED, _date(dt.date(2026, 3, 1), dt.date(2026, 3, 31), False))

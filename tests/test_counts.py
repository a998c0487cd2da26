"""Issue 10, class 5: a number that counts the other parties of meetings or calls ("met nine world
leaders", "gặp 9 lãnh đạo"), or the holders of an office among them ("four presidents"); the
nouns are lexicon data (`counted_people` in factdb/lexicon/<lang>/statements.yaml). The deciding
claims must name that many: a dozen when they name nine is not borne out (the sources need not
list every meeting), nor contradicted, unless a source lists that day's parties whole
(tests/test_listed_counts.py)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def test_a_number_before_a_counted_noun_is_a_count(checker: Checker) -> None:
    parsed = checker.parse("Lam met a dozen world leaders on Feb 19")
    [(quantity, noun)] = parsed.counts
    assert (quantity.value, noun.text) == (12, "world leaders")
    [(quantity, noun)] = checker.parse("TBT gặp 9 lãnh đạo các nước sáng 19/2").counts
    assert quantity.value == 9
    assert checker.parse("Hungary grants 200 scholarships").counts == []
    [(quantity, office)] = checker.parse("Lam met four presidents").counts
    assert (quantity.value, office.kind, office.target) == (4, "counted_office", "president")


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam met nine world leaders on Feb 19", SUPPORTED),
        ("TBT gặp 9 lãnh đạo các nước sáng 19/2", SUPPORTED),
        ("Lam met a dozen world leaders on Feb 19", NEI),
        ("Tổng Bí thư gặp tổng cộng 12 nhà lãnh đạo nước ngoài trong chuyến đi", NEI),
        # the leaders who did it, not those met: not a count of the meetings
        ("Cả chín nhà lãnh đạo đều chúc mừng ông Tô Lâm tái cử", SUPPORTED),
        # "các" before the whole noun: "nước ngoài" stays the leaders', no detail of its own
        ("Các nhà lãnh đạo nước ngoài đều chúc mừng ông Tô Lâm tái cử", SUPPORTED),
        ("Cac nha lanh dao nuoc ngoai deu chuc mung ong To Lam tai cu", SUPPORTED),
        ("Các lãnh đạo nước ngoài chúc mừng ông Tô Lâm tái cử nhiệm kỳ thứ ba", NEI),
        # a count of an office's holders among those met; "a" is one at least
        (
            "Lam met four presidents, four prime ministers and a deputy prime minister in "
            "Washington.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư đã gặp 4 tổng thống, 4 thủ tướng và 1 phó thủ tướng trong buổi sáng 19/2",
            SUPPORTED,
        ),
        # four prime ministers in the whole list the source gives of that morning
        # (tests/test_listed_counts.py)
        ("Sáng 19/2, TBT gặp 4 tổng thống và 5 thủ tướng", CONTRADICTED),
        ("Lam met five presidents in Washington", NEI),
        # press9/dev's class (w2num): a meeting is one party, and the noun of meetings is the
        # verb itself ("held four bilateral meetings"); nine that morning, fewer is refuted,
        # more is open, and with no occasion the count is some other day's
        (
            "Lam had five one-on-one meetings with world leaders on the morning of Feb. 19.",
            CONTRADICTED,
        ),
        ("Sang 19/2 Tong Bi thu co 4 cuoc gap song phuong voi lanh dao cac nuoc.", CONTRADICTED),
        ("Sáng 19/2, Tổng Bí thư có 4 cuộc gặp song phương với lãnh đạo các nước.", CONTRADICTED),
        (
            "Sáng 19/2, Tổng Bí thư Tô Lâm có 9 cuộc gặp song phương với lãnh đạo các nước.",
            SUPPORTED,
        ),
        ("On Feb. 19 Lam had nine bilateral meetings with foreign leaders.", SUPPORTED),
        ("Lam held 12 bilateral meetings on the morning of Feb. 19.", CONTRADICTED),
        # the list is whole for that morning only (its sentence says "sáng 19/2"): the rest
        # of the day may hold meetings the sources leave undated
        ("Lam held 12 bilateral meetings on Feb. 19.", NEI),
        ("Lam held four bilateral meetings.", NEI),
        ("Tong Bi thu co 3 cuoc gap.", NEI),
        # two meetings with one leader: the claims give one
        ("Lam held two meetings with Orban.", NEI),
        # an abbreviated country's period between the number and its noun: still a count
        ("On Feb. 18, Lam phoned two U.S. senators.", SUPPORTED),
        ("On Feb. 18, Lam phoned five U.S. lawmakers.", CONTRADICTED),
    ],
)
def test_count_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_how_many_the_claims_give(checker: Checker) -> None:
    judgement = checker.check("Lam met a dozen world leaders on Feb 19")
    assert "the claims name 9" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # A count of calls is a count of their parties, as one of meetings is: a call each (the
        # sources give one call a senator). One call said by the claims never bears out six:
        # the sources need not list every call, so more is open, never supported.
        ("Party chief Lam made six phone calls to American politicians during his trip.", NEI),
        ("Trong chuyến công tác Mỹ, Tổng Bí thư có tới sáu cuộc điện đàm với chính giới Mỹ.", NEI),
        ("Tong Bi thu co 6 cuoc dien dam voi nghi si My trong chuyen di", NEI),
        ("Lam held four phone calls with US lawmakers", NEI),
        # two calls said, two parties named: borne out
        ("On Feb. 18, Lam held two phone calls, with Senators Daines and Hagerty.", SUPPORTED),
        ("Ngày 18/2, Tổng Bí thư có hai cuộc điện đàm với hai ông Daines và Hagerty.", SUPPORTED),
        ("Ngay 18/2 TBT co hai cuoc dien dam voi ong Daines va ong Hagerty", SUPPORTED),
        # a count of calls with one party: the claims give one call with Trump in July 2025 and
        # calls since late 2024 without their number
        ("To Lam and Trump have held two phone calls since November 2024", NEI),
        # a trip the statement names bounds the calls counted: three in the US, not Trump's
        ("During his US trip Lam held three phone calls with American politicians.", SUPPORTED),
        ("Trong chuyến công tác Mỹ, Tổng Bí thư có ba cuộc điện đàm với người Mỹ.", SUPPORTED),
        ("Tong Bi thu co 3 cuoc dien dam voi nguoi My trong chuyen cong tac My", SUPPORTED),
        ("During his US trip Lam held four phone calls with American politicians.", NEI),
    ],
)
def test_a_count_of_calls_counts_their_parties(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert checker.parse(statement).counts, "the number counts the calls"


@pytest.mark.parametrize(
    "statement",
    [
        # a number right before a country's people counts them, which no count rule reads: a
        # figure the claims must give, never one a name accounts for
        "Lam spoke by phone with four Americans during his US trip.",
        "During the Washington trip, Lam talked on the phone with three Americans.",
        "Tổng Bí thư điện đàm với bốn người Mỹ trong chuyến đi.",
        "Tong Bi thu dien dam voi 4 nguoi My trong chuyen di",
    ],
)
def test_a_number_before_a_country_s_people_is_a_figure(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

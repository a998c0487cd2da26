"""Session 31, order of events: an act set before or after the acts that reach the group the
sources report, naming none of it ("before the meetings with the foreign leaders on Feb 19",
"trước các cuộc gặp lãnh đạo các nước hôm 19/2"). The anchor's claims are its acts with people
(not a community or a mission), done by the doer of the act ordered where the anchor leaves its
own unsaid, on the anchor's date (later.act_claims, later.reaches_group): the nine meetings of
the morning of 19 February in Washington, before the call with Leahy that afternoon. Some such
people ("meetings with foreign leaders") may be others, and a group with no date may be of any
occasion: both stay open. A count said with "ahead of" or "prior to" is a relative date, and a
word of how close the events were ("shortly before", "ngay sau khi") a detail the claims' days do
not bear out (earlier._said_close).
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the call with Leahy, the afternoon after that morning's meetings
        (
            "The call with Leahy took place before the meetings with the foreign leaders on"
            " Feb 19.",
            CONTRADICTED,
        ),
        (
            "Cuộc điện đàm với ông Leahy diễn ra trước các cuộc gặp lãnh đạo các nước hôm 19/2.",
            CONTRADICTED,
        ),
        (
            "Cuoc dien dam voi ong Leahy dien ra truoc cac cuoc gap lanh dao cac nuoc hom 19/2.",
            CONTRADICTED,
        ),
        (
            "The call with Leahy took place after the meetings with the foreign leaders on Feb 19.",
            SUPPORTED,
        ),
        (
            "Cuộc điện đàm với ông Leahy diễn ra sau các cuộc gặp lãnh đạo các nước hôm 19/2.",
            SUPPORTED,
        ),
        (
            "Cuoc dien dam voi ong Leahy dien ra sau cac cuoc gap lanh dao cac nuoc hom 19/2.",
            SUPPORTED,
        ),
        # traps: some such people may be others; a group with no date may be of any occasion;
        # a date no meeting of the group falls on leaves no anchor the claims date
        (
            "The call with Leahy took place before meetings with foreign leaders on Feb 19.",
            NEI,
        ),
        (
            "Cuộc điện đàm với ông Leahy diễn ra trước một số cuộc gặp lãnh đạo nước ngoài hôm"
            " 19/2.",
            NEI,
        ),
        ("The call with Leahy took place before Lam met the foreign leaders.", NEI),
        ("Cuộc điện đàm với ông Leahy diễn ra trước các cuộc gặp lãnh đạo các nước.", NEI),
        ("Cuoc dien dam voi ong Leahy dien ra truoc cac cuoc gap lanh dao cac nuoc.", NEI),
        # a call the act ordered may be another ("Lam phoned Leahy before ..."): open
        ("Lam phoned Leahy before meeting the foreign leaders on Feb 19.", NEI),
        ("Tổng Bí thư điện đàm với ông Leahy trước các cuộc gặp lãnh đạo các nước hôm 19/2.", NEI),
    ],
)
def test_orders_against_a_group(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a count said with "ahead of" or "prior to" is a relative date (relative_days in
        # lexicon/en/dates.yaml), decided where the claims give each event one day: read as an
        # order alone, "a day ahead of" was borne out by a call seven months before
        ("Lam phoned Trump a day ahead of his call with Daines.", NEI),
        ("Lam received Hegseth a day prior to his call with Daines.", NEI),
        ("Lam phoned Daines a day ahead of his call with Leahy.", SUPPORTED),
        ("Lam phoned Daines two days ahead of his call with Leahy.", CONTRADICTED),
        (
            "Tổng Bí thư điện đàm với ông Daines một ngày trước cuộc điện đàm với ông Leahy.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu dien dam voi ong Daines mot ngay truoc cuoc dien dam voi ong Leahy.",
            SUPPORTED,
        ),
        # how close two events were (order_closeness in lexicon/<lang>/statements.yaml): the
        # claims date by day, which bears the order out but not the closeness
        ("Lam phoned Trump shortly before his call with Daines.", NEI),
        ("Lam phoned Leahy right after meeting Orbán.", NEI),
        ("Tổng Bí thư điện đàm với ông Trump ngay trước cuộc điện đàm với ông Daines.", NEI),
        ("Tổng Bí thư điện đàm với ông Leahy ngay sau khi gặp ông Orbán.", NEI),
        ("Tong Bi thu dien dam voi ong Trump ngay truoc cuoc dien dam voi ong Daines.", NEI),
        # the order alone stays borne out, and a closeness does not save an order reversed
        ("Lam phoned Trump before his call with Daines.", SUPPORTED),
        ("Tổng Bí thư điện đàm với ông Leahy sau khi gặp ông Orbán.", SUPPORTED),
        ("Tong Bi thu dien dam voi ong Trump truoc cuoc dien dam voi ong Daines.", SUPPORTED),
        ("The call with Leahy took place shortly before Lam met Orbán.", CONTRADICTED),
        (
            "Cuộc điện đàm với ông Leahy diễn ra ngay trước khi Tổng Bí thư gặp ông Orbán.",
            CONTRADICTED,
        ),
    ],
)
def test_counts_and_closeness_of_an_order(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a part of the day said with an order ("the morning after", "vào buổi sáng sau") is the
        # act's part of the day, which the claims' sources must give: the call with Leahy was in
        # the afternoon
        ("Lam phoned Leahy the morning after meeting Orbán.", NEI),
        ("Lam phoned Leahy the morning after his call with Daines.", NEI),
        (
            "Tổng Bí thư điện đàm với ông Leahy vào buổi sáng sau cuộc gặp với ông Orbán.",
            NEI,
        ),
        ("Tong Bi thu dien dam voi ong Leahy vao buoi sang sau cuoc gap voi ong Orban.", NEI),
        (
            "Tổng Bí thư điện đàm với ông Leahy vào buổi chiều sau cuộc gặp với ông Orbán.",
            SUPPORTED,
        ),
    ],
)
def test_part_of_the_day_with_an_order(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

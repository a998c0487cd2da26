"""Dates of a group's acts named as a noun with their doer as its owner ("các cuộc gặp của Tổng
Bí thư với lãnh đạo các nước", "the meetings of the party chief with the foreign leaders"): the
owner ("của Tổng Bí thư": `possessive_fillers` in lexicon/<lang>/statements.yaml) stands between
the act's noun and the people it reached, and is the doer, not a word of another clause. The
people are then the act's, and a date linked to the act ("diễn ra ngày 18/2") dates those acts
as "Lam's meetings with the foreign leaders took place on Feb 18" does (assess.group_unnamed,
tests/test_group_dates.py). Tô Lâm met nine leaders in Washington on the morning of 19 February
2026, local time."""

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
        # another day, another part of the day of the occasion: refuted in each language
        ("Lam's meetings with the foreign leaders took place on Feb 18.", CONTRADICTED),
        ("Các cuộc gặp của Tổng Bí thư với lãnh đạo các nước diễn ra ngày 18/2.", CONTRADICTED),
        ("Cac cuoc gap cua Tong Bi thu voi lanh dao cac nuoc dien ra ngay 18/2", CONTRADICTED),
        (
            "Các cuộc gặp song phương của Tổng Bí thư với lãnh đạo các nước diễn ra chiều 19/2 "
            "theo giờ địa phương.",
            CONTRADICTED,
        ),
        (
            "Cac cuoc gap song phuong cua Tong Bi thu voi lanh dao cac nuoc dien ra chieu 19/2 "
            "theo gio dia phuong",
            CONTRADICTED,
        ),
        (
            "Lam's meetings with the foreign leaders took place on the afternoon of Feb 19, "
            "local time.",
            CONTRADICTED,
        ),
        # the day and the part of the day the sources give: borne out
        ("Các cuộc gặp của Tổng Bí thư với lãnh đạo các nước diễn ra sáng 19/2.", SUPPORTED),
        ("Cac cuoc gap cua Tong Bi thu voi lanh dao cac nuoc dien ra ngay 19/2", SUPPORTED),
        ("Lam's meetings with the foreign leaders took place on Feb 19.", SUPPORTED),
        # traps: another occasion's date, and some such people, may be other meetings
        ("Các cuộc gặp của Tổng Bí thư với lãnh đạo các nước diễn ra năm 2025.", NEI),
        ("Cac cuoc gap cua Tong Bi thu voi lanh dao cac nuoc dien ra thang 3/2026", NEI),
        ("Lam's meetings with the foreign leaders took place in March 2026.", NEI),
        ("Một cuộc gặp của Tổng Bí thư với một số lãnh đạo nước ngoài diễn ra ngày 20/2.", NEI),
        ("A meeting of Lam with some foreign leaders took place on Feb 20.", NEI),
    ],
)
def test_owned_group_acts_dated(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a part of the day between the linking verb and the date ("took place on the
        # afternoon of Feb 19") still links the date to the meetings (windows.dated_by_link)
        (
            "Lam's meetings with foreign leaders took place on the afternoon of Feb 19, "
            "local time.",
            CONTRADICTED,
        ),
        (
            "The party chief's meetings with world leaders were held on the evening of Feb. 19, "
            "Washington time.",
            CONTRADICTED,
        ),
        (
            "Các cuộc gặp của Tổng Bí thư với lãnh đạo các nước diễn ra vào buổi chiều ngày 19/2 "
            "(giờ địa phương).",
            CONTRADICTED,
        ),
        (
            "Cac cuoc gap cua Tong Bi thu voi lanh dao cac nuoc dien ra vao buoi chieu ngay 19/2 "
            "(gio dia phuong)",
            CONTRADICTED,
        ),
        (
            "Lam's meetings with foreign leaders took place on the morning of Feb 19, local time.",
            SUPPORTED,
        ),
        (
            "Các cuộc gặp của Tổng Bí thư với lãnh đạo các nước diễn ra vào buổi sáng ngày 19/2 "
            "(giờ địa phương).",
            SUPPORTED,
        ),
        # traps: met, not linked, some such people may be others; a part of the day on no
        # clock may be Hanoi's (the morning in Washington is the evening there)
        ("Lam met foreign leaders on the afternoon of Feb 19, local time.", NEI),
        ("Tổng Bí thư gặp một số lãnh đạo nước ngoài chiều 19/2 giờ địa phương.", NEI),
        ("Lam's meetings with foreign leaders took place on the evening of Feb 19.", NEI),
        ("Cac cuoc gap cua Tong Bi thu voi lanh dao cac nuoc dien ra vao buoi toi ngay 19/2", NEI),
    ],
)
def test_part_of_the_day_before_a_linked_date(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

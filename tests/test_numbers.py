"""Figures as the press gives them (issue 10), session 21.

A higher mark first passed (factdb/lexicon/world/marks.yaml, rules.compare_value `higher-mark`):
a source that gives the mark a series first passed in a year gives the highest one it passed that
year, so a higher mark said first passed in that same year is refuted. A lower mark may have been
passed in an earlier year, and a higher one undated or in another year may be that mark's own
first passing: both stay open. The statements are written for this test, in headline, wire and
social-post wording, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


HIGHER_MARKS = [
    ("Hungary-Vietnam trade broke through $3bn for the first time in 2025", CONTRADICTED),
    (
        "In 2025 two-way Vietnam-Hungary trade topped 5 billion dollars for the first time ever",
        CONTRADICTED,
    ),
    (
        "Thương mại hai chiều Việt Nam - Hungary năm 2025 lần đầu tiên vượt ngưỡng 3 tỷ USD",
        CONTRADICTED,
    ),
    ("Trao doi thuong mai Viet Nam - Hungary nam 2025 lan dau vuot moc 5 ty USD", CONTRADICTED),
    # the source's own mark, that year
    ("Năm 2025 thương mại Việt Nam - Hungary lần đầu tiên vượt mốc 1 tỷ USD", SUPPORTED),
    # a lower mark may have fallen years before; a higher one elsewhen may be its own first
    ("Hungary-Vietnam trade broke through $300m for the first time in 2025", NEI),
    ("Thuong mai Viet Nam - Hungary lan dau vuot 3 ty USD", NEI),
    ("Hungary-Vietnam trade broke through $3bn for the first time in 2028", NEI),
    # a level, not a first passing: how far above a billion is not given
    ("Vietnam-Hungary trade climbed past $3bn in 2025", NEI),
    ("Kim ngach Viet Nam - Hungary nam 2025 vuot 3 ty USD", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), HIGHER_MARKS)
def test_a_higher_mark_first_passed_that_year_is_refuted(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


# A lower mark said first passed in another year (rules.compare_value `lower-mark`): trade first
# past a billion in 2025 passed half a billion that year or in one before, so the claim fixes no
# year for the lower mark and a year it excludes refutes nothing. The mark's year dates the
# series it is passed by too (marks.date_series): the figure of another year is another period,
# not a refutation. The claim's own mark in another
# year, and a higher one that same year, stay refuted. The reviewer's statements
# (/tmp/s21/review/cw.tsv) come first, then ours in wire, headline and social-post wording.
LOWER_MARKS = [
    ("Vietnam-Hungary trade first passed $500 million in 2022.", NEI),
    ("Vietnam-Hungary trade first topped half a billion dollars in 2019.", NEI),
    ("Vietnam-Hungary trade first passed $800 million in 2024.", NEI),
    ("Vietnam-Hungary trade first passed $250 million in 2015.", NEI),
    ("Kim ngạch thương mại Việt Nam - Hungary lần đầu vượt mốc 500 triệu USD năm 2021.", NEI),
    ("Kim ngach thuong mai Viet Nam - Hungary lan dau vuot moc 500 trieu USD nam 2021.", NEI),
    ("Thương mại Việt Nam - Hungary lần đầu đạt 700 triệu USD năm 2022.", NEI),
    (
        "BUDAPEST (Reuters) - Two-way trade between Hungary and Vietnam crossed $600m for the first"
        " time in 2020",
        NEI,
    ),
    (
        "Năm 2018, thương mại hai chiều Việt Nam - Hungary lần đầu tiên vượt ngưỡng 400 triệu USD",
        NEI,
    ),
    ("Nam 2023 thuong mai Viet Nam - Hungary lan dau vuot moc 900 trieu USD", NEI),
    # the first passing's year dates the series too: trade in 2022, not the 2025 figure
    ("Hungary-Vietnam trade reached $700m for the first time in 2022", NEI),
    ("Thuong mai Viet Nam - Hungary lan dau dat 700 trieu USD nam 2022", NEI),
    ("Vietnam-Hungary trade first passed $1 billion in 2025.", SUPPORTED),
    # the claim's own mark in another year, a higher one in its year: refuted
    ("Hungary-Vietnam trade broke the $1bn barrier for the first time in 2023", CONTRADICTED),
    ("Thương mại Việt Nam - Hungary lần đầu vượt mốc 1 tỷ USD vào năm 2024", CONTRADICTED),
    ("Thuong mai Viet Nam - Hungary lan dau vuot moc 1 ty USD nam 2022", CONTRADICTED),
    ("Vietnam-Hungary trade first passed $2 billion in 2025.", CONTRADICTED),
    ("Năm 2025 thương mại Việt Nam - Hungary lần đầu vượt 2 tỷ USD", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), LOWER_MARKS)
def test_a_lower_mark_first_passed_in_another_year_is_open(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


# A number a source says is kept ("duy trì cấp 200 học bổng mỗi năm": fixtures/claims/004.yaml,
# hu-scholarships-200-per-year-ahead) is also what is planned: another number said to come is
# refuted, the same one borne out; a plan dated past what the source says stays open.
KEPT_NUMBERS = [
    ("Budapest to lift scholarships for Vietnamese students to 350 a year", CONTRADICTED),
    ("Hungary plans to offer Vietnamese students 150 scholarships annually", CONTRADICTED),
    ("Hungary sẽ tăng học bổng cho sinh viên Việt Nam lên 500 suất mỗi năm", CONTRADICTED),
    ("Hungary se danh 120 suat hoc bong moi nam cho sinh vien Viet Nam", CONTRADICTED),
    ("Hungary will go on granting Vietnamese students 200 scholarships annually", SUPPORTED),
    ("Hungary sẽ tiếp tục cấp 200 học bổng mỗi năm cho sinh viên Việt Nam", SUPPORTED),
    ("Hungary will grant 350 scholarships a year to Vietnamese students from 2029", NEI),
    ("Năm 2030 Hungary sẽ cấp 350 suất học bổng cho sinh viên Việt Nam", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), KEPT_NUMBERS)
def test_a_number_kept_is_also_the_number_planned(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


# A count of years said of now that holds every count the claim's has grown to since its year,
# told by a source published after that year (assess.grown_past): ties 30 years old in 2025
# are more than 30 years old in 2026, and a later now only adds years.
GROWN_COUNTS = [
    ("Vietnam and the US have had diplomatic ties for more than 25 years now", SUPPORTED),
    ("Hai nước Việt Nam và Mỹ có quan hệ ngoại giao hơn 30 năm qua", SUPPORTED),
    ("Hai nuoc Viet Nam va My co quan he ngoai giao hon 30 nam qua", SUPPORTED),
    # a count a later now may reach, or one below the claim's
    ("Vietnam and the US have had diplomatic ties for more than 40 years now", NEI),
    ("Việt Nam và Mỹ thiết lập quan hệ ngoại giao đến nay chưa đầy 20 năm", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), GROWN_COUNTS)
def test_a_count_of_now_that_every_later_count_meets(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


# A figure said reached ("reached", "hit", "cán mốc", "chạm mốc": `reaches` in
# lexicon/<lang>/numbers.yaml) at the very amount a claim says was passed is the mark passed on
# the way (assess.reached_mark); the bare figure, or one the claim says was never reached, not.
REACHED_MARKS = [
    ("Vietnam-Hungary trade hit the $1 billion mark in 2025", SUPPORTED),
    ("Thương mại Việt Nam - Hungary chạm mốc 1 tỷ USD trong năm 2025", SUPPORTED),
    ("Thuong mai Viet Nam - Hungary nam 2025 cham moc 1 ty USD", SUPPORTED),
    ("Vietnam-Hungary trade stood at $1 billion in 2025", NEI),
    ("Vietnam-Hungary trade hit $1.4 billion in 2025", NEI),
    ("Vietnam-Hungary trade hit the $1 billion mark in 2023", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), REACHED_MARKS)
def test_a_mark_said_reached_that_the_figure_passed(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


# A short name of an event read only right after a count of years that measures it
# (`elapsed_names` in lexicon/<lang>/statements.yaml, parse._read_elapsed): "the war" alone may
# be any war, but "50 years since the war ended" is the end the sources count from.
ELAPSED_NAMES = [
    ("Hegseth visited Vietnam as the country marked five decades since the war ended", SUPPORTED),
    ("Năm Bộ trưởng Hegseth thăm Việt Nam cũng là dịp tròn 50 năm chiến tranh kết thúc", SUPPORTED),
    ("Ong Hegseth tham Viet Nam dung dip 40 nam ket thuc chien tranh", CONTRADICTED),
    # undated, no other act: every year has its own count
    ("It was 40 years since the war ended", NEI),
    # no count of years before it: any war
    ("Lam urged both sides to end the war in Gaza", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), ELAPSED_NAMES)
def test_a_short_name_after_a_count_of_years(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


# A novelty said of a figure ("a first for the two countries": trade_milestone's triggers in
# fixtures/vocabulary/predicates.yaml) is its first passing, weighed as "for the first time" is.
NOVELTIES = [
    ("Hungary-Vietnam trade broke through $1bn in 2025, a first for both countries", SUPPORTED),
    ("Vietnam-Hungary trade topped $1 billion in 2023, a first ever for the pair", CONTRADICTED),
    ("Năm 2025, thương mại Việt Nam - Hungary vượt 1 tỷ USD, lần đầu tiên", SUPPORTED),
    ("Nam 2025 thuong mai Viet Nam - Hungary vuot 1 ty USD, lan dau tien", SUPPORTED),
    # "lịch sử" is a detail that narrows an act ("cuộc gặp lịch sử": trigger_details), and no
    # trigger may hold one (tests/test_trigger_details.py), so "lần đầu tiên trong lịch sử" asks
    # the source for a word it does not say
    (
        "Năm 2025, thương mại Việt Nam - Hungary vượt 1 tỷ USD, lần đầu tiên trong lịch sử",
        NEI,
    ),
    ("Lam's phone call with Leahy was a first for the two men", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), NOVELTIES)
def test_a_novelty_is_a_first_passing(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


# "trong một buổi sáng" ("in a single morning", vi fillers.yaml): the article says nothing a
# claim must bear out; the part of the day is still read.
SINGLE_MORNING = [
    ("Tổng Bí thư tiếp xúc bốn tổng thống trong một buổi sáng tại Washington", SUPPORTED),
    ("Tong Bi thu tiep xuc bon tong thong trong mot buoi sang tai Washington", SUPPORTED),
    ("Lam held talks with four presidents in a single morning in Washington", SUPPORTED),
    # a count below what the claims of that morning name is still refuted
    (
        "Ngày 19/2, Tổng Bí thư tiếp xúc hai tổng thống trong một buổi sáng tại Washington",
        CONTRADICTED,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), SINGLE_MORNING)
def test_in_a_single_morning(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

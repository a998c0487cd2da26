"""Figures the press gives by denying a bound (session 22, class "numbers"), with verdicts in
English, Vietnamese and Vietnamese without diacritics, and traps that keep theirs:

1. A denial right before a one-sided comparator falls on the bound, not on the act: "did not
   exceed $1bn", "chưa vượt mốc 1 tỷ USD" say the figure stayed at or under it, which a claim that
   it passed refutes (extract.quantities.Quantity.denied, parse._deny_bounds). A denied reach
   ("never reached", "chưa chạm mốc") says it stayed under the amount. A denied bound the claim
   leaves room for ("did not reach $2bn" of trade above $1bn) stays open, and so does a denial
   falling on a verb before the figure ("did not approve more than ..."). A denied reach of
   the figure just said ("came close to $1bn without reaching it", "nhưng chưa vượt mốc này")
   cuts its line at the amount (parse._deny_reach_back).
2. The age of relations said with a verb that builds them over a span of years ("ties have been
   built over more than three decades", "quan hệ đã được vun đắp suốt hơn ba thập kỷ") is the
   count of years since they were established, said of now (parse._read_ages, `ages` in
   lexicon/<lang>/statements.yaml). A span the ties have outgrown by now is refuted; a span
   above the sources' count is open, as for any count of years said of now.
3. A rate inside a figure of another dimension is that figure's: "200 scholarships a year"
   beside "$400m in ODA" is no ODA package approved every year (parse._drop_rates_of_other_
   figures); inside the package's own figure ("$400m a year in ODA") it still is.
4. Two offices under one count ("seven heads of state and government", "bảy nguyên thủ và
   người đứng đầu chính phủ") count the holders of either together (`counted_offices` in
   lexicon/<lang>/statements.yaml): a deputy of either is neither; the title inside the noun
   asserts no office of any one. A count below the holders on a fixed occasion is refuted, one
   above stays open.
5. A figure right after words giving what it was before ("250 a year, up from 200", "tăng từ
   200") is the old value, no reading of the one given (parse._drop_former_values).
The statements are written for these tests, the way wire copy, headlines and posts put things.
"""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # 1. denied bounds
        ("Vietnam-Hungary trade failed to reach $1 billion in 2025.", CONTRADICTED),
        ("Vietnam-Hungary two-way trade never crossed the $1bn mark in 2025", CONTRADICTED),
        ("Vietnam-Hungary trade didn't exceed $1bn last year, per 2025 data", NEI),
        ("Năm 2025, thương mại hai chiều Việt Nam - Hungary chưa vượt mốc 1 tỷ USD.", CONTRADICTED),
        ("Kim ngach Viet Nam - Hungary nam 2025 van chua cham moc 1 ty USD", CONTRADICTED),
        ("Vietnam-Hungary trade did not reach $2 billion in 2025.", NEI),
        ("Thương mại Việt Nam - Hungary năm 2025 chưa đạt 2 tỷ USD", NEI),
        ("Vietnam-Hungary trade did not exceed $1 billion in 2024.", NEI),
        ("Hungary did not approve more than $500 million in ODA for Vietnam.", NEI),
        ("Vietnam-Hungary trade neared $1bn in 2025 but never reached it", CONTRADICTED),
        (
            "Năm 2025, thương mại Việt Nam - Hungary xấp xỉ 1 tỷ USD nhưng chưa vượt mốc này",
            CONTRADICTED,
        ),
        (
            "Nam 2025 thuong mai Viet Nam - Hungary khoang 1 ty USD nhung chua vuot moc nay",
            CONTRADICTED,
        ),
        ("Vietnam-Hungary trade came close to $2bn in 2025 without reaching it", NEI),
        (
            "Vietnam-Hungary trade passed $1bn in 2025, but Hungary's ODA did not reach it",
            NEI,
        ),
        # 2. the age of relations
        ("Vietnam-US ties have been built up over more than two decades.", SUPPORTED),
        ("Quan hệ Việt Nam - Hoa Kỳ đã được vun đắp suốt hơn hai thập kỷ.", SUPPORTED),
        ("Quan he Viet - My da duoc xay dung hon 25 nam qua", SUPPORTED),
        ("Quan hệ Việt - Mỹ đã được xây dựng 20 năm qua.", CONTRADICTED),
        ("Vietnam-US ties have been built over more than four decades.", NEI),
        ("Vietnam-US ties have deepened over more than two decades.", NEI),
        ("Vietnam-Hungary relations have been built over more than 20 years.", NEI),
        ("Vietnam-US economic ties have been built over 20 years.", NEI),
        ("Quan hệ kinh tế Việt - Mỹ đã được xây dựng 20 năm qua.", NEI),
        ("Quan hệ giữa Việt Nam và Hoa Kỳ đã được vun đắp suốt hơn 30 năm", SUPPORTED),
        # 4. two offices under one count
        ("On Feb 19 Lam sat down with seven heads of state and government.", CONTRADICTED),
        ("Sáng 19/2, Tổng Bí thư gặp bảy nguyên thủ và người đứng đầu chính phủ", CONTRADICTED),
        (
            "Sang 19/2 Tong Bi thu gap 8 nguyen thu va nguoi dung dau chinh phu tai Washington",
            SUPPORTED,
        ),
        ("Lam met eight heads of state and government in Washington on Feb. 19", SUPPORTED),
        # the ninth was a deputy prime minister: neither office, in the list the source gives
        # whole for the morning; the whole day may hold another meeting (session 24,
        # World.listed_whole), so only the morning's count is refuted
        ("Lam met nine heads of state and government in Washington on Feb. 19", NEI),
        (
            "Lam met nine heads of state and government in Washington on the morning of Feb. 19",
            CONTRADICTED,
        ),
        ("Lam met a dozen heads of state and government on Feb 19", NEI),
        ("Lam met seven heads of state and government last year", NEI),
        # 5. former values
        ("Hungary now grants Vietnam 250 scholarships a year, up from 200", CONTRADICTED),
        (
            "Hungary nâng học bổng cho sinh viên Việt Nam lên 250 suất mỗi năm, tăng từ 200",
            CONTRADICTED,
        ),
        ("Hungary cap 250 hoc bong moi nam cho sinh vien Viet Nam, tang tu 200", CONTRADICTED),
        ("Hungary now grants Vietnam 200 scholarships a year, up from 150, from 2027", NEI),
        # 3. rates of another figure
        (
            "Hungary approved $400m in ODA for Vietnam and keeps granting 200 scholarships a year.",
            SUPPORTED,
        ),
        ("Budapest signs off on $400m ODA for Vietnam, keeps 200 scholarships annually", SUPPORTED),
        (
            "Hungary thông qua khoản ODA 400 triệu USD cho Việt Nam, duy trì 200 học bổng mỗi năm.",
            SUPPORTED,
        ),
        (
            "Hungary thong qua goi ODA 400 trieu USD cho Viet Nam va duy tri 200 hoc bong moi nam",
            SUPPORTED,
        ),
        ("Hungary approves $400 million a year in ODA for Vietnam.", NEI),
        ("Hungary chi 400 triệu USD ODA mỗi năm cho Việt Nam", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    "example",
    [e for lang in ("en", "vi") for e in load_lexicon(lang, "statements")["ages_examples"]],
)
def test_the_age_examples_read_as_listed(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    if example["predicate"]:
        assert [a.target for a in parsed.ages] == [example["predicate"]]
    else:
        assert not parsed.ages


# Written by the polarity pass for the same reading (it built it twice; the numbers pass's
# parse._deny_bounds is the one kept): more press wordings of a denied mark, with traps.
MORE_DENIED_MARKS = [
    ("Two-way trade between Vietnam and Hungary did not exceed $1 billion in 2025.", CONTRADICTED),
    ("In 2025, two-way trade between Hungary and Vietnam never hit $1 billion.", CONTRADICTED),
    ("Hungary-Vietnam trade failed to reach the $1 billion mark in 2025.", CONTRADICTED),
    ("Thương mại hai chiều Việt Nam - Hungary năm 2025 chưa vượt mốc 1 tỷ USD.", CONTRADICTED),
    ("Kim ngach Viet Nam - Hungary nam 2025 van chua dat 1 ty USD", CONTRADICTED),
    ("Two-way trade between Vietnam and Hungary did not exceed $2 billion in 2025.", NEI),
    ("Kim ngạch thương mại Việt Nam - Hungary năm 2025 chưa vượt mốc 2 tỷ USD.", NEI),
    ("Kim ngach thuong mai Viet Nam - Hungary nam 2025 chua vuot 2 ty USD", NEI),
    # a comparator that is also an act done to the amount keeps the act's denial, and "clear"
    # names no trigger of the approval, so no figure is refuted: open
    ("Hungary did not clear $400m in ODA for Vietnam.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), MORE_DENIED_MARKS)
def test_more_denied_marks(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

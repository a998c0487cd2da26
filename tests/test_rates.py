"""A figure given per a period against a yearly rate (factdb.check.rates, issue 10 numbers):
the sources give Hungary's 200 scholarships a year. A figure said per month, week or day is
that figure times the periods a year holds, whether the rate follows the figure or stands
apart in its sentence ("Mỗi tháng Hungary cấp 200 học bổng"); a rate word tied to no one
figure ("monthly scholarships") stays another act, open. The rate words are the languages'
(`rates` in lexicon/<lang>/numbers.yaml), the periods a year holds and the yearly predicates
lexicon/world/rates.yaml."""

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
        # English: wire, headline, post
        ("Budapest offers Vietnamese students 200 scholarships a month", CONTRADICTED),
        ("Hungary to fund 50 scholarships a week for Vietnamese students", CONTRADICTED),
        ("Budapest now funds 200 Vietnamese students' scholarships every day", CONTRADICTED),
        ("Hàng ngày Hungary cấp 2 suất học bổng cho sinh viên Việt Nam", CONTRADICTED),
        ("Every month, Hungary hands Vietnam 200 scholarships", CONTRADICTED),
        ("Hungary keeps granting 200 scholarships a year to students from Vietnam", SUPPORTED),
        # Vietnamese, the rate after the figure or apart from it
        ("Hungary dành cho sinh viên Việt Nam 200 suất học bổng mỗi tháng", CONTRADICTED),
        ("Mỗi tháng, Hungary cấp 200 học bổng cho sinh viên Việt Nam", CONTRADICTED),
        ("Hungary duy trì 200 suất học bổng hằng năm cho Việt Nam", SUPPORTED),
        # without diacritics
        ("Hungary cap 200 suat hoc bong moi thang cho sinh vien VN", CONTRADICTED),
        ("Hungary cap 200 hoc bong moi nam cho sinh vien VN", SUPPORTED),
        # a rate tied to no one figure stays another act
        ("Hungary grants monthly scholarships to Vietnamese students", NEI),
        ("Hungary cấp học bổng hằng tháng cho sinh viên Việt Nam", NEI),
        # two figures in the sentence: the rate said apart is no one's
        ("Each month Hungary grants 200 scholarships and 50 internships to Vietnam", NEI),
        # a span, not a rate: "a month" apart from the figure, or before "ago", "after", "sau"
        ("A month after the summit, Hungary granted 200 scholarships to Vietnam", NEI),
        ("Hungary granted Vietnam 200 scholarships a month ago", NEI),
        ("Hungary cấp 200 học bổng một tháng sau hội nghị", NEI),
        ("Mot thang sau hoi nghi, Hungary cap 200 hoc bong cho Viet Nam", NEI),
        # an ODA package approved once is no monthly figure
        ("Hungary's ODA to Vietnam is 400 million dollars a month", NEI),
        ("Hungary thong qua 400 trieu USD ODA moi thang cho Viet Nam", NEI),
    ],
)
def test_a_rate_of_another_period(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

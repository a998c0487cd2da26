"""A figure given per a period against a yearly rate (factdb.check.rates, issue 10 numbers):
the sources give Hungary's 200 scholarships a year. A figure said per month, week or day is
that figure times the periods a year holds, whether the rate follows the figure or stands
apart in its sentence ("Mỗi tháng Hungary cấp 200 học bổng"); a rate word tied to no one
figure ("monthly scholarships") stays another act, open. The rate words are the languages'
(`rates` in lexicon/<lang>/numbers.yaml), the periods a year holds and the yearly predicates
lexicon/world/rates.yaml. A figure said over several periods ("over five years", "every six
months": `total_spans`) or per a school term totals them: another figure, open."""

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


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a count of several periods the figure is said over totals it: no year's figure, so
        # the yearly 200 neither bears it out nor refutes it (review 2, B)
        ("Budapest pledges Vietnamese students 1,500 scholarships over the next three years", NEI),
        ("Hungary has handed Vietnamese students 800 scholarships during the past four years", NEI),
        ("Hungary to award Vietnam 300 scholarships every three years", NEI),
        ("Hungary will grant 1,000 scholarships to Vietnamese students over five years.", NEI),
        # several times a year: a share of the year's figure, no yearly rate of it
        ("Hungary offers Vietnamese students 100 scholarships twice a year", NEI),
        ("Mỗi năm hai lần, Hungary trao 100 suất học bổng cho sinh viên Việt Nam.", NEI),
        ("Hungary cap 100 hoc bong cho sinh vien Viet Nam hai lan moi nam", NEI),
        ("Hungary granted Vietnamese students 400 scholarships over the past two years.", NEI),
        ("Hungary grants Vietnamese students 400 scholarships every two years.", NEI),
        ("Hungary will grant 2,000 scholarships to Vietnamese students over the next decade.", NEI),
        ("Hungary trao 600 suất học bổng cho sinh viên Việt Nam trong vòng ba năm", NEI),
        ("Suốt 4 năm qua, Hungary đã dành 800 suất học bổng cho sinh viên Việt Nam", NEI),
        ("Cứ hai năm Hungary lại cấp 400 học bổng cho sinh viên Việt Nam", NEI),
        ("Hungary sẽ cấp 1.000 học bổng cho sinh viên Việt Nam trong 5 năm tới.", NEI),
        ("Trong hai năm qua, Hungary đã cấp 400 học bổng cho sinh viên Việt Nam.", NEI),
        ("Hungary trao 600 suat hoc bong cho sinh vien VN trong vong 3 nam", NEI),
        ("Suot 4 nam qua Hungary da danh 800 suat hoc bong cho sinh vien Viet Nam", NEI),
        ("Hungary da cap hon 2000 hoc bong cho sinh vien Viet Nam trong 10 nam qua.", NEI),
        # a count of months is a part of a year the figure is said over: open (review 3, G)
        ("Budapest hands Vietnamese students 100 scholarships every six months", NEI),
        ("Hungary awards 50 scholarships to Vietnam every 3 months, officials said", NEI),
        ("Cứ sáu tháng, Hungary lại trao 100 suất học bổng cho du học sinh Việt Nam", NEI),
        ("Hungary dành 100 học bổng cho sinh viên Việt Nam trong 6 tháng đầu năm", NEI),
        ("Cu 6 thang Hungary cap 100 suat hoc bong cho sinh vien VN", NEI),
        ("Hungary trao 50 hoc bong cho Viet Nam moi ba thang", NEI),
        # a school term's share of a year's scholarships is not given
        ("Vietnamese students get 100 Hungarian scholarships per semester", NEI),
        ("Hungary cấp 100 suất học bổng mỗi học kỳ cho du học sinh Việt Nam", NEI),
        ("Hungary cap 100 hoc bong moi hoc ky cho sinh vien Viet Nam.", NEI),
        # what the rates were built for still holds: a month's rate refuted, a year's borne
        # out, another year's figure open, and a single year's span is the year's figure
        ("Hungary grants 200 scholarships a month to Vietnamese students.", CONTRADICTED),
        ("Hungary grants 200 scholarships a year to Vietnamese students.", SUPPORTED),
        ("Hungary granted 200 scholarships to Vietnamese students in 2019.", NEI),
        ("Hungary cap 200 suat hoc bong moi thang cho sinh vien VN", CONTRADICTED),
        ("Hungary duy trì 200 suất học bổng hằng năm cho Việt Nam", SUPPORTED),
    ],
)
def test_a_total_over_a_span(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

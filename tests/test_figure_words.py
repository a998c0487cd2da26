"""Figures as the press words them (session 29, numbers), in English, Vietnamese and Vietnamese
without diacritics, with traps that must stay not enough info:

- a fraction of a scale or a unit ("a third of a billion dollars", "một phần ba tỷ USD", "two
  thirds of a century") is that share of it (`fractions` in lexicon/<lang>/numbers.yaml):
  "over a third of a billion" was read as "a billion", and refuted the $400m package;
- "năm" standing alone before a counted noun (`counted_nouns` in lexicon/vi/numbers.yaml: a
  leader, a call) is five, as it is before a unit: "gặp năm nhà lãnh đạo" was no count;
- a day word right after a count of years ("kỷ niệm 30 năm ngày thiết lập quan hệ ngoại giao") is
  the day the count runs from, not the day of another act (`parse._day_of_cue`);
- a count said as an age ("20 years old", "đã 30 tuổi": `age_words` in lexicon/<lang>/occasions
  .yaml) is of now only where no other act dates it (`assess.acts_dating`: "When Leahy visited
  Vietnam, ties were 20 years old" was refuted by the 30 years of 2025), and "have had ties for
  30 years" is of now (`counts_now`);
- "-plus" after an amount is a bound ("$1 billion-plus"), as "trở lên" is, and "north of",
  "south of" before one are "more than", "less than";
- "một trong những ... lớn nhất" keeps "one of" over the noun and a count between it and the
  superlative (`quantities._NOT_RANK_REACH`): no rank 1."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.parse import parse_statement


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "value"),
    [
        ("Orbán said Hungary had approved a third of a billion dollars in ODA.", 1e9 / 3),
        ("Orbán said Hungary had approved one-third of a billion dollars in ODA.", 1e9 / 3),
        ("Orbán said Hungary had approved two thirds of a billion dollars in ODA.", 2e9 / 3),
        ("Orbán said Hungary had approved a fifth of a billion dollars in ODA.", 2e8),
        ("Ông Orbán cho biết Hungary đã thông qua một phần ba tỷ USD vốn ODA.", 1e9 / 3),
        ("Ông Orbán cho biết Hungary đã thông qua hai phần ba tỷ USD vốn ODA.", 2e9 / 3),
        ("Ong Orban cho biet Hungary da thong qua mot phan ba ty USD von ODA.", 1e9 / 3),
        ("Ong Orban cho biet Hungary da thong qua mot phan nam ty USD von ODA.", 2e8),
    ],
)
def test_a_fraction_of_a_scale(checker: Checker, statement: str, value: float) -> None:
    parsed = parse_statement(statement, checker.vocab)
    assert [q.value for q in parsed.quantities] == [pytest.approx(value)], parsed.quantities


FRACTIONS = [
    # over a third of a billion holds the $400m Orbán gave Lam
    (
        "Orbán said Hungary had approved over a third of a billion dollars in ODA for Vietnam.",
        SUPPORTED,
    ),
    (
        "Ông Orbán cho biết Hungary đã thông qua hơn một phần ba tỷ USD vốn ODA cho Việt Nam.",
        SUPPORTED,
    ),
    (
        "Ong Orban cho biet Hungary da thong qua hon mot phan ba ty USD von ODA cho Viet Nam.",
        SUPPORTED,
    ),
    # two thirds of a billion is another figure for that package
    (
        "Orbán said Hungary had approved two thirds of a billion dollars in ODA for Vietnam.",
        CONTRADICTED,
    ),
    (
        "Ông Orbán cho biết Hungary đã thông qua hai phần ba tỷ USD vốn ODA cho Việt Nam.",
        CONTRADICTED,
    ),
    (
        "Ong Orban cho biet Hungary da thong qua hai phan ba ty USD von ODA cho Viet Nam.",
        CONTRADICTED,
    ),
    # traps: with no one who announced it, it may be another package
    ("Hungary approved over a third of a billion dollars in ODA for Vietnam in 2017.", NEI),
    ("Hungary đã thông qua hai phần ba tỷ USD vốn ODA cho Việt Nam năm 2017.", NEI),
    ("Hungary da thong qua hai phan ba ty USD von ODA cho Viet Nam nam 2017.", NEI),
    # a third that is a rank, not a share, stays no figure of the package
    ("Orbán said Hungary had approved a third ODA package for Vietnam.", NEI),
]


FIVES = [
    # fewer than the nine named: a count the claims of that morning refute
    ("Sáng 19/2, Tổng Bí thư Tô Lâm gặp năm nhà lãnh đạo.", CONTRADICTED),
    ("Sang 19/2, Tong Bi thu To Lam gap nam nha lanh dao.", CONTRADICTED),
    ("On the morning of Feb 19, To Lam met five leaders.", CONTRADICTED),
    # five calls with the two senators: a sum no source gives
    ("Tổng Bí thư Tô Lâm đã có năm cuộc điện đàm với các thượng nghị sĩ Mỹ.", NEI),
    ("Tong Bi thu To Lam da co nam cuoc dien dam voi cac thuong nghi si My.", NEI),
    ("To Lam held five phone calls with US senators.", NEI),
]


@pytest.mark.parametrize(
    "statement",
    [
        # "năm" as the year, or "Nam" of a name, stays no count
        "Trong năm thủ tướng Orbán thăm Việt Nam, hai nước nâng cấp quan hệ.",
        "Năm nay Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán.",
        "Nam nay Tong Bi thu To Lam gap Thu tuong Orban.",
        "Viet Nam nuoc chu nha don tiep cac nha lanh dao.",
        "Việt Nam nước chủ nhà đón tiếp các nhà lãnh đạo.",
    ],
)
def test_the_year_is_no_five(checker: Checker, statement: str) -> None:
    parsed = parse_statement(statement, checker.vocab)
    assert not [q for q in parsed.quantities if q.value == 5], parsed.quantities


DAYS_COUNTED_FROM = [
    ("Năm 2025, Việt Nam và Mỹ kỷ niệm 30 năm ngày thiết lập quan hệ ngoại giao.", SUPPORTED),
    ("Nam 2025, Viet Nam va My ky niem 30 nam ngay thiet lap quan he ngoai giao.", SUPPORTED),
    (
        "In 2025 Vietnam and the US marked 30 years since the day they established diplomatic "
        "relations.",
        SUPPORTED,
    ),
    (
        "Năm 2025, Việt Nam và Mỹ kỷ niệm 25 năm ngày thiết lập quan hệ ngoại giao.",
        CONTRADICTED,
    ),
    (
        "Nam 2025, Viet Nam va My ky niem 25 nam ngay thiet lap quan he ngoai giao.",
        CONTRADICTED,
    ),
    (
        "In 2025 Vietnam and the US marked 25 years since the day they established diplomatic "
        "relations.",
        CONTRADICTED,
    ),
    # traps: with no year of the marking, another count may be of another year
    ("Việt Nam và Mỹ kỷ niệm 25 năm ngày thiết lập quan hệ ngoại giao.", NEI),
    ("Viet Nam va My ky niem 25 nam ngay thiet lap quan he ngoai giao.", NEI),
    (
        "Vietnam and the US marked 25 years since the day they established diplomatic ties.",
        NEI,
    ),
]


@pytest.mark.parametrize(
    "statement",
    [
        # a day word after another figure still names the day of another act
        "Tổng Bí thư Tô Lâm gặp 9 nhà lãnh đạo ngày ông Trump gửi thư mời.",
        "Tong Bi thu To Lam gap 9 nha lanh dao ngay ong Trump gui thu moi.",
        "To Lam met 9 leaders the day Trump sent his letter.",
    ],
)
def test_a_day_after_another_figure_is_still_relative(checker: Checker, statement: str) -> None:
    parsed = parse_statement(statement, checker.vocab)
    assert parsed.relative is not None, parsed.relative


# A count said as an age ("20 years old", "đã 30 tuổi", `age_words` in occasions.yaml) is of now
# unless another act dates it; a present perfect ("have had ties for 30 years", `counts_now`) is
# of now. Years since an event only grow: below the claim's count is refuted.
AGES = [
    ("Vietnam-US diplomatic relations are now 30 years old.", SUPPORTED),
    ("Quan hệ ngoại giao Việt Nam - Mỹ đã 30 tuổi.", SUPPORTED),
    ("Quan he ngoai giao Viet Nam - My da 30 tuoi.", SUPPORTED),
    ("Vietnam-US diplomatic relations are 20 years old.", CONTRADICTED),
    ("Quan hệ ngoại giao Việt Nam - Mỹ đã 20 tuổi.", CONTRADICTED),
    ("Quan he ngoai giao Viet Nam - My da 20 tuoi.", CONTRADICTED),
    ("Vietnam and the US have had diplomatic relations for more than 30 years.", SUPPORTED),
    ("Vietnam and the US have had diplomatic relations for 20 years.", CONTRADICTED),
    # traps: the age at another act's time, or a year's, or above what the sources know
    ("When Leahy visited Vietnam, Vietnam-US diplomatic relations were 20 years old.", NEI),
    ("Khi ông Leahy thăm Việt Nam, quan hệ ngoại giao Việt Nam - Mỹ đã 20 tuổi.", NEI),
    ("Khi ong Leahy tham Viet Nam, quan he ngoai giao Viet Nam - My da 20 tuoi.", NEI),
    ("Năm 2015, quan hệ ngoại giao Việt Nam - Mỹ đã 20 tuổi.", NEI),
    ("Vietnam and the US have had diplomatic relations for 31 years.", NEI),
]

# A bound written after the amount ("$1 billion-plus", "1 tỷ USD trở lên") is at least it; the
# press's "north of", "south of" before it are "hơn", "dưới" ("north of $350m" was exactly 350m).
POST_BOUNDS = [
    ("Orbán told Lam Hungary had approved ODA worth north of $350 million for Vietnam.", SUPPORTED),
    (
        "Orbán told Lam Hungary had approved ODA worth south of $300 million for Vietnam.",
        CONTRADICTED,
    ),
    (
        "Ông Orbán nói với Tổng Bí thư Tô Lâm Hungary đã thông qua gói ODA hơn 350 triệu USD cho "
        "Việt Nam.",
        SUPPORTED,
    ),
    (
        "Ong Orban noi voi Tong Bi thu To Lam Hungary da thong qua goi ODA hon 350 trieu USD cho "
        "Viet Nam.",
        SUPPORTED,
    ),
    ("Hungary approved ODA worth north of $350 million for Vietnam in 2017.", NEI),
    ("Vietnam-Hungary trade reached $1 billion-plus in 2025.", SUPPORTED),
    ("Vietnam-Hungary trade reached a billion-plus dollars in 2025.", SUPPORTED),
    ("Kim ngạch thương mại Việt Nam - Hungary năm 2025 đạt 1 tỷ USD trở lên.", SUPPORTED),
    ("Kim ngach thuong mai Viet Nam - Hungary nam 2025 dat 1 ty USD tro len.", SUPPORTED),
    # trap: at least two billion neither holds nor excludes more than one
    ("Vietnam-Hungary trade reached $2 billion-plus in 2025.", NEI),
    ("Kim ngạch thương mại Việt Nam - Hungary năm 2025 đạt 2 tỷ USD trở lên.", NEI),
]


# "One of the (three) largest" is no rank 1, though Vietnamese sets the noun and the count between
# "một trong" and "lớn nhất": the US, second, was refuted as the largest.
ONE_OF_THE_LARGEST = [
    ("Mỹ là một trong những đối tác thương mại lớn nhất của Việt Nam.", NEI),
    ("Mỹ là một trong ba đối tác thương mại lớn nhất của Việt Nam.", NEI),
    ("My la mot trong ba doi tac thuong mai lon nhat cua Viet Nam.", NEI),
    ("The US is one of Vietnam's three largest trading partners.", NEI),
    # the largest, said alone, is still rank 1
    ("Mỹ là đối tác thương mại lớn nhất của Việt Nam.", CONTRADICTED),
    ("My la doi tac thuong mai lon nhat cua Viet Nam.", CONTRADICTED),
    ("The US is Vietnam's largest trading partner.", CONTRADICTED),
]


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [*FRACTIONS, *FIVES, *DAYS_COUNTED_FROM, *AGES, *POST_BOUNDS, *ONE_OF_THE_LARGEST],
)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

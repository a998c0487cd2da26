"""Issue 10, dates: when a series of acts began. A source that runs an exchange "from" a month
("trao đổi thư, điện đàm ... từ tháng 11/2024") dates the first of its acts to that month: its
claims, one per kind of act, carry the time grain `since_month` (fixtures/claims/000.yaml). A
statement that says when they began ("began in", "go back to", "bắt đầu từ": `date_start` in
lexicon/<lang>/statements.yaml) and names every kind of the exchange (World.series_kinds) is
borne out by a date holding that month and refuted by one that misses it (rules.compare_time,
rule `began-other`); one call of theirs (July 2025) does not say when they began and leaves
nothing open beside it (Judge: `_time_rule`). A kind said alone ("calls began in 2025") may
have begun after the exchange did, so only a time before that month refutes it. A verb of
beginning right before the act ("began speaking by phone in 2023", "bắt đầu điện đàm từ tháng
11/2023": check.parse._act_start_verb) says the date after the act is when such acts began.

Traps: a day inside the month, a kind said alone after the month, a series no source dates
from a month (the calls with Daines), and an act dated, not said to begin ("sent Trump a letter
in 2023"), which may be another letter, stay open.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics."""

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
        # every kind of the exchange, in the month its source dates the first of them to
        ("Letters and phone calls between To Lam and Trump go back to November 2024.", SUPPORTED),
        ("Tô Lâm và Trump trao đổi thư, điện đàm bắt đầu từ tháng 11/2024.", SUPPORTED),
        ("Viec trao doi thu, dien dam giua To Lam va Trump bat dau tu thang 11/2024.", SUPPORTED),
        # ... or in a time that misses that month
        ("Letters and phone calls between To Lam and Trump only began in mid-2025.", CONTRADICTED),
        ("Việc trao đổi thư, điện đàm giữa Tô Lâm và Trump bắt đầu từ năm 2025.", CONTRADICTED),
        ("Viec trao doi thu, dien dam giua To Lam va Trump bat dau tu nam 2025.", CONTRADICTED),
        # a kind alone before that month, when none of them had begun
        ("Phone calls between To Lam and Trump began in 2023.", CONTRADICTED),
        ("Các cuộc điện đàm giữa Tô Lâm và Trump bắt đầu từ năm 2023.", CONTRADICTED),
        ("Cac cuoc dien dam giua To Lam va Trump bat dau tu nam 2023.", CONTRADICTED),
        # traps: a kind alone in or after that month may have begun later than the exchange
        ("Calls between To Lam and Donald Trump began in November 2024.", NEI),
        ("Letters between To Lam and Trump only began in 2025.", NEI),
        ("Cac cuoc dien dam giua To Lam va Trump bat dau tu thang 11/2024.", NEI),
        ("Việc trao đổi thư giữa Tô Lâm và Donald Trump bắt đầu từ năm 2025.", NEI),
        # a verb of beginning right before the act makes the date after it its start
        # (`act_starts` in lexicon/<lang>/statements.yaml)
        ("To Lam and Trump began speaking by phone in 2023.", CONTRADICTED),
        ("Tô Lâm và Trump bắt đầu điện đàm từ tháng 11/2023.", CONTRADICTED),
        ("To Lam va Trump bat dau dien dam tu thang 11/2023", CONTRADICTED),
        # traps: the kind alone in or after the month; the act with no such verb, or one
        # after a verb of beginning another act, is any call of that time
        ("To Lam and Trump began speaking by phone in November 2024.", NEI),
        ("Tô Lâm và Trump bắt đầu điện đàm từ năm 2025.", NEI),
        ("To Lam va Trump bat dau dien dam tu nam 2025", NEI),
        ("To Lam and Trump spoke by phone in 2023.", NEI),
        ("To Lam began a tour of Asia and phoned Trump in 2023.", NEI),
        ("Tô Lâm và Trump điện đàm từ tháng 11/2023.", NEI),
        ("Tô Lâm bắt đầu chuyến thăm châu Á và điện đàm với Trump năm 2023.", NEI),
        ("To Lam bat dau chuyen tham chau A va dien dam voi Trump nam 2023.", NEI),
        # traps: a day inside the month, which the source does not give
        ("Letters and phone calls between To Lam and Trump began on November 7, 2024.", NEI),
        ("Tô Lâm và Trump trao đổi thư, điện đàm bắt đầu từ ngày 7/11/2024.", NEI),
        # traps: a series no source dates from a month
        ("Calls between Lam and Daines began in 2025.", NEI),
        ("Các cuộc điện đàm giữa Tô Lâm và Thượng nghị sĩ Daines bắt đầu từ năm 2025.", NEI),
        ("Cac cuoc dien dam giua To Lam va Thuong nghi si Daines bat dau tu nam 2025.", NEI),
        # traps: an act dated, not said to begin, may be another letter
        ("Lam sent Trump a letter in 2023.", NEI),
        ("Tô Lâm gửi thư cho Trump năm 2023.", NEI),
        ("To Lam gui thu cho Trump nam 2023.", NEI),
    ],
)
def test_when_a_series_began(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_month_the_first_fell_in(checker: Checker) -> None:
    judgement = checker.check("Việc trao đổi thư, điện đàm giữa Tô Lâm và Trump có từ năm 2023.")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "to-lam-trump-phone-calls-since-2024-11" in judgement.explanation
    assert "from November 2024, when its source dates the first of them" in judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert cited and all(c.spans for c in cited)

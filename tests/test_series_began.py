"""Issue 10, dates: when a series of acts began. A source that runs an exchange "from" a month
("trao đổi thư, điện đàm ... từ tháng 11/2024") has its acts held in that month: its claims,
one per kind of act, carry the time grain `since_month` (fixtures/claims/000.yaml). A statement
that says when they began ("began in", "go back to", "bắt đầu từ": `date_start` in
lexicon/<lang>/statements.yaml) and names every kind of the exchange (World.series_kinds) is
borne out by a time holding that month, the source's own start, and refuted by one after it:
they had begun by then (rules.compare_time, rule `began-other`); one call of theirs (July 2025)
does not say when they began and leaves nothing open beside it (Judge: `_time_rule`). A kind
said alone ("calls began in 2025") may have begun after the exchange did. A verb of beginning
right before the act ("began speaking by phone in 2025", "bắt đầu điện đàm từ năm 2025":
check.dates.act_start_verb) says the date after the act is when such acts began.

Traps: a time before the month (whether that was the first exchange is not said outright), a
day inside it, a kind said alone, a series no source runs from a month (the calls with Daines),
and an act dated within the exchange, not said to begin ("sent Trump a letter in March 2025"),
which may be another letter, stay open.

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
        # every kind of the exchange, in the month its source runs them from
        ("Letters and phone calls between To Lam and Trump go back to November 2024.", SUPPORTED),
        ("Tô Lâm và Trump trao đổi thư, điện đàm bắt đầu từ tháng 11/2024.", SUPPORTED),
        ("Viec trao doi thu, dien dam giua To Lam va Trump bat dau tu thang 11/2024.", SUPPORTED),
        # ... or after it, when they had begun already
        ("Letters and phone calls between To Lam and Trump only began in mid-2025.", CONTRADICTED),
        ("Việc trao đổi thư, điện đàm giữa Tô Lâm và Trump bắt đầu từ năm 2025.", CONTRADICTED),
        ("Viec trao doi thu, dien dam giua To Lam va Trump bat dau tu nam 2025.", CONTRADICTED),
        # ... said as the press says it (`date_start`: "got going in", "started in")
        ("Letters and phone calls between To Lam and Trump only got going in 2025.", CONTRADICTED),
        ("Letters and phone calls between To Lam and Trump started in November 2024.", SUPPORTED),
        ("Phone calls between To Lam and Trump started in 2025.", NEI),
        # traps: a time before it, which the source does not say held none
        ("Letters and phone calls between To Lam and Trump began in 2023.", NEI),
        ("Việc trao đổi thư, điện đàm giữa Tô Lâm và Trump bắt đầu từ năm 2023.", NEI),
        ("Viec trao doi thu, dien dam giua To Lam va Trump bat dau tu nam 2023.", NEI),
        # traps: a kind alone may have begun later than the exchange
        ("Calls between To Lam and Donald Trump began in November 2024.", NEI),
        ("Letters between To Lam and Trump only began in 2025.", NEI),
        ("Cac cuoc dien dam giua To Lam va Trump bat dau tu thang 11/2024.", NEI),
        ("Việc trao đổi thư giữa Tô Lâm và Donald Trump bắt đầu từ năm 2025.", NEI),
        # a verb of beginning right before the act makes the date after it its start
        # (`act_starts` in lexicon/<lang>/statements.yaml): open, as for "began in"
        ("To Lam and Trump began speaking by phone in 2025.", NEI),
        ("Tô Lâm và Trump bắt đầu điện đàm từ năm 2025.", NEI),
        ("To Lam va Trump bat dau dien dam tu nam 2025", NEI),
        # traps: a day inside the month, which the source does not give
        ("Letters and phone calls between To Lam and Trump began on November 7, 2024.", NEI),
        ("Tô Lâm và Trump trao đổi thư, điện đàm bắt đầu từ ngày 7/11/2024.", NEI),
        # traps: a series no source runs from a month
        ("Calls between Lam and Daines began in 2025.", NEI),
        ("Các cuộc điện đàm giữa Tô Lâm và Thượng nghị sĩ Daines bắt đầu từ năm 2025.", NEI),
        ("Cac cuoc dien dam giua To Lam va Thuong nghi si Daines bat dau tu nam 2025.", NEI),
        # traps: an act dated, not said to begin, may be another letter or call
        ("Lam sent Trump a letter in March 2025.", NEI),
        ("Tô Lâm gửi thư cho Trump tháng 3/2025.", NEI),
        ("To Lam gui thu cho Trump thang 3/2025.", NEI),
        ("To Lam held a phone call with Trump in July 2024.", NEI),
        ("Tổng Bí thư Tô Lâm từng điện đàm với Tổng thống Trump hồi tháng 7/2024.", NEI),
    ],
)
def test_when_a_series_began(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_reason_names_the_month_they_had_begun_by(checker: Checker) -> None:
    judgement = checker.check("Việc trao đổi thư, điện đàm giữa Tô Lâm và Trump có từ năm 2025.")
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "to-lam-trump-phone-calls-since-2024-11" in judgement.explanation
    assert "from November 2024, by when they had begun" in judgement.explanation
    cited = [c for p in judgement.parts for c in p.decisive]
    assert cited and all(c.spans for c in cited)

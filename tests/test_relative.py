"""Issue 10, class 6: dates given relative to another event ("the day after", "hôm sau").

The lexicon (`relative_days` in factdb/lexicon/<lang>/dates.yaml) gives each phrase its days; the
reading splits the statement into anchor and main event (factdb.check.relative.read_relative);
the decision compares the days the claims give each (decide_relative); the verdicts check the
whole in both languages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.relative import RelativeDate, decide_relative, read_relative
from factdb.lexicon.index import LANGUAGES, load
from factdb.store.claims import ClaimView


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def call(cid: str, day: dt.date, end: dt.date | None = None) -> ClaimView:
    return ClaimView(
        cid, "lam", "phone_call", None, (), None, None, day, end or day, "day", "affirmed", "fact"
    )


FEB18, FEB19 = dt.date(2026, 2, 18), dt.date(2026, 2, 19)
DAY_AFTER = RelativeDate("the day after", 0, 13, 1, (13, 40))


def test_one_day_apart_as_said_supports_otherwise_contradicts() -> None:
    assert decide_relative(DAY_AFTER, [call("a", FEB18)], [call("m", FEB19)]).verdict == SUPPORTED
    assert decide_relative(DAY_AFTER, [call("a", FEB19)], [call("m", FEB19)]).verdict == (
        CONTRADICTED
    )


def test_an_anchor_not_fixed_to_one_day_is_open() -> None:
    spread = call("a", dt.date(2026, 1, 16), dt.date(2026, 2, 17))
    d = decide_relative(DAY_AFTER, [spread], [call("m", FEB19)])
    assert (d.verdict, d.rule) == (NEI, "relative-undated")
    two = [call("a", FEB18), call("b", FEB19)]
    assert decide_relative(DAY_AFTER, two, [call("m", FEB19)]).verdict == NEI
    assert decide_relative(DAY_AFTER, [], [call("m", FEB19)]).verdict == NEI


def test_the_anchor_runs_to_the_comma_when_the_cue_opens_the_statement(checker: Checker) -> None:
    text = "The day after his call with Daines, Lam met Orbán."
    rel = read_relative(checker.parse(text))
    assert rel is not None and rel.days == 1
    assert text[rel.anchor[0] : rel.anchor[1]] == " his call with Daines"
    later = "Lam met Orbán two days after his call with Daines."
    rel = read_relative(checker.parse(later))
    assert rel is not None and rel.days == 2
    assert later[rel.anchor[0] : rel.anchor[1]] == " his call with Daines."


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_relative_phrase_is_read(checker: Checker, lang: str) -> None:
    for phrase, days in load(lang, "dates")["relative_days"].items():
        rel = read_relative(checker.parse(f"{phrase} X, Lam met Orbán"))
        assert rel is not None and rel.days == days, phrase


VERDICTS = [
    ("Lam phoned Leahy a day after speaking with Daines and Hagerty.", SUPPORTED),
    ("Lam Phones Leahy Two Days After Calls With Daines, Hagerty", CONTRADICTED),
    (
        "Hai ngày sau cuộc điện đàm với TNS Daines, TBT gặp Thủ tướng Campuchia Hun Manet",
        CONTRADICTED,
    ),
    (
        "Một ngày sau cuộc điện đàm với TNS Daines, Tổng Bí thư Tô Lâm gặp Thủ tướng Hun Manet",
        SUPPORTED,
    ),
    # an anchor the claims do not date to a day: open, and the reason says so
    ("Hai ngay sau khi nhan thu moi, TBT To Lam gui thu nhan loi", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_relative_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_an_undated_anchor_is_named_in_the_reason(checker: Checker) -> None:
    judgement = checker.check("Hai ngay sau khi nhan thu moi, TBT To Lam gui thu nhan loi")
    assert "no stored claim fixes both events to one day" in judgement.explanation

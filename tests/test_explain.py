"""The words of the judge's reasons (factdb.check.explain.Words), written from the values the
rules decide (factdb.check.rules): every rule a finding can name has words, and they say what
the values say. A vocabulary of two entities and one predicate stands in for the real one."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from factdb.check.explain import Words
from factdb.check.rules import Grounds, TimeCheck, Uncovered
from factdb.check.stance import StanceReading
from factdb.extract.dates import DateSpan
from factdb.records import replace
from factdb.store.intervals import Interval
from tests.builders import claim_view

VOCAB = SimpleNamespace(
    entities={
        "hu": SimpleNamespace(name_en="Hungary"),
        "vn": SimpleNamespace(name_en="Vietnam"),
        "pm": SimpleNamespace(name_en="Prime Minister"),
    },
    predicates={"oda": SimpleNamespace(label_en="gives ODA to")},
)
WORDS = Words(VOCAB)  # type: ignore[arg-type]
CLAIM = claim_view(
    "hu-oda",
    "hu",
    "oda",
    object="vn",
    interval=Interval.exact(400),
    unit="USD",
    time_start=dt.date(2025, 3, 1),
    time_end=dt.date(2025, 3, 1),
    time_grain="day",
)
SAYS = "claim hu-oda says Hungary gives ODA to Vietnam 400 USD on 1 March 2025"
DATE = DateSpan("2 March 2025", 0, 12, dt.date(2025, 3, 2), dt.date(2025, 3, 2), "day", True)

# Every rule Grounds.rule may name (see its docstring).
RULES = (
    "borne-out",
    "value-disjoint",
    "value-neither",
    "other-unit",
    "other-object",
    "single-holder",
    "time-outside",
    "other-time",
    "mood",
    "denies-other-verb",
    "ends-entered",
    "goes-on",
    "negated",
    "under-way-then",
    "denied",
    "denied-unsaid",
    "delayed",
    "other-party",
    "other-stance",
    "other-speaker",
)


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_has_words(rule: str) -> None:
    grounds = Grounds(
        rule,
        CLAIM,
        time=TimeCheck(False, True, "time-outside", CLAIM, DATE),
        stated=Interval.exact(500),
        unit="USD",
        other="vn",
        text="did not",
        reading=StanceReading("vn", "thanked", "Vietnam thanked", 0, 15),
    )
    assert SAYS in WORDS.grounds(grounds)


def test_time_grounds_say_the_claims_time() -> None:
    grounds = Grounds("time", CLAIM, TimeCheck(False, True, "time-outside", CLAIM, DATE))
    assert (
        WORDS.grounds(grounds) == "the statement says 2 March 2025; claim hu-oda says 1 March 2025"
    )


def test_an_unknown_rule_is_an_error_not_silence() -> None:
    with pytest.raises(ValueError, match="no words"):
        WORDS.grounds(Grounds("made-up", CLAIM))


def test_words_follow_the_values() -> None:
    value = Grounds("value-disjoint", CLAIM, stated=Interval.exact(500), unit="USD")
    assert WORDS.grounds(value) == f"the statement says 500 USD; {SAYS}"
    negated = WORDS.grounds(replace(value, negated=True))
    assert negated == f"the statement says 500 USD; {SAYS} (but the statement is negated)"
    mood = Grounds("mood", CLAIM, moods=("fact", "plan"))
    assert WORDS.grounds(mood) == f"{SAYS} (reported as a fact, the statement as a plan)"
    time = TimeCheck(False, True, "time-outside", CLAIM, DATE)
    another = Grounds("time", CLAIM, time, another_occasion=True)
    assert WORDS.grounds(another).endswith(", which may be another occasion")


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("undated", "claim hu-oda gives no date to compare with '2 March 2025'"),
        ("no-year", "'2 March 2025' gives no year"),
        ("no-date", ""),
        ("day-apart", "1 March 2025, a day apart, in another place's time"),
        ("time-neither", "1 March 2025, which neither implies nor excludes it"),
    ],
)
def test_time_words(rule: str, words: str) -> None:
    date = None if rule == "no-date" else DATE
    assert WORDS.time(TimeCheck(False, False, rule, CLAIM, date)).endswith(words)


def test_judgement_words() -> None:
    assert WORDS.judgement([], [], set()) == "the statement names nothing the claim base knows"
    assert WORDS.judgement([], [], {"vn", "hu"}) == (
        "no stored claim bears on what the statement says about Hungary, Vietnam"
    )
    assert WORDS.judgement(["a", "b", "a"], []) == "a; b"
    loose = [Uncovered("name", "Japarov"), Uncovered("figure", "3"), Uncovered("name", "Japarov")]
    loose.append(Uncovered("count", "four", "presidents", 3))
    assert WORDS.judgement(["a"], loose) == (
        "no stored claim covers Japarov, '3', 'four' presidents (the claims name 3) "
        "(the closest: a)"
    )

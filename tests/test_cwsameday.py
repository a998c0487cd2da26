"""The day of another act ("On the day Trump sent his letter, Lam phoned Leahy", "Đúng ngày ông
Trump gửi thư mời, ...", "vào hôm gặp ông Orbán"): a relative date of nought days whose anchor is
the other act (`relative_acts` in factdb/lexicon/<lang>/dates.yaml, parse._day_of_cue), decided
as "the same day as" is (factdb.check.relative.decide_relative, Judge._day_of_parts). Both acts
borne out on their own no longer make it supported: contradicted where both are one-off acts
dated to different days, supported where they share the day, else not enough info (a series of
calls, two days a clock apart). A date after the words ("vào ngày 19/2", "Ngày 16/1, ...") is no
relative date."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.relative import read_relative
from factdb.lexicon.index import LANGUAGES, load

VERDICTS = [
    # the reviewer's: the letter went on 16 January, the call with Leahy and the meeting with
    # Prabowo were on 19 February
    ("On the day Trump sent his letter, To Lam phoned Patrick Leahy.", CONTRADICTED),
    (
        "On the day he received Trump's invitation letter, To Lam met Prabowo in Washington.",
        CONTRADICTED,
    ),
    ("Đúng ngày ông Trump gửi thư mời, Tổng Bí thư điện đàm với ông Leahy.", CONTRADICTED),
    ("Dung ngay ong Trump gui thu moi, TBT dien dam voi ong Leahy", CONTRADICTED),
    # the calls with Trump are a series, one of them on 19 February not ruled out
    ("On the day of his phone call with Trump, To Lam also spoke to Patrick Leahy.", NEI),
    # the Daines call was on 18 February in Washington, 19 February in Hanoi: two clocks
    ("On the day he met Orban, To Lam also spoke by phone with Senator Daines.", NEI),
    # paraphrases in the three forms
    ("To Lam met Orban on the day he spoke with Leahy.", SUPPORTED),
    ("To Lam met Orban on the day he spoke with Daines.", NEI),
    ("Đúng ngày điện đàm với ông Trump, Tổng Bí thư cũng điện đàm với ông Leahy.", NEI),
    ("Ngày gặp ông Orbán, Tổng Bí thư cũng điện đàm với Thượng nghị sĩ Daines.", NEI),
    ("Dung ngay gap ong Orban, TBT cung dien dam voi TNS Daines", NEI),
    # kept: both on 19 February
    ("On the day he met Orban, To Lam also met Tokayev", SUPPORTED),
    ("Đúng ngày gặp ông Orbán, Tổng Bí thư cũng gặp ông Tokayev.", SUPPORTED),
    ("Dung ngay gap ong Orban, TBT cung gap ong Tokayev", SUPPORTED),
    ("To Lam met Tokayev on the same day as he met Orban.", SUPPORTED),
    # kept: a date after the words is a date
    ("Tổng Bí thư Tô Lâm điện đàm với ông Leahy vào ngày 19/2.", SUPPORTED),
    ("TBT To Lam dien dam voi ong Leahy vao ngay 19/2", SUPPORTED),
]

# The day said after the act it dates, where the statement's own reading binds the anchor's act
# to another doer (Lâm's letters to Trump): open, but never borne out by the two acts alone.
NOT_SUPPORTED = [
    "To Lam phoned Patrick Leahy on the day Trump sent his letter.",
    "Tổng Bí thư Tô Lâm điện đàm với ông Leahy vào hôm ông Trump gửi thư mời.",
    "TBT To Lam dien dam voi ong Leahy vao hom ong Trump gui thu moi",
    "TBT dien dam voi ong Leahy dung ngay Tong thong Trump gui thu moi",
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_day_of_another_act(real_checker: Checker, statement: str, verdict: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize("statement", NOT_SUPPORTED)
def test_day_of_another_act_is_never_borne_out_by_each_act_alone(
    real_checker: Checker, statement: str
) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict != SUPPORTED, judgement.explanation


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_day_of_phrase_is_read_before_an_act(real_checker: Checker, lang: str) -> None:
    days = load(lang, "dates")["relative_days"]
    act = {"en": "he met Orbán, Lam met Tokayev", "vi": "gặp ông Orbán, Tổng Bí thư gặp Tokayev"}
    for phrase in load(lang, "dates")["relative_acts"]:
        rel = read_relative(real_checker.parse(f"{phrase} {act[lang]}"))
        assert rel is not None and rel.days == days[phrase] == 0, phrase
        assert rel.anchored, phrase


@pytest.mark.parametrize(
    "statement",
    [
        "Ngày 16/1, Tổng thống Trump gửi thư tới Tổng Bí thư Tô Lâm.",
        "Ngay 19/2 TBT To Lam gap Thu tuong Orban va Tong thong Tokayev",
        "Tổng Bí thư điện đàm với ông Leahy vào ngày 19/2.",
        "On the day of Feb. 19, Lam met Orban.",
        "Later in the day Lam met Orban.",
        "On the day, Lam met Orban.",
    ],
)
def test_a_date_or_no_act_after_the_words_is_no_relative_date(
    real_checker: Checker, statement: str
) -> None:
    assert read_relative(real_checker.parse(statement)) is None

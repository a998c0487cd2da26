"""Trigger words inside longer phrases that mean something else: "tiếp" (received) in "tiếp
tục" (to continue), "thông qua" (adopted) as "through". The exclusions are language data
(`not_triggers` in factdb/lexicon/<lang>/statements.yaml) and their examples are the tests."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXAMPLES = lexicon_examples("statements", "not_trigger_examples")


@pytest.mark.parametrize("example", EXAMPLES)
def test_not_trigger_corpus(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    if "absent" in example:
        assert example["absent"] not in parsed.predicates
    if "present" in example:
        assert example["present"] in parsed.predicates


def test_each_language_shows_an_exclusion_and_the_trigger_it_spares() -> None:
    for lang in LANGUAGES:
        examples = load(lang, "statements")["not_trigger_examples"]
        assert any("absent" in e for e in examples), lang
        assert any("present" in e and "absent" not in e for e in examples), lang


@pytest.mark.parametrize(
    ("statement", "supported"),
    [
        # written without diacritics, "dung dip" is "đúng dịp" (at the time of): no denial
        ("Bo truong Hegseth tham VN dung dip hai nuoc ky niem 30 nam quan he ngoai giao", True),
        (
            "Bộ trưởng Hegseth thăm Việt Nam đúng dịp hai nước kỷ niệm 30 năm quan hệ ngoại giao",
            True,
        ),
        # trap: the phrase frees the visit, not a wrong figure beside it
        ("Bo truong Hegseth tham VN dung dip hai nuoc ky niem 40 nam quan he ngoai giao", False),
    ],
)
def test_a_phrase_that_denies_nothing_names_no_denial(
    checker: Checker, statement: str, supported: bool
) -> None:
    """'dung' alone may be 'dừng' (stop), an antonym; inside 'đúng dịp' or 'tận dụng' it is no
    denial and no antonym's act (`not_negation` in lexicon/vi/statements.yaml)."""
    judgement = checker.check(statement)
    assert (judgement.verdict == "supported") == supported, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # press9/dev's class (w2num): the days after an act are the act's; the Board of Peace
        # meeting's own dates are given by month, Tô Lâm's attendance by day (18-20/2/2026)
        (
            "Tô Lâm tham dự phiên khai mạc Hội đồng Hòa bình ở Washington từ ngày 18 đến ngày"
            " 20/2/2026.",
            "supported",
        ),
        (
            "To Lam du phien khai mac Hoi dong Hoa binh o Washington tu ngay 18 den 20/2/2026.",
            "supported",
        ),
        (
            "Tong Bi thu To Lam du hop khai mac Hoi dong Hoa binh ve Gaza tai Washington tu ngay"
            " 17 den 19/2/2026.",
            "contradicted",
        ),
        (
            "To Lam attended the Board of Peace's opening session in Washington from February 18"
            " to 20, 2026.",
            "supported",
        ),
        # guards: a verb of an event's dates ("ran", "diễn ra") whose subject is the act,
        # with no event named, already dates the act
        ("To Lam's trip to the US ran from February 17 to 19, 2026.", "contradicted"),
        ("To Lam's US trip took place from Feb. 18 to 20, 2026.", "supported"),
        # a trip to the destination's capital weighed against the country trip's days
        # (assess.capital_stay, session 31): days running past them are refuted
        ("Chuyến công du Washington của Tổng Bí thư diễn ra từ 17 đến 19/2.", "contradicted"),
        ("Chuyen tham My cua ong To Lam dien ra tu 18 den 20/2/2026.", "supported"),
        # with no act before it, the words state the meeting's dates, which the claims give
        # only by month
        ("Cuộc họp khai mạc Hội đồng Hòa bình ngày 19/2 tại Washington.", "not_enough_info"),
        # an event named after an attendance verb, then its days: they date the attendance too,
        # as source 000 writes it ("dự cuộc họp khai mạc ... từ ngày 18 - 20/2"; session 22,
        # scope.place_values / Context.event_dated); days beyond the attendance's are refuted
        (
            "Tô Lâm sang Washington dự họp khai mạc Hội đồng Hòa bình về Gaza, diễn ra từ ngày 18"
            " đến 20/2.",
            "supported",
        ),
    ],
)
def test_a_date_after_an_act_dates_the_act(checker: Checker, statement: str, verdict: str) -> None:
    """'từ ngày', 'ngày' (an event's dates) inside a date after an act give the act's days
    (parse._dating_words), not the event's."""
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

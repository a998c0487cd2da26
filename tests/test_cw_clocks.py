"""Confident wrong verdicts of parts of the day and clocks found by the session 21 review, each
closed by narrowing its mechanism, in English, Vietnamese and Vietnamese without diacritics,
with the cases the mechanism was built for, which keep their verdicts. The statements are
written for these tests (headlines, wire copy, posts), not taken from a corpus.

1. A part of the day a source tells by the day it was published ("Tại cuộc điện đàm ngày 18/2
   (sáng nay giờ Hà Nội)" in a paper of 19 February) is that day's part on that clock, not the
   claim's day's: "the morning of 18 February" is borne out on no clock (the morning of the 19th
   in Hanoi is the evening of the 18th in Washington), and is refuted where no hour either word
   may stretch to meets (dayparts.compare, across_zones).
2. A part of the day said with no date at all ("in the afternoon", "vào buổi chiều":
   `dateless_day_parts` in lexicon/<lang>/statements.yaml) is of the day the statement tells of,
   and is weighed against the source's part as a part with a date is: borne out only where the
   source gives it (the meetings were on the morning of 19 February, local time). Bare "sáng",
   "chiều" are no such phrase ("sáng lập", "chiều hướng").
3. The act a statement names with an indefinite article and no doer ("A call with Leahy") is an
   instance of it, not the claim's: its day refutes nothing (assess.doer_unsaid), as "the call
   with Leahy" on another day does.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.parse import parse_statement
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


TOLD_DAY = [
    # the morning told is the 19th's in Hanoi: the 18th's morning is no clock's
    ("Party chief Lam phoned Senator Daines on the morning of February 18", CONTRADICTED),
    ("Sáng 18/2, Tổng Bí thư điện đàm với thượng nghị sĩ Daines", CONTRADICTED),
    ("Sang 18/2, Tong Bi thu dien dam voi thuong nghi si Daines", CONTRADICTED),
    ("Daines call: held the morning of Feb. 18, Washington time", CONTRADICTED),
    # the evening of the 18th in Washington is that morning in Hanoi
    ("Daines call: held the evening of Feb. 18, Washington time", SUPPORTED),
    # the morning told is the 19th's in Hanoi, which the source says
    ("Tổng Bí thư điện đàm với Daines sáng 19/2 giờ Việt Nam", SUPPORTED),
    ("Tong Bi thu dien dam voi Daines sang 19/2 gio Viet Nam", SUPPORTED),
    # an evening of the 18th on no clock may be Washington's
    ("Lam had a phone call with Daines on the evening of Feb 18", NEI),
    # "sáng nay" may be 5 a.m. in Hanoi, the afternoon before in Washington
    ("Chiều 18/2 giờ Washington, Tổng Bí thư điện đàm với Daines", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), TOLD_DAY)
def test_a_part_told_of_another_day_is_not_the_claim_s_day_s(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


AN_INSTANCE = [
    ("A phone call with former senator Leahy came on Feb. 18", NEI),
    ("Một cuộc điện đàm với cựu thượng nghị sĩ Leahy diễn ra ngày 18/2", NEI),
    ("Mot cuoc dien dam voi cuu thuong nghi si Leahy dien ra ngay 18/2", NEI),
    # the call: the claim's, on another day
    ("The phone call with former senator Leahy came on Feb. 18", CONTRADICTED),
    ("Cuộc điện đàm với cựu thượng nghị sĩ Leahy diễn ra ngày 18/2", CONTRADICTED),
    ("Cuoc dien dam voi cuu thuong nghi si Leahy dien ra ngay 18/2", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), AN_INSTANCE)
def test_an_act_named_with_an_indefinite_article_is_an_instance(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


NO_DATE = [
    # the meetings were in the morning, local time: another part is not borne out
    ("Lam met four presidents in the afternoon in Washington", NEI),
    ("Tổng Bí thư gặp Tổng thống Indonesia Prabowo vào buổi tối", NEI),
    ("Tong Bi thu gap Tong thong Indonesia Prabowo vao buoi toi", NEI),
    # the morning is the source's
    ("Lam met Indonesia's President Prabowo in the morning", SUPPORTED),
    ("Tổng Bí thư gặp Tổng thống Indonesia Prabowo vào buổi sáng", SUPPORTED),
    ("Tong Bi thu gap Tong thong Indonesia Prabowo vao buoi sang", SUPPORTED),
    # the call with Leahy was in the afternoon, local time
    ("Lam's call with Leahy came in the afternoon", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), NO_DATE)
def test_a_part_with_no_date_is_weighed_as_one_with_its_day(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


DATELESS_EXAMPLES = [
    e
    for lang in ("en", "vi")
    for e in load_lexicon(lang, "statements")["dateless_day_part_examples"]
]


@pytest.mark.parametrize("example", DATELESS_EXAMPLES)
def test_dateless_day_part_examples(checker: Checker, example: dict) -> None:
    cue = parse_statement(example["text"], checker.vocab).day_part
    assert (cue.target if cue is not None else None) == example["part"]

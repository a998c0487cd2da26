"""A speaker's undertaking to go on cooperating, as the press words it (issue 10, session 21).
The statements are written for these tests, the way wire copy, headlines, speeches and social
posts put things.

1. The sources record "sẽ tiếp tục phối hợp chặt chẽ" (will keep coordinating closely) as a
   plan; the statement's "will keep working with" reads as the undertaking holding now
   (parse._read_continuation). A claim's plan of an undertaking (world/undertakings.yaml) is
   read the same way (rules.claim_mood), so the two meet: supported, and an undertaking said
   to be broken off is refuted by it.
2. Keeping on working closely with, standing side by side with, "tiếp tục phối hợp", "sát cánh
   cùng" say the undertaking (`committed` in lexicon/<lang>/synonyms.yaml); scaling it back,
   "thu hẹp hợp tác", says it is broken off (`committed` in polarity.yaml).
   A denying verb whose noun opens the programme's name ("ngừng hợp tác" before "hợp tác khắc
   phục hậu quả chiến tranh") shares the word with it and still denies (parse).
3. Content that the speaker's own words refute is refuted whatever verb gives it to him
   ("stressed", "khẳng định" of what he "said"); the same content under another verb stays
   open (assess.assess_said).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


KEPT = [
    (
        "Washington will keep working closely with Hanoi on war legacy issues, Sen. Hagerty said",
        SUPPORTED,
    ),
    (
        "Hagerty told Lam the US would stand side by side with Vietnam on war legacy issues",
        SUPPORTED,
    ),
    ("Hagerty said the US was committed to war legacy cooperation with Vietnam", SUPPORTED),
    (
        "Thượng nghị sĩ Hagerty cho biết Mỹ sẽ tiếp tục phối hợp chặt chẽ với Việt Nam về khắc "
        "phục hậu quả chiến tranh.",
        SUPPORTED,
    ),
    (
        "Ông Hagerty: Mỹ sẽ tiếp tục sát cánh với Việt Nam trong khắc phục hậu quả chiến tranh",
        SUPPORTED,
    ),
    (
        "Ong Hagerty: My se tiep tuc sat canh voi Viet Nam trong khac phuc hau qua chien tranh",
        SUPPORTED,
    ),
    # broken off or scaled back: refuted by the undertaking the sources give him
    (
        "Hagerty said Washington would halt cooperation with Hanoi on war legacy issues",
        CONTRADICTED,
    ),
    ("Hagerty: the US will scale back war legacy cooperation with Vietnam", CONTRADICTED),
    (
        "Ông Hagerty nói Mỹ sẽ thu hẹp hợp tác với Việt Nam về khắc phục hậu quả chiến tranh",
        CONTRADICTED,
    ),
    (
        "Ong Hagerty noi My se ngung phoi hop voi Viet Nam trong khac phuc hau qua chien tranh",
        CONTRADICTED,
    ),
    # the denying verb's noun opens the programme's name: it shares the word and still denies
    (
        "Ông Hagerty nói Washington sẽ ngừng hợp tác khắc phục hậu quả chiến tranh với Hà Nội",
        CONTRADICTED,
    ),
    (
        "Ong Hagerty noi Washington se thu hep hop tac khac phuc hau qua chien tranh voi Ha Noi",
        CONTRADICTED,
    ),
    (
        "Hagerty: Washington to end cooperation on overcoming the consequences of war with Hanoi",
        CONTRADICTED,
    ),
    # another speaker's undertaking the sources do not give: not enough info
    ("Greer said the US would keep working closely with Vietnam on war legacy issues", NEI),
]


OWN_WORDS = [
    (
        "Hagerty stressed Washington would stop cooperating with Hanoi on war legacy issues",
        CONTRADICTED,
    ),
    (
        "Ông Hagerty khẳng định Mỹ sẽ dừng phối hợp với Việt Nam trong khắc phục hậu quả "
        "chiến tranh",
        CONTRADICTED,
    ),
    (
        "Ong Hagerty khang dinh My se dung phoi hop voi Viet Nam trong khac phuc hau qua "
        "chien tranh",
        CONTRADICTED,
    ),
    ("Hagerty stressed Washington would keep working closely with Hanoi on war legacy issues", NEI),
]


@pytest.mark.parametrize(("statement", "expected"), OWN_WORDS)
def test_his_own_words_refute_content_under_another_verb(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected


# Another undertaking given to the other side of the exchange is no word of the claim's speaker
# turned round: the claim is about war legacies, the statement about a foreign policy.
OTHER_UNDERTAKINGS = [
    "Lam told the visiting Pentagon chief Hanoi stays committed to a diversified foreign policy",
    "Tổng Bí thư nói với Thượng nghị sĩ Hagerty rằng Hà Nội cam kết theo đuổi đường lối đối ngoại "
    "đa phương hóa",
    "Tong Bi thu noi voi Thuong nghi si Hagerty rang Ha Noi cam ket theo duoi duong loi doi ngoai "
    "da phuong hoa",
]


@pytest.mark.parametrize("statement", OTHER_UNDERTAKINGS)
def test_an_unnamed_undertaking_is_no_exchanged_word(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict != CONTRADICTED


@pytest.mark.parametrize(("statement", "expected"), KEPT)
def test_an_undertaking_to_go_on_is_borne_out_by_its_plan(
    checker: Checker, statement: str, expected: str
) -> None:
    assert checker.check(statement).verdict == expected

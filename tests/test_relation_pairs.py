"""A relation named with its two sides after it, in someone's words (issue 10, session 23,
speakers): in "Ông Leahy nhấn mạnh quan hệ Việt Nam – Mỹ là hình mẫu về hòa giải" the relation's
parties are the pair after its noun, not the speaker before the verb of saying, who was read as
the relation's doer (Leahy's ties with Vietnam) and left the view open. A relation is between
two sides (a symmetric predicate): where the pair follows its noun, joined by a dash or a list
joiner, after a stance verb, no one before that verb is a party of it (check.assertions,
`_Reader.bind`). Another act after a verb of saying keeps the speaker as its doer ("mong muốn
thăm Việt Nam"), and a name right before an act's verb on the relation does that act ("Ông
Hegseth nâng tầm quan hệ Việt - Mỹ": tests/test_state_parties.py).

Written before the rule, in wording of our own (wire copy, headline, social post), in
Vietnamese, Vietnamese without diacritics and English."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

CONTRADICTED = "contradicted"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Cựu TNS Leahy khẳng định quan hệ Việt – Mỹ là một hình mẫu hòa giải.", SUPPORTED),
        ("Ông Patrick Leahy cho rằng quan hệ Mỹ và Việt Nam là hình mẫu về hòa giải", SUPPORTED),
        ("Cuu TNS Leahy khang dinh quan he Viet - My la hinh mau ve hoa giai", SUPPORTED),
        # English names the sides before the noun, read as before
        ("Ex-senator Leahy stressed that Vietnam-US ties are a model of reconciliation", SUPPORTED),
        # his own words denied: the view he stressed refutes it
        (
            "Ông Leahy khẳng định quan hệ Việt – Mỹ không phải là hình mẫu về hòa giải.",
            CONTRADICTED,
        ),
        # a minister who upgraded the ties himself: no verb of saying, his act, not the sides'
        ("Bộ trưởng Hegseth nâng cấp quan hệ Việt – Mỹ lên Đối tác chiến lược toàn diện.", NEI),
        # Leahy's own visit after a verb of wishing is still his
        ("Ông Leahy mong muốn thăm Việt Nam trong năm nay.", NEI),
    ],
)
def test_the_pair_after_the_relation(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_the_pair_is_the_relations_parties(checker: Checker) -> None:
    parsed = checker.parse("Ông Leahy nhấn mạnh quan hệ Việt Nam – Mỹ là hình mẫu về hòa giải")
    from factdb.check.assertions import predications

    said = [p for p in predications(parsed, checker.vocab) if p.predicate == "partnership_level"]
    assert said and all(p.agent != "patrick-leahy" for p in said)

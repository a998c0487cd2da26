"""Session 28, offices: pairs of offices one person does not hold, as data with reasons (issue 10).

A wrong office given to a named holder contradicts only where the vocabulary knows that the two
offices differ (fixtures/vocabulary/offices.yaml, each rule with the reason a reviewer checks):

- The US Secretary of Homeland Security ("Bộ trưởng Nội an", "Bộ trưởng An ninh Nội địa") heads
  a department of the cabinet of its own: the Secretary of War, the Trade Representative and a
  defence minister are other people (fixtures/vocabulary/roles.yaml `homeland-security-secretary`).
  Before, "Bo truong Noi an My Pete Hegseth" was an office the vocabulary did not read, left open.
- Vietnam's Communist Party gives its general secretary and the prime minister to two people, so
  "PM To Lam" of the party's general secretary is refuted, and so is "Vietnam's Prime Minister":
  a body's office is one of its country too under a rule between two offices (rules.decide_office,
  World.countries_of). Not so the state president, whom a
  general secretary has been at the same time: "Chủ tịch nước Tô Lâm" stays open.

A title no claim decides is left to the rest of the statement, whose words it leaves open; so it is
beside the same office another holder's claim bears out ("Cựu Thủ tướng Tô Lâm gặp Thủ tướng
Orbán", which was supported): that claim accounts for the other title's words, not for this one
(Offices.said_beside).

Traps: the right office stays supported, a former title and a plan decide nothing, and someone
the base does not know given such an office ("Kristi Noem") is left open.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


HOMELAND = [
    ("US Homeland Security Secretary Pete Hegseth was received by Lam.", CONTRADICTED),
    ("Secretary of Homeland Security Pete Hegseth was received by Lam.", CONTRADICTED),
    ("Bộ trưởng Nội an Mỹ Pete Hegseth được Tổng Bí thư tiếp.", CONTRADICTED),
    ("Bo truong Noi an My Pete Hegseth duoc TBT tiep.", CONTRADICTED),
    ("Bộ trưởng An ninh Nội địa Mỹ Jamieson Greer gặp Tổng Bí thư.", CONTRADICTED),
    ("Bo truong An ninh Noi dia My Jamieson Greer gap Tong Bi thu.", CONTRADICTED),
    # traps: the right department, and a holder the base does not know
    ("US War Secretary Pete Hegseth was received by Lam.", SUPPORTED),
    ("Bộ trưởng Chiến tranh Mỹ Pete Hegseth được Tổng Bí thư tiếp.", SUPPORTED),
    ("Homeland Security Secretary Kristi Noem was received by Lam.", NEI),
    ("Bộ trưởng Nội an Mỹ Kristi Noem được Tổng Bí thư tiếp.", NEI),
    ("Bo truong Noi an My Kristi Noem duoc TBT tiep.", NEI),
]

PARTY_AND_GOVERNMENT = [
    ("PM To Lam met Hungarian Prime Minister Viktor Orbán in Washington.", CONTRADICTED),
    ("Prime Minister To Lam met Viktor Orbán in Washington on February 19.", CONTRADICTED),
    ("Thủ tướng Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.", CONTRADICTED),
    ("Thu tuong To Lam gap Thu tuong Hungary Viktor Orban tai Washington.", CONTRADICTED),
    # ... the prime minister of the party's country (World.countries_of: the Communist Party
    # of Vietnam is Vietnam's)
    ("Vietnam's Prime Minister To Lam will attend the Board of Peace meeting.", CONTRADICTED),
    ("Thủ tướng Việt Nam Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.", CONTRADICTED),
    ("Thu tuong Viet Nam To Lam gap Thu tuong Hungary Viktor Orban tai Washington.", CONTRADICTED),
    ("Ông Tô Lâm là Thủ tướng.", CONTRADICTED),
    ("Ong To Lam la Thu tuong.", CONTRADICTED),
    ("To Lam is the prime minister.", CONTRADICTED),
    # traps: his own office; the state presidency, which a general secretary has held with it;
    # a former title, and a plan, which the sources' present does not decide
    (
        "General Secretary To Lam met Hungarian Prime Minister Viktor Orbán in Washington.",
        SUPPORTED,
    ),
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.", SUPPORTED),
    ("Chủ tịch nước Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.", NEI),
    ("President To Lam met Viktor Orbán in Washington.", NEI),
    ("Chu tich nuoc To Lam gap Thu tuong Hungary Viktor Orban tai Washington.", NEI),
    ("Former Prime Minister To Lam met Viktor Orbán in Washington.", NEI),
    # a title no claim decides, beside the same office another holder's claim bears out: that
    # claim does not account for the first title's words (Offices.said_beside)
    ("Former Prime Minister To Lam met Prime Minister Viktor Orbán in Washington.", NEI),
    ("Cựu Thủ tướng Tô Lâm gặp Thủ tướng Viktor Orbán tại Washington.", NEI),
    ("Cuu Thu tuong To Lam gap Thu tuong Viktor Orban tai Washington.", NEI),
    # ... while two holders of one office, each borne out, stay supported
    (
        "To Lam met Hungarian Prime Minister Viktor Orbán and Pakistani Prime Minister Shehbaz "
        "Sharif in Washington.",
        SUPPORTED,
    ),
    (
        "Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán và Thủ tướng Pakistan Shehbaz "
        "Sharif tại Washington.",
        SUPPORTED,
    ),
    (
        "Tong Bi thu To Lam gap Thu tuong Hungary Viktor Orban va Thu tuong Pakistan Shehbaz "
        "Sharif tai Washington.",
        SUPPORTED,
    ),
    ("To Lam hopes to become prime minister.", NEI),
    # another country's prime minister: no rule between the party of one country and the
    # government of another, and no claim of who holds that one
    ("Laotian Prime Minister To Lam met Viktor Orbán in Washington.", NEI),
    ("Thủ tướng Lào Tô Lâm gặp Thủ tướng Hungary Viktor Orbán tại Washington.", NEI),
    ("Thu tuong Lao To Lam gap Thu tuong Hungary Viktor Orban tai Washington.", NEI),
    ("Ông Tô Lâm mong muốn trở thành Thủ tướng.", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), HOMELAND + PARTY_AND_GOVERNMENT)
def test_verdict(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    assert judgement.explanation
    if verdict != NEI:
        assert judgement.evidence, "a verdict cites a verified span"

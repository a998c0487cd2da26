"""Session 21, a country said after a titled name (issue 10: a confident wrong verdict is the
worst outcome; absence of a claim never contradicts).

"President Trump of Vietnam", "Prime Minister Orbán of Indonesia": the country after the name,
tied to it by "of" ("của"; `holder_place_links` in lexicon/<lang>/statements.yaml), is where the
title is held, as it is when written before the title ("Indonesian Prime Minister Orbán"): the
title is refuted where the claims give him that office in another country, borne out in his own
(check.assertions._Reader._holder_place).

Traps: a country owning the next noun ("praise by President Trump of Vietnam's economy"), the
title of someone the subject acts on ("Trump invited Vietnam's president"), an organisation
after the name ("President Trump of the Board of Peace") and a state after a senator's name stay
as before; a country with no senate ("Senator Daines of Vietnam") is refuted since session 30 by
the rule that one sits in one country's senate at a time.
"""

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
        # the reviewer's confident wrong
        ("President Trump of Vietnam invited Lam.", CONTRADICTED),
        # wire copy, headlines and posts of our own
        (
            "WASHINGTON (AP) - Prime Minister Orbán of Indonesia sat down with To Lam on Thursday.",
            CONTRADICTED,
        ),
        ("President Trump of Vietnam sends letter to To Lam", CONTRADICTED),
        ("Tổng thống Trump của Việt Nam gửi thư mời Tổng Bí thư Tô Lâm.", CONTRADICTED),
        ("Thủ tướng Orbán của Indonesia hội kiến Tổng Bí thư Tô Lâm.", CONTRADICTED),
        ("Tong thong Trump cua Viet Nam gui thu moi Tong Bi thu To Lam", CONTRADICTED),
        ("Thu tuong Orban cua Indonesia hoi kien Tong Bi thu To Lam", CONTRADICTED),
        # his own country after his name stays borne out
        ("Prime Minister Orbán of Hungary met Lam.", SUPPORTED),
        ("President Trump of the United States invited Lam to the Board of Peace.", SUPPORTED),
        ("Thủ tướng Orbán của Hungary gặp Tổng Bí thư Tô Lâm.", SUPPORTED),
        ("Thu tuong Orban cua Hungary gap Tong Bi thu To Lam", SUPPORTED),
    ],
)
def test_a_country_after_a_titled_name_is_the_titles(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The praise by President Trump of Vietnam's economy was noted.", NEI),
        ("Trump invited Vietnam's president to join the Board of Peace.", NEI),
        # a country with no such office: since session 30 one sits in one country's senate at a
        # time (fixtures/vocabulary/offices.yaml), so Daines' US seat refutes it
        ("To Lam phoned Senator Daines of Vietnam on Feb. 18.", CONTRADICTED),
        # an organisation after the name is not a country the title is held in
        ("President Trump of the Board of Peace invited Lam.", SUPPORTED),
        ("Lam had a call with former senator Patrick Leahy of Vermont.", SUPPORTED),
        ("Lam had a call with Senator Steve Daines of Montana.", NEI),
    ],
)
def test_a_country_not_said_of_the_title_is_left_alone(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation

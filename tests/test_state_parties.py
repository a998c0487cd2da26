"""A relation between states is no person's act (session 18, review category 3): the parties of
a partnership, its upgrade, diplomatic ties and trade are states (`parties: states` in
fixtures/vocabulary/predicates.yaml), so a person named as their doer is not his country
(rules.bind_party): the statement is left not enough info, never contradicted. The states
themselves, their capitals, and a leader's own acts are read as before. Run on the curated base
in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.rules import bind_party
from factdb.lexicon.vocabulary import COUNTRY, PERSON


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


@pytest.mark.parametrize(
    "statement",
    [
        "Trump upgraded ties with Vietnam in September 2023.",
        "Leahy upgraded ties with Vietnam in 2023.",
        "Hegseth elevated ties with Hanoi in 2023",
        "Trump raised the US-Vietnam relationship to a comprehensive strategic partnership in 2023",
        "Hegseth established diplomatic relations with Vietnam 30 years ago.",
        "Tổng thống Trump nâng cấp quan hệ với Việt Nam năm 2023",
        "Ông Leahy nâng cấp quan hệ Việt - Mỹ vào tháng 9/2023",
        "Tong thong Trump nang cap quan he voi Viet Nam nam 2023",
        "Ong Leahy nang cap quan he Viet - My vao thang 9/2023",
        "Ties with Vietnam were upgraded by Trump in September 2023",
        "Ông Trump nâng cấp quan hệ với Việt Nam năm 2023",
        "Ông Hegseth nâng tầm quan hệ Việt - Mỹ lên Đối tác chiến lược toàn diện năm 2023",
        "Ong Trump nang cap quan he voi Viet Nam nam 2023",
        # said as his: a possessive, "của" (given_by in factdb/lexicon/<lang>/statements.yaml)
        "Trump's upgrade of ties with Vietnam came in September 2023",
        "Orban's trade with Vietnam topped 1 billion USD",
        "Việc nâng cấp quan hệ của ông Trump với Việt Nam diễn ra tháng 9/2023",
        "Quan hệ đối tác của ông Hegseth với Việt Nam được nâng cấp năm 2023",
        "Viec nang cap quan he cua ong Trump voi Viet Nam dien ra thang 9/2023",
    ],
)
def test_a_person_named_as_the_doer_of_a_states_relation_is_not_enough_info(
    checker: Checker, statement: str
) -> None:
    assert checker.check(statement).verdict == "not_enough_info"


@pytest.mark.parametrize(
    "statement",
    [
        "Vietnam and the US upgraded ties to a comprehensive strategic partnership in 2023",
        "Hanoi and Washington upgraded ties to a comprehensive strategic partnership in 2023",
        "Vietnam and the US marked 30 years of diplomatic relations in 2025",
        "Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác chiến lược toàn diện năm 2023",
        "Hà Nội và Washington nâng cấp quan hệ năm 2023",
        "Viet Nam va My nang cap quan he len Doi tac chien luoc toan dien nam 2023",
        # a state's own, said as its: the possessive binds no person
        "Hungary's trade with Vietnam topped 1 billion USD",
        "Kim ngạch thương mại của Hungary với Việt Nam vượt 1 tỷ USD năm 2025",
        "Kim ngach thuong mai cua Hungary voi Viet Nam vuot 1 ty USD nam 2025",
        # a leader's own acts: a meeting, a congratulation of his country's counterpart
        "To Lam met Viktor Orban",
        "Lam congratulated Pashinyan",
        "Tổng Bí thư Tô Lâm hội kiến Thủ tướng Orbán",
        "Tong Bi thu To Lam hoi kien Thu tuong Orban",
    ],
)
def test_the_states_their_capitals_and_a_leaders_own_acts_stay_supported(
    checker: Checker, statement: str
) -> None:
    assert checker.check(statement).verdict == "supported"


def test_the_relations_of_states_are_marked_in_the_vocabulary(checker: Checker) -> None:
    states = {p.id for p in checker.vocab.predicates.values() if p.state_parties}
    assert {"partnership_level", "partnership_upgraded", "diplomatic_relations_anniversary"} <= (
        states
    )
    # a meeting or a congratulation is a person's act
    assert not {"met", "congratulated", "visited"} & states


def test_a_person_is_his_country_only_where_the_party_is_not_a_state() -> None:
    us = frozenset({"united-states"})
    assert bind_party("trump", PERSON, "united-states", COUNTRY, us) == "holder"
    assert bind_party("trump", PERSON, "united-states", COUNTRY, us, states=True) == "other"
    # no office placed (a former senator) is no opening either
    assert bind_party("leahy", PERSON, "united-states", COUNTRY, (), states=True) == "other"
    # the state itself, or a capital standing for it, is read as before
    assert bind_party("united-states", COUNTRY, "united-states", COUNTRY, (), states=True) == (
        "same"
    )

"""Issue 10: each part of a statement tied to one claim's roles.

A statement's main predication ("Tô Lâm chúc mừng Thủ tướng Orbán") binds names to its verb:
the agent before it, the names right after it past their titles. A claim bears the predication
out only where its roles hold those names: its subject (or speaker) the agent, its counterparty
or beneficiary the name after the verb, a person standing for a country or a body only where the
claims give him an office there. Support is never assembled from one claim's verb and another
claim's people (Tô Lâm's congratulation of Armenia beside Orbán's office).

Three layers, each tested at its own level: the reading of the slots
(factdb.check.assertions.predications), the pure decision (factdb.check.rules.bind_party, and
decide_claim's rule for a denied claim whose object the statement does not name), and the
verdicts, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.assertions import predications
from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, Stated, bind_party, decide_claim
from tests.builders import claim_view

# --- the decision: how a bound name stands to a claim's party ------------------------------------


def test_a_country_as_doer_is_one_where_the_person_holds_office() -> None:
    """'US officials met Tô Lâm' is not his meeting with Aliyev; 'Hanoi met Orbán' is his."""
    held = {"communist-party-of-vietnam", "vietnam"}
    assert bind_party("united-states", "place", "to-lam", "person", (), "agent", held) == "other"
    assert bind_party("vietnam", "place", "to-lam", "person", (), "agent", held) == "open"
    # after the verb too: "Lam met US officials" is not his meeting with Aliyev
    assert (
        bind_party(
            "united-states", "place", "ilham-aliyev", "person", (), "counterparty", {"azerbaijan"}
        )
        == "other"
    )


def test_another_person_as_agent_is_another_doer() -> None:
    """'Tổng Bí thư Tô Lâm chúc mừng ...' is not Pashinyan's congratulation."""
    args = ("to-lam", "person", "nikol-pashinyan", "person", {"armenia"})
    assert bind_party(*args, slot="agent") == "other"
    assert bind_party(*args, slot="counterparty") == "open"


@pytest.mark.parametrize(
    ("bound", "kind", "party", "party_kind", "places", "rule"),
    [
        # the same entity
        ("viktor-orban", "person", "viktor-orban", "person", {"hungary"}, "same"),
        # a person for a country where the claims give him an office
        ("nikol-pashinyan", "person", "armenia", "country", {"armenia"}, "holder"),
        # a person for a country whose offices the claims give elsewhere only
        ("viktor-orban", "person", "armenia", "country", {"hungary"}, "other"),
        ("pete-hegseth", "person", "vietnam", "country", {"united-states"}, "other"),
        # a body as well as a country
        ("viktor-orban", "person", "board-of-peace", "organisation", {"hungary"}, "other"),
        ("donald-trump", "person", "board-of-peace", "organisation", {"board-of-peace"}, "holder"),
        # a person whose office no claim places may act for his country
        ("to-lam", "person", "vietnam", "country", set(), "open"),
        # a country may stand for its leader ("met Indonesia")
        ("indonesia", "place", "prabowo-subianto", "person", set(), "open"),
        # a person after the verb for another person is the judge's other-party rule
        ("viktor-orban", "person", "kassym-jomart-tokayev", "person", {"hungary"}, "open"),
        # people the statement does not name ("met foreign leaders") are persons
        ("", "people", "vietnamese-community-in-us", "organisation", set(), "other"),
        ("", "people", "viktor-orban", "person", set(), "open"),
    ],
)
def test_bind_party(
    bound: str, kind: str, party: str, party_kind: str, places: set[str], rule: str
) -> None:
    assert bind_party(bound, kind, party, party_kind, places) == rule


def test_a_denied_claim_does_not_refute_an_unnamed_object() -> None:
    """'Hegseth signed an agreement' is not refuted by one agreement not concluded."""
    claim = claim_view(predicate="party_to_agreement", polarity="denied")
    named = decide_claim(claim, Stated(asserted=True))
    assert (named.outcome, named.grounds.rule) == ("contradicts", "denied")
    unnamed = decide_claim(claim, Stated(asserted=True, object_unnamed=True))
    assert (unnamed.outcome, unnamed.grounds.rule) == ("open", "denied-unnamed")


# --- the reading: which names a verb binds -------------------------------------------------------

SLOTS = [
    # statement, predicate, agent, patients
    ("Tô Lâm chúc mừng Thủ tướng Orbán", "congratulated", "to-lam", ("viktor-orban",)),
    ("To Lam chuc mung Thu tuong Orban", "congratulated", "to-lam", ("viktor-orban",)),
    ("To Lam congratulated Prime Minister Orban", "congratulated", "to-lam", ("viktor-orban",)),
    (
        "Lam congratulated Hungarian Prime Minister Viktor Orban",
        "congratulated",
        "to-lam",
        ("viktor-orban",),
    ),
    ("Tô Lâm chúc mừng Armenia", "congratulated", "to-lam", ("armenia",)),
    ("Ông Hegseth đã ký thỏa thuận", "party_to_agreement", "pete-hegseth", ()),
    ("Ong Hegseth da ky thoa thuan", "party_to_agreement", "pete-hegseth", ()),
    # a comma ends the clause: the name before it is not the agent
    ("Gặp Thủ tướng Armenia Nikol Pashinyan, Tô Lâm chúc mừng", "congratulated", "to-lam", ()),
    # words between the verb and a name: nothing is bound after the verb
    ("Tô Lâm chúc mừng những thành tựu Armenia", "congratulated", "to-lam", ()),
    # a bare title names no one
    ("Tổng Bí thư chúc mừng Armenia", "congratulated", None, ("armenia",)),
    # a list after the verb, each name past its own title
    (
        "Tô Lâm gặp Tổng thống Kazakhstan Tokayev, Thủ tướng Orbán và bà con cộng đồng",
        "met",
        "to-lam",
        ("kassym-jomart-tokayev", "viktor-orban", "vietnamese-community-in-us"),
    ),
    (
        "To Lam met Tokayev and the Vietnamese community in the US",
        "met",
        "to-lam",
        ("kassym-jomart-tokayev", "vietnamese-community-in-us"),
    ),
    # a comma without a joiner opens a new clause, not a list; the verb that opens the statement
    # is done by the names opening that clause (assertions._fronted)
    ("Gặp Bộ trưởng Hegseth, ông Tô Lâm chuyển lời mời", "met", "to-lam", ("pete-hegseth",)),
    # whose act its noun is, said after it (`given_by`): he does it, the doer before receives it
    (
        "Tổng Bí thư Tô Lâm lên đường sang Mỹ theo lời mời của Tổng thống Trump",
        "invited",
        "donald-trump",
        ("to-lam",),
    ),
    (
        "Tong Bi thu To Lam len duong sang My theo loi moi cua ong Trump",
        "invited",
        "donald-trump",
        ("to-lam",),
    ),
    (
        "Lam attended the Board of Peace meeting at the invitation of President Trump",
        "invited",
        "donald-trump",
        ("to-lam",),
    ),
    # how they met, between the verb and whom it binds (`modes` in occasions.yaml)
    ("Tổng Bí thư Tô Lâm gặp trực tiếp Thượng nghị sĩ Hagerty", "met", "to-lam", ("bill-hagerty",)),
    ("TBT To Lam gap mat truc tiep ong Leahy", "met", "to-lam", ("patrick-leahy",)),
    (
        "Lam met face to face Senator Daines and Senator Hagerty",
        "met",
        "to-lam",
        ("steve-daines", "bill-hagerty"),
    ),
]


@pytest.mark.parametrize(("statement", "predicate", "agent", "patients"), SLOTS)
def test_slots(
    real_checker: Checker,
    statement: str,
    predicate: str,
    agent: str | None,
    patients: tuple[str, ...],
) -> None:
    with real_checker.snapshot():
        parsed = real_checker.parse(statement)
        found = [p for p in predications(parsed, real_checker.vocab) if p.predicate == predicate]
    assert found, f"no {predicate} trigger read in {statement!r}"
    assert (found[0].agent, found[0].patients) == (agent, patients)


@pytest.mark.parametrize(
    "statement",
    [
        "Lam met foreign leaders",
        "Tô Lâm gặp các lãnh đạo nước ngoài",
        "To Lam gap cac lanh dao nuoc ngoai",
    ],
)
def test_unnamed_people_fill_the_slot_after_the_verb(real_checker: Checker, statement: str) -> None:
    with real_checker.snapshot():
        parsed = real_checker.parse(statement)
        found = [p for p in predications(parsed, real_checker.vocab) if p.predicate == "met"]
    assert found and (found[0].patients, found[0].patient_kind) == ((), "people")


def test_unnamed_people_before_the_verb_do_it(real_checker: Checker) -> None:
    with real_checker.snapshot():
        parsed = real_checker.parse("Cả chín nhà lãnh đạo đều chúc mừng ông Tô Lâm")
        found = predications(parsed, real_checker.vocab)
    assert (found[0].agent_kind, found[0].patients) == ("people", ("to-lam",))
    assert found[0].doers is not None and found[0].doers.text == "nhà lãnh đạo"


def test_a_passive_verb_naming_no_doer_binds_nothing(real_checker: Checker) -> None:
    with real_checker.snapshot():
        parsed = real_checker.parse("Việt Nam được mời tham gia Hội đồng Hòa bình")
        found = predications(parsed, real_checker.vocab)
    assert found and all(not p.agents and not p.patients for p in found)


@pytest.mark.parametrize(
    ("statement", "agent", "patient"),
    [
        ("Pete Hegseth was received by To Lam", "to-lam", "pete-hegseth"),
        ("A letter was sent to Trump by To Lam", "to-lam", "donald-trump"),
        ("Tổng thống Trump được Tô Lâm mời", "to-lam", "donald-trump"),
        ("Tong thong Trump duoc To Lam moi", "to-lam", "donald-trump"),
    ],
)
def test_a_passive_verb_binds_the_doer_it_names(
    real_checker: Checker, statement: str, agent: str, patient: str
) -> None:
    """The one right after the passive word does it; the one named before receives it."""
    with real_checker.snapshot():
        parsed = real_checker.parse(statement)
        (found,) = predications(parsed, real_checker.vocab)
    assert (found.agents, found.patients, found.passive) == ((agent,), (patient,), True)


def test_a_passive_word_elsewhere_leaves_the_verb_bound(real_checker: Checker) -> None:
    """'đạt được' (achieved) is not the passive of 'chúc mừng' three words before it."""
    statement = "Tô Lâm chúc mừng những thành tựu Armenia đạt được"
    with real_checker.snapshot():
        parsed = real_checker.parse(statement)
        found = [p for p in predications(parsed, real_checker.vocab)]
    assert found[0].agents == ("to-lam",)


# --- the verdicts --------------------------------------------------------------------------------

VERDICTS = [
    # Tô Lâm congratulated Armenia; Orbán is Hungary's prime minister: no claim holds both
    ("Tô Lâm chúc mừng Thủ tướng Orbán", NEI),
    ("To Lam chuc mung Thu tuong Orban", NEI),
    ("To Lam congratulated Prime Minister Orban", NEI),
    ("Tô Lâm chúc mừng Armenia", SUPPORTED),
    ("To Lam congratulated Armenia", SUPPORTED),
    # Pashinyan holds office in Armenia: he may stand for it
    ("Tô Lâm chúc mừng Thủ tướng Armenia Nikol Pashinyan", SUPPORTED),
    # Hegseth is no party of Vietnam's agreement with the EU, and the agreement the statement
    # speaks of is not named: the reciprocal trade agreement not concluded does not refute it
    ("Ông Hegseth đã ký thỏa thuận chuyển giao vũ khí cho Việt Nam trong chuyến thăm", NEI),
    ("Ong Hegseth da ky thoa thuan chuyen giao vu khi cho Viet Nam trong chuyen tham", NEI),
    ("Hegseth signed an arms transfer agreement with Vietnam during his visit", NEI),
    # the agreement named: its claim decides
    ("Việt Nam và Mỹ đã ký kết hiệp định thương mại đối ứng", CONTRADICTED),
    # the meetings are each one claim's: the other party is bound to the verb
    ("Tô Lâm gặp Thủ tướng Orbán", SUPPORTED),
    ("Lam met Hungarian Prime Minister Orban", SUPPORTED),
    ("Orbán met Tô Lâm", SUPPORTED),
    # his meeting with the Vietnamese community in the US is not a meeting with Phan Văn Giang,
    # nor with leaders
    ("Tô Lâm gặp Bộ trưởng Phan Văn Giang", NEI),
    ("To Lam met Phan Van Giang", NEI),
    ("To Lam gap Bo truong Phan Van Giang", NEI),
    # his reception of Hegseth is a meeting with him (check.entailment)
    ("Tô Lâm gặp Bộ trưởng Hegseth", SUPPORTED),
    ("To Lam met Hegseth", SUPPORTED),
    ("To Lam gap Bo truong Hegseth", SUPPORTED),
    ("To Lam met Tokayev and the Vietnamese community in the US", SUPPORTED),
    ("Tổng Bí thư Tô Lâm gặp gỡ bà con cộng đồng người Việt tại Mỹ", SUPPORTED),
    # the leaders' congratulations of Vietnam on the 14th Congress, one claim per leader
    ("Thủ tướng Hungary Viktor Orbán chúc mừng Đảng, Nhà nước và nhân dân Việt Nam", SUPPORTED),
    ("Orban chuc mung Viet Nam to chuc thanh cong Dai hoi XIV", SUPPORTED),
    ("Tô Lâm chúc mừng Orbán", NEI),
    ("Vietnam congratulated Orban", NEI),
    ("Tô Lâm chúc mừng các nhà lãnh đạo", NEI),
    # a list before the verb: each speaker's own claim
    ("Tô Lâm và Thủ tướng Orbán gặp nhau tại Washington", SUPPORTED),
    # another person before the verb is another doer
    ("Tô Lâm chúc mừng Việt Nam", NEI),
    # people the statement does not name do it: the claims of one occasion with as many
    # subjects as it says, two at least for a plural
    ("Cả chín nhà lãnh đạo đều chúc mừng ông Tô Lâm tái cử", SUPPORTED),
    ("Cả mười hai nhà lãnh đạo đều chúc mừng ông Tô Lâm tái cử", NEI),
    ("Ten leaders congratulated To Lam", NEI),
    ("The leaders congratulated To Lam on his re-election", SUPPORTED),
    ("Cac nha lanh dao chuc mung Viet Nam", SUPPORTED),
    # Tô Lâm alone congratulated Armenia: not "the leaders"
    ("Các nhà lãnh đạo chúc mừng Armenia", NEI),
    # what something is for is something no claim says, unless a checked predicate follows
    ("Khoản ODA 400 triệu USD của Hungary sẽ được dùng cho các dự án y tế", NEI),
    ("Khoan ODA 400 trieu USD cua Hungary se duoc dung cho cac du an y te", NEI),
    ("Hungary's 400 million dollar ODA will be used for health projects", NEI),
    ("Hungary approved 400 million USD in ODA for Vietnam", SUPPORTED),
    # projects the money is for are a purpose too, whose words ("cấp nước", water supply, not
    # "cấp", grant) no claim reads; a party it is for is its beneficiary (review 3, F)
    ("Gói vay ODA 400 triệu USD từ Hungary sẽ dành cho những dự án cấp nước ở nông thôn", NEI),
    ("Hungary chot 400 trieu USD ODA danh cho cac du an cap nuoc", NEI),
    ("Tổng Bí thư đề nghị Mỹ tiếp tục dành nguồn lực cho dự án tẩy độc ở Biên Hòa", SUPPORTED),
    ("Hungary's $400m ODA to go to Vietnamese water supply projects", NEI),
    ("Hungary hoàn tất thông qua 400 triệu USD vốn ODA dành cho Việt Nam", SUPPORTED),
    ("Hungary thong qua khoan ODA 400 trieu USD danh cho Viet Nam", SUPPORTED),
    # who invited whom, said after the invitation: Trump invited Lâm, not Orbán, nor Lâm Trump
    # (session 20: one inviter of Lâm to that meeting, so Orbán is refuted: tests/
    # test_one_inviter.py; Lâm inviting Trump would be another invitation)
    ("Lam attended the Board of Peace meeting at the invitation of President Trump.", SUPPORTED),
    ("Lam attended the Board of Peace meeting at the invitation of Orbán.", CONTRADICTED),
    ("Trump attended the Board of Peace meeting at the invitation of Lam.", NEI),
    (
        "Lên đường sang Mỹ, Tổng Bí thư Tô Lâm dự họp khai mạc Hội đồng Hòa bình theo lời mời "
        "của ông Trump",
        SUPPORTED,
    ),
    # a date counted from meetings with leaders: those meetings, not the community's (two days
    # after: wrong on both clocks; "một ngày sau" is the next day on Hanoi's, so open)
    ("Hai ngày sau cuộc gặp các lãnh đạo nước ngoài, TBT mới điện đàm với ông Leahy", CONTRADICTED),
    ("Một ngày sau cuộc gặp các lãnh đạo nước ngoài, TBT mới điện đàm với ông Leahy", NEI),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_role_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


def test_parse_shows_who_each_verb_binds(real_checker: Checker) -> None:
    """`factdb parse` lists the binding, so a user sees how the statement was read."""
    bound = real_checker.reading("To Lam chuc mung Thu tuong Orban").predications
    assert [p.to_dict() for p in bound] == [
        {"predicate": "congratulated", "agents": ["to-lam"], "after": ["viktor-orban"]}
    ]


def test_the_reason_names_the_claims_with_other_parties(real_checker: Checker) -> None:
    """Not enough info, and why: Tô Lâm's own congratulation has Armenia, not Orbán."""
    judgement = real_checker.check("Tô Lâm chúc mừng Thủ tướng Orbán")
    assert judgement.verdict == NEI
    assert "its claims have other parties: to-lam-congratulated-armenia" in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # one invitation to an occasion goes one way (factdb/lexicon/world/directions.yaml):
        # turned round on the claim's own occasion it is refuted
        ("Donald Trump accepted To Lam's invitation to join the Board of Peace", CONTRADICTED),
        (
            "Trump accepted Lam's invitation to attend the Board of Peace's inaugural meeting",
            CONTRADICTED,
        ),
        # without the occasion it may be another invitation
        ("Trump accepted Lam's invitation.", NEI),
        # the right way round is borne out
        ("Lam accepted Trump's invitation to join the Board of Peace.", SUPPORTED),
    ],
)
def test_parties_turned_round_on_one_occasion(
    real_checker: Checker, statement: str, verdict: str
) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

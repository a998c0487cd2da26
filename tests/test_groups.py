"""Statements whose subject is several parties: "Vietnam and Pakistan agreed ...", "the two
sides", "các bên", "hai bên khẳng định", "the leaders congratulated ...", and acts set inside
another occasion ("during his visit to Cambodia").

A joint act (a symmetric predicate: agreeing with someone is their agreement both ways round)
is borne out by a claim of either side whose counterparty is the other, a country by the claim
of the person who leads it; a stance given to both sides needs a claim of each, and never
contradicts; an unnamed group ("the leaders", "các bên") needs as many parties on one occasion
as it says, two at least. The statements were written before the code, in the three ways the
press writes them; the traps must stay not enough info.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.assertions import predications
from factdb.check.checker import Checker
from factdb.check.frames import frames
from factdb.check.judge import NEI, SUPPORTED
from factdb.check.stance import read_stance


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # two countries agreeing: Tô Lâm's agreement with Pakistan's side, or Prabowo's
        "Vietnam and Pakistan agree to consolidate political trust",
        "Việt Nam và Pakistan đồng ý nâng cao tin cậy chính trị",
        "Viet Nam va Indonesia nhat tri tang cuong phoi hop tai ASEAN va Lien hop quoc",
        "Vietnam and Pakistan concurred on building political trust.",
        # the sides unnamed: the two sides of one meeting
        "Both sides agreed to enhance political trust.",
        "Hai bên đã nhất trí củng cố lòng tin chính trị",
        "Cac nha lanh dao dong y tang cuong quan he song phuong thuc chat, hieu qua",
        # "all nine": the others of the one party every meeting had
        "Cả chín nhà lãnh đạo đều nhất trí tăng cường quan hệ song phương thực chất, hiệu quả",
        # a stance given to both sides where the sources give it to each
        "In talks with Macinka, both sides affirmed they attach importance to relations "
        "between Vietnam and the Czech Republic.",
        "Hai ben Viet Nam va Sec khang dinh coi trong quan he doi tac chien luoc",
        "Tổng Bí thư Tô Lâm và Thủ tướng Hun Manet cùng khẳng định tiếp tục coi trọng quan hệ "
        "Việt Nam - Campuchia",
        "Lam and Hun Manet jointly affirmed they value the relationship between Vietnam and "
        "Cambodia.",
        # acts inside the occasion the claims put them in
        "Tô Lâm gặp Thủ tướng Hun Manet trong chuyến công tác tại Mỹ",
        "Lam met Hun Manet during his trip to Washington",
        # after the words of a view, the frame is the view's: the welcome was in the visit
        "Lam thanked Hun Sen for the warm welcome during his visit to Cambodia.",
    ],
)
def test_groups_borne_out(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == SUPPORTED


@pytest.mark.parametrize(
    "statement",
    [
        # a pair the sources give no such agreement
        "Vietnam and Hungary agreed to strengthen political trust",
        "Việt Nam và Hoa Kỳ nhất trí củng cố tin cậy chính trị",
        # an act no side did
        "The two sides agreed to upgrade ties to a comprehensive strategic partnership",
        "Cac ben nhat tri nang cap quan he len doi tac chien luoc toan dien",
        # a stance given to both sides where the sources give it to one (NEI, never refuted)
        "Lam and Hun Manet both stressed Vietnam's role in keeping ASEAN united",
        "Tô Lâm và Thủ tướng Hun Manet đều nhấn mạnh vai trò của Việt Nam trong duy trì đoàn kết "
        "ASEAN",
        "Hai ben Viet Nam va Sec deu coi Viet Nam la cua ngo vao ASEAN",
        "Lam and Hun Manet jointly stressed Vietnam's role in ASEAN unity",
        # a plural title speaks for each holder: only Daines praised it (review, category 1)
        "Cả hai thượng nghị sĩ đánh giá cao việc Việt Nam tham gia Hội đồng Hòa bình",
        "Ca hai thuong nghi si danh gia cao viec Viet Nam tham gia Hoi dong Hoa binh",
        "Both senators praised Vietnam's joining the Board of Peace.",
        # more leaders than the sources name
        "All ten leaders congratulated To Lam on his re-election",
        "Cả mười nhà lãnh đạo đều chúc mừng Tô Lâm tái cử",
        "All ten leaders agreed to deepen ties with Vietnam",
        # what was agreed is the act's content: the EVFTA was agreed with the Czech side only
        # (the review's category 1), though Vietnam's being party to it accounts for the name
        "The two sides agreed to use the EVFTA, Lam and Orban said.",
        "Hai bên nhất trí tận dụng hiệu quả EVFTA, Tổng Bí thư Tô Lâm và Thủ tướng Orbán cho biết.",
        "Hai ben nhat tri tan dung EVFTA, TBT To Lam va Thu tuong Orban cho biet",
        # a group of another occasion
        "The leaders congratulated To Lam on his re-election during his visit to Cambodia "
        "in early February",
        "Both sides agreed to strengthen political trust during Hegseth's visit to Hanoi",
        "Cac ben nhat tri tang cuong tin cay chinh tri trong chuyen tham Campuchia dau thang 2",
        "Trong chuyến thăm Campuchia, Tổng Bí thư gặp Thủ tướng Hun Manet",
        "Lam and Shehbaz Sharif agreed to strengthen political trust during Lam's visit to "
        "Cambodia",
    ],
)
def test_group_traps_stay_open(checker: Checker, statement: str) -> None:
    assert checker.check(statement).verdict == NEI


@pytest.mark.parametrize(
    ("statement", "speakers"),
    [
        # a listed name's own title does not break the list
        (
            "Tô Lâm và Thủ tướng Hun Manet đều nhấn mạnh vai trò của Việt Nam",
            {"to-lam", "hun-manet"},
        ),
        ("Lam and Prime Minister Hun Manet both stressed Vietnam's role", {"to-lam", "hun-manet"}),
        # one word for both sides, named from the countries the statement names
        (
            "Hai bên khẳng định coi trọng quan hệ Đối tác chiến lược Việt Nam - Séc",
            {"vietnam", "czech-republic"},
        ),
        ("Hai ben Viet Nam va Sec khang dinh coi trong quan he", {"vietnam", "czech-republic"}),
    ],
)
def test_both_sides_are_each_a_speaker(
    checker: Checker, statement: str, speakers: set[str]
) -> None:
    reading = read_stance(checker.parse(statement), checker.vocab)
    assert reading is not None
    assert {reading.speaker, *reading.others} == speakers


@pytest.mark.parametrize(
    ("statement", "agents"),
    [
        ("Vietnam and Pakistan agreed to strengthen political trust", {"vietnam", "pakistan"}),
        ("Hà Nội và Jakarta thống nhất phối hợp tại ASEAN", {"vietnam", "indonesia"}),
        ("Viet Nam va Sec nhat tri tan dung EVFTA", {"vietnam", "czech-republic"}),
    ],
)
def test_listed_places_do_the_act(checker: Checker, statement: str, agents: set[str]) -> None:
    parsed = checker.parse(statement)
    bound = [p for p in predications(parsed, checker.vocab) if p.predicate == "agreed"]
    assert bound and set(bound[0].agents) == agents


def test_the_party_chief_speaks_for_his_country(checker: Checker) -> None:
    # World.voices: the general secretary's office is held in the party named for Vietnam
    with checker.snapshot():
        assert "vietnam" in checker.judge.world.voices("to-lam")
        assert "to-lam" in checker.judge.world.voices("vietnam")
        assert checker.judge.world.voices("patrick-leahy") == set()


@pytest.mark.parametrize("example", lexicon_examples("statements", "frame_examples"))
def test_frame_corpus(checker: Checker, example: dict[str, Any]) -> None:
    found = set(frames(checker.parse(example["text"]), checker.vocab))
    assert found == ({example["framed"]} if example["framed"] else set())


@pytest.mark.parametrize("example", lexicon_examples("statements", "group_subject_examples"))
def test_group_subject_corpus(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    doers = [p.doers.text for p in predications(parsed, checker.vocab) if p.doers is not None]
    assert doers == [example["doers"]]


@pytest.mark.parametrize(
    ("statement", "predicate", "agents"),
    [
        # a verb joined by "and" with no doer of its own shares its sentence's subject
        ("Lam met Orbán in Washington and congratulated him.", "congratulated", ("to-lam",)),
        ("Tô Lâm gặp Thủ tướng Orbán và chúc mừng Hungary", "congratulated", ("to-lam",)),
        # the names that open the sentence, where no verb before binds one
        (
            "Hai ben Viet Nam va Sec khang dinh coi trong quan he va nhat tri tan dung EVFTA",
            "agreed",
            ("czech-republic", "vietnam"),
        ),
    ],
)
def test_joined_verb_shares_the_subject(
    checker: Checker, statement: str, predicate: str, agents: tuple[str, ...]
) -> None:
    parsed = checker.parse(statement)
    bound = [p for p in predications(parsed, checker.vocab) if p.predicate == predicate]
    assert bound and set(bound[-1].agents) == set(agents)


def test_joined_verb_shares_unnamed_doers(checker: Checker) -> None:
    parsed = checker.parse("The leaders congratulated Lam and congratulated Vietnam.")
    bound = [p for p in predications(parsed, checker.vocab) if p.predicate == "congratulated"]
    assert [p.doers.text if p.doers else None for p in bound] == ["leaders", "leaders"]


def test_a_verb_after_an_invitation_is_the_invited_partys(checker: Checker) -> None:
    # "invited Lam to join the Board and attend ...": attending is Lam's, not Trump's
    parsed = checker.parse("Trump invited Lam to join the Board of Peace and attend its meeting.")
    bound = [p for p in predications(parsed, checker.vocab) if p.predicate == "attended"]
    assert bound and "donald-trump" not in bound[0].agents


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # each country listed before a joint act is one of its sides: Hungary is not the Czech
        # side the EVFTA was agreed with, though Hungary's trade figure accounts for its name
        # (the review of session 20)
        ("Vietnam, Hungary agree to tap the EVFTA to grow two-way trade", NEI),
        ("Vietnam and Hungary agreed to use the EVFTA to lift bilateral trade", NEI),
        ("Việt Nam và Hungary nhất trí tận dụng EVFTA để tăng kim ngạch thương mại", NEI),
        ("Vietnam and Hungary agreed to tap the EVFTA to grow two-way trade", NEI),
        ("Việt Nam và Hungary đồng ý khai thác EVFTA nhằm nâng kim ngạch song phương", NEI),
        (
            "Viet Nam va Hungary dong y khai thac EVFTA nham nang kim ngach thuong mai hai chieu",
            NEI,
        ),
        ("Hanoi and Budapest agree to make full use of EVFTA to boost bilateral trade", NEI),
        # the Czech side, by its country or its capital, or its minister by name, stays a side
        (
            "Hanoi and Prague agree to make better use of the EVFTA to lift bilateral trade",
            SUPPORTED,
        ),
        ("Vietnam and the Czech Republic agreed to use the EVFTA effectively", SUPPORTED),
        ("Việt Nam và Cộng hòa Séc đồng ý khai thác hiệu quả EVFTA", SUPPORTED),
        ("Viet Nam va Sec dong y khai thac hieu qua EVFTA nham tang thuong mai", SUPPORTED),
        ("Lam and Macinka agreed to use the EVFTA to grow two-way trade", SUPPORTED),
    ],
)
def test_every_listed_doer_is_a_side(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

"""A country named for the leader a claim names (issue 10): the general secretary of the
Communist Party of Vietnam holds Vietnam's office, so "Trump invited Vietnam to join the Board"
is his invitation to Tô Lâm. In what capacity ("với tư cách khách mời") is something no
claim says unless a predicate after it is checked; an observer is no member ("với tư cách quan
sát viên" denies the founding membership, lexicon/<lang>/polarity.yaml), which after "invited"
is the invitation's carried content and stays open. English, Vietnamese, and Vietnamese
without diacritics."""

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
        ("Ông Trump gửi thư mời Việt Nam tham gia Hội đồng Hòa bình hôm 16/1", SUPPORTED),
        ("Ong Trump gui thu moi Viet Nam tham gia Hoi dong Hoa binh hom 16/1", SUPPORTED),
        ("On Jan 16 Trump invited Vietnam to join the Board of Peace", SUPPORTED),
        ("Tổng thống Trump rút lại lời mời Việt Nam tham gia Hội đồng Hòa bình", CONTRADICTED),
        # the country of the one congratulated is not who congratulated
        ("Vietnam congratulated Orban", NEI),
        # a country no office of the claim's people is in is not named by them
        ("On Jan 16 Trump invited Cambodia to join the Board of Peace", NEI),
        # a capacity no claim gives
        ("Ong Trump moi Viet Nam tham gia Hoi dong Hoa binh voi tu cach khach moi", NEI),
        ("Trump invited Vietnam to join the Board of Peace in the capacity of a guest", NEI),
        # the capacity of an invitation is its carried content (invited -> founding_member):
        # "as an observer" is a capacity that denies the membership the invitation to join
        # offered, so that invitation refutes it (judge._denied_contents;
        # tests/test_denied_contents.py), as a country said to have joined as an observer is
        # refuted (test_forms)
        (
            "Ong Trump moi Viet Nam tham gia Hoi dong Hoa binh voi tu cach quan sat vien",
            CONTRADICTED,
        ),
        (
            "Trump invited Vietnam to join the Board of Peace in the capacity of an observer",
            CONTRADICTED,
        ),
    ],
)
def test_a_country_by_its_leader(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the country whose office the claim's person holds does what he did
        ("Vietnam has accepted Trump's invitation to join the Board of Peace", SUPPORTED),
        ("Việt Nam đã nhận lời mời của ông Trump tham gia Hội đồng Hòa bình", SUPPORTED),
        # the country of the one congratulated still is not who congratulated
        ("Vietnam congratulated the Hungarian prime minister", NEI),
    ],
)
def test_a_country_does_what_its_leader_did(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Vietnam turned down Trump's invitation to join the Board of Peace",
        "Viet Nam tu choi loi moi tham gia Hoi dong Hoa binh cua ong Trump",
    ],
)
def test_a_country_refusing_what_its_leader_accepted(checker: Checker, statement: str) -> None:
    # a denying verb binds who does it as any verb does, so the country stands for its leader
    assert checker.check(statement).verdict == CONTRADICTED

"""Session 19, offices and their time (issue 10: a confident wrong verdict is the worst outcome).

- A single-holder office given to someone is refuted by its holder's claim only at a time the
  claim fixes the holder (rules.fixes_holder): dates all within the claim's days, an undated
  copula or present tense (the sources' now), or the occasion a city or an event the statement
  names sets the act at (Offices._holders_occasion). A year that holds more than the claim's day,
  or an undated act with no place, may be of another holder.
- A former title said of one moment of its dates, an act's or its own leaving ("stepped down as
  prime minister in 2026": lexicon/<lang>/statements.yaml `office_leaving`), is refuted only by
  a claim that holds all through them; as a state ("As of February 2026, ... was no longer"),
  and undated, as before.
- A title of a known person whom the claims give other offices, not this one, is an assertion
  of its own that stays open (rules `other-office`), whatever other title is borne out.

Each in English, Vietnamese and Vietnamese without diacritics, in wording no corpus uses, with
the near case that keeps its verdict.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


HOLDERS_THEN = [
    # another year, or one holding more than the holder's claimed day
    ("Cambodian Prime Minister Hun Sen toured a factory in Hanoi in 2018.", NEI),
    ("In 2021, Pakistani Prime Minister Nawaz Sharif wrote to Lam.", NEI),
    ("Năm 2020, Thủ tướng Campuchia Hun Sen điện đàm với Tô Lâm.", NEI),
    ("Nam 2020, Thu tuong Campuchia Hun Sen dien dam voi To Lam.", NEI),
    ("Hungarian Prime Minister Peter Magyar greeted Lam in 2026.", NEI),
    ("Năm 2026, Thủ tướng Hungary Peter Magyar đón Tô Lâm.", NEI),
    # an undated act, no place: any year
    ("Cambodian premier Hun Sen shook hands with To Lam.", NEI),
    ("Thủ tướng Pakistan Nawaz Sharif bắt tay Tô Lâm.", NEI),
    ("Thu tuong Pakistan Nawaz Sharif bat tay To Lam.", NEI),
    # the near cases: the holder's day, the sources' now, the occasion a city sets
    ("On 19 February 2026, Cambodian Prime Minister Hun Sen greeted Lam.", CONTRADICTED),
    ("Ngày 19/2/2026, Thủ tướng Campuchia Hun Sen chào đón Tổng Bí thư Tô Lâm.", CONTRADICTED),
    ("Ngay 19/2/2026, Thu tuong Campuchia Hun Sen chao don Tong Bi thu To Lam.", CONTRADICTED),
    ("Hun Sen is the prime minister of Cambodia.", CONTRADICTED),
    ("Ông Hun Sen là Thủ tướng Campuchia.", CONTRADICTED),
    ("Ong Hun Sen la Thu tuong Campuchia.", CONTRADICTED),
    ("In Washington, Lam had a meeting with Cambodian Prime Minister Hun Sen.", CONTRADICTED),
    ("Tại Washington, Tổng Bí thư Tô Lâm hội kiến Thủ tướng Campuchia Hun Sen.", CONTRADICTED),
    ("Tai Washington, Tong Bi thu To Lam hoi kien Thu tuong Campuchia Hun Sen.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), HOLDERS_THEN)
def test_a_holder_refutes_a_title_only_when_his_claim_fixes_the_time(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == CONTRADICTED:
        assert "one person" in judged.explanation
        assert judged.parts and all(p.decisive for p in judged.parts if p.verdict == verdict)


LEAVINGS = [
    # left at some moment of a year the claim holds one day of
    ("Hun Manet resigned as Cambodia's prime minister in 2026.", NEI),
    ("Năm 2026, ông Hun Manet từ chức Thủ tướng Campuchia.", NEI),
    ("Nam 2026, ong Hun Manet tu chuc Thu tuong Campuchia.", NEI),
    # former at the moment of an act in a month the claim holds one day of
    ("Former Senator Bill Hagerty phoned Lam in February 2026.", NEI),
    ("Cựu Thượng nghị sĩ Hagerty điện đàm với Tô Lâm trong tháng 2/2026.", NEI),
    ("Cuu Thuong nghi si Hagerty dien dam voi To Lam trong thang 2/2026.", NEI),
    # the near cases: undated (the sources' now), a state through the month, the claim's day
    ("Tokayev quit as Kazakhstan's president.", CONTRADICTED),
    ("Ông Tokayev đã từ chức Tổng thống Kazakhstan.", CONTRADICTED),
    ("Ong Tokayev da tu chuc Tong thong Kazakhstan.", CONTRADICTED),
    ("As of February 2026, Orbán was no longer Hungary's prime minister.", CONTRADICTED),
    ("Former Senator Bill Hagerty met Lam on Feb. 18, 2026.", CONTRADICTED),
]


@pytest.mark.parametrize(("statement", "verdict"), LEAVINGS)
def test_a_former_title_at_one_moment_needs_the_office_held_all_through(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == NEI:
        assert "may have ended later in it" in judged.explanation


OTHER_OFFICES = [
    ("Vietnamese President To Lam sat down with Hungarian Prime Minister Orbán in DC.", NEI),
    ("Chủ tịch nước Tô Lâm hội kiến Thủ tướng Hungary Orbán tại Washington.", NEI),
    ("Chu tich nuoc To Lam hoi kien Thu tuong Hungary Orban tai Washington.", NEI),
    # another title of the same words borne out beside it does not carry it
    ("Vietnamese President To Lam met Indonesian President Prabowo in Washington.", NEI),
    # the near case: his own office
    ("General Secretary To Lam sat down with Hungary's Prime Minister Orbán", SUPPORTED),
    ("Tổng Bí thư Tô Lâm hội kiến Thủ tướng Hungary Orbán tại Washington.", SUPPORTED),
    ("Tong Bi thu To Lam hoi kien Thu tuong Hungary Orban tai Washington.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), OTHER_OFFICES)
def test_a_title_the_claims_neither_give_nor_rule_out_stays_open(
    checker: Checker, statement: str, verdict: str
) -> None:
    judged = checker.check(statement)
    assert judged.verdict == verdict, judged.explanation
    if verdict == NEI:
        assert "neither gives nor rules out" in judged.explanation


FORMER_LEADERS = [
    # "former" before a leader noun: no office a claim checks, a word they must account for
    ("Former Hungarian leader Viktor Orban met Lam on Feb. 19.", NEI),
    ("Viktor Orbán, the former Hungarian leader, sat down with Lam on 19 February.", NEI),
    ("Cựu lãnh đạo Hungary Viktor Orbán gặp Tô Lâm ngày 19/2.", NEI),
    ("Cuu lanh dao Hungary Viktor Orban gap To Lam ngay 19/2.", NEI),
    # the near cases: "former" before an office, which the claims check
    ("Former Hungarian Prime Minister Viktor Orban met Lam on Feb. 19.", CONTRADICTED),
    ("Former Senator Leahy had a phone call with To Lam", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), FORMER_LEADERS)
def test_a_former_leader_is_not_borne_out_by_the_act(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict

"""Headlines run together with a comma, and an upgrade said now (session 25, occasions).

- The ties an upgrade lifts are what it acts on (`contents` partnership_upgraded in
  lexicon/<lang>/synonyms.yaml): "Indonesia upgrades ties" says an upgrade, which only a claim of
  the upgrade bears out, not the level the ties hold now.
- After a comma that follows the people invited, more names go on with the list only where the
  act after them is what they were invited to do, said as a content where the language marks
  one ("first lady to visit": `content_marks`); "Lam invites Trump, first lady visits Vietnam"
  runs two facts together (check.stance._goes_on).
- An act right after a bare comma that ends a call's clause, with no doer of its own ("Lam
  phones Trump, accepts the invitation"), is said done through the call (modes.chained), as
  one joined to it is.

Written before the rule, in headline, wire and social wording of our own."""

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
        # an upgrade said with no claim of it: the level held now bears nothing out
        ("Lam greets Prabowo, Jakarta upgrades ties", NEI),
        ("Vietnam and Indonesia upgrade their ties", NEI),
        ("Hungary elevates relationship with Vietnam 🇭🇺🇻🇳", NEI),
        ("Indonesia nâng cấp quan hệ với Việt Nam", NEI),
        ("Tổng Bí thư gặp ông Prabowo, Indonesia nâng cấp quan hệ", NEI),
        ("Tong Bi thu gap ong Prabowo, Indonesia nang cap quan he", NEI),
        # the upgrade the claims give, as before
        (
            "Hanoi and Washington upgraded their ties to a comprehensive strategic partnership "
            "in September 2023.",
            SUPPORTED,
        ),
        (
            "Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác chiến lược toàn diện tháng 9/2023.",
            SUPPORTED,
        ),
        (
            "Viet Nam va My nang cap quan he len Doi tac chien luoc toan dien thang 9/2023",
            SUPPORTED,
        ),
    ],
)
def test_an_upgrade_is_its_own_act(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a second fact after the comma: no claim has the first lady visit
        ("Lam invites Trump, Melania tours Vietnam", NEI),
        ("Party chief invites Trump, first lady lands in Da Nang", NEI),
        # more of the people invited, and what they were invited to do
        ("Lam invited Trump, the first lady to visit Vietnam soon.", SUPPORTED),
        ("Tổng Bí thư mời Tổng thống Trump, bà Melania Trump sang thăm Việt Nam.", SUPPORTED),
        ("Tong Bi thu moi Tong thong Trump, ba Melania Trump sang tham Viet Nam", SUPPORTED),
    ],
)
def test_a_comma_after_the_invited(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the act right after the comma with no doer of its own: done through the call, which
        # the claims give as the letter's act (modes.chained, modes.other_channel)
        ("Lam phones Trump, accepts invitation to join Gaza peace board", CONTRADICTED),
        ("TBT dien dam voi ong Trump, nhan loi moi tham gia Hoi dong Hoa binh", CONTRADICTED),
        (
            "Tổng Bí thư điện đàm với Tổng thống Trump, nhận lời mời gia nhập Hội đồng Hòa bình",
            CONTRADICTED,
        ),
        # through the channel the claims give it
        ("Lam writes to Trump, accepts invitation to join Board of Peace", SUPPORTED),
        # another doer after the comma, or the acts dated apart: no act through the call
        ("Lam phoned Trump, Orbán accepted the invitation", NEI),
        ("Lam phoned Trump in July, accepted the Board of Peace invitation in January", NEI),
    ],
)
def test_an_act_chained_to_a_channel(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

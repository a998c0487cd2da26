"""Succession to an office (issue 10, titles), session 34.

"X succeeded / replaced / took over from Y as <office>", "X kế nhiệm / thay Y làm <chức vụ>":
the office after "as", "làm" was read as a copula of the nearest name, Y's, in the present, so
today's holder refuted a true statement of the handover. A succession verb (`successions` in
lexicon/<lang>/statements.yaml) now turns it over (assertions._Reader._successions): the office
is Y's former one, which today's holder does not refute, and X's from its start on; a passive
("Y was succeeded by X") turns the two round, and a title before Y right after the verb ("replaced
Prime Minister Y") is Y's former one. The handover turned round still refutes it where the
claims give the office to the one said to have left it. In English, Vietnamese and Vietnamese
without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the predecessor's office is a former one: open, not refuted by today's holder
    (
        "Hun Manet took over from his father Hun Sen as Cambodian prime minister in August 2023.",
        NEI,
        "Hun Sen",
    ),
    ("Hun Manet replaced Hun Sen as head of Cambodia's government.", NEI, "Hun Sen"),
    (
        "Hun Sen was succeeded by his eldest son Hun Manet as prime minister of Cambodia.",
        NEI,
        "Hun Sen",
    ),
    ("Hun Manet has replaced Prime Minister Hun Sen.", NEI, "former prime minister"),
    (
        "Năm 2023, ông Hun Manet thay thế cha mình là ông Hun Sen làm Thủ tướng Campuchia.",
        NEI,
        "Hun Sen",
    ),
    ("Ông Hun Manet đã kế nhiệm ông Hun Sen làm Thủ tướng Campuchia.", NEI, "Hun Sen"),
    ("Hun Manet ke nhiem ong Hun Sen lam Thu tuong Campuchia tu nam 2023", NEI, "Hun Sen"),
    # traps: on behalf of someone, not his successor ("thay mặt"); a title not right after the
    # verb
    ("Ông Hegseth thay mặt Tổng thống Trump nhận lời mời thăm Việt Nam.", NEI, "Trump"),
    ("Ong Hegseth thay mat Tong thong Trump nhan loi moi tham Viet Nam", NEI, "Trump"),
    # the handover turned round: today's holder said to have left the office
    (
        "Hun Sen took over from Hun Manet as Cambodia's prime minister.",
        CONTRADICTED,
        "hun-manet-pm-cambodia",
    ),
    (
        "Ông Hun Sen kế nhiệm ông Hun Manet làm Thủ tướng Campuchia.",
        CONTRADICTED,
        "hun-manet-pm-cambodia",
    ),
    (
        "Ong Hun Sen thay the ong Hun Manet lam Thu tuong Campuchia",
        CONTRADICTED,
        "hun-manet-pm-cambodia",
    ),
    # the passive turned round
    (
        "Hun Manet was replaced by Hun Sen as prime minister of Cambodia.",
        CONTRADICTED,
        "hun-manet-pm-cambodia",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_succession_titles(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

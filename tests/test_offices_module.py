"""Session 30, the titles and offices a statement gives, at their own layer (issue 10: "a pure
decision ... and an explanation layer"): factdb.check.offices.Offices, which the judge builds
once and asks, called here directly on the curated base's index, in English, Vietnamese and
Vietnamese without diacritics, with the traps that stay not enough info.

- `Offices.parts`: each office assertion decided alone (rules.decide_office): a title a rule
  excludes is refuted, the title the claims give is borne out, and a former title or another
  office no rule excludes is open;
- `Offices.titled`: a party in one name's title is said of him alone, not of a name beside him;
- `Offices.said_beside`: an undecided title that another part bears out for another holder;
- `Offices.narrowed_titles`: an abbreviation of several titles before a name is the one the
  claims give him; before a country it stays as written (English has no such abbreviation in
  its lexicon: its row is a full title, left as written);
- `Offices.holders_at`: who holds an office over a claim's whole time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.check.offices import Offices


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Iterator[Checker]:
    with real_checker.snapshot():
        yield real_checker


@pytest.fixture(scope="module")
def offices(checker: Checker) -> Offices:
    judge = checker.judge
    return Offices(checker.vocab, checker.index, judge.world, judge.words)


@pytest.mark.parametrize(
    ("statement", "verdict", "rule"),
    [
        # a president and a prime minister of one country exclude each other
        ("Hungarian President Viktor Orbán met To Lam.", CONTRADICTED, "incompatible-office"),
        ("Tổng thống Hungary Viktor Orbán gặp Tô Lâm.", CONTRADICTED, "incompatible-office"),
        ("Tong thong Hungary Viktor Orban gap To Lam", CONTRADICTED, "incompatible-office"),
        # the title the claims give him
        ("Hungarian Prime Minister Viktor Orbán met To Lam.", SUPPORTED, "same-office"),
        ("Thủ tướng Hungary Viktor Orbán gặp Tô Lâm.", SUPPORTED, "same-office"),
        ("Thu tuong Hungary Viktor Orban gap To Lam", SUPPORTED, "same-office"),
        # traps: a former title the claims never give him, at a time they do not fix
        ("Former Hungarian President Viktor Orbán met To Lam.", NEI, "no-claim"),
        ("Cựu Tổng thống Hungary Viktor Orbán gặp Tô Lâm.", NEI, "no-claim"),
        ("Cuu Tong thong Hungary Viktor Orban gap To Lam", NEI, "no-claim"),
        # traps: an office no rule excludes from his premiership
        ("Hungarian Finance Minister Viktor Orbán met To Lam.", NEI, "other-office"),
        ("Bộ trưởng Tài chính Hungary Viktor Orbán gặp Tô Lâm.", NEI, "other-office"),
        ("Bo truong Tai chinh Hungary Viktor Orban gap To Lam", NEI, "other-office"),
    ],
)
def test_each_title_is_decided_alone(
    checker: Checker, offices: Offices, statement: str, verdict: str, rule: str
) -> None:
    parts = [p for p in offices.parts(checker.parse(statement)) if "viktor-orban" in p.covers]
    assert [(p.verdict, p.rule) for p in parts] == [(verdict, rule)]
    # a part that decides cites the claim that decided it; an open one may cite none
    assert parts[0].decisive or verdict == NEI


@pytest.mark.parametrize(
    ("statement", "titled"),
    [
        # the party stands in Daines's title: nothing is said of Leahy's
        (
            "Lam spoke with Leahy and Republican Sen. Steve Daines.",
            {"party": frozenset({"steve-daines"})},
        ),
        (
            "Tô Lâm điện đàm với Leahy và Thượng nghị sĩ Cộng hòa Steve Daines.",
            {"party": frozenset({"steve-daines"})},
        ),
        (
            "To Lam dien dam voi Leahy va Thuong nghi si Cong hoa Steve Daines",
            {"party": frozenset({"steve-daines"})},
        ),
        # traps: no party named, nothing said of anyone's
        ("Lam spoke with Leahy and Sen. Steve Daines.", {}),
        ("Tô Lâm điện đàm với Leahy và Thượng nghị sĩ Steve Daines.", {}),
        ("To Lam dien dam voi Leahy va Thuong nghi si Steve Daines", {}),
    ],
)
def test_a_title_is_said_of_its_holder_alone(
    checker: Checker, offices: Offices, statement: str, titled: dict[str, frozenset[str]]
) -> None:
    parsed = checker.parse(statement)
    held_by, _ = checker.judge.world.bare_holders(parsed)
    assert offices.titled(parsed, parsed.predicates, held_by) == titled


@pytest.mark.parametrize(
    ("statement", "beside"),
    [
        # Orbán's premiership is borne out beside Lam's undecided one
        ("Former Prime Minister To Lam met Prime Minister Orbán.", True),
        ("Cựu Thủ tướng Tô Lâm gặp Thủ tướng Orbán.", True),
        ("Cuu Thu tuong To Lam gap Thu tuong Orban", True),
        # traps: no other part bears that office out
        ("Former Prime Minister To Lam met Orbán.", False),
        ("Cựu Thủ tướng Tô Lâm gặp Orbán.", False),
        ("Cuu Thu tuong To Lam gap Orban", False),
    ],
)
def test_an_undecided_title_said_beside_the_same_office(
    checker: Checker, offices: Offices, statement: str, beside: bool
) -> None:
    parts = offices.parts(checker.parse(statement))
    lam = next(p for p in parts if "to-lam" in p.covers)
    assert lam.verdict == NEI
    assert offices.said_beside(lam, parts) is beside


@pytest.mark.parametrize(
    ("statement", "ids"),
    [
        # "TT": Tổng thống or Thủ tướng, the one the claims give the person named after it
        ("TT Orbán gặp TBT Tô Lâm.", ("prime-minister",)),
        ("TT Orban gap TBT To Lam", ("prime-minister",)),
        ("TT Trump gặp TBT Tô Lâm.", ("president",)),
        # trap: before a country, which office the writer meant stays open
        ("TT Hungary gặp TBT Tô Lâm.", ("president", "prime-minister")),
        ("TT Hungary gap TBT To Lam", ("president", "prime-minister")),
        # a full title is left as written
        ("Prime Minister Orbán met Lam.", ("prime-minister",)),
    ],
)
def test_an_abbreviated_title_is_the_one_the_claims_give(
    checker: Checker, offices: Offices, statement: str, ids: tuple[str, ...]
) -> None:
    parsed = offices.narrowed_titles(checker.parse(statement))
    title = min(parsed.entities, key=lambda m: m.start)
    assert sorted(title.ids) == sorted(ids)


@pytest.mark.parametrize(
    ("claim", "where", "holders"),
    [
        # Orbán's premiership covers the day of his meeting with Lam
        ("to-lam-met-orban-2026-02-19", {"hungary"}, {"viktor-orban"}),
        # in any of the countries given: Hun Manet's premiership too
        ("to-lam-met-orban-2026-02-19", {"hungary", "cambodia"}, {"viktor-orban", "hun-manet"}),
        # traps: another country's premiership; an undated plan fixes no time
        ("to-lam-met-orban-2026-02-19", {"azerbaijan"}, set()),
        ("orban-plans-to-visit-vietnam", {"hungary"}, set()),
    ],
)
def test_who_holds_an_office_over_a_claims_time(
    checker: Checker, offices: Offices, claim: str, where: set[str], holders: set[str]
) -> None:
    found = checker.index.claims_naming(list(checker.vocab.predicates), {"viktor-orban"})
    (view,) = [c for cs in found.values() for c in cs if c.id == claim]
    assert offices.holders_at("prime-minister", view, where) == holders

"""Issue 10: statements read into assertions, each judged on its own.

Three layers, each tested at its own level:
- the lexicon corpus (factdb/lexicon/<lang>/titles.yaml): how each language attaches a title
  to a name, read by factdb.check.assertions;
- the decision rules (factdb.check.rules), pure, on hand-made claims;
- the verdicts the checker gives a statement whose title is right or wrong.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from builders import claim_view
from conftest import REPO_ROOT
from sqlalchemy import Engine

from factdb.check.assertions import (
    Assertion,
    affiliations,
    bare_titles,
    distributed,
    indefinite,
    offices_of_places,
)
from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED, decide_described, decide_office
from factdb.extract.dates import find_dates
from factdb.lexicon.index import LANGUAGES, load
from factdb.store.claims import ClaimView

FIXTURES = REPO_ROOT / "fixtures"


@pytest.fixture(scope="module")
def engine(real_engine: Engine) -> Engine:
    return real_engine


@pytest.fixture(scope="module")
def checker(engine: Engine) -> Checker:
    return Checker(engine)


# --- the lexicon corpus: titles ------------------------------------------------------------------

TITLE_EXAMPLES = [
    pytest.param(example, id=f"{lang}-{n}-{example['text'][:40]}")
    for lang in LANGUAGES
    for n, example in enumerate(load(lang, "titles").get("examples", []))
]


def _fields(a: Assertion, wanted: dict[str, Any]) -> dict[str, Any]:
    got = a.to_dict()
    return {k: got[k] for k in wanted}


@pytest.mark.parametrize("example", TITLE_EXAMPLES)
def test_titles_corpus(checker: Checker, example: dict[str, Any]) -> None:
    with checker.snapshot():
        read = checker.reading(example["text"]).assertions
    wanted = example["assertions"]
    assert [_fields(a, w) for a, w in zip(read, wanted, strict=False)] == wanted
    assert len(read) == len(wanted), [a.text for a in read]


# --- the decision rules ---------------------------------------------------------------------

RULES = {
    frozenset({"president", "prime-minister"}): "two people",
    frozenset({"president"}): "one country at a time",
}


def rules(a: str, b: str) -> str | None:
    return RULES.get(frozenset((a, b)))


def office(
    cid: str, who: str, role: str, where: str, start: dt.date, end: dt.date | None = None
) -> ClaimView:
    return claim_view(
        cid,
        who,
        "holds_office",
        object=where,
        qualifiers=(("role", role),),
        time_start=start,
        time_end=end or start,
        time_grain="day",
    )


DAY = dt.date(2026, 2, 19)
ORBAN_PM = office("orban-pm", "orban", "prime-minister", "hungary", DAY)
LEAHY = office("leahy", "leahy", "senator", "us", dt.date.min, dt.date(2026, 2, 18))


def said(subject: str | None, role: str, where: str | None = None, **kw: Any) -> Assertion:
    return Assertion("office", "…", 0, 1, subject, role, where, **kw)


def test_same_office_supports() -> None:
    d = decide_office(said("orban", "prime-minister", "hungary"), [ORBAN_PM], rules)
    assert (d.verdict, d.rule, d.claims) == (SUPPORTED, "same-office", (ORBAN_PM,))


def test_incompatible_office_contradicts_with_the_rules_reason() -> None:
    d = decide_office(said("orban", "president", "hungary"), [ORBAN_PM], rules)
    assert (d.verdict, d.rule, d.reason) == (CONTRADICTED, "incompatible-office", "two people")


def test_a_title_without_jurisdiction_is_read_in_the_claims() -> None:
    assert decide_office(said("orban", "president"), [ORBAN_PM], rules).verdict == CONTRADICTED


def test_offices_without_a_rule_never_contradict() -> None:
    # the office he holds is cited, and keeps the title open (other-office)
    d = decide_office(said("orban", "foreign-minister", "hungary"), [ORBAN_PM], rules)
    assert (d.verdict, d.rule, d.claims) == (NEI, "other-office", (ORBAN_PM,))


def test_another_jurisdiction_contradicts_only_by_a_rule_on_the_same_office() -> None:
    prabowo = office("p", "prabowo", "president", "indonesia", DAY)
    assert decide_office(said("prabowo", "president", "hungary"), [prabowo], rules).verdict == (
        CONTRADICTED
    )
    orban = decide_office(said("orban", "prime-minister", "austria"), [ORBAN_PM], rules)
    assert orban.verdict == NEI  # no prime-minister/prime-minister rule given here


def test_present_tense_against_a_former_office_contradicts() -> None:
    d = decide_office(said("leahy", "senator", tense="present"), [LEAHY], rules)
    assert (d.verdict, d.rule) == (CONTRADICTED, "no-longer")
    assert decide_office(said("leahy", "senator", tense="former"), [LEAHY], rules).verdict == (
        SUPPORTED
    )


def test_an_untensed_title_of_an_office_held_before_is_open() -> None:
    # "Senator Leahy" of a former senator: a courtesy title, or a claim about another time
    d = decide_office(said("leahy", "senator"), [LEAHY], rules)
    assert (d.verdict, d.rule, d.claims) == (NEI, "held-before", (LEAHY,))
    # "Leahy was never a senator" is refuted by the office held before
    denied = decide_office(said("leahy", "senator", polarity="denied"), [LEAHY], rules)
    assert denied.verdict == CONTRADICTED


def test_a_past_title_is_borne_out_by_an_office_held_then_or_now() -> None:
    # "served as", "từng là": held at some time, ended or not
    for claim in (LEAHY, ORBAN_PM):
        who = claim.subject
        d = decide_office(said(who, claim.qualifier("role") or "", tense="past"), [claim], rules)
        assert (d.verdict, d.rule) == (SUPPORTED, "same-office")
    # nor does another office held now exclude it: people change office
    assert decide_office(said("orban", "president", tense="past"), [ORBAN_PM], rules).verdict == (
        NEI
    )


def test_a_title_said_to_begin_at_a_date_is_open() -> None:
    # "became prime minister in 2026": held then, but no claim says since when
    in_2026 = find_dates("in 2026")
    d = decide_office(said("orban", "prime-minister", tense="start"), [ORBAN_PM], rules, in_2026)
    assert (d.verdict, d.rule, d.claims) == (NEI, "began", (ORBAN_PM,))
    # undated, "became prime minister" is only held
    undated = decide_office(said("orban", "prime-minister", tense="start"), [ORBAN_PM], rules)
    assert undated.verdict == SUPPORTED


def test_former_title_against_an_office_held_then_contradicts() -> None:
    d = decide_office(said("orban", "prime-minister", tense="former"), [ORBAN_PM], rules)
    assert (d.verdict, d.rule) == (CONTRADICTED, "still-held")
    # dated after what the sources know: the claim does not meet it
    later = find_dates("in 2027")
    assert (
        decide_office(
            said("orban", "prime-minister", tense="former"), [ORBAN_PM], rules, later
        ).verdict
        == NEI
    )
    # a former title is not contradicted by another office held now: people change office
    assert decide_office(said("orban", "president", tense="former"), [ORBAN_PM], rules).verdict == (
        NEI
    )


def test_a_denied_title_turns_the_affirmed_ones_verdict_over() -> None:
    denied = decide_office(said("orban", "president", polarity="denied"), [ORBAN_PM], rules)
    assert (denied.verdict, denied.rule) == (SUPPORTED, "denied-incompatible-office")
    same = decide_office(said("orban", "prime-minister", polarity="denied"), [ORBAN_PM], rules)
    assert same.verdict == CONTRADICTED
    unknown = decide_office(said("orban", "foreign-minister", polarity="denied"), [ORBAN_PM], rules)
    assert unknown.verdict == NEI


def test_a_planned_title_is_not_decided() -> None:
    d = decide_office(said("orban", "president", modality="plan"), [ORBAN_PM], rules)
    assert (d.verdict, d.rule) == (NEI, "mood")


def test_a_claim_at_another_time_is_set_aside_a_yearless_date_meets_its_day() -> None:
    in_2020 = find_dates("in 2020")
    assert decide_office(said("orban", "president"), [ORBAN_PM], rules, in_2020).verdict == NEI
    same_day = find_dates("on 19 February")
    assert not same_day[0].year_known
    assert decide_office(said("orban", "president"), [ORBAN_PM], rules, same_day).verdict == (
        CONTRADICTED
    )


def test_a_title_as_subject_stands_for_its_holder() -> None:
    a = said(None, "president", "hungary", holder=("prime-minister", "hungary"))
    # undated, "is" speaks of the sources' now, on which the claim fixes the holder
    d = decide_described(a, [ORBAN_PM], rules, now=True)
    assert (d.verdict, d.claims) == (CONTRADICTED, (ORBAN_PM,))
    assert decide_described(a, [], rules, now=True).verdict == NEI  # nothing to cite: abstain
    # set beside an act of no date, it may be of another year and another holder
    assert decide_described(a, [ORBAN_PM], rules).verdict == NEI


# --- verdicts ------------------------------------------------------------------------------------

VERDICTS = [
    # class 1: a title attached to a name is an assertion
    ("Tô Lâm met Hungarian President Viktor Orbán in Washington.", CONTRADICTED),
    ("Tô Lâm met Hungarian Prime Minister Viktor Orbán in Washington.", SUPPORTED),
    ("Viktor Orbán, the president of Hungary, met Tô Lâm.", CONTRADICTED),
    ("The prime minister of Hungary is the president of Hungary.", CONTRADICTED),
    ("Thủ tướng Hungary là Tổng thống Hungary.", CONTRADICTED),
    ("Petr Macinka is the prime minister of the Czech Republic.", CONTRADICTED),
    ("Representative Steve Daines met Tô Lâm.", CONTRADICTED),
    ("Hạ nghị sĩ Steve Daines gặp Tổng Bí thư Tô Lâm.", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm gặp Tổng thống Hungary Viktor Orbán.", CONTRADICTED),
    ("To Lam gap Tong thong Hungary Viktor Orban", CONTRADICTED),
    ("Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Viktor Orbán.", SUPPORTED),
    ("Thứ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Hegseth", CONTRADICTED),
    ("Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Hegseth", SUPPORTED),
    # class 5: one wrong title in a list contradicts the whole statement
    (
        "Tô Lâm met Prime Minister Prabowo Subianto, President Tokayev and Prime Minister Hun "
        "Manet on 19 February.",
        CONTRADICTED,
    ),
    # class 7: a name inside a name ("Board of Peace on Gaza") is part of it, not a place;
    # a title is never swallowed by the committee it chairs
    ("Tô Lâm attended the opening meeting of the Board of Peace on Gaza in Washington.", SUPPORTED),
    ("Ông Leahy từng là Chủ tịch Ủy ban Đối ngoại Thượng viện.", NEI),
    # class 5: a plural title is asserted of each name it governs
    ("The presidents Lam met included Tokayev, Aliyev and Viktor Orbán.", CONTRADICTED),
    (
        "The four prime ministers Lam met were Hun Manet, Pashinyan, Orbán and Tokayev.",
        CONTRADICTED,
    ),
    ("Các Tổng thống mà Tổng Bí thư Tô Lâm gặp gồm Tokayev, Aliyev và Mirziyoyev.", SUPPORTED),
    # countries of the people met are borne out by their offices; offices by country are not
    (
        "Lam met senior leaders from Indonesia, Uzbekistan, Azerbaijan, Kazakhstan, Cambodia, "
        "Armenia, Hungary, Pakistan and the Czech Republic.",
        SUPPORTED,
    ),
    ("Lam met the prime ministers of Hungary, Pakistan and Kazakhstan.", NEI),
    (
        "Lãnh đạo Hungary, Séc và Armenia gặp TBT gồm ba thủ tướng Orbán, Macinka và Pashinyan",
        CONTRADICTED,
    ),
    # a count before a title makes it plural
    ("Bốn thủ tướng TBT gặp ở Washington gồm Hun Manet, Pashinyan, Orbán và Tokayev", CONTRADICTED),
    # class 3: a present-tense office against a former one
    ("Patrick Leahy currently serves as a senator.", CONTRADICTED),
    ("Patrick Leahy hiện là Thượng nghị sĩ Mỹ.", CONTRADICTED),
    # a denied title: true where another office excludes it
    ("Viktor Orbán is not the president of Hungary.", SUPPORTED),
    ("Ông Orbán không phải là Tổng thống Hungary.", SUPPORTED),
    # a former title of an office the sources show held at the time spoken of
    ("Former prime minister Viktor Orbán met Tô Lâm.", CONTRADICTED),
    ("Cựu thượng nghị sĩ Steve Daines điện đàm với Tổng Bí thư ngày 18/2", CONTRADICTED),
    ("Former senator Patrick Leahy spoke with To Lam by phone.", SUPPORTED),
    # an untensed title of an office held before: the press keeps it as a courtesy
    ("TBT Tô Lâm nói chuyện điện thoại với Thượng nghị sĩ Patrick Leahy", NEI),
    ("Senator Patrick Leahy spoke with To Lam by phone.", NEI),
    # an office used as a verb after a tense word
    ("Leahy currently chairs the Senate Appropriations Committee.", CONTRADICTED),
    # class 3: an office used as a present-tense verb right after its subject is present tense
    # (office_verbs), its past form is held at some time; Vietnamese marks no tense on the verb,
    # so an untensed "giữ chức" is open and "từng giữ chức" held at some time
    ("Patrick Leahy chairs the Senate Appropriations Committee.", CONTRADICTED),
    ("Leahy, who chairs the Senate Appropriations Committee, talked with To Lam", CONTRADICTED),
    ("Patrick Leahy once chaired the Senate Appropriations Committee.", SUPPORTED),
    ("Leahy, who chaired the Senate Appropriations Committee, talked with To Lam", SUPPORTED),
    ("Leahy never chaired the Senate Appropriations Committee.", CONTRADICTED),
    # its founding chairman is its chair (lexicon/world/offices.yaml `titled_as`)
    ("Trump chairs the Board of Peace.", SUPPORTED),
    ("Lam chaired the talks with Orbán.", NEI),
    ("Ông Leahy giữ chức Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ", NEI),
    ("Ông Leahy từng giữ chức Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ", SUPPORTED),
    ("Ong Leahy giu chuc Chu tich Uy ban Chuan chi Thuong vien My", NEI),
    ("Ong Leahy tung giu chuc Chu tich Uy ban Chuan chi Thuong vien My", SUPPORTED),
    # a past title: held at some time
    ("Leahy served as president pro tempore of the Senate.", SUPPORTED),
    ("Viktor Orbán từng là Thủ tướng Hungary.", SUPPORTED),
    # class 5: a singular title is its own name's, not the list's after it
    ("Lam Meets Kyrgyz President Japarov, Tokayev and Mirziyoyev", NEI),
    ("Tổng Bí thư Tô Lâm gặp Tổng thống Kyrgyzstan Japarov, Tokayev và Mirziyoyev", NEI),
    # across a verb a title is someone else's: "its prime minister" is Cambodia's, not Lam's
    ("After visiting Cambodia, Lam met its prime minister in Washington.", NEI),
    # titles borne out do not bear out the event the statement is about
    ("Tổng Bí thư Tô Lâm hội đàm với Tổng thống Trump tại Nhà Trắng", NEI),
    ("General Secretary To Lam held talks with President Trump.", NEI),
    # class 7: a country said of a name is borne out by an office held there
    ("Lam met Indonesia's Prabowo, Uzbekistan's Mirziyoyev and Azerbaijan's Aliyev.", SUPPORTED),
    ("Lam met Hungary's Prabowo.", NEI),
    # a body said to be a person's is borne out by an office he holds there
    ("Lam Attends Inaugural Session of Trump's Board of Peace", SUPPORTED),
    ("Lam attended Orbán's Board of Peace meeting", NEI),
    ("Bộ trưởng Thương mại Mỹ Jamieson Greer được Tổng Bí thư Tô Lâm tiếp", CONTRADICTED),
    ("US Commerce Secretary Jamieson Greer met To Lam", CONTRADICTED),
    # a title with no name stands for its one holder
    ("TBT gặp 9 lãnh đạo các nước sáng 19/2", SUPPORTED),
    ("Thủ tướng Hungary gặp Tổng Bí thư Tô Lâm ngày 19/2/2026", SUPPORTED),
    # ... and says nothing itself: no claim says he spoke there
    ("Tổng Bí thư phát biểu tại cuộc họp khai mạc Hội đồng Hòa bình", NEI),
    # class 5: what follows "both"/"đều" after a list is said of each name
    ("Lam phoned Senators Daines and Hagerty, both members of the Appropriations Committee.", NEI),
    (
        "Tô Lâm điện đàm với Daines và Hagerty, cả hai đều là thành viên "
        "Ủy ban Chuẩn chi Thượng viện",
        NEI,
    ),
    ("Daines and Hagerty both spoke with Lam by phone on Feb 18.", SUPPORTED),
    (
        "Orbán and Prabowo both congratulated To Lam on his re-election when they met on "
        "19 February.",
        SUPPORTED,
    ),
    # a title several hold stands for nobody
    ("The prime minister met Lam on 19 February 2026", NEI),
    ("Vietnam's Lam Meets Kazakh President Tokayev in Washington", SUPPORTED),
    ("Thủ tướng Hun Manet có cuộc gặp gỡ với Tổng Bí thư Việt Nam tại Washington", SUPPORTED),
]


def test_a_distributive_word_names_the_list_before_it(checker: Checker) -> None:
    parsed = checker.parse("Lam phoned Daines and Hagerty, both members of the committee.")
    [(_, _, persons)] = distributed(parsed, checker.vocab)
    assert persons == ("steve-daines", "bill-hagerty")
    parsed = checker.parse("Daines và Hagerty đều là thành viên ủy ban")
    assert [p for _, _, p in distributed(parsed, checker.vocab)] == [
        ("steve-daines", "bill-hagerty")
    ]


def test_a_bare_title_is_read_with_its_place(checker: Checker) -> None:
    parsed = checker.parse("Thủ tướng Hungary gặp Tổng Bí thư Tô Lâm")
    [bare] = bare_titles(parsed, checker.vocab)
    assert (bare.office, bare.jurisdiction) == ("prime-minister", "hungary")
    assert bare_titles(checker.parse("Leahy chaired the committee"), checker.vocab) == []


def test_a_title_said_of_a_list_of_countries(checker: Checker) -> None:
    parsed = checker.parse("Lam met the presidents of Indonesia, Kazakhstan and Azerbaijan.")
    [(office, _, places)] = offices_of_places(parsed, checker.vocab)
    assert (office, [p for *_, p in places]) == (
        "president",
        ["indonesia", "kazakhstan", "azerbaijan"],
    )
    parsed = checker.parse("Tô Lâm gặp Thủ tướng các nước Campuchia và Armenia.")
    assert [o for o, _, _ in offices_of_places(parsed, checker.vocab)] == ["prime-minister"]
    # a former title of them: each country's former holder, whom the tense picks
    parsed = checker.parse("Tô Lâm gặp các cựu Thủ tướng Campuchia và Armenia.")
    assert [t for _, t, _ in offices_of_places(parsed, checker.vocab)] == ["former"]
    # one place is a title of its own (the bare title reads it), not a list
    assert offices_of_places(checker.parse("the president of Indonesia"), checker.vocab) == []


def test_a_country_said_of_a_name_is_an_affiliation(checker: Checker) -> None:
    parsed = checker.parse("Lam met Indonesia's Prabowo and Hungarian Prime Minister Orbán.")
    assert affiliations(parsed, checker.vocab) == [("prabowo-subianto", "indonesia")]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_title_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "name", "expected"),
    [
        ("Lam sat down with a Hungarian leader, Orbán", "Hungarian", True),
        ("Lam met one US senator on the trip", "US", True),
        ("Lam met the Hungarian prime minister", "Hungarian", False),
        # an article's letters at the end of a word are no article ("Korean")
        ("Lam met the Korean delegation", "delegation", False),
        ("Tô Lâm tiếp một vị Thủ tướng châu Âu", "Thủ tướng", True),
        ("To Lam tiep mot vi Thu tuong chau Au", "Thu tuong", True),
        ("Tô Lâm tiếp Thủ tướng Hungary", "Thủ tướng", False),
        ("To Lam tiep Thu tuong Hungary", "Thu tuong", False),
    ],
)
def test_an_indefinite_article_is_read_from_the_statements_words(
    checker: Checker, statement: str, name: str, expected: bool
) -> None:
    parsed = checker.parse(statement)
    assert indefinite(parsed, statement.index(name)) is expected

"""A count of years right before an event is the event's age that year ("half a century after
the end of the Vietnam War", "40 năm kết thúc chiến tranh"): the count is tied to the event it
measures (factdb.check.ages.read_elapsed, the joining words `elapsed` in
factdb/lexicon/<lang>/statements.yaml) and weighed against the event's anniversary, never as a
figure no claim gives. The sources give 50 years since the war's end in 2025."""

from __future__ import annotations

from typing import Any

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import load as load_lexicon


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "example",
    [e for lang in ("en", "vi") for e in load_lexicon(lang, "statements")["elapsed_examples"]],
)
def test_the_lexicon_examples_read_as_listed(checker: Checker, example: dict[str, Any]) -> None:
    parsed = checker.parse(example["text"])
    if example["predicate"]:
        assert example["predicate"] in parsed.predicates
    else:
        assert not any(why.startswith("count ") for why in parsed.predicates.values())


def test_a_count_before_an_event_reads_its_anniversary(checker: Checker) -> None:
    parsed = checker.parse("2025 marked half a century after the end of the Vietnam War")
    assert "anniversary" in parsed.predicates
    parsed = checker.parse("Nam 2025 tron 50 nam ket thuc chien tranh Viet Nam")
    assert "anniversary" in parsed.predicates
    # a count of days after the event is no age of it
    days = checker.parse("Leahy flew home 40 days after the end of the Vietnam War")
    assert "anniversary" not in days.predicates


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("2025 marked half a century after the end of the Vietnam War", SUPPORTED),
        ("2025: five decades on from the end of the Vietnam War", SUPPORTED),
        ("2025 was four decades after the end of the Vietnam War", CONTRADICTED),
        ("Năm 2025 là dịp nửa thế kỷ kết thúc chiến tranh Việt Nam", SUPPORTED),
        ("Năm 2025 đánh dấu 45 năm chấm dứt chiến tranh Việt Nam", CONTRADICTED),
        ("Nam 2025 tron 50 nam ket thuc chien tranh Viet Nam", SUPPORTED),
        ("nam 2025 danh dau 45 nam ket thuc chien tranh VN", CONTRADICTED),
        # another year: the age the sources give for 2025 fixes nothing of 2015 or 2035
        ("2015 marked four decades since the end of the Vietnam War", NEI),
        ("Năm 2035 sẽ tròn 60 năm kết thúc chiến tranh Việt Nam", NEI),
        # a count that does not touch the event measures something else
        ("Leahy, 48 years a senator, voted to end the Vietnam War", NEI),
    ],
)
def test_an_events_age_is_weighed(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # one person named, his act's place unsaid: the other side is where the claims of that
        # act put him (persons._sides_of_named, World.hosts)
        (
            "Hegseth's visit coincided with the two countries' 30 years of diplomatic ties",
            SUPPORTED,
        ),
        (
            "Pete Hegseth's visit came as the two nations celebrated 35 years of diplomatic ties",
            CONTRADICTED,
        ),
        (
            "Chuyến công du của ông Hegseth trùng dịp hai nước kỷ niệm 35 năm quan hệ ngoại giao",
            CONTRADICTED,
        ),
        (
            "Chuyen cong du cua ong Hegseth dung dip hai nuoc ky niem 30 nam quan he ngoai giao",
            SUPPORTED,
        ),
        # "diplomatic ties" of a headline, its countries named between the count and the ties
        ("Hegseth visited Vietnam for 35 Years of US-Vietnam Diplomatic Ties", CONTRADICTED),
        # a place the statement names is its own: the claims' host is not put in its stead
        (
            "Hegseth's visit to Tokyo came as the two countries marked 35 years of diplomatic ties",
            NEI,
        ),
        # one whose visits the claims put in several countries gives no other side
        ("Lam's visit came as the two countries marked 35 years of diplomatic ties", NEI),
    ],
)
def test_the_two_countries_of_one_persons_visit(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a count above the claim's, said of now, a later now may reach (assess.later_now)
        ("It has been more than 60 years since the end of the Vietnam War", NEI),
        # "more than 30 years" said of now, of ties 30 years old in 2025 in a source of 2026,
        # holds every count they have grown to since (assess.grown_past, tests/test_numbers.py);
        # ties "built" ("vun đắp") over that span are of that age (session 22: parse._read_ages,
        # as labelled.yaml and press/dev label it), and the count is borne out
        ("Quan hệ ngoại giao Việt – Mỹ đã được vun đắp hơn 30 năm qua", SUPPORTED),
        ("Quan he ngoai giao Viet - My da duoc vun dap hon 30 nam qua", SUPPORTED),
        # a count below the claim's, said of now, is refuted: years since an event only grow
        ("It has been just 45 years since the end of the Vietnam War", CONTRADICTED),
    ],
)
def test_a_count_of_now_above_the_claims_is_open(
    checker: Checker, statement: str, verdict: str
) -> None:
    assert checker.check(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a count said as an anniversary measures the event after "of" (`anniversary_links` in
        # lexicon/en/statements.yaml), dated by the act it is set beside: 50 in 2025
        (
            "Hegseth's trip to Hanoi fell on the 40th anniversary of the end of the war",
            CONTRADICTED,
        ),
        ("Lam welcomed Hegseth on the fiftieth anniversary of the war's end", SUPPORTED),
        (
            "Hegseth's visit to Vietnam came on the 50th anniversary of the end of the war",
            SUPPORTED,
        ),
        (
            "Chuyến thăm Việt Nam của ông Hegseth rơi đúng dịp 40 năm ngày kết thúc chiến tranh",
            CONTRADICTED,
        ),
        ("Ông Hegseth thăm Việt Nam đúng dịp kỷ niệm 50 năm ngày chiến tranh kết thúc", SUPPORTED),
        ("Chuyen tham cua ong Hegseth roi dung dip 45 nam ngay ket thuc chien tranh", CONTRADICTED),
        ("Ong Hegseth sang tham Viet Nam dung dip 50 nam ngay ket thuc chien tranh", SUPPORTED),
        # undated, the count is some year's: the year of the marking is not given
        ("Hanoi marked the 40th anniversary of the end of the war with a parade", NEI),
        # a bare count "of" the war is how long it lasted, no age of its end
        ("Hegseth's visit recalled the 20 years of the war", NEI),
        # the short name with its own place is another war's end
        ("2025 brought the first anniversary of the end of the war in Gaza", NEI),
        ("Năm 2025 tròn một năm kết thúc chiến tranh ở Gaza", NEI),
        ("Nam 2025 tron mot nam ket thuc chien tranh o Ukraine", NEI),
    ],
)
def test_an_anniversary_of_an_event(checker: Checker, statement: str, verdict: str) -> None:
    assert checker.check(statement).verdict == verdict

"""Polarity carried by verbs (issue 10), session 35: a request for the opposite.

"Tổng Bí thư đề nghị Hoa Kỳ giảm hợp tác rà phá bom mìn", "Lam urged the US to scale back
demining cooperation" ask for cooperation cut back or stopped, where the sources have the same
speaker ask that very party to work together on it: a content that opens with an antonym of
an undertaking (`committed` antonyms in lexicon/<lang>/polarity.yaml, now with the verbs that
cut it back: "giảm", "giảm dần", "reduce") turns the request the claim bears out round, and its
claim refutes it (judge._denied_contents, from the content read into the request). Another
speaker, another party asked and a request to cut back something no claim has him ask for
stay open. Each class in English, Vietnamese and Vietnamese without diacritics; the
statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from tests.conftest import assert_judged

DEMINING = "to-lam-requested-us-demining-cooperation-2025"
WAR_LEGACY = "to-lam-requested-us-war-legacy-cooperation-2025"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


ROWS = [
    # the request the sources report, turned round by the content's verb
    ("Tổng Bí thư Tô Lâm đề nghị phía Mỹ giảm dần hợp tác rà phá bom mìn", CONTRADICTED, DEMINING),
    ("Tong Bi thu To Lam de nghi phia My giam dan hop tac ra pha bom min", CONTRADICTED, DEMINING),
    (
        "Tổng Bí thư đề nghị Mỹ ngừng hợp tác khắc phục hậu quả chiến tranh.",
        CONTRADICTED,
        WAR_LEGACY,
    ),
    (
        "Lam urged the US to scale back cooperation on bomb and mine clearance.",
        CONTRADICTED,
        DEMINING,
    ),
    (
        "To Lam asked Washington to reduce cooperation on overcoming the consequences of war",
        CONTRADICTED,
        WAR_LEGACY,
    ),
    (
        "Lam pressed Congress to cut funding for the Bien Hoa dioxin cleanup.",
        CONTRADICTED,
        "to-lam-requested-congress-fund-bien-hoa-dioxin-2026-02-18",
    ),
    # the request as the sources give it
    ("Tổng Bí thư đề nghị Mỹ tăng cường hợp tác rà phá bom mìn.", SUPPORTED, DEMINING),
    # traps: another speaker, another party asked, a request no claim has him make
    ("Ông Hun Manet đề nghị Mỹ giảm hợp tác rà phá bom mìn.", NEI, "Hun Manet"),
    (
        "Hun Manet urged the US to scale back cooperation on bomb and mine clearance.",
        NEI,
        "Hun Manet",
    ),
    ("Tổng Bí thư đề nghị Hungary giảm hợp tác rà phá bom mìn.", NEI, "Hungary"),
    ("Tong Bi thu de nghi Hungary giam hop tac ra pha bom min", NEI, "Hungary"),
    ("Tổng Bí thư đề nghị Mỹ giảm thuế đối với hàng hóa Việt Nam.", NEI, "thuế"),
    ("Năm 2019, Tổng Bí thư đề nghị Mỹ giảm hợp tác rà phá bom mìn.", NEI, "2019"),
    ("In 2019 Lam urged the US to scale back cooperation on bomb and mine clearance.", NEI, "2019"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_turned_requests(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

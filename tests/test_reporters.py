"""Who reports a fact (issue 10, recall): a body or a country a statement attributes a fact to
("according to Vietnam's Foreign Ministry", "theo Bộ Ngoại giao") reports it and is no party of
it, where facts decide the statement (Judge._reporter); the fact must still be borne out, and a
person who says it stays a speaker."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


def _verdict(checker: Checker, text: str) -> str:
    with checker.snapshot():
        return checker.check(text).verdict


@pytest.mark.parametrize(
    "statement",
    [
        "According to Vietnam's Foreign Ministry, Lam travelled to the US for the Board of "
        "Peace's inaugural meeting",
        "Theo Bộ Ngoại giao, Tổng Bí thư Tô Lâm đã gặp Tổng thống Indonesia Prabowo Subianto",
    ],
)
def test_a_body_reporting_a_fact_is_no_party(checker: Checker, statement: str) -> None:
    assert _verdict(checker, statement) == "supported"


def test_a_reported_fact_must_still_be_borne_out(checker: Checker) -> None:
    statement = "According to Vietnam's Foreign Ministry, Lam travelled to Japan in February"
    assert _verdict(checker, statement) != "supported"

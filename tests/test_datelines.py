"""A wire story's dateline and its outlet (issue 10, recall): "HANOI (Reuters) -",
"WASHINGTON, Feb 19 (AP) —", "(VnExpress)", "Xinhua reported", "theo TTXVN" say where, when
and by whom a story was filed, not where or when the fact happened (parse.blank_dateline,
framing in lexicon/<lang>/fillers.yaml). A capitalised party before a dash is no dateline."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from factdb.check.checker import Checker
from factdb.check.parse import blank_dateline

FACT = "Hungary approved 400 million USD of ODA for Vietnam"


@pytest.fixture(scope="module")
def checker(real_engine: Engine) -> Checker:
    return Checker(real_engine)


@pytest.mark.parametrize(
    "dateline",
    ["HANOI (Reuters) - ", "WASHINGTON, Feb 19 (AP) — ", "HANOI – ", "(VnExpress) ", "(AFP) - "],
)
def test_a_dateline_is_blanked(checker: Checker, dateline: str) -> None:
    text = dateline + FACT
    blanked = blank_dateline(text, checker.vocab)
    assert blanked == " " * len(dateline) + FACT
    with checker.snapshot():
        assert checker.check(text).verdict == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN - Vietnam ties keep growing",  # a party, not a city
        "US - Vietnam trade grew",  # too few capitals
        "VIETNAM - HUNGARY ODA TOPS 400 MILLION USD",  # a headline in capitals
        "Hanoi - the capital - hosted Orbán",  # a place not in capitals
    ],
)
def test_no_dateline_is_read_where_there_is_none(checker: Checker, text: str) -> None:
    assert blank_dateline(text, checker.vocab) == text


@pytest.mark.parametrize(
    "statement",
    [
        FACT + ", Xinhua reported",
        FACT + ", state media said.",
        "Theo TTXVN, Hungary đã thông qua khoản ODA 400 triệu USD cho Việt Nam",
    ],
)
def test_an_outlet_is_framing(checker: Checker, statement: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == "supported"


def test_a_dateline_does_not_hide_a_detail(checker: Checker) -> None:
    with checker.snapshot():
        judgement = checker.check("HANOI (Reuters) - Hungary secretly approved 400 million USD")
    assert judgement.verdict == "not_enough_info"

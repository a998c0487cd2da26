"""The start of a legislator's time in his chamber, as the press dates it (issue 10, coverage),
session 35.

A source that says a senator was among the first to oppose a war ("sớm phản đối") and that one
of his first important votes in the chamber ended it ("lá phiếu quan trọng đầu tiên") says when
he did so: early in his time there. The press puts it as "in his early years in the Senate",
"early in his Senate career", "as a young senator", "ngay khi vào Thượng viện", "thời còn là
thượng nghị sĩ trẻ". Those words are the glossary's (lexicon/<lang>/glosses.yaml, under the two
source phrases), so the statement that the senator backed the war then is refuted by his own
account, and the one that he opposed it then is no detail the sources lack. A later time ("late
in his career", "những năm cuối"), another senator, and another act at that time stay open:
the words are accounted for only by the sentence that says the early start. Each in English,
Vietnamese and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from tests.conftest import assert_judged

STRESSED = "leahy-stressed-early-opposition-to-war-2026-02-19"
VOTED = "leahy-voted-to-end-vietnam-war"

VERDICTS = [
    # the war backed at the start of his time in the Senate, against his own account
    (
        "Leahy has said he supported the Vietnam War during his early years in the Senate.",
        CONTRADICTED,
        STRESSED,
    ),
    (
        "Early in his Senate career, Leahy voted to keep funding the Vietnam War.",
        CONTRADICTED,
        VOTED,
    ),
    ("As a young senator, Leahy voted to prolong the war in Vietnam.", CONTRADICTED, VOTED),
    (
        "Thời còn là thượng nghị sĩ trẻ, ông Leahy đã ủng hộ chiến tranh tại Việt Nam.",
        CONTRADICTED,
        STRESSED,
    ),
    (
        "Thoi con la thuong nghi si tre, ong Leahy da ung ho chien tranh tai Viet Nam.",
        CONTRADICTED,
        STRESSED,
    ),
    (
        "Ngay khi vào Thượng viện, ông Leahy đã bỏ phiếu ủng hộ tiếp tục cuộc chiến tại Việt Nam.",
        CONTRADICTED,
        VOTED,
    ),
    (
        "Ngay khi vao Thuong vien, ong Leahy da bo phieu ung ho tiep tuc cuoc chien tai Viet Nam.",
        CONTRADICTED,
        VOTED,
    ),
    # traps: a later time the sentence does not say, another senator, another act then
    ("Late in his Senate career, Leahy voted to keep funding the Vietnam War.", NEI, "Late"),
    ("Leahy backed the Vietnam War in his final years in the Senate.", NEI, "final"),
    ("Hagerty backed the Vietnam War early in his Senate career.", NEI, "Bill Hagerty"),
    ("Leahy visited Hanoi early in his Senate career.", NEI, "Hanoi"),
    ("Ông Leahy thăm Việt Nam ngay khi vào Thượng viện.", NEI, "Vietnam"),
    ("Ong Leahy tham Viet Nam ngay khi vao Thuong vien.", NEI, "Vietnam"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_early_tenure_verdicts(
    real_checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(real_checker, statement, verdict, why)

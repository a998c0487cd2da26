"""A denial of a verb that denies by its own sense undoes it (statements.yaml `denying_verbs`,
factdb.check.moods.undone_denials): "did not rule out a visit", "không loại trừ khả năng thăm",
"never denied plans to" leave the plan standing (a visit not ruled out: possible, which readiness
bears out as a plan does), so the plan a source gives bears them out and never refutes them. The
denying verb alone still denies ("ruled out a visit" is refuted by the plan), a plain denial of
the plan still denies, and a plan no claim gives stays open. Each class in English, Vietnamese
and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

VERDICTS = [
    ("Hungarian PM Orbán has not ruled out a trip to Vietnam.", SUPPORTED),
    ("Pakistan's premier did not dismiss the possibility of visiting Vietnam", SUPPORTED),
    ("Orbán has never denied plans to visit Vietnam.", SUPPORTED),
    ("Ông Orbán chưa loại trừ khả năng sang Việt Nam.", SUPPORTED),
    ("Thủ tướng Pakistan không hề bác bỏ khả năng thăm Việt Nam.", SUPPORTED),
    ("Thu tuong Sharif khong gat bo kha nang sang tham Viet Nam", SUPPORTED),
    # the denying verb alone, and a plain denial of the plan, still deny
    ("Orbán ruled out a visit to Vietnam.", CONTRADICTED),
    ("Orbán did not plan to visit Vietnam.", CONTRADICTED),
    ("Thu tuong Orban loai tru kha nang sang Viet Nam", CONTRADICTED),
    # a wish not hidden is a wish voiced ("did not conceal", "không giấu", "made no secret of")
    ("Prime Minister Pashinyan did not conceal his wish to travel to Vietnam.", SUPPORTED),
    ("Pashinyan makes no secret of his wish to visit Vietnam", SUPPORTED),
    ("Thủ tướng Armenia không hề che giấu mong muốn sang thăm Việt Nam.", SUPPORTED),
    ("Thu tuong Pashinyan khong giau mong muon sang tham Viet Nam", SUPPORTED),
    # a wish hidden is one not voiced; a nameless official denies nothing of what he reports
    # (open for the unknown speaker, as before)
    ("Pashinyan hid his wish to visit Vietnam.", CONTRADICTED),
    ("Một quan chức giấu tên cho biết Hungary đã hoàn tất thủ tục thông qua khoản ODA.", NEI),
    # a plan no claim gives stays open, undone or not
    ("Tokayev did not rule out visiting Hungary.", NEI),
    ("Tổng thống Tokayev không loại trừ khả năng thăm Hungary.", NEI),
    ("Tokayev did not hide his wish to visit Hungary.", NEI),
    # "phu nhân" (a wife) is no "phủ nhận" (deny)
    ("Tổng Bí thư mời ông Trump cùng Phu nhân sang thăm Việt Nam.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_undone_denial_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "denied"),
    [
        ("Orbán did not rule out a visit to Vietnam.", False),
        ("Orban didn't rule out a visit to Vietnam.", False),
        ("Ông Orbán không loại trừ khả năng thăm Việt Nam.", False),
        ("Orban khong loai tru kha nang tham Viet Nam", False),
        ("Orbán ruled out a visit to Vietnam.", True),
        ("Ông Orbán loại trừ khả năng thăm Việt Nam.", True),
    ],
)
def test_a_denied_denial_leaves_no_denial_and_the_plan(
    real_checker: Checker, statement: str, denied: bool
) -> None:
    parsed = real_checker.parse(statement)
    assert (parsed.negation is not None) == denied
    # a plan ruled out; one not ruled out is a possibility left open, which readiness (or a
    # plan) bears out: the mood `ready` (tests/test_readiness.py)
    assert parsed.modality == ("plan" if denied else "ready")

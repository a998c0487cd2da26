"""A verb read across a figure's edge takes a word the figure reads: "nửa thế kỷ | kết thúc"
(half a century | since the end) folds to hold "ký kết" (signed), which made "Việt Nam và EU kỷ
niệm nửa thế kỷ kết thúc chiến tranh" a signing the EU-Vietnam free trade agreement bore out.
The figure is the reading (parse: triggers straddling a quantity are dropped), with or without
diacritics; English words never fold into one another so, and keep both readings apart
(issue 10, session 26)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.check.parse import parse_statement


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "figure"),
    [
        ("Việt Nam và EU kỷ niệm nửa thế kỷ kết thúc chiến tranh.", "nửa thế kỷ"),
        ("Viet Nam va EU da co nua the ky ket thuc chien tranh", "nua the ky"),
        ("Vietnam and the EU marked half a century since the war ended.", "half a century"),
    ],
)
def test_no_verb_across_a_figure(checker: Checker, statement: str, figure: str) -> None:
    parsed = parse_statement(statement, checker.vocab)
    assert "party_to_agreement" not in parsed.predicates, parsed.predicates
    assert [q.text for q in parsed.quantities] == [figure]


@pytest.mark.parametrize(
    "statement",
    [
        # the EU's free trade agreement says nothing of the war's end
        "Việt Nam và EU kỷ niệm nửa thế kỷ kết thúc chiến tranh.",
        "Viet Nam va EU ky niem nua the ky ket thuc chien tranh.",
        "Việt Nam và EU đã có nửa thế kỷ kết thúc chiến tranh.",
        "Vietnam and the EU marked half a century since the war ended.",
    ],
)
def test_a_figure_lends_no_word_to_a_verb(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # the figure itself is read as before
        "Năm 2025 đánh dấu nửa thế kỷ kết thúc chiến tranh Việt Nam.",
        "Nam 2025 danh dau nua the ky ket thuc chien tranh Viet Nam.",
        "2025 marked half a century since the end of the Vietnam War.",
    ],
)
def test_the_figure_still_counts(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation

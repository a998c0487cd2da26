"""A heading's label before a colon opens a piece ("Explainer:", "Điểm tin:", "Goc nhin:"):
how it files what follows, never a detail the claims must bear out, so the rest is judged as if
it stood alone (check.datelines.blank_heading; `heading_labels` in lexicon/<lang>/statements.yaml).
A label that disputes what follows ("Myth:", "Tin giả:") reports it without asserting it: not
enough info, as for a question, whatever the rest would get (`disputing_labels`). Only the whole
label counts: other words before a colon stay details, and a name there is a speaker. The
statements are written for these tests; the lexicons' `heading_examples` are their corpus."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.datelines import blank_heading
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize("example", lexicon_examples("statements", "heading_examples"))
def test_heading_corpus(real_checker: Checker, example: dict[str, Any]) -> None:
    result = real_checker.check(example["text"])
    assert result.verdict == example["verdict"], result.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("In brief: Hungary has approved $400m in ODA for Vietnam", SUPPORTED),
        ("Timeline: Orban did not meet To Lam in Washington", CONTRADICTED),
        ("Tin nhanh: Tổng Bí thư Tô Lâm gặp Thủ tướng Hungary Orbán tại Washington", SUPPORTED),
        ("Tieu diem: Hungary khong phe duyet ODA cho Viet Nam", CONTRADICTED),
        # disputed, in each form: open whether what follows is true or false
        ("Hoax: Hungary approved $500m in ODA for Vietnam", NEI),
        ("Tin đồn: Hungary phê duyệt gói ODA 500 triệu USD cho Việt Nam", NEI),
        ("Chua kiem chung: Hungary phe duyet goi ODA 400 trieu USD cho Viet Nam", NEI),
        # a disputing word inside the sentence is no label
        ("Orban called the rumour false: Hungary approved $400m in ODA for Vietnam", NEI),
    ],
)
def test_heading_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize(
    ("text", "blanked", "disputed"),
    [
        ("Explainer: Lam met Orban.", " " * 10 + " Lam met Orban.", None),
        ("BY THE NUMBERS : Lam met Orban.", " " * 16 + " Lam met Orban.", None),
        ("Myth: Lam met Orban.", " " * 5 + " Lam met Orban.", "Myth"),
        ("Tin gia: Lam gap Orban.", " " * 8 + " Lam gap Orban.", "Tin gia"),
        # not a label: kept whole
        ("Orban: Lam met Orban.", "Orban: Lam met Orban.", None),
        ("Lam met Orban: a first.", "Lam met Orban: a first.", None),
        ("Lam met Orban.", "Lam met Orban.", None),
    ],
)
def test_blank_heading(text: str, blanked: str, disputed: str | None) -> None:
    assert blank_heading(text) == (blanked, disputed)


def test_parse_shows_the_disputing_label(real_checker: Checker) -> None:
    parsed = real_checker.parse("Tin giả: Hungary đã phê duyệt gói ODA 400 triệu USD cho Việt Nam.")
    assert parsed.disputed == "Tin giả"
    assert "giả" not in [parsed.text[s:e] for _, s, e in parsed.loose_words]
    assert real_checker.check(parsed.text).explanation.startswith("the statement labels")

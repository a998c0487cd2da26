"""A stance turned round whose object is the opposite of the claim's content (session 24,
occasions): "Lam criticised Washington for sidelining ASEAN", of his welcoming the US regard for
ASEAN's central role. What he finds fault with is his own account of the matter, and the claim's
content refutes it as it refutes "Lam said Washington sidelines ASEAN" (assess.assess_said).
Complaint verbs without "về" ("phàn nàn", "than phiền") and a plural word before the object
("chỉ trích các nỗ lực ...") turn the view round (lexicon/vi/stances.yaml).

Written before the rule, in wire, headline and social wording of our own; traps: another
speaker, another country faulted, a plan, and the fault found with someone else."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # English: wire, headline, social
        "Party chief Lam faulted the Trump administration for ignoring ASEAN",
        "Lam Blasts Washington For Marginalising ASEAN",
        "Lam complained that the US downplays ASEAN's role, wow",
        # Vietnamese
        "Tổng Bí thư than phiền Washington coi nhẹ vai trò của ASEAN.",
        "Tổng Bí thư Tô Lâm chê trách các nỗ lực hòa bình của Tổng thống Trump",
        # without diacritics
        "Tong Bi thu phan nan chinh quyen My xem nhe ASEAN",
        "TBT chi trich cac no luc hoa binh cua TT Trump",
    ],
)
def test_turned_round_onto_the_opposite(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "claim to-lam-" in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # another speaker: the sources never say who else was against what
        "Hun Manet criticised the Trump administration for sidelining ASEAN.",
        "Thủ tướng Hun Manet phàn nàn Mỹ xem nhẹ vai trò của ASEAN.",
        # another country faulted
        "Lam criticised China for sidelining ASEAN.",
        "Tong Bi thu phan nan Trung Quoc xem nhe ASEAN",
        # a plan is not yet a turn
        "Tổng Bí thư sẽ phê phán chính quyền Trump xem nhẹ ASEAN.",
        # the fault found with others
        "Tổng Bí thư chỉ trích những người phản đối nỗ lực hòa bình của ông Trump.",
    ],
)
def test_left_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

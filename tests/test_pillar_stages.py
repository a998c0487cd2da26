"""Session 36, issue 10: defence cooperation called a side area or only begun, of a pillar.

Lâm told Hegseth defence cooperation had become one of the important pillars of the relations.
The press turns it over as a field of secondary rank ("lĩnh vực thứ yếu", "a secondary area")
or as cooperation only at its first step ("mới chỉ ở bước khởi đầu, chưa thành trụ cột", "still
in its infancy"): `opposites` of defence-cooperation-pillar in lexicon/<lang>/polarity.yaml. A
stage is an opposite only with a word saying "only" or "still": a bare "first step" may be a
good start praised. Another field of cooperation, another speaker and a stage affirmed stay
open. Statements written for these tests."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI
from tests.conftest import assert_judged

PILLAR = "to-lam-affirmed-defence-cooperation-pillar-2025"

ROWS = [
    # a field of secondary rank
    (
        "Tổng Bí thư: hợp tác quốc phòng chỉ là một lĩnh vực thứ yếu của quan hệ Việt - Mỹ",
        CONTRADICTED,
        PILLAR,
    ),
    (
        "Tong Bi thu noi hop tac quoc phong chi la linh vuc thu yeu cua quan he hai nuoc",
        CONTRADICTED,
        PILLAR,
    ),
    (
        "Lam told Hegseth defence cooperation remained a secondary area of the relationship.",
        CONTRADICTED,
        PILLAR,
    ),
    # only begun, not yet a pillar
    ("Tổng Bí thư nói hợp tác quốc phòng hai nước còn ở bước khởi đầu.", CONTRADICTED, PILLAR),
    (
        "Tong Bi thu cho rang hop tac quoc phong Viet - My moi chi o buoc dau, chua thanh tru cot",
        CONTRADICTED,
        PILLAR,
    ),
    (
        "Party chief Lam told Hegseth defence cooperation was still at an early stage",
        CONTRADICTED,
        PILLAR,
    ),
    ("Lam told Hegseth that defence cooperation was still in its infancy.", CONTRADICTED, PILLAR),
    # traps: another field, another speaker, a stage affirmed, the pillar itself
    ("Tổng Bí thư nói hợp tác giáo dục hai nước còn ở bước khởi đầu.", NEI, "giáo dục"),
    ("Ông Hegseth nói hợp tác quốc phòng còn ở bước khởi đầu.", NEI, "Pete Hegseth"),
    ("Ong Hegseth noi hop tac quoc phong moi chi o buoc khoi dau", NEI, "Pete Hegseth"),
    ("Hegseth said defence cooperation was still in its infancy.", NEI, "Pete Hegseth"),
    ("Lam told Hegseth that education was a secondary area of the relationship.", NEI, "education"),
]


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(("statement", "expected", "why"), ROWS)
def test_defence_cooperation_called_secondary_or_only_begun(
    checker: Checker, statement: str, expected: str, why: str
) -> None:
    assert_judged(checker, statement, expected, why)

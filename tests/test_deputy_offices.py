"""A deputy's title is an office of its own (session 18, confident wrongs; issue 10 class 1: "a
deputy prime minister is not the prime minister"). A deputy office names the office it deputises
for (`deputy_of` in fixtures/vocabulary); its names are made from that office's by each
language's deputy forms ("Deputy Secretary of War", "Vice Defense Secretary", "Phó Thủ tướng",
and "Thứ trưởng Chiến tranh" of "Bộ trưởng Chiến tranh": `deputy_forms`, `deputy_heads` in
lexicon/<lang>/statements.yaml), and one person does not hold both (a rule made from the same
line, with `deputy_reason`). So a deputy's title given to the one the sources make the minister
is contradicted; "acting", or a deputy of an office no rule relates to the one held, stays open.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED
from factdb.ingest.fixtures import read_vocabulary


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam received US Deputy Secretary of War Pete Hegseth.", CONTRADICTED),
        ("Deputy War Secretary Pete Hegseth held talks with To Lam in Hanoi", CONTRADICTED),
        ("Vice Defense Secretary Pete Hegseth sat down with Vietnam's party chief", CONTRADICTED),
        ("Deputy Prime Minister Viktor Orban met Lam in Washington", CONTRADICTED),
        ("Tô Lâm tiếp Thứ trưởng Bộ Chiến tranh Mỹ Pete Hegseth.", CONTRADICTED),
        ("Thứ trưởng Chiến tranh Hoa Kỳ Pete Hegseth hội kiến Tổng Bí thư Tô Lâm", CONTRADICTED),
        ("TBT To Lam tiep Thu truong Chien tranh My Pete Hegseth tai Ha Noi", CONTRADICTED),
        ("Pho Thu tuong Campuchia Hun Manet gap Tong Bi thu To Lam o Washington", CONTRADICTED),
        # traps: the office held, no deputy; acting is no deputy; no rule relates the offices
        ("Tô Lâm tiếp Bộ trưởng Chiến tranh Hoa Kỳ Pete Hegseth", SUPPORTED),
        ("Deputy Prime Minister Petr Macinka met Lam on February 19", SUPPORTED),
        ("Phó Thủ tướng Séc Petr Macinka gặp Tổng Bí thư Tô Lâm ngày 19/2", SUPPORTED),
        ("Acting Secretary of War Pete Hegseth met Lam", NEI),
        ("Pho Tong thong Hungary Viktor Orban gap To Lam", NEI),
        ("Phó Tổng Bí thư Tô Lâm đã tới Washington", NEI),
    ],
)
def test_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict


def test_a_deputy_is_named_from_its_office_and_excluded_by_it(repo_root: Path) -> None:
    fs, _, check = read_vocabulary([repo_root / "fixtures"])
    assert not check.errors
    names = {alias.casefold() for _, alias in fs.entities["deputy-secretary-of-war"].aliases}
    # from "war secretary", "secretary of defense", "bộ trưởng bộ chiến tranh" ...
    assert {"deputy war secretary", "vice defense secretary", "thứ trưởng bộ chiến tranh"} <= names
    # an acronym is either office's ("Phó TT"), so none is made from one
    assert "phó tt" not in {a.casefold() for _, a in fs.entities["deputy-prime-minister"].aliases}
    rules = {(r.office_a, r.office_b): r.reason for r in fs.office_rules}
    reason = rules[("deputy-secretary-of-war", "secretary-of-war")]
    assert reason.startswith("a deputy secretary of war deputises for the secretary of war")


def test_a_deputy_of_no_role_is_refused(tmp_path: Path) -> None:
    (tmp_path / "entities.yaml").write_text(
        "entities:\n"
        "  - {id: hanoi, type: city, name: {en: Hanoi, vi: Hà Nội}}\n"
        "  - {id: deputy-mayor, type: role, name: {en: deputy mayor, vi: phó thị trưởng},"
        " deputy_of: hanoi}\n",
        encoding="utf-8",
    )
    _, _, check = read_vocabulary([tmp_path / "entities.yaml"])
    assert any("deputy_of 'hanoi' is not a role" in str(e) for e in check.errors)

"""Session 29, offices: the press's short forms of a title (issue 10). "HNS" is the Vietnamese
press's Hạ nghị sĩ as "TNS" is its Thượng nghị sĩ, "CTN" its Chủ tịch nước, and a headline
clips the Secretary of War to "War Sec." or "Defense Sec." (fixtures/vocabulary/roles.yaml,
entities.yaml). Unread, such a title was a word no claim says: "HNS Daines" was left open
where the senator's office refutes a representative's (offices.yaml), and "War Sec. Hegseth"
where his office bears it out.

Traps: "Sec." alone names no department, "CTN Tô Lâm" stays open as "Chủ tịch nước Tô Lâm"
does (a general secretary has been state president at once), and "HNS" given to someone the
base does not know decides nothing."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


# Each row: the statement, its verdict, and the office its short form is read as (None: none).
@pytest.mark.parametrize(
    ("statement", "verdict", "office"),
    [
        ("HNS Daines điện đàm với TBT Tô Lâm.", CONTRADICTED, "representative"),
        ("HNS Daines dien dam voi TBT To Lam.", CONTRADICTED, "representative"),
        ("Rep. Daines spoke by phone with To Lam.", CONTRADICTED, "representative"),
        ("War Sec. Hegseth was received by Lam.", SUPPORTED, "secretary-of-war"),
        ("Defense Sec. Pete Hegseth was received by Lam.", SUPPORTED, "secretary-of-war"),
        ("CTN Tô Lâm tiếp BT Hegseth.", NEI, "president"),
        ("CTN To Lam tiep BT Hegseth.", NEI, "president"),
        # traps
        ("TNS Daines điện đàm với TBT Tô Lâm.", SUPPORTED, "senator"),
        ("TNS Daines dien dam voi TBT To Lam.", SUPPORTED, "senator"),
        ("Sec. Hegseth was received by Lam.", NEI, None),
        ("HNS Tom Cotton điện đàm với TBT Tô Lâm.", NEI, None),
    ],
)
def test_short_forms_of_titles(
    checker: Checker, statement: str, verdict: str, office: str | None
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    if office is not None:
        assert office in {a.office for a in checker.reading(statement).assertions}

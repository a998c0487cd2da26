"""A thanks for the thing a deed furthered (issue 10, session 23, speakers): "Lam thanked Daines
for the Senate resolution", "... for helping steer the resolution", "cảm ơn ông Daines về nghị
quyết kỷ niệm 30 năm" thank him for his part in it, the deed the sources give as the view's key
phrase ("efforts to get the Senate to pass the 30th-anniversary resolution"), whose phrases hold
the thing's name (`furthering` in lexicon/<lang>/topics.yaml, factdb.check.topics._deed).

Only right after the words of a thanks or a praise and the one thanked, past fillers,
`deed_openers` and words of furthering; a word of anything else (a deed of blocking, a denial)
reads no deed, and the statement stays as it was. The thanks given to another senator he spoke
with that day, or by the one thanked to the one who thanked, stays contradicted on the occasion
of that call, as with the deed said in the key phrase's words; given to anyone he had no
exchange with that day (World.met_that_day) it stays open. Written before the rule, in wording
of our own (wire copy, headline, social post), in English, Vietnamese and Vietnamese without
diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

DEED = "to-lam-thanked-daines-resolution-2026-02-18"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        "General Secretary To Lam thanked Sen. Steve Daines for the Senate resolution on 30 years"
        " of diplomatic ties",
        "Lam thanks Daines for backing the 30th-anniversary resolution",
        "Party chief thanked Senator Daines for his support for the 30th anniversary resolution",
        "Tổng Bí thư Tô Lâm cảm ơn Thượng nghị sĩ Daines về nghị quyết kỷ niệm 30 năm quan hệ"
        " ngoại giao.",
        "TBT Tô Lâm cảm ơn ông Daines vì đã ủng hộ nghị quyết kỷ niệm 30 năm",
        "Tong Bi thu cam on TNS Daines ve nghi quyet ky niem 30 nam quan he ngoai giao",
    ],
)
def test_thanks_for_the_thing(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    assert DEED in {c.id for c in judgement.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        # another senator thanked for it on that call
        "To Lam thanked Senator Hagerty for the 30th-anniversary resolution",
        "Tổng Bí thư cảm ơn Thượng nghị sĩ Hagerty về nghị quyết kỷ niệm 30 năm",
        # the thanks turned round: the one thanked thanking
        "Sen. Daines thanked To Lam for backing the 30th-anniversary resolution",
        "TNS Daines cam on Tong Bi thu vi nghi quyet ky niem 30 nam",
        # the opposite of the deed he was thanked for, at that call (session 30: the opposite
        # wordings of the push for the resolution in lexicon/<lang>/polarity.yaml)
        "Lam thanked Daines for blocking the 30th-anniversary resolution",
        "Tổng Bí thư cảm ơn ông Daines vì đã cản trở nghị quyết kỷ niệm 30 năm",
    ],
)
def test_not_his_thanks(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # a deed no one furthered: a denial
        "Tong Bi thu cam on ong Daines vi khong ung ho nghi quyet ky niem 30 nam",
        # no one thanked: the thing alone is no deed of anyone's
        "Lam praised the 30th-anniversary resolution",
        # thanked for it, said of someone he had no exchange with on that day: the sources report
        # no occasion where that thanks would have been given (session 23's older reviewer sets)
        "Lam thanked Hegseth for the 30th anniversary resolution",
        "Lam thanked Leahy for pushing the 30th-anniversary resolution",
        "Tổng Bí thư cảm ơn Tổng thống Trump về nghị quyết kỷ niệm 30 năm.",
        "Tong Bi thu cam on ong Leahy ve nghi quyet ky niem 30 nam quan he ngoai giao.",
    ],
)
def test_no_deed_read(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation

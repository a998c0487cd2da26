"""Session 33, coverage: a call and a meeting in the plain words of the press.

"gọi cho", "gọi tới", "gọi đến" someone is phoning him (`phone_call` in lexicon/vi/synonyms.yaml),
not words a speaker gave ("gọi" alone stays a stance, as in "gọi quan hệ ... là hình mẫu":
`not_stances` in lexicon/vi/stances.yaml); before, "Tổng Bí thư gọi cho ông Daines" read the party
chief as a speaker whose words no claim gives. "got Daines on the phone" (slotted) and "had a
sit-down with" (listed in each form: "had" is no inflection of "have") are a call and a meeting.

In English, Vietnamese and Vietnamese without diacritics, with traps: another party, a meeting
said of a call, another occasion, and the stance "gọi ... là" still read.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from tests.conftest import assert_judged


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


DAINES_CALL = "to-lam-phone-call-daines-2026-02-18"
LEAHY_CALL = "to-lam-phone-call-leahy-2026-02-19"
ORBAN = "to-lam-met-orban-2026-02-19"
MODEL = "leahy-stressed-model-of-reconciliation-2026-02-19"

# (statement, verdict, a claim the verdict cites, or words the reason names)
ROWS = [
    ("Party chief Lam got Senator Daines on the phone on Feb. 18.", SUPPORTED, DAINES_CALL),
    ("Lam had a sit-down with Hungary's Orbán in Washington.", SUPPORTED, ORBAN),
    ("Tổng Bí thư gọi cho Thượng nghị sĩ Daines ngày 18/2.", SUPPORTED, DAINES_CALL),
    ("Tổng Bí thư Tô Lâm gọi tới cựu Thượng nghị sĩ Leahy ngày 19/2.", SUPPORTED, LEAHY_CALL),
    ("Tong Bi thu goi cho TNS Daines ngay 18/2", SUPPORTED, DAINES_CALL),
    ("TBT To Lam goi den ong Leahy ngay 19/2", SUPPORTED, LEAHY_CALL),
    # the stance "gọi ... là" is still a speaker's words
    ("Ông Leahy gọi quan hệ hai nước là hình mẫu về hòa giải.", SUPPORTED, MODEL),
    ("Ong Leahy goi quan he hai nuoc la hinh mau ve hoa giai", SUPPORTED, MODEL),
    # traps: a party no call had, a meeting said of a call
    ("Party chief Lam got Hungary's Orbán on the phone on Feb. 18.", NEI, "phone call"),
    ("Tổng Bí thư gọi cho Thủ tướng Orbán.", NEI, "phone call"),
    ("Tong Bi thu goi cho Thu tuong Orban", NEI, "phone call"),
    ("Lam had a sit-down with Senator Hagerty.", NEI, "met"),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_calls_said_plainly(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

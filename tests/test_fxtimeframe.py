"""A time frame tied to the act (factdb.check.frames.bare_framed): an act said "during the trip"
(`bare_occasions` in lexicon/<lang>/statements.yaml: "trong chuyến thăm", "trong chuyến công
tác"), a trip named by its bare noun, is borne out only by a claim dating it within the days of
a trip of its doer; an office held "when" another act happened (`state_frames`: "when", "khi")
only by a claim of the office dated over the act's days. Before, each part was judged alone: a
call of July 2025 bore out a call "during the trip" of February 2026, and an office Leahy held
long after his 1975 vote bore out holding it "when he voted". Where the claims date the act
outside the trip, or do not date the office, the statement is open, never refuted: the act may
have happened then too, unreported. The near versions keep their verdicts: an act the claims
date within the trip, a trip named with its place, an office held over the act's day, an
office said beside the act ("then chairman"). Each in English, Vietnamese and Vietnamese
without diacritics; statements written for these tests but the reviewer's four."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED

# The reviewer's findings: a time frame said with "when" / "during" that no claim ties to the act
FINDINGS = [
    "Leahy was the Senate's president pro tempore when he voted to end the Vietnam War.",
    "Leahy chaired the Appropriations Committee when he voted to end the war.",
    "To Lam and Trump spoke by phone during the trip.",
    "During the trip, To Lam received Hegseth.",
]

VERDICTS = [
    *((s, NEI) for s in FINDINGS),
    # paraphrases: an act the claims date outside the doer's trips
    ("To Lam spoke with Trump by phone during the trip.", NEI),
    ("Tô Lâm điện đàm với Trump trong chuyến công tác.", NEI),
    ("To Lam dien dam voi Trump trong chuyen cong tac.", NEI),
    ("Trong chuyến thăm, Tổng Bí thư Tô Lâm tiếp Bộ trưởng Hegseth.", NEI),
    ("Trong chuyen tham, Tong Bi thu To Lam tiep Bo truong Hegseth.", NEI),
    ("Tong Bi thu To Lam tiep Bo truong Hegseth trong chuyen cong tac.", NEI),
    # ... and an office no claim dates over the act's day
    ("Leahy was chairman of the Appropriations Committee when he voted to end the war.", NEI),
    (
        "Leahy là Chủ tịch Ủy ban Chuẩn chi Thượng viện khi ông bỏ phiếu chấm dứt chiến tranh.",
        NEI,
    ),
    ("Leahy la Chu tich Uy ban Chuan chi Thuong vien khi ong bo phieu cham dut chien tranh.", NEI),
    # the near versions keep their verdicts: an act the claims date within the trip
    ("During the trip, To Lam met Orbán.", SUPPORTED),
    ("Trong chuyến thăm, Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán.", SUPPORTED),
    ("Trong chuyen tham, Tong Bi thu To Lam gap Thu tuong Orban.", SUPPORTED),
    ("During the trip Lam spoke by phone with Senators Daines and Hagerty.", SUPPORTED),
    # ... an office the claims date over the act's day
    ("To Lam was general secretary when he met Orbán.", SUPPORTED),
    ("Tô Lâm là Tổng Bí thư khi ông gặp Thủ tướng Orbán.", SUPPORTED),
    ("To Lam la Tong Bi thu khi ong gap Thu tuong Orban.", SUPPORTED),
    # ... an act a claim dates on one side only, which puts it nowhere, in the trip or out of it
    ("To Lam also received US Trade Representative Jamieson Greer during the trip.", SUPPORTED),
    # ... a title naming the speaker, no office asserted as held "when" the act happened
    (
        "Hop tac quoc phong la mot tru cot cua quan he Viet - My, TBT noi khi tiep Bo truong"
        " Chien tranh My Pete Hegseth",
        SUPPORTED,
    ),
    # ... a trip named with its place, already tied to its own claim
    ("During his US trip, To Lam received Hegseth.", NEI),
    # ... the act dated as the claims date it
    ("To Lam and Trump spoke by phone in July 2025.", SUPPORTED),
    ("Tô Lâm tiếp Bộ trưởng Hegseth năm 2025.", SUPPORTED),
]


@pytest.mark.parametrize(("statement", "verdict"), VERDICTS)
def test_time_frame_verdicts(real_checker: Checker, statement: str, verdict: str) -> None:
    result = real_checker.check(statement)
    assert result.verdict == verdict, result.explanation

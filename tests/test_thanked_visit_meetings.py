"""A meeting at which a leader thanked his hosts for a visit (issue 10, dates), session 35.

"Meeting Hun Manet, Lam thanked Hun Sen for the warm welcome during his visit to Cambodia in
early February": the place after the visit's word is where the visit went, not where the
meeting was (scope.locative: another act's destination), and the frame "during his visit",
right after the deed a thanks is for, sets that deed in the visit, not the meeting
(frames.framed). The meeting, on 19 February in Washington, and the visit, of early February,
are each borne out by their own claims; a visit dated outside its days is refuted as the
visit thanked for (windows.thanked_for).

Traps stay open: a visit to a country no claim gives, the meeting put in another city with no
date of its own, a frame that sets an agreement in another visit. Each in English, Vietnamese
and Vietnamese without diacritics; the statements are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED

MET = "to-lam-met-hun-manet-2026-02-19"
VISIT = "to-lam-visited-cambodia-2026-02"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


VERDICTS = [
    # the meeting and the visit thanked for, each as the sources give it
    (
        "Sitting down with Hun Manet, Lam thanked Hun Sen for the warm welcome on his trip to "
        "Cambodia in early February 2026.",
        SUPPORTED,
        MET,
    ),
    (
        "Khi gặp Thủ tướng Hun Manet, ông Tô Lâm cảm ơn Chủ tịch Hun Sen về sự đón tiếp nồng hậu "
        "trong chuyến thăm Campuchia đầu tháng 2/2026.",
        SUPPORTED,
        VISIT,
    ),
    (
        "Khi gap Thu tuong Hun Manet, ong To Lam cam on Chu tich Hun Sen ve su don tiep nong hau "
        "trong chuyen tham Campuchia dau thang 2/2026",
        SUPPORTED,
        VISIT,
    ),
    # the visit thanked for, misdated
    (
        "Meeting Hun Manet, To Lam thanked Hun Sen for the warm welcome during his visit to "
        "Cambodia in late January 2026.",
        CONTRADICTED,
        VISIT,
    ),
    (
        "Khi gặp Thủ tướng Hun Manet, ông Tô Lâm cảm ơn Chủ tịch Hun Sen về sự đón tiếp nồng hậu "
        "trong chuyến thăm Campuchia cuối tháng 1/2026.",
        CONTRADICTED,
        VISIT,
    ),
    # a visit no claim gives, the meeting in another city on no day of its own
    (
        "Meeting Hun Manet, To Lam thanked Hun Sen for the warm welcome during his visit to "
        "Laos in early February 2026.",
        NEI,
        "Laos",
    ),
    (
        "Khi gap Thu tuong Hun Manet, ong To Lam cam on Chu tich Hun Sen ve su don tiep nong hau "
        "trong chuyen tham Lao dau thang 2/2026",
        NEI,
        "Lao",
    ),
    (
        "Meeting Hun Manet in Phnom Penh, To Lam thanked Hun Sen for the warm welcome during his "
        "visit to Cambodia in early February 2026.",
        NEI,
        "Phnom Penh",
    ),
    # a frame after an agreement's words sets the agreement in that visit, which stays open
    (
        "Lam and Shehbaz Sharif agreed to strengthen political trust during Lam's visit to "
        "Cambodia.",
        NEI,
        "during",
    ),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), VERDICTS)
def test_thanked_visit_meetings(checker: Checker, statement: str, verdict: str, why: str) -> None:
    assert_judged(checker, statement, verdict, why)

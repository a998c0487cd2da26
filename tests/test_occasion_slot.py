"""An occasion is not what an act was about, where it went or whom it was for (issue 10,
session 25 review A, M3).

A claim's `event` is where its act was done: the leaders congratulated Lâm at the Board of Peace
inaugural meeting, Lâm invited Pashinyan to visit Vietnam there, Hungary's ODA for Vietnam was
reported there. "Congratulated ... on <event>", "chúc mừng ... về <event>" name the topic;
"invited ... to <event>", "mời ... tới <event>" the destination; "for <event>", "cho <event>" the
purpose or beneficiary (`topic_markers`, `destination_markers`, `purpose_markers` in the
occasions lexicons). The event slot bears out none of them, save a destination or purpose where
the claim gives none other (Trump's invitation to the meeting) or the event was held in its
destination (the trip to the US for the meeting): factdb.check.accounting.misslotted. "At",
"tại", "bên lề", "on the sidelines of" keep saying where. Written afresh: wire copy, headlines,
posts, in English, Vietnamese and Vietnamese without diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    "statement",
    [
        # the congratulations were on the re-election and the Congress, at the meeting
        "Pakistan's Sharif congratulates Lam on Gaza peace board's first session",
        "Macinka congratulated To Lam about the inaugural Board of Peace meeting.",
        "Thủ tướng Hun Manet chúc mừng Tổng Bí thư về phiên khai mạc Hội đồng Hòa bình",
        "Thu tuong Hun Manet chuc mung Tong Bi thu ve phien khai mac Hoi dong Hoa binh",
        # the invitation was to visit Vietnam, made at the meeting
        "Lam invites Armenian PM Pashinyan to Gaza peace board's opening session",
        "Tổng Bí thư mời Thủ tướng Pashinyan tới phiên khai mạc Hội đồng Hòa bình",
        "Tong Bi thu moi Thu tuong Pashinyan toi phien khai mac Hoi dong Hoa binh",
        # the ODA is Vietnam's, reported at the meeting
        "Budapest okays $400m in development aid for the Gaza peace board",
        "Hungary duyệt 400 triệu USD vốn ODA dành cho Hội đồng Hòa bình",
        "Hungary duyet 400 trieu USD von ODA danh cho Hoi dong Hoa binh",
    ],
)
def test_occasion_is_no_topic_destination_or_purpose(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI
    assert judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        # where the act was done
        "Orbán congratulated Lam at the Board of Peace meeting in Washington.",
        "Bên lề cuộc họp Hội đồng Hòa bình, ông Orbán chúc mừng Tổng Bí thư Tô Lâm tái đắc cử.",
        "Ben le cuoc hop Hoi dong Hoa binh, ong Orban chuc mung Tong Bi thu To Lam tai dac cu",
        "Tô Lâm mời Thủ tướng Pashinyan thăm Việt Nam tại cuộc họp Hội đồng Hòa bình.",
        "To Lam invited Pashinyan to visit Vietnam on the sidelines of the Board of Peace meeting.",
        "Lam Meets Sharif Feb 19 on Gaza Board Sidelines",
        # an invitation to the meeting, a trip for it, held in the trip's destination
        "Trump invited To Lam to the Board of Peace inaugural meeting.",
        "Tổng thống Trump mời Tổng Bí thư Tô Lâm tới cuộc họp khai mạc Hội đồng Hòa bình.",
        "Tong thong Trump moi Tong Bi thu To Lam toi cuoc hop khai mac Hoi dong Hoa binh",
        "Lam flew to the United States for the Board of Peace inaugural meeting.",
        "Tổng Bí thư Tô Lâm sang Mỹ cho cuộc họp khai mạc Hội đồng Hòa bình.",
        "Lam accepted Trump's invitation to the Board of Peace meeting.",
    ],
)
def test_occasion_still_where(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED
    assert judgement.evidence


def test_no_contradiction_from_the_occasion(checker: Checker) -> None:
    # the beneficiary the claim gives is Vietnam, but nothing says the ODA is for no one else
    assert (
        checker.check("Hungary approved the 400 million USD ODA for the Board of Peace.").verdict
        != CONTRADICTED
    )

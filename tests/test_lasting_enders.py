"""What an ending says, and what "since" says of a lasting state.

An ender bound to another act than the predicate's ("stopped negotiating the deal", "ngừng đàm
phán hiệp định") ends that act, the talks: it denies no party to the deal. A title said to have
been left ("thôi giữ chức Chủ tịch", "left the post of chairman") is a former one, not a denied
one. A state said to hold "since" a year holds from then on, which a claim that starts later does
not bear out. Written the way wire copy, headlines and posts put things, in English, Vietnamese
and Vietnamese without diacritics; the traps keep the denials and dates that decide.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "allowed"),
    [
        # the ender falls on the talks, not on the deal: the sources say no talks ended
        ("Vietnam and the US stopped negotiating the reciprocal trade deal.", {NEI}),
        ("Hanoi and Washington halted negotiations on their reciprocal trade pact", {NEI}),
        ("Vietnam, US end talks on reciprocal trade deal", {NEI}),
        ("Việt Nam và Mỹ ngừng đàm phán hiệp định thương mại đối ứng.", {NEI}),
        ("Việt Nam và Mỹ chấm dứt đàm phán hiệp định thương mại đối ứng.", {NEI}),
        ("Hà Nội và Washington dừng đàm phán thỏa thuận thương mại đối ứng", {NEI}),
        ("Viet Nam va My ngung dam phan hiep dinh thuong mai doi ung.", {NEI}),
        ("Viet Nam va My cham dut dam phan hiep dinh thuong mai doi ung", {NEI}),
        # an ender on the deal's own verb says it was entered, which the sources do not say
        ("Vietnam and the US stopped concluding the reciprocal trade deal", {NEI}),
        ("Việt Nam và Mỹ ngừng hoàn tất hiệp định thương mại đối ứng.", {NEI}),
        ("Viet Nam va My ngung hoan tat hiep dinh thuong mai doi ung", {NEI}),
        # traps: a deal not signed is still no party to it
        ("Vietnam and the US have not signed the reciprocal trade deal.", {SUPPORTED}),
        ("Việt Nam và Mỹ chưa ký hiệp định thương mại đối ứng.", {SUPPORTED}),
        ("Viet Nam va My chua ky hiep dinh thuong mai doi ung.", {SUPPORTED}),
        # an office left is a former office: borne out or open, never refuted
        ("Leahy thôi giữ chức Chủ tịch Ủy ban Chuẩn chi Thượng viện.", {SUPPORTED, NEI}),
        ("Leahy thoi giu chuc Chu tich Uy ban Chuan chi Thuong vien.", {SUPPORTED, NEI}),
        ("Ông Leahy đã thôi giữ chức Chủ tịch Ủy ban Chuẩn chi Thượng viện Mỹ", {SUPPORTED, NEI}),
        ("Leahy rời chức Chủ tịch Ủy ban Chuẩn chi Thượng viện.", {SUPPORTED, NEI}),
        (
            "Leahy left the post of chairman of the Senate Appropriations Committee",
            {SUPPORTED, NEI},
        ),
        ("Leahy stepped down as chairman of the Senate Appropriations Committee", {SUPPORTED, NEI}),
        # dated: the sources do not say when he left
        ("Leahy thôi giữ chức Chủ tịch Ủy ban Chuẩn chi Thượng viện năm 2025.", {NEI}),
        ("Leahy thoi giu chuc Chu tich Uy ban Chuan chi Thuong vien nam 2025", {NEI}),
        ("Leahy stepped down as Senate Appropriations chairman in 2025", {NEI}),
        # held from 2024 on: the sources have it only from January 2026
        ("Vietnam has been a founding member of the Board of Peace since 2024.", {NEI}),
        ("Vietnam has sat on Trump's Board of Peace as a founding member since 2024", {NEI}),
        ("Việt Nam là thành viên sáng lập Hội đồng Hòa bình từ năm 2024.", {NEI}),
        ("Viet Nam la thanh vien sang lap Hoi dong Hoa binh tu nam 2024.", {NEI}),
        # as a state's "since" is read: a partnership the sources date from 2023
        ("Vietnam and the US have been comprehensive strategic partners since 2020.", {NEI}),
        ("Viet Nam va My la Doi tac Chien luoc Toan dien tu nam 2020", {NEI}),
        # traps: a date the claim's time lies outside refutes it
        ("Vietnam was a founding member of the Board of Peace in December 2025.", {CONTRADICTED}),
        # the same ender, with the count of what is cut before its noun
        ("Hungary discontinued its 200 annual scholarships for Vietnam.", {CONTRADICTED}),
        ("Budapest halted its 200 yearly scholarships for Vietnamese students", {CONTRADICTED}),
        ("Hungary ngừng cấp 200 suất học bổng mỗi năm cho Việt Nam.", {CONTRADICTED}),
        ("Hungary ngung cap 200 suat hoc bong moi nam cho Viet Nam", {CONTRADICTED}),
        # signed in a year before the day the sources say it was not concluded
        ("Vietnam and the US inked the reciprocal trade deal in 2025.", {CONTRADICTED}),
        ("Việt Nam và Mỹ đã ký hiệp định thương mại đối ứng năm 2025.", {CONTRADICTED}),
        ("Viet Nam va My da ky hiep dinh thuong mai doi ung nam 2025", {CONTRADICTED}),
    ],
)
def test_enders_and_since(checker: Checker, statement: str, allowed: set[str]) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict in allowed, judgement.explanation


@pytest.mark.parametrize(
    "statement",
    ["Quoc hoi ky hop thu 10 thong qua nghi quyet", "Hai nuoc ky niem 30 nam quan he ngoai giao"],
)
def test_ky_alone_unaccented_signs_nothing(checker: Checker, statement: str) -> None:
    """Unaccented "ky" alone is as often "kỳ" (a session) or "kỷ" (an anniversary)."""
    assert "party_to_agreement" not in checker.parse(statement).predicates

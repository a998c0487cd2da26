"""Session 27, cwdecade: a figure said of a decade was weighed as undated. "Hungary granted 100
scholarships a year to Vietnamese students in the 1990s." was CONTRADICTED by the claim of 200 a
year (dated only "before 2026-02-20"): the decade was no date (tokens "1990" "s"), so the
statement's period was not the claims'. A decade is now a window of its ten years
(tests/test_decades.py): another period than the claims' is open, in English, Vietnamese and
Vietnamese without diacritics, while the same figure undated, or said of the claims' period,
keeps its verdict."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the reviewer's statement and paraphrases: another period than the claims'
        (
            "Hungary granted 100 scholarships a year to Vietnamese students in the 1990s.",
            "not_enough_info",
        ),
        (
            "In the '90s Hungary gave Vietnamese students 100 scholarships a year.",
            "not_enough_info",
        ),
        (
            "Hungary granted 100 scholarships a year to Vietnamese students in the 1990's.",
            "not_enough_info",
        ),
        (
            "Hungary cấp 100 suất học bổng mỗi năm cho sinh viên Việt Nam trong thập niên 1990.",
            "not_enough_info",
        ),
        (
            "Trong những năm 90, Hungary cấp 100 suất học bổng mỗi năm cho sinh viên Việt Nam.",
            "not_enough_info",
        ),
        (
            "Hungary cap 100 suat hoc bong moi nam cho sinh vien Viet Nam trong thap nien 90.",
            "not_enough_info",
        ),
        (
            "Hungary cap 100 suat hoc bong moi nam cho sinh vien Viet Nam trong thap ky 1990.",
            "not_enough_info",
        ),
        (
            "Hungary granted 100 scholarships a year to Vietnamese students in the early 1990s.",
            "not_enough_info",
        ),
        (
            "Cuối thập niên 90, Hungary cấp 100 suất học bổng mỗi năm cho sinh viên Việt Nam.",
            "not_enough_info",
        ),
        # the right figure said of another decade is open too
        (
            "Hungary granted 200 scholarships a year to Vietnamese students in the 1990s.",
            "not_enough_info",
        ),
        # near versions that keep today's verdict: undated, the figure is the claims'
        ("Hungary granted 100 scholarships a year to Vietnamese students.", "contradicted"),
        ("Hungary cấp 100 suất học bổng mỗi năm cho sinh viên Việt Nam.", "contradicted"),
        ("Hungary granted 200 scholarships a year to Vietnamese students.", "supported"),
        # a person's past no claim tells
        ("Daines first visited Vietnam in the 1990s as a businessman.", "not_enough_info"),
        (
            "Daines lần đầu đến Việt Nam trong thập niên 1990 với tư cách doanh nhân.",
            "not_enough_info",
        ),
        (
            "Daines lan dau den Viet Nam trong nhung nam 90 voi tu cach doanh nhan.",
            "not_enough_info",
        ),
        # no claim dates a normalisation
        ("Vietnam and the US normalised relations in the 1990s.", "not_enough_info"),
    ],
)
def test_decade_figures(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation

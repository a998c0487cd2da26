"""A decade is a date: the window of its ten years ("in the 1990s", "the 1990's", "the '90s",
"thập niên 1990", "những năm 90", "thap nien 90"), read as "between 1990 and 1999" is, a window
an act fell somewhere in (`decade_*` in lexicon/<lang>/dates.yaml, dates._Parser._decade_at).
The parse-level examples are the lexicons' (`decade_examples`); the verdicts below show the
window weighed as a date: a figure said of another period than the claims' is open, a one-off
dated event inside the decade is borne out, one outside it refuted only where a wrong year is."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.extract.dates import find_dates


@pytest.mark.parametrize("example", lexicon_examples("dates", "decade_examples"))
def test_decade_examples(example: dict[str, Any]) -> None:
    spans = find_dates(example["text"])
    if example["span"] is None:
        assert [s for s in spans if s.window and s.last.year - s.first.year == 9] == []
        return
    (span,) = [s for s in spans if s.text == example["span"]]
    assert (span.first, span.last) == (
        datetime.date(example["first"], 1, 1),
        datetime.date(example["last"], 12, 31),
    )
    if example["last"] > example["first"]:
        assert span.grain == "range" and span.window


def test_decade_is_the_window_between_its_years() -> None:
    (decade,) = find_dates("in the 1990s")
    (between,) = find_dates("sometime between 1990 and 1999")
    assert (decade.first, decade.last, decade.grain, decade.window) == (
        between.first,
        between.last,
        between.grain,
        between.window,
    )


UPGRADE_EN = "Vietnam and the US upgraded their relations to a comprehensive strategic partnership"
UPGRADE_VI = "Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện"
UPGRADE_VX = "Viet Nam va My nang cap quan he len Doi tac Chien luoc Toan dien"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a one-off dated event (September 2023) inside the decade is borne out as a window ...
        (f"{UPGRADE_EN} in the 2020s.", "supported"),
        (f"{UPGRADE_VI} trong thập niên 2020.", "supported"),
        (f"{UPGRADE_VX} trong thap ky 2020.", "supported"),
        # ... and refuted outside it, as a wrong year of it is
        (f"{UPGRADE_EN} in the 2010s.", "contradicted"),
        (f"{UPGRADE_VI} trong thập niên 2010.", "contradicted"),
        (f"{UPGRADE_VX} trong nhung nam 2010.", "contradicted"),
        ("Leahy voted to end the Vietnam war in the '80s.", "contradicted"),
        # a part of a decade is that part's years (`part_decades`)
        (f"{UPGRADE_EN} in the early 2020s.", "supported"),
        (f"{UPGRADE_EN} in the late 2010s.", "contradicted"),
        (f"{UPGRADE_VI} vào cuối thập niên 2010.", "contradicted"),
        # years after the sources were published, as "năm 2028" is
        (f"{UPGRADE_VI} vào cuối thập niên 2020.", "not_enough_info"),
        (f"{UPGRADE_VX} vao dau thap nien 2020.", "supported"),
        ("Lam visited the US in the mid-2020s.", "supported"),
        ("Lam visited the US in the late 2020s.", "not_enough_info"),
        # a decade the claim's "before 1976" neither implies nor excludes
        ("Leahy voted to end the Vietnam war in the 1970s.", "not_enough_info"),
        # the visit of February 2026 bears out its decade; a visit of another decade is another
        # visit, as one of another year is
        ("Lam visited the US in the 2020s.", "supported"),
        ("Lam visited the US in the 2010s.", "not_enough_info"),
        ("Tô Lâm thăm Mỹ trong thập niên 2010.", "not_enough_info"),
        ("To Lam tham My trong thap nien 2010.", "not_enough_info"),
    ],
)
def test_decade_verdicts(real_checker: Checker, text: str, verdict: str) -> None:
    judgement = real_checker.check(text)
    assert judgement.verdict == verdict, judgement.explanation

"""A view said right after the one told (session 32, speakers and occasions): "Tổng Bí thư
chia sẻ với ông Leahy những định hướng lớn của đất nước sau Đại hội XIV", "Lam told Leahy
major orientations set after the 14th Party Congress". With nothing between the name and the
view's words, the view was read as a tag after his name, as "Sen. Marco Rubio, R-Fla." gives
his party (offices._title_holder), so the view was said of Leahy alone and his own words were
asked for: a view's words are no title (Offices.titled). They are what he was told, judged as
with "về" / "about" between: borne out, or refuted on the claim's occasion where they name
another congress, as before; told to someone else, open.

Written before the rule, in English, Vietnamese and Vietnamese without diacritics."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Lam told Leahy major orientations set after the 14th Party Congress.", SUPPORTED),
        (
            "Tổng Bí thư chia sẻ với ông Leahy những định hướng lớn của đất nước sau Đại hội XIV.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư thông tin với ông Leahy những định hướng lớn của đất nước sau Đại hội"
            " XIV.",
            SUPPORTED,
        ),
        (
            "Tong Bi thu chia se voi ong Leahy nhung dinh huong lon cua dat nuoc sau Dai hoi XIV.",
            SUPPORTED,
        ),
        # the same view with another congress, on the claim's occasion, as with "về" between
        ("Lam told Leahy major orientations set after the 13th Party Congress.", CONTRADICTED),
        (
            "TBT chia sẻ với ông Leahy các định hướng phát triển được đề ra sau Đại hội XIII.",
            CONTRADICTED,
        ),
        # traps: told to someone the sources do not give it to
        ("Lam told Hagerty major orientations set after the 14th Party Congress.", NEI),
        (
            "Tổng Bí thư chia sẻ với ông Hagerty những định hướng lớn của đất nước sau Đại hội"
            " XIV.",
            NEI,
        ),
        (
            "Tong Bi thu chia se voi ong Hagerty nhung dinh huong lon cua dat nuoc sau Dai hoi"
            " XIV.",
            NEI,
        ),
    ],
)
def test_a_view_right_after_the_one_told(
    real_checker: Checker, statement: str, verdict: str
) -> None:
    judgement = real_checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation

"""Issue 10, the press's paraphrase: a view "backed", "supported" or "ủng hộ" is the view
affirmed (lexicon/<lang>/stances.yaml), judged by the claims of who affirmed it; a view given
to someone the sources never say held it, or with a detail they do not give, stays open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # wire copy, a headline, a post; Vietnamese with and without diacritics
        (
            "Replying to Trump, the Vietnamese leader backed a Palestinian state living "
            "peacefully alongside Israel",
            SUPPORTED,
        ),
        ("Washington supports a strong, independent, self-reliant, prosperous Vietnam", SUPPORTED),
        (
            "Hà Nội ủng hộ việc thành lập nhà nước Palestine cùng tồn tại hòa bình bên cạnh Israel",
            SUPPORTED,
        ),
        (
            "Ha Noi ung ho viec thanh lap nha nuoc Palestine cung ton tai hoa binh ben canh Israel",
            SUPPORTED,
        ),
        ("Phía Mỹ ủng hộ một Việt Nam mạnh, độc lập, tự cường và thịnh vượng", SUPPORTED),
        # traps: a detail no source gives, a view given to one the sources never say held it
        (
            "Replying to Trump, the Vietnamese leader backed a Palestinian state within 1967 "
            "borders living peacefully alongside Israel",
            NEI,
        ),
        ("Hagerty backed a Palestinian state living peacefully alongside Israel", NEI),
        (
            "Trump ung ho viec thanh lap nha nuoc Palestine cung ton tai hoa binh ben canh Israel",
            NEI,
        ),
        ("Phía Mỹ ủng hộ một Việt Nam mạnh, độc lập, tự cường, thịnh vượng và trung lập", NEI),
    ],
)
def test_backed_views(checker: Checker, statement: str, verdict: str) -> None:
    with checker.snapshot():
        assert checker.check(statement).verdict == verdict

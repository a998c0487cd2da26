"""Resources committed to a project are resources devoted to it (issue 10, uncovered): "asked
Congress to keep committing resources to dioxin clean-up at Bien Hoa airport" is Tô Lâm's
request that Congress keep devoting resources ("dành nguồn lực") to the Biên Hòa project, no
undertaking of anyone's (`not_triggers` in lexicon/en/statements.yaml); "sân bay" is the
airport as well as the airbase (the project's aliases). Another airport stays open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "To Lam asked the U.S. Congress to keep committing resources to dioxin cleanup at Bien"
            " Hoa airport.",
            SUPPORTED,
        ),
        (
            "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực cho tẩy độc dioxin tại sân bay"
            " Biên Hòa.",
            SUPPORTED,
        ),
        (
            "TBT de nghi Quoc hoi My tiep tuc danh nguon luc tay doc dioxin san bay Bien Hoa",
            SUPPORTED,
        ),
        # another airport
        (
            "To Lam asked the U.S. Congress to keep committing resources to dioxin cleanup at Da"
            " Nang airport.",
            NEI,
        ),
    ],
)
def test_devoted_resources(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

"""A country's unnamed officials speak for the country (issue 10, session 36).

"Vietnam-US trade talks have stalled, Vietnamese officials said" was refuted by Hagerty's words
of important progress: "officials" stood between the country and the verb of saying, so no
speaker was read and the view was weighed against words the sources give to others. Unnamed
officials, sources or negotiators between a country and the verb (`between` in
lexicon/en/stances.yaml) are now that country speaking, as its "side" or "leader" is; the
sources give no such words of Vietnam, and words given to another speaker are open, not
refuted (the speaker rule). Vietnamese puts the country right before the verb ("Các quan chức
Việt Nam cho biết") and was read so already."""

from __future__ import annotations

import pytest
from conftest import assert_judged

from factdb.check.checker import Checker
from factdb.check.rules import NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


GREER = "greer-said-trade-talks-decisive-phase"
TO_VIETNAM = "gives it to Vietnam"

ROWS = [
    (
        "The US-Vietnam trade negotiations have ground to a halt, Vietnamese officials said.",
        NEI,
        TO_VIETNAM,
    ),
    ("Vietnamese negotiators said the reciprocal trade talks had stalled.", NEI, TO_VIETNAM),
    ("Giới chức Việt Nam cho biết đàm phán thương mại Việt - Mỹ đã bị đình trệ.", NEI, TO_VIETNAM),
    ("Gioi chuc Viet Nam cho biet dam phan thuong mai Viet - My da bi dinh tre.", NEI, TO_VIETNAM),
    # trap: the speaker the sources give keeps his words
    ("Greer said the US-Vietnam trade talks had entered a decisive phase.", SUPPORTED, GREER),
]


@pytest.mark.parametrize(("statement", "verdict", "why"), ROWS)
def test_officials_speak_for_their_country(
    checker: Checker, statement: str, verdict: str, why: str
) -> None:
    assert_judged(checker, statement, verdict, why)

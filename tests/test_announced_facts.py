"""What a ministry's announcement reports is a fact (issue 10, uncovered): the Foreign
Ministry "said" the two sides keep up regular dialogue mechanisms, and "Hanoi and Washington
keep up regular bilateral dialogue mechanisms", given to no one, is borne out by it
(assess.announced_fact, world.ANNOUNCING_TYPES); a denial of it is refuted. Given to someone
else, or of other parties, it stays open. A speech's greeting ("Thưa các đồng chí") frames what
follows (framing in lexicon/vi/fillers.yaml)."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker

NEI = "not_enough_info"
SUPPORTED = "supported"
CONTRADICTED = "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Vietnam and the United States continue to maintain regular dialogue mechanisms.",
            SUPPORTED,
        ),
        ("Washington and Hanoi maintain regular bilateral dialogues.", SUPPORTED),
        ("Thưa các đồng chí, Việt Nam và Mỹ duy trì cơ chế đối thoại song phương.", SUPPORTED),
        ("Viet - My van duy tri cac co che doi thoai thuong ky", SUPPORTED),
        # a denial of the fact reported
        ("Washington and Hanoi no longer maintain regular bilateral dialogues.", CONTRADICTED),
        # other parties, or someone else's words
        ("Hanoi and Budapest keep up regular bilateral dialogue mechanisms.", NEI),
        ("Leahy said Hanoi and Washington keep up regular bilateral dialogue mechanisms.", NEI),
    ],
)
def test_announced_facts(real_checker: Checker, text: str, verdict: str) -> None:
    with real_checker.snapshot():
        assert real_checker.check(text).verdict == verdict

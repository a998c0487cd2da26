"""Session 22, reviewer's M2: an act done "at the request of X" / "at X's request" / "theo đề
nghị của X" says X asked for that act. No request claim gives an act of the statement as what
it asks for, so the request stays open: never borne out by another asker's request for
something else (Lâm's own request to Congress), never refuted either, while the act itself is
judged as before (check.acts.read_asked_for; `asked_for` in lexicon/<lang>/statements.yaml).
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


EXAMPLES = lexicon_examples("statements", "asked_for_examples")


@pytest.mark.parametrize("example", EXAMPLES)
def test_asked_for_corpus(checker: Checker, example: dict[str, Any]) -> None:
    """Each phrase is read as a request of its own, which leaves the statement open."""
    parsed = checker.parse(example["text"])
    assert "requested" in {c.target for c in parsed.other_acts}
    assert checker.check(example["text"]).verdict == NEI


# The reviewer's confident wrongs (supported by Lâm's or Daines's own requests), with twins.
@pytest.mark.parametrize(
    "text",
    [
        "To Lam received Hegseth at the request of the U.S. side.",
        "To Lam received Greer at the request of Washington.",
        "To Lam spoke with Daines at the U.S. side's request.",
        "To Lam spoke with Hagerty at the senator's request.",
        "Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán theo đề nghị của phía Hungary.",
        "Tong Bi thu To Lam gap Thu tuong Orban theo de nghi cua phia Hungary.",
        "Tổng Bí thư Tô Lâm gặp Tổng thống Prabowo theo đề nghị của phía Indonesia.",
        "Tong Bi thu To Lam gap Tong thong Tokayev theo de nghi cua phia Kazakhstan.",
        "Theo đề nghị của Tổng thống Trump, Tổng Bí thư điện đàm với ông Leahy.",
        "Theo đề nghị của phía Mỹ, Tổng Bí thư tiếp Bộ trưởng Hegseth.",
        "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Daines theo đề nghị của phía Mỹ.",
        "Tong Bi thu To Lam dien dam voi Thuong nghi si Hagerty theo de nghi cua phia My.",
        "Tổng Bí thư Tô Lâm điện đàm với Thượng nghị sĩ Hagerty theo đề nghị của Quốc hội Mỹ.",
        "Tong Bi thu To Lam tiep Bo truong Hegseth tai san bay theo de nghi cua phia My.",
    ],
)
def test_another_askers_request_bears_nothing_out(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == NEI


@pytest.mark.parametrize(
    "text",
    [
        "Lam asked Congress to keep funding the dioxin cleanup at Bien Hoa airbase.",
        "Tổng Bí thư đề nghị Quốc hội Mỹ tiếp tục dành nguồn lực khắc phục hậu quả chiến tranh.",
        "Tong Bi thu de nghi Quoc hoi My tiep tuc danh nguon luc khac phuc hau qua chien tranh.",
    ],
)
def test_a_request_said_as_a_verb_is_still_borne_out(checker: Checker, text: str) -> None:
    judgement = checker.check(text)
    assert judgement.verdict == SUPPORTED
    assert any(p.predicate == "requested" for p in judgement.parts)


def test_the_act_itself_is_still_refuted(checker: Checker) -> None:
    """Who asked for it changes nothing of where the meeting took place."""
    text = "Upon the request of Hungary, Lam met Orban in Hanoi on Feb 19."
    assert checker.check(text).verdict == CONTRADICTED


def test_an_invitation_after_its_noun_is_still_read(checker: Checker) -> None:
    text = "Tô Lâm attended the Board of Peace meeting at the invitation of Trump."
    assert checker.check(text).verdict == SUPPORTED

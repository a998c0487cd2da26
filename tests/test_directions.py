"""Issue 10 (session 20): the direction of a directed act.

A congratulation, a New Year's greeting, a letter or a request goes from its doer to another
party, and may go the other way on the same occasion. A claim of Orbán's congratulation of Lâm
bears out "Orbán congratulated Lâm", never "Lâm congratulated Orbán", whoever stands before the
verb: a name the base does not know ("Lâm"), a bare title, or no one (a headline). The sources
do not say whether Lâm congratulated Orbán: not enough info, not a refutation.

Three layers:

- the reading: who receives an act named by its noun ("greetings to Hagerty", "lời chúc Tết tới
  ông Hagerty": `recipient_markers` in factdb/lexicon/<lang>/statements.yaml, whose examples run
  here), and a passive word read only where the parse read it (the "Bí" of "Tổng Bí thư" folds
  to the passive "bị" but leaves "Trump chúc mừng Tổng Bí thư Tô Lâm" bound);
- the verdicts, in English, Vietnamese and Vietnamese without diacritics, turned round and the
  right way round (`directed` in factdb/lexicon/world/directions.yaml);
- the evidence: a claim of the other party's own act of the same kind is not cited.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import lexicon_examples

from factdb.check.checker import Checker
from factdb.check.judge import NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


def bound(checker: Checker, statement: str, predicate: str) -> list[tuple[Any, ...]]:
    return [
        (p.agents, p.patients)
        for p in checker.reading(statement).predications
        if p.predicate == predicate
    ]


# --- the reading ----------------------------------------------------------------------------

RECIPIENTS = lexicon_examples("statements", "recipient_examples")


@pytest.mark.parametrize("example", RECIPIENTS)
def test_the_one_an_act_goes_to_is_bound_after_it(
    checker: Checker, example: dict[str, Any]
) -> None:
    found = bound(checker, example["text"], example["predicate"])
    assert found and example["patient"] in found[0][1], found


def test_every_language_lists_recipient_markers_with_examples() -> None:
    for lang in LANGUAGES:
        data = load(lang, "statements")
        assert data.get("recipient_markers") and data.get("recipient_examples"), lang


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng thống Trump chúc mừng Tổng Bí thư Tô Lâm vừa được tái cử.",
        "Tong thong Trump chuc mung Tong Bi thu To Lam vua duoc tai cu.",
        "Ông Trump gửi lời chúc mừng tới Tổng Bí thư Tô Lâm, người được bầu lại hồi tháng Một.",
    ],
)
def test_a_title_folding_to_a_passive_word_leaves_the_verb_bound(
    checker: Checker, statement: str
) -> None:
    """The passive "được" elsewhere in the sentence makes the statement passive, but "Bí" is
    no "bị": Trump still does the congratulating, and Tô Lâm receives it."""
    assert bound(checker, statement, "congratulated")[0] == (("donald-trump",), ("to-lam",))


def test_a_passive_word_of_the_verb_is_still_read(checker: Checker) -> None:
    assert bound(checker, "Tô Lâm được Tổng thống Trump mời", "invited") == [
        (("donald-trump",), ("to-lam",))
    ]


# --- the verdicts ---------------------------------------------------------------------------

TURNED = [
    # a name the base does not know before the verb: the name after it is who receives the act
    "Lâm congratulates Hungary's Orbán.",
    "Lâm sends congratulations to Pakistan's Shehbaz Sharif.",
    "Lâm wishes Senator Hagerty a happy Lunar New Year.",
    "Congratulations to Orbán from Lâm.",
    "Lâm chúc mừng ông Orbán.",
    "Lâm gửi điện mừng tới Thủ tướng Orbán.",
    # no one before it (a headline)
    "Gửi lời chúc Tết Nguyên đán tới Thượng nghị sĩ Hagerty.",
    "Gui loi chuc Tet Nguyen dan toi Thuong nghi si Hagerty.",
    "Gui dien mung toi Thu tuong Orban.",
]


@pytest.mark.parametrize("statement", TURNED)
def test_a_directed_act_turned_round_is_not_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation


RIGHT_WAY = [
    "Orbán congratulates Lâm.",
    # the title's office is Sharif's, not the role of the re-election (assess.others_titles)
    "Pakistani PM Shehbaz Sharif congratulated Lâm on his re-election.",
    "Thủ tướng Pakistan Shehbaz Sharif chúc mừng ông Tô Lâm tái đắc cử.",
    "Thu tuong Pakistan Shehbaz Sharif chuc mung ong To Lam tai dac cu.",
    "Senator Hagerty sent Tet greetings to the party chief.",
    # "gửi lời chúc mừng", not "gửi điện mừng": a telegram is a medium the sources never give
    # Orbán's congratulation (he gave it at the meeting), as "sent a congratulatory telegram"
    "Orbán gửi lời chúc mừng tới Tổng Bí thư Tô Lâm.",
    "Ông Hagerty gửi lời chúc Tết Nguyên đán tới ông Tô Lâm.",
    "Orban gui loi chuc mung toi Tong Bi thu To Lam.",
    "Thuong nghi si Hagerty gui loi chuc Tet toi Tong Bi thu.",
]


@pytest.mark.parametrize("statement", RIGHT_WAY)
def test_a_directed_act_the_right_way_round_is_borne_out(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation


# --- the evidence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Tổng thống Trump chúc mừng Tổng Bí thư Tô Lâm được bầu lại.",
        "Tong thong Trump chuc mung Tong Bi thu To Lam duoc bau lai.",
    ],
)
def test_the_receivers_own_congratulation_is_no_evidence(checker: Checker, statement: str) -> None:
    """Trump congratulated Tô Lâm; Tô Lâm's congratulation of Armenia says nothing of it."""
    judgement = checker.check(statement)
    assert judgement.verdict == SUPPORTED, judgement.explanation
    cited = {c.id for c in judgement.evidence}
    assert "trump-congratulated-to-lam-reelection" in cited
    assert "to-lam-congratulated-armenia-2026-02-19" not in cited

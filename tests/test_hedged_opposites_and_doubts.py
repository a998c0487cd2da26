"""Polarity carried by verbs and nouns, session 28: an opposite of a view graded by a hedge
("almost no progress", "hầu như chưa có tiến triển nào"), a view turned round by doubt ("doubted
the deal would be concluded soon", "nghi ngờ ... sẽ sớm hoàn tất") and a possibility dismissed
("dismissed the possibility of ...", "bác bỏ khả năng ..."), each of the claim's own speaker.
Given to another speaker, to no one, or to a wish rather than an expectation, they stay not
enough info. Written as wire copy puts them, in English, Vietnamese and Vietnamese without
diacritics.
"""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED

PROGRESS = "hagerty-said-important-progress-trade-talks-2026-02-18"
EXPECTS = "hagerty-expects-reciprocal-trade-agreement-soon-2026-02-18"


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("Hagerty told Lam the trade talks had made almost no progress.", PROGRESS),
        ("US-Vietnam trade negotiations are virtually stalled, Hagerty said.", PROGRESS),
        ("Hagerty said the reciprocal trade talks had little progress to show.", PROGRESS),
        (
            "Ông Hagerty nói với Tổng Bí thư rằng đàm phán thương mại hầu như chưa có tiến triển.",
            PROGRESS,
        ),
        ("Ông Hagerty cho rằng đàm phán hiệp định thương mại đối ứng gần như bế tắc.", PROGRESS),
        ("Ông Hagerty cho rằng đàm phán thương mại chưa có kết quả đáng kể nào.", PROGRESS),
        ("Ong Hagerty cho rang dam phan thuong mai hau nhu chua co tien trien nao.", PROGRESS),
        ("Ong Hagerty cho rang dam phan hiep dinh thuong mai doi ung gan nhu be tac.", PROGRESS),
        # a doubt of what the speaker expected, or a possibility he dismissed
        (
            "Hagerty doubted Vietnam and the US would conclude the reciprocal trade agreement "
            "soon.",
            EXPECTS,
        ),
        (
            "Hagerty told Lam he doubted Vietnam and the US would conclude the reciprocal trade "
            "agreement soon.",
            EXPECTS,
        ),
        (
            "Hagerty doubted the possibility of Vietnam and the US concluding the reciprocal trade "
            "agreement soon.",
            EXPECTS,
        ),
        (
            "Ông Hagerty nghi ngờ Việt Nam và Mỹ sẽ sớm hoàn tất hiệp định thương mại đối ứng.",
            EXPECTS,
        ),
        (
            "Ông Hagerty không tin rằng Việt Nam và Mỹ sẽ sớm hoàn tất hiệp định thương mại "
            "đối ứng.",
            EXPECTS,
        ),
        (
            "Thượng nghị sĩ Hagerty nghi ngờ khả năng Việt Nam và Mỹ sớm hoàn tất hiệp định thương "
            "mại đối ứng.",
            EXPECTS,
        ),
        (
            "Ong Hagerty nghi ngo Viet Nam va My se som hoan tat hiep dinh thuong mai doi ung.",
            EXPECTS,
        ),
        # a possibility dismissed: his own word that it will not come about
        (
            "Hagerty dismissed the possibility of concluding the reciprocal trade agreement soon.",
            EXPECTS,
        ),
        (
            "Thượng nghị sĩ Hagerty bác bỏ khả năng sớm hoàn tất hiệp định thương mại đối ứng.",
            EXPECTS,
        ),
        (
            "Thuong nghi si Hagerty bac bo kha nang som hoan tat hiep dinh thuong mai doi ung",
            EXPECTS,
        ),
    ],
)
def test_the_speakers_own_claim_refutes_it(checker: Checker, statement: str, claim: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert claim in judgement.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # another speaker's view, or none: the sources say only what Hagerty held
        ("Daines said the trade talks had made almost no progress.", NEI),
        ("Ông Daines cho rằng đàm phán thương mại hầu như chưa có tiến triển nào.", NEI),
        ("Ong Daines cho rang dam phan thuong mai gan nhu be tac.", NEI),
        ("The trade talks have made almost no progress.", NEI),
        # a hedge alone is a denial of its own: "almost concluded" is not concluded
        ("Vietnam and the US have almost concluded the reciprocal trade agreement.", SUPPORTED),
    ],
)
def test_a_hedged_opposite_of_no_claim_is_open(
    checker: Checker, statement: str, verdict: str
) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation
    # Hagerty's progress may be named only as another speaker's words (session 36: "the trade
    # talks" in a speaker's words name the agreement), never as what decides
    assert PROGRESS not in judgement.explanation or "which does not say what" in (
        judgement.explanation
    )


@pytest.mark.parametrize(
    "statement",
    [
        # a doubt of what he only wished for is no turn: one may wish for what one doubts
        "Daines doubted Vietnam and the US would conclude the reciprocal trade agreement soon.",
        "Ông Daines nghi ngờ Việt Nam và Mỹ sẽ sớm hoàn tất hiệp định thương mại đối ứng.",
        # someone the sources give no view of it
        "Trump doubted Vietnam and the US would conclude the reciprocal trade agreement soon.",
        "Tong thong Trump nghi ngo Viet Nam va My se som hoan tat hiep dinh thuong mai doi ung.",
        "Tổng thống Trump bác bỏ khả năng sớm hoàn tất hiệp định thương mại đối ứng.",
        # another time than his expectation's
        "Hagerty doubted Vietnam and the US would conclude the reciprocal trade agreement in 2024.",
        # a doubt still to come is not yet voiced
        "Ông Hagerty sẽ nghi ngờ Việt Nam và Mỹ sẽ sớm hoàn tất hiệp định thương mại đối ứng.",
    ],
)
def test_a_doubt_of_no_expectation_is_open(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == NEI, judgement.explanation
    assert EXPECTS not in judgement.explanation or "the opposite" not in judgement.explanation


@pytest.mark.parametrize(
    "statement",
    [
        "Leahy doubted that the US-Vietnam relationship is a model of reconciliation.",
        "Lam doubted Trump's efforts to promote peace.",
        "Tổng Bí thư Tô Lâm hoài nghi rằng nỗ lực hòa bình của Tổng thống Trump có hiệu quả.",
    ],
)
def test_a_doubt_turns_a_view_affirmed_or_praised(checker: Checker, statement: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == CONTRADICTED, judgement.explanation
    assert "the opposite of what the claim says" in judgement.explanation

"""Who said what, and on which occasion (session 31).

A verb of expectation or hope inside a speaker's words carries the mood of what he expects
("Hagerty said the two sides had made progress and expected a deal soon", "... và kỳ vọng sớm
hoàn tất hiệp định": `modality` in lexicon/<lang>/statements.yaml): the deal is still to come in
his words, as the claim of his expectation has it, not a deal said done (rules `still-to-come`,
which refuted it). A hope is a wish, which his expectation neither bears out nor refutes; the
deal said done in his mouth stays refuted. So does a mood word right after the act's noun, as
a headline's passive puts it ("deal expected soon", "thỏa thuận dự kiến sớm đạt được":
`trailing_moods` in lexicon/<lang>/statements.yaml, scope.modality).

A cleft that picks the speaker out ("It was Hagerty who told Lam he was pleased ...", "Chính
ông Hagerty là người ...": stance.picks_out) says he and no other took the stance the sources
report: where they give it to one speaker alone on that occasion (`sole_speaker`), anyone else
is refuted, a party of that exchange or not (`other-party`). A relative clause ("Hagerty, who
told Lam ..., ...") only describes him, and the fact with no feeling may be his own report:
both stay open, as the words given to him without a cleft do.

English, Vietnamese and Vietnamese without diacritics; the statements are written for these
tests, with traps that must stay open."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.rules import CONTRADICTED, NEI, SUPPORTED


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


MOODS = [
    # the expectation in his words, after what he said of the talks
    (
        "Hagerty said the two sides had made significant progress in negotiating a reciprocal "
        "trade agreement and expected a deal soon.",
        SUPPORTED,
    ),
    ("Hagerty said he expected the reciprocal trade agreement to be concluded soon.", SUPPORTED),
    (
        "Ông Hagerty cho biết hai bên đã đạt tiến triển quan trọng trong đàm phán hiệp định "
        "thương mại đối ứng và kỳ vọng sớm hoàn tất hiệp định.",
        SUPPORTED,
    ),
    (
        "Ong Hagerty cho biet hai ben da dat tien trien quan trong trong dam phan hiep dinh "
        "thuong mai doi ung va ky vong som hoan tat hiep dinh.",
        SUPPORTED,
    ),
    # trap: a hope is a wish, which his expectation does not bear out (nor refute)
    (
        "Hagerty said the two sides had made significant progress in negotiating a reciprocal "
        "trade agreement and hoped for a deal soon.",
        NEI,
    ),
    # trap: an expectation given to one who never voiced it
    ("Orbán said he expected the reciprocal trade agreement to be concluded soon.", NEI),
    ("Ông Orbán kỳ vọng sớm hoàn tất hiệp định thương mại đối ứng.", NEI),
    ("Ong Orban ky vong som hoan tat hiep dinh thuong mai doi ung.", NEI),
    # ... and right after the act's noun, as a headline's passive puts it (`trailing_moods`)
    (
        "Hagerty: Vietnam and US have made major progress in reciprocal trade talks, deal "
        "expected soon",
        SUPPORTED,
    ),
    (
        "Ông Hagerty: Việt Nam và Mỹ đạt tiến triển quan trọng trong đàm phán thương mại đối "
        "ứng, thỏa thuận dự kiến sớm đạt được",
        SUPPORTED,
    ),
    (
        "Ong Hagerty: Viet Nam va My dat tien trien quan trong trong dam phan thuong mai doi "
        "ung, thoa thuan du kien som dat duoc",
        SUPPORTED,
    ),
    ("Orban: Vietnam, US trade deal expected soon", NEI),
    # the deal said done in his mouth stays refuted by his own words
    ("Hagerty said the reciprocal trade agreement had been concluded.", CONTRADICTED),
    ("Ông Hagerty cho biết hiệp định thương mại đối ứng đã được ký kết.", CONTRADICTED),
    ("Ong Hagerty cho biet hiep dinh thuong mai doi ung da duoc ky ket.", CONTRADICTED),
]


# A hope in his words is a wish for what is to come, never the deal said done: whatever else
# decides it, his expectation does not refute it.
HOPES = [
    "Hagerty said the two sides had made significant progress in negotiating a reciprocal "
    "trade agreement and hoped for a deal soon.",
    "Ông Hagerty cho biết hai bên đã đạt tiến triển quan trọng trong đàm phán hiệp định thương "
    "mại đối ứng và hy vọng sớm hoàn tất hiệp định.",
    "Ong Hagerty cho biet hai ben da dat tien trien quan trong trong dam phan hiep dinh thuong "
    "mai doi ung va hy vong som hoan tat hiep dinh.",
]


@pytest.mark.parametrize("statement", HOPES)
def test_hope_in_speech_never_refuted(checker: Checker, statement: str) -> None:
    result = checker.check(statement)
    assert result.verdict != CONTRADICTED, result.explanation


CLEFTS = [
    (
        "It was Sen. Hagerty who told To Lam he was pleased to see the United States become "
        "Vietnam's second-largest trading partner.",
        CONTRADICTED,
    ),
    (
        "Chính Thượng nghị sĩ Hagerty là người bày tỏ vui mừng khi Mỹ trở thành đối tác thương "
        "mại lớn thứ hai của Việt Nam.",
        CONTRADICTED,
    ),
    (
        "Chinh Thuong nghi si Hagerty la nguoi bay to vui mung khi My tro thanh doi tac thuong "
        "mai lon thu hai cua Viet Nam.",
        CONTRADICTED,
    ),
    # the one the sources give it to
    (
        "It was Daines who told To Lam he was pleased to see the United States become "
        "Vietnam's second-largest trading partner.",
        SUPPORTED,
    ),
    # traps: no cleft, a relative clause that only describes him, a fact with no feeling
    (
        "Hagerty told To Lam he was pleased to see the United States become Vietnam's "
        "second-largest trading partner.",
        NEI,
    ),
    (
        "Sen. Hagerty, who told To Lam he was pleased to see the United States become Vietnam's "
        "second-largest trading partner, called Lam on Feb. 18.",
        NEI,
    ),
    ("It was Hagerty who said the United States is Vietnam's second-largest trading partner.", NEI),
    (
        "Ông Hagerty bày tỏ vui mừng khi Mỹ trở thành đối tác thương mại lớn thứ hai của Việt Nam.",
        NEI,
    ),
    (
        "Ong Hagerty bay to vui mung khi My tro thanh doi tac thuong mai lon thu hai cua Viet Nam.",
        NEI,
    ),
]


@pytest.mark.parametrize(("statement", "verdict"), MOODS + CLEFTS)
def test_who_said_it_and_how(checker: Checker, statement: str, verdict: str) -> None:
    result = checker.check(statement)
    assert result.verdict == verdict, result.explanation

"""Issue 10, class 7: a capital standing for its country's government ("Budapest has approved the
ODA", "ties between Hanoi and Washington"), as lexicon data (`metonyms` in
factdb/lexicon/<lang>/statements.yaml). After a locative ("in Budapest") or inside a named time
zone ("Washington time") a capital is a place, and one that is no known place is a name the
claim base does not know."""

from __future__ import annotations

import pytest

from factdb.check.checker import Checker
from factdb.check.judge import CONTRADICTED, NEI, SUPPORTED
from factdb.lexicon.index import LANGUAGES, load


@pytest.fixture(scope="module")
def checker(real_checker: Checker) -> Checker:
    return real_checker


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_capital_reads_as_its_country(checker: Checker, lang: str) -> None:
    for country, names in load(lang, "statements")["metonyms"].items():
        for name in names:
            parsed = checker.parse(f"{name} and Vietnam agreed")
            assert (country,) in [m.ids for m in parsed.entities], (lang, name)


@pytest.mark.parametrize(
    ("statement", "ids", "unknown"),
    [
        ("Budapest has approved the ODA for Hanoi.", [("hungary",), ("vietnam",)], []),
        ("Lam and Orbán met in Budapest.", [("to-lam",), ("viktor-orban",), ("budapest",)], []),
        ("Lam and Orbán met in Vilnius.", [("to-lam",), ("viktor-orban",)], ["Vilnius"]),
        ("Lam flew to Washington.", [("to-lam",), ("washington-dc",)], []),
        (
            "Lam met Orbán on Feb 20, Washington time.",
            [("to-lam",), ("viktor-orban",), ("washington-dc",)],
            [],
        ),
        ("Quan hệ Hà Nội – Budapest", [("vietnam",), ("hungary",)], []),
        ("Tổng Bí thư tiếp ông Daines tại Hà Nội", None, []),
    ],
)
def test_a_capital_is_a_place_after_a_locative(
    checker: Checker, statement: str, ids: list[tuple[str, ...]] | None, unknown: list[str]
) -> None:
    parsed = checker.parse(statement)
    mentions = [m.ids for m in parsed.entities]
    if ids is not None:
        assert [m for m in mentions if m[0] not in ("general-secretary",)] == ids
    else:
        assert ("hanoi",) in mentions
    assert parsed.unknown_names == unknown


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Budapest has approved a $400 million ODA package for Hanoi.", SUPPORTED),
        ("Budapest đã thông qua khoản ODA 400 triệu USD cho Việt Nam", SUPPORTED),
        ("Quan hệ Hà Nội – Budapest ở cấp độ đối tác toàn diện", SUPPORTED),
        ("Ha Noi va Budapest la doi tac chien luoc", CONTRADICTED),
        ("Jakarta downgrades ties with Hanoi", CONTRADICTED),
        # where it happened: another city for the place of that day's meeting
        ("Lam and Orbán met in Budapest on Feb 19.", CONTRADICTED),
        # a capital and its country are one place, seen closer or farther
        ("Lam flew to Washington for the Board of Peace's inaugural gathering.", SUPPORTED),
        ("Tổng Bí thư Tô Lâm gặp Thủ tướng Orbán tại Mỹ ngày 19/2/2026", SUPPORTED),
        # where an event named was held, by its location claim
        (
            "Tổng Bí thư Tô Lâm có mặt tại Washington D.C. để dự phiên khai mạc Hội đồng Hòa bình",
            SUPPORTED,
        ),
        ("Tổng Bí thư Tô Lâm dự phiên họp khai mạc Hội đồng Hòa bình tại Mỹ", SUPPORTED),
        # ... and another place the statement gives it is not where it was held
        ("Tô Lâm dự cuộc họp khai mạc Hội đồng Hòa bình ở New York", CONTRADICTED),
        # an event named is not a statement of where it was held
        (
            "Ladies and gentlemen, General Secretary To Lam could not be with us today for the "
            "Board's first meeting.",
            NEI,
        ),
        # ... where the claims give a place, not a party
        ("Hungary's $400 million ODA will be used to build a metro line in Hanoi.", NEI),
    ],
)
def test_metonym_verdicts(checker: Checker, statement: str, verdict: str) -> None:
    judgement = checker.check(statement)
    assert judgement.verdict == verdict, judgement.explanation


@pytest.mark.parametrize(
    ("statement", "phrase"),
    [
        ("The inaugural meeting of the Board of Peace was held in the US capital", "US capital"),
        (
            "The inaugural meeting of the Board of Peace was held in the capital of the United "
            "States",
            "capital of the United States",
        ),
        ("Cuộc họp khai mạc Hội đồng Hòa bình được tổ chức tại thủ đô Hoa Kỳ", "thủ đô Hoa Kỳ"),
        (
            "Cuoc hop khai mac Hoi dong Hoa binh duoc to chuc tai thu do cua Hoa Ky",
            "thu do cua Hoa Ky",
        ),
    ],
)
def test_the_word_for_a_capital_names_the_city(
    checker: Checker, statement: str, phrase: str
) -> None:
    """'the US capital', 'thủ đô Hoa Kỳ': the capital city, not the country, and no word of it
    is left for the claims to account for (capital_words in lexicon/<lang>/statements.yaml)."""
    parsed = checker.parse(statement)
    assert (phrase, ("washington-dc",)) in [(m.text, m.ids) for m in parsed.entities]
    assert parsed.loose_words == []
    assert checker.check(statement).verdict == SUPPORTED


def test_a_capital_of_another_country_is_another_place(checker: Checker) -> None:
    parsed = checker.parse(
        "The inaugural meeting of the Board of Peace was held in Hungary's capital"
    )
    assert ("Hungary's capital", ("budapest",)) in [(m.text, m.ids) for m in parsed.entities]
    assert checker.check(parsed.text).verdict != SUPPORTED
